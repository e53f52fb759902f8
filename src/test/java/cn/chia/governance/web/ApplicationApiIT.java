package cn.chia.governance.web;

import static cn.chia.governance.admission.AdmissionCase.APPLICANT_KIND;
import static cn.chia.governance.admission.AdmissionCase.FIELD;
import static cn.chia.governance.admission.AdmissionCase.ORGANISATION;
import static cn.chia.governance.admission.AdmissionCase.PHONE;
import static cn.chia.governance.admission.AdmissionCase.SUPPORTS_CHARTER;
import static cn.chia.governance.admission.AdmissionCase.WILLING_TO_JOIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import cn.chia.governance.Resolutions;
import cn.chia.governance.GovernanceTest;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.register.Notifier;

/** The applicants' public API: applying, the status of every stage, the secret, the limits, the answer to a request. */
@GovernanceTest
class ApplicationApiIT {

    /** The number the minutes gave the last decision delivered, and the decision of each case. */
    String resolution;
    Map<String, String> resolutions = new HashMap<>();

    static final String GROUPED_SECRET = "[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}";

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    Notifier notifier;

    /** Each test is its own client address, so that the rate limit counts only its own requests. */
    private String client;

    @BeforeEach
    void newClient() {
        int n = NEXT.incrementAndGet();
        client = "198.51." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    @Test
    void anApplicationGetsACaseNumberAndASecretThatIsStoredOnlyAsItsHash() {
        ResponseEntity<Map<String, Object>> receipt = post("/api/applications", Applications.aPerson("Sun Yi").build(), Map.of());

        assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = (String) receipt.getBody().get("caseNumber");
        String secret = (String) receipt.getBody().get("secret");
        assertThat(caseNumber).matches("APP-\\d{4}-\\d{6}");
        assertThat(secret).matches(GROUPED_SECRET);
        Map<String, Object> stored = runtime.getVariables(instance(caseNumber));
        assertThat(stored).containsEntry("receiptHash", ReceiptSecret.sha256(secret.replace("-", "")))
                .doesNotContainValue(secret).doesNotContainValue(secret.replace("-", ""));
        assertThat(status(caseNumber, secret)).containsEntry("stage", "UNDER_REVIEW");
    }

    @Test
    void theSecretIsReadWithOrWithoutDashesInSmallLettersAndWithOForZeroAndIOrLForOne() {
        Map<String, Object> receipt = applied(Applications.aPerson("Tang Qi").build());
        String caseNumber = caseOf(receipt);
        String secret = (String) receipt.get("secret");
        String compact = secret.replace("-", "");
        for (String typed : List.of(compact, compact.toLowerCase(), " " + secret.replace("-", " ") + " ",
                secret.replace('0', 'O').replace('1', 'l'))) {
            assertThat(get("/api/applications/" + caseNumber, Map.of("X-Receipt-Secret", typed)).getStatusCode())
                    .as(typed).isEqualTo(HttpStatus.OK);
        }
        // as a Chinese input method in full-width mode types it (in the query: a header carries only ASCII)
        String fullWidth = secret.chars().mapToObj(c -> String.valueOf((char) (c == '-' ? '－' : c + 0xFEE0)))
                .collect(java.util.stream.Collectors.joining());
        assertThat(get("/api/applications/" + caseNumber + "?secret={s}", Map.of(), fullWidth).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        // one character changed, one left out, or one added is another secret
        char changed = compact.charAt(0) == 'A' ? 'B' : 'A';
        for (String wrong : List.of(changed + compact.substring(1), compact.substring(1), compact + "A", "U" + compact.substring(1))) {
            assertThat(get("/api/applications/" + caseNumber, Map.of("X-Receipt-Secret", wrong)).getStatusCode())
                    .as(wrong).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void aCaseFromBeforeKeepsItsSecretOf32HexadecimalCharacters() {
        String caseNumber = caseOf(applied(Applications.aPerson("Old Secret").build()));
        String hex = "0123456789abcdef0123456789abcdef";
        runtime.setVariable(instance(caseNumber), "receiptHash", ReceiptSecret.sha256(hex)); // as the secret was kept before

        assertThat(status(caseNumber, hex)).containsEntry("stage", "UNDER_REVIEW");
        assertThat(status(caseNumber, hex.toUpperCase())).containsEntry("caseNumber", caseNumber);
        assertThat(get("/api/applications/" + caseNumber, Map.of("X-Receipt-Secret", hex.replace('0', '1')))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void withoutMailConfiguredALostSecretGetsTheSameAnswerAndTheSecretIsKept() {
        Map<String, Object> receipt = applied(Applications.aPerson("Kong Jiu").withEmail("kong.jiu@example.org").build());
        String caseNumber = caseOf(receipt);

        ResponseEntity<Map<String, Object>> right = post("/api/applications/" + caseNumber + "/new-secret",
                Map.of("email", "kong.jiu@example.org"), Map.of());
        ResponseEntity<Map<String, Object>> wrong = post("/api/applications/" + caseNumber + "/new-secret",
                Map.of("email", "other@example.org"), Map.of());

        assertThat(right.getStatusCode()).isEqualTo(wrong.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(right.getBody()).isEqualTo(wrong.getBody())
                .containsEntry("detail", ApplicationController.NEW_SECRET_ASKED.both());
        assertThat(right.getBody().get("detail").toString()).contains("新的回执密码").contains("a new receipt secret");
        assertThat(status(receipt)).containsEntry("caseNumber", caseNumber); // no mail could carry a new one: kept
        assertThat(post("/api/applications/" + caseNumber + "/new-secret", Map.of(), Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void oneRequestWithEveryFieldWrongNamesEveryField() {
        Map<String, Object> wrong = Applications.aPerson("X").with(APPLICANT_KIND, "ROBOT").withEmail("not-an-address")
                .with(PHONE, "call me").withIdentityNumber("!!").with(ORGANISATION, "").with(FIELD, " ")
                .withStatement("Too short.").with(SUPPORTS_CHARTER, false).with(WILLING_TO_JOIN, false)
                .withBranch("branch-nowhere").inLanguage("fr").build();

        ResponseEntity<Map<String, Object>> refused = post("/api/applications", wrong, Map.of());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(errors(refused)).containsOnlyKeys("applicantKind", "applicantName", "email", "phone",
                "identityNumber", "organisation", "field", "statement", "supportsCharter", "willingToJoin", "branch", "language");
        assertThat(errors(refused)).hasEntrySatisfying("email", message -> assertThat(message)
                .startsWith("请填写有效的电子邮箱").contains("Enter a valid e-mail address"));
    }

    @Test
    void freeTextIsPlainTextWithinTheFormsLimitsAndLineBreaksOnlyWhereTheFormHasLines() {
        Map<String, Object> markup = Applications.aPerson("<b>Bold</b> Name").with(ORGANISATION, "Tsinghua\nUniversity")
                .with(FIELD, "Robotics\u0007")
                .withStatement("Patents:\n\tthree robotics patents brought into production lines.<script>alert(1)</script>")
                .build();
        assertThat(errors(post("/api/applications", markup, Map.of())))
                .containsOnlyKeys("applicantName", "organisation", "field", "statement")
                .hasEntrySatisfying("applicantName", m -> assertThat(m).contains("申请人").contains("markup"))
                .hasEntrySatisfying("organisation", m -> assertThat(m).contains("line breaks"));
        Map<String, Object> lines = Applications.aPerson("Plain Name")
                .withStatement("Patents:\n\tthree robotics patents brought into production lines.").build();
        assertThat(post("/api/applications", lines, Map.of()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<String, Object> tooLong = Applications.aPerson("x".repeat(101)).build();
        assertThat(errors(post("/api/applications", tooLong, Map.of()))).containsOnlyKeys("applicantName");
    }

    @Test
    void aUnitNeedsItsCreditCodeAndAForeignExpertNamesNoBranch() {
        Map<String, Object> unit = Applications.aUnit("Beijing Lianchuang Ltd").withCreditCode("91110000ABC").build();
        assertThat(errors(post("/api/applications", unit, Map.of()))).containsOnlyKeys("creditCode");

        Map<String, Object> foreign = Applications.aForeignExpert("Maria Rossi").withBranch("branch-beijing").build();
        assertThat(errors(post("/api/applications", foreign, Map.of()))).containsOnlyKeys("branch");
    }

    @Test
    void aResidentIdentityNumberAndACreditCodeAreRefusedForTheirCheckCharacterOrDateOfBirthInBothLanguages() {
        Map<String, Object> wrongDigit = Applications.aPerson("Xu Zhimo").withIdentityNumber("110105194912310021").build();
        assertThat(errors(post("/api/applications", wrongDigit, Map.of()))).containsOnlyKeys("identityNumber")
                .containsEntry("identityNumber", "请填写个人的 18 位居民身份证号码：末位校验码不符，请核对号码。 Enter the person's"
                        + " resident identity number. Its last character (the check digit) does not match: check the number.");
        String month13 = "1101051949" + "13" + "01002";
        month13 += cn.chia.governance.charter.ResidentIdentityNumber.checkCharacter(month13);
        Map<String, Object> thirteenthMonth = Applications.aPerson("Xu Zhimo").withIdentityNumber(month13).build();
        assertThat(errors(post("/api/applications", thirteenthMonth, Map.of())).get("identityNumber"))
                .contains("出生日期不是真实日期", "not a real date of birth");
        Map<String, Object> unit = Applications.aUnit("Xinyue Press").withCreditCode("91110000100001234X").build();
        assertThat(errors(post("/api/applications", unit, Map.of())).get("creditCode"))
                .startsWith("请填写单位的 18 位统一社会信用代码：末位校验码不符，请核对代码。").contains("check character");
    }

    @Test
    void aSecondOpenApplicationIsAnsweredAsAFirstOneAndItsApplicantIsToldByEmail() throws Exception {
        Applications.Builder application = Applications.aPerson("Zhou Er").withBranch("branch-beijing");
        Map<String, Object> first = applied(application.build());
        Map<String, Object> stranger = application.named("Somebody Else").withEmail("curious@example.org").build();
        long instances = runtime.createProcessInstanceQuery().processDefinitionKey("membership-admission").count();

        ResponseEntity<Map<String, Object>> second = post("/api/applications", stranger, Map.of());
        ResponseEntity<Map<String, Object>> firstOfItsKind = post("/api/applications", Applications.aPerson("Qian Fresh").build(), Map.of());
        Map<String, Object> fresh = firstOfItsKind.getBody(); // no open case: for comparison

        assertThat(second.getStatusCode()).isEqualTo(firstOfItsKind.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getHeaders().getContentType()).isEqualTo(firstOfItsKind.getHeaders().getContentType());
        assertThat(second.getHeaders().keySet()).isEqualTo(firstOfItsKind.getHeaders().keySet());
        assertThat(second.getBody()).containsOnlyKeys("caseNumber", "secret");
        assertThat(fresh).containsOnlyKeys("caseNumber", "secret");
        assertThat(caseOf(second.getBody())).matches("APP-\\d{4}-\\d{6}").isNotEqualTo(caseOf(first));
        assertThat((String) second.getBody().get("secret")).matches(GROUPED_SECRET);
        assertThat(second.getBody().toString()).doesNotContain(caseOf(first));
        assertThat(Long.parseLong(caseOf(fresh).substring(9))).as("the number was taken from the series")
                .isEqualTo(Long.parseLong(caseOf(second.getBody()).substring(9)) + 1);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("membership-admission").count())
                .as("no second case opened, one fresh case").isEqualTo(instances + 1);

        // followed, it reads as a new application at the named branch does, and asks for nothing
        Map<String, Object> decoy = status(second.getBody());
        Map<String, Object> real = status(first);
        assertThat(decoy.keySet()).isEqualTo(real.keySet());
        assertThat(decoy.get("steps")).as("received today, like the real one").isEqualTo(real.get("steps"));
        assertThat(decoy).containsEntry("stage", "RECEIVED").containsEntry("branch", real.get("branch"))
                .containsEntry("description", real.get("description")).containsEntry("language", "zh")
                .containsEntry("caseNumber", caseOf(second.getBody()));
        ResponseEntity<Map<String, Object>> answer = post("/api/applications/" + caseOf(second.getBody()) + "/information",
                Map.of("informationProvided", "Here it is."), Map.of("X-Receipt-Secret", (String) second.getBody().get("secret")));
        ResponseEntity<Map<String, Object>> answerReal = post("/api/applications/" + caseOf(first) + "/information",
                Map.of("informationProvided", "Here it is."), Map.of("X-Receipt-Secret", (String) first.get("secret")));
        assertThat(answer.getStatusCode()).isEqualTo(answerReal.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(get("/api/applications/" + caseOf(second.getBody()), Map.of("X-Receipt-Secret", "0".repeat(32)))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/api/applications/" + caseOf(second.getBody()), Map.of("X-Receipt-Secret", (String) first.get("secret")))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        // the applicant of the open case is written to, at that case's address, in its language; nobody else
        Notifier.Notification letter = awaitLetter(caseOf(first));
        assertThat(letter.recipient()).isEqualTo("applicant@example.org");
        assertThat(letter.subject()).contains(caseOf(first)).contains("再次申请");
        assertThat(letter.body()).startsWith("尊敬的Zhou Er：").contains("不予另行受理").contains("未向新申请的提交者透露");
        assertThat(notifier.of(caseOf(second.getBody()))).isEmpty();
    }

    @Test
    void aSecondApplicationOfAUnitOrAForeignExpertReadsAsTheirFirstWouldInTheirLanguage() throws Exception {
        Map<String, Object> foreign = Applications.aForeignExpert("Anna Weber").inEnglish().build();
        Map<String, Object> first = applied(foreign);
        Map<String, Object> again = applied(foreign);
        assertThat(status(again)).containsEntry("stage", "ON_THE_AGENDA").containsEntry("language", "en")
                .containsEntry("description", status(first).get("description")).doesNotContainKey("branch");
        assertThat(awaitLetter(caseOf(first)).subject()).isEqualTo(
                "Another application with your details: your application " + caseOf(first) + " continues");

        Map<String, Object> unit = Applications.aUnit("Beijing Lianchuang Ltd").build();
        Map<String, Object> firstUnit = applied(unit);
        Map<String, Object> againUnit = applied(unit);
        assertThat(status(again).get("steps")).isEqualTo(status(first).get("steps"));
        assertThat(status(againUnit).get("steps")).isEqualTo(status(firstUnit).get("steps"));
        assertThat(status(againUnit)).containsEntry("stage", "UNDER_REVIEW")
                .containsEntry("description", status(firstUnit).get("description"));
        assertThat(awaitLetter(caseOf(firstUnit)).body()).contains(caseOf(firstUnit));
    }

    private Notifier.Notification awaitLetter(String caseNumber) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<Notifier.Notification> letters = notifier.of(caseNumber);
            if (!letters.isEmpty()) {
                return letters.get(letters.size() - 1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No letter to the applicant of " + caseNumber);
    }

    @Test
    void aWrongMissingOrOtherCasesSecretIsTheSameAsAnUnknownCase() {
        Map<String, Object> mine = post("/api/applications", Applications.aPerson("Wu San").build(), Map.of()).getBody();
        Map<String, Object> other = post("/api/applications", Applications.aPerson("Zheng Si").build(), Map.of()).getBody();
        String caseNumber = (String) mine.get("caseNumber");

        assertThat(get("/api/applications/" + caseNumber, Map.of("X-Receipt-Secret", "0".repeat(32))).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/api/applications/" + caseNumber, Map.of()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/api/applications/" + caseNumber, Map.of("X-Receipt-Secret", (String) other.get("secret")))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/api/applications/APP-1999-999999", Map.of("X-Receipt-Secret", (String) mine.get("secret")))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/api/applications/" + caseNumber + "?secret=" + mine.get("secret"), Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(post("/api/applications/" + caseNumber + "/information", Map.of("informationProvided", "Here."),
                Map.of("X-Receipt-Secret", (String) other.get("secret"))).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theStatusFollowsTheCaseFromReceiptToAdmission() {
        Map<String, Object> application = Applications.aPerson("Feng Wu").withBranch("branch-beijing").build();
        Map<String, Object> receipt = post("/api/applications", application, Map.of()).getBody();
        String caseNumber = (String) receipt.get("caseNumber");
        String secret = (String) receipt.get("secret");
        assertThat(status(caseNumber, secret)).containsEntry("stage", "RECEIVED").containsEntry("branch", "北京分支机构 Beijing Branch");
        assertThat(steps(caseNumber, secret)).containsExactly("RECEIVED " + today());

        complete(caseNumber, "UserTask_RecommendCandidate", Map.of("recommendation", "RECOMMEND"));
        assertThat(status(caseNumber, secret)).containsEntry("stage", "UNDER_REVIEW");

        complete(caseNumber, "UserTask_ReviewApplication", Map.of("reviewDecision", "FORWARD"));
        assertThat(status(caseNumber, secret)).containsEntry("stage", "ON_THE_AGENDA");

        decide(caseNumber, "ADOPTED");
        assertThat(status(caseNumber, secret)).containsEntry("stage", "ADOPTED");

        management.executeJob(management.createJobQuery().processInstanceId(instance(caseNumber)).singleResult().getId());
        Map<String, Object> admitted = status(caseNumber, secret);
        assertThat(admitted).containsEntry("stage", "ADMITTED").containsEntry("resolutionNumber", resolution);
        String today = today();
        assertThat(steps(caseNumber, secret)).containsExactly("RECEIVED " + today, "RECOMMENDED " + today,
                "REVIEW_STARTED " + today, "ON_THE_AGENDA " + today, "DECIDED " + today, "ADMITTED " + today);
        assertThat((String) admitted.get("membershipNumber")).matches("CHIA-\\d{4}-\\d{6}");
    }

    @Test
    void anApplicantAnswersARequestForMoreInformation() {
        Map<String, Object> receipt = post("/api/applications", Applications.aPerson("Chen Liu").build(), Map.of()).getBody();
        String caseNumber = (String) receipt.get("caseNumber");
        Map<String, String> secret = Map.of("X-Receipt-Secret", (String) receipt.get("secret"));
        String answerPath = "/api/applications/" + caseNumber + "/information";
        assertThat(post(answerPath, Map.of("informationProvided", "Early."), secret).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        complete(caseNumber, "UserTask_ReviewApplication",
                Map.of("reviewDecision", "MORE_INFORMATION", "informationRequested", "A list of your publications."));
        assertThat(status(caseNumber, (String) receipt.get("secret")))
                .containsEntry("stage", "MORE_INFORMATION_NEEDED")
                .containsEntry("informationRequested", "A list of your publications.")
                .containsEntry("answerBy", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString());

        assertThat(post(answerPath, Map.of("informationProvided", "  "), secret).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post(answerPath, Map.of("informationProvided", "x".repeat(4001)), secret).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        for (String bad : List.of("<img src=x onerror=alert(1)>", "Papers\u0000listed", "x", "Papers\u001b[2J listed")) {
            ResponseEntity<Map<String, Object>> refused = post(answerPath, Map.of("informationProvided", bad), secret);
            assertThat(refused.getStatusCode()).as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((String) refused.getBody().get("detail")).as(bad).contains("“申请人的答复”（informationProvided）")
                    .contains("'The applicant's answer' (informationProvided)");
        }
        assertThat(runtime.getVariable(instance(caseNumber), "informationProvided")).as("nothing recorded").isNull();
        ResponseEntity<Map<String, Object>> answered = post(answerPath,
                Map.of("informationProvided", "Twelve papers on composites,\n\tlisted at example.org/papers."), secret);

        assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answered.getBody()).containsEntry("stage", "UNDER_REVIEW");
        assertThat(runtime.getVariable(instance(caseNumber), "informationProvided"))
                .isEqualTo("Twelve papers on composites,\n\tlisted at example.org/papers.");
        assertThat(post(answerPath, Map.of("informationProvided", "Again."), secret).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void endedApplicationsSayHowTheyEndedAndWhy() {
        Map<String, Object> rejected = applied(Applications.aPerson("Rejected In Review").build());
        complete(caseOf(rejected), "UserTask_ReviewApplication",
                Map.of("reviewDecision", "REJECT", "reason", "Not active in high-tech industrialization."));
        assertThat(status(rejected)).containsEntry("stage", "REJECTED")
                .containsEntry("reason", "Not active in high-tech industrialization.");

        Map<String, Object> notAdopted = applied(Applications.aPerson("Rejected By Council").inEnglish().build());
        complete(caseOf(notAdopted), "UserTask_ReviewApplication", Map.of("reviewDecision", "FORWARD"));
        decide(caseOf(notAdopted), "REJECTED");
        assertThat(status(notAdopted)).containsEntry("stage", "REJECTED")
                .containsEntry("reason", "Rejected: 40 of 61 directors present voted in favour.")
                .containsEntry("resolutionNumber", resolution);

        Map<String, Object> declined = applied(Applications.aPerson("Declined By Branch").withBranch("branch-beijing").build());
        complete(caseOf(declined), "UserTask_RecommendCandidate",
                Map.of("recommendation", "DECLINE", "reason", "Unknown to the branch."));
        assertThat(status(declined)).containsEntry("stage", "DECLINED").containsEntry("reason", "Unknown to the branch.");

        Map<String, Object> lapsed = applied(Applications.aPerson("Lapsed Silence").build());
        complete(caseOf(lapsed), "UserTask_ReviewApplication",
                Map.of("reviewDecision", "MORE_INFORMATION", "informationRequested", "Your CV."));
        management.executeJob(management.createJobQuery().processInstanceId(instance(caseOf(lapsed))).timers()
                .singleResult().getId());
        assertThat(status(lapsed)).containsEntry("stage", "LAPSED");

        Map<String, Object> closed = applied(Applications.aPerson("Closed By Secretariat").build());
        runtime.deleteProcessInstance(instance(caseOf(closed)), "Withdrawn by the applicant.");
        assertThat(status(closed)).containsEntry("stage", "CLOSED").containsEntry("reason", "Withdrawn by the applicant.");
    }

    @Test
    void theApplicantReadsStatusReasonAndLettersInTheLanguageChosenOnThePage() {
        Map<String, Object> english = applied(Applications.aPerson("Li Lei").inEnglish().build());
        Map<String, Object> chinese = applied(Applications.aPerson("Han Meimei").build());
        assertThat(runtime.getVariable(instance(caseOf(english)), "language")).isEqualTo("en");
        assertThat(runtime.getVariable(instance(caseOf(chinese)), "language")).as("no language sent: Chinese").isEqualTo("zh");

        assertThat(status(english)).containsEntry("language", "en")
                .containsEntry("description", "Under review by the Liaison Department.");
        assertThat(status(chinese)).containsEntry("language", "zh").containsEntry("description", "联络部正在审核。");

        for (Map<String, Object> receipt : List.of(english, chinese)) {
            complete(caseOf(receipt), "UserTask_ReviewApplication", Map.of("reviewDecision", "FORWARD"));
            decide(caseOf(receipt), "REJECTED");
        }
        assertThat(status(english)).containsEntry("description", "Rejected.")
                .containsEntry("reason", "Rejected: 40 of 61 directors present voted in favour.");
        assertThat(status(chinese)).containsEntry("description", "未获通过。")
                .containsEntry("reason", "未通过：出席的 61 名理事中 40 名赞成。");
        assertThat(notifier.of(caseOf(english))).singleElement().satisfies(n -> {
            assertThat(n.subject()).isEqualTo("Your application " + caseOf(english) + " was not adopted");
            assertThat(n.body()).isEqualTo("Dear Li Lei,\n\nThe application was not adopted by resolution " + resolutions.get(caseOf(english)) + "."
                    + " Rejected: 40 of 61 directors present voted in favour.");
        });
        assertThat(notifier.of(caseOf(chinese))).singleElement().satisfies(n -> {
            assertThat(n.subject()).isEqualTo("您的申请 " + caseOf(chinese) + " 未获决议通过");
            assertThat(n.body()).isEqualTo("尊敬的Han Meimei：\n\n您的申请未获决议 " + resolutions.get(caseOf(chinese)) + " 通过。未通过：出席的 61 名理事中 40 名赞成。");
        });
    }

    @Test
    void aForeignExpertApprovedByTheCouncilIsFiledWithCast() {
        Map<String, Object> receipt = applied(Applications.aForeignExpert("Hans Keller").build());
        assertThat(status(receipt)).containsEntry("stage", "ON_THE_AGENDA");
        decide(caseOf(receipt), "ADOPTED");
        decide(caseOf(receipt), "ADOPTED");
        assertThat(status(receipt)).containsEntry("stage", "FILED_WITH_CAST");
    }

    @Test
    void moreThanTenApplicationsFromOneAddressInTenMinutesAreRefusedWithRetryAfter() {
        for (int i = 0; i < 10; i++) {
            assertThat(post("/api/applications", Map.of(), Map.of()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        }
        ResponseEntity<Map<String, Object>> refused = post("/api/applications", Applications.aPerson("Eleventh").build(), Map.of());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(Long.parseLong(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 600L);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        newClient();
        assertThat(post("/api/applications", Map.of(), Map.of()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aRequestAbove16KiBIsRefused() {
        Map<String, Object> large = Applications.aPerson("Large Statement").withStatement("x".repeat(17 * 1024)).build();

        ResponseEntity<Map<String, Object>> refused = post("/api/applications", large, Map.of());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theOpenApiDescriptionIsPublicAndDescribesOnlyTheApplicationsOwnApi() {
        ResponseEntity<Map<String, Object>> docs = get("/v3/api-docs", Map.of());

        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) docs.getBody().get("paths");
        assertThat(paths).containsKeys("/api/applications", "/api/applications/{caseNumber}",
                "/api/applications/{caseNumber}/information", "/api/members");
        assertThat(paths.keySet()).allMatch(path -> path.startsWith("/api/"));
        assertThat(get("/api/members", Map.of()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private Map<String, Object> applied(Map<String, Object> application) {
        ResponseEntity<Map<String, Object>> receipt = post("/api/applications", application, Map.of());
        assertThat(receipt.getStatusCode()).as("%s", receipt.getBody()).isEqualTo(HttpStatus.CREATED);
        return receipt.getBody();
    }

    /** The steps of the status, each as "STEP yyyy-mm-dd". */
    @SuppressWarnings("unchecked")
    private List<String> steps(String caseNumber, String secret) {
        return ((List<Map<String, Object>>) status(caseNumber, secret).get("steps")).stream()
                .map(step -> step.get("step") + " " + step.get("date")).toList();
    }

    private String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    private static String caseOf(Map<String, Object> receipt) {
        return (String) receipt.get("caseNumber");
    }

    private Map<String, Object> status(Map<String, Object> receipt) {
        return status(caseOf(receipt), (String) receipt.get("secret"));
    }

    private Map<String, Object> status(String caseNumber, String secret) {
        ResponseEntity<Map<String, Object>> status = get("/api/applications/" + caseNumber,
                Map.of("X-Receipt-Secret", secret));
        assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
        return status.getBody();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> errors(ResponseEntity<Map<String, Object>> refused) {
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return (Map<String, String>) refused.getBody().get("errors");
    }

    private String instance(String caseNumber) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("membership-admission")
                .processInstanceBusinessKey(caseNumber).singleResult().getId();
    }

    private void complete(String caseNumber, String taskKey, Map<String, Object> variables) {
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey)
                .singleResult().getId(), variables);
    }

    private void decide(String caseNumber, String outcome) {
        resolution = Resolutions.on(ProcessEngines.getDefaultProcessEngine(), caseNumber, outcome, "COUNCIL");
        resolutions.put(caseNumber, resolution);
        runtime.createMessageCorrelation("DecisionTaken").processInstanceBusinessKey(caseNumber)
                .setVariable("decisionOutcome", outcome).setVariable("resolutionNumber", resolution)
                .setVariable("decisionReason", (outcome.equals("ADOPTED") ? "Adopted" : "Rejected")
                        + ": 40 of 61 directors present voted in favour.")
                .setVariable("decisionReasonZh", (outcome.equals("ADOPTED") ? "通过" : "未通过") + "：出席的 61 名理事中 40 名赞成。")
                .setVariable("decidingBody", "COUNCIL").correlateWithResult();
    }

    private ResponseEntity<Map<String, Object>> get(String path, Map<String, String> headers, Object... uriVariables) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(headers)),
                new ParameterizedTypeReference<>() { }, uriVariables);
    }

    private ResponseEntity<Map<String, Object>> post(String path, Object body, Map<String, String> headers) {
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers(headers)),
                new ParameterizedTypeReference<>() { });
    }

    private HttpHeaders headers(Map<String, String> values) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Forwarded-For", client);
        values.forEach(headers::set);
        return headers;
    }
}
