package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.Resolutions;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.process.Members;
import cn.chia.governance.process.ProcessConfiguration;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.Notifier;

/**
 * A person's own data: an applicant with the receipt secret, a member with the card secret, downloads all the
 * Association holds on them (JSON, as an attachment) and asks for a correction or deletion, which the Secretariat
 * answers within the legal period. A wrong secret answers as an unknown number does.
 */
@GovernanceTest
class PersonalDataApiIT {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    MemberRegister register;
    @Autowired
    Notifier notifier;

    private String client;

    @BeforeEach
    void newClient() {
        int n = NEXT.incrementAndGet();
        client = "203.0." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRightReceiptSecretDownloadsTheApplicantsOwnDataInFullAsAnAttachment() {
        String identity = Applications.residentIdentityNumber();
        Map<String, Object> receipt = applied(Applications.aPerson("欧阳明").withIdentityNumber(identity)
                .withEmail("ouyang@example.org").with("phone", "+86 138 0013 8000").build());
        String caseNumber = (String) receipt.get("caseNumber");

        ResponseEntity<Map<String, Object>> download = get("/api/applications/" + caseNumber + "/personal-data",
                Map.of("X-Receipt-Secret", (String) receipt.get("secret")));

        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"personal-data-" + caseNumber + ".json\"");
        Map<String, Object> data = download.getBody();
        assertThat(data).containsEntry("caseNumber", caseNumber).doesNotContainKey("membershipNumber");
        assertThat((Map<String, Object>) data.get("personalData")).containsEntry("name", "欧阳明")
                .containsEntry("applicantKind", "INDIVIDUAL").containsEntry("email", "ouyang@example.org")
                .containsEntry("phone", "+86 138 0013 8000").containsEntry("identityNumber", identity)
                .containsEntry("organisation", "China Academy of Space Technology").containsEntry("language", "zh")
                .containsKey("statement").containsKey("field");
        assertThat((Map<String, Object>) data.get("application")).containsEntry("stage", "UNDER_REVIEW");
        assertThat((List<Map<String, Object>>) ((Map<String, Object>) data.get("application")).get("steps"))
                .extracting(step -> step.get("step") + " " + step.get("date"))
                .containsExactly("RECEIVED " + today(), "REVIEW_STARTED " + today());
        assertThat(data).containsEntry("decisions", List.of()).containsEntry("requests", List.of())
                .containsEntry("recipients", List.of()).containsKey("notifications").containsKey("consent");
    }

    @Test
    void aWrongSecretAndAnUnknownCaseAnswerAlikeAndAsTheStatusDoes() {
        Map<String, Object> receipt = applied(Applications.aPerson("Guo Jing").build());
        String caseNumber = (String) receipt.get("caseNumber");
        String wrong = "0".repeat(32);
        String unknown = caseNumber.substring(0, 9) + "999999";
        for (String number : List.of(caseNumber, unknown)) {
            ResponseEntity<Map<String, Object>> status = get("/api/applications/" + number, Map.of("X-Receipt-Secret", wrong));
            ResponseEntity<Map<String, Object>> data = get("/api/applications/" + number + "/personal-data",
                    Map.of("X-Receipt-Secret", wrong));
            ResponseEntity<Map<String, Object>> request = post("/api/applications/" + number + "/personal-data/requests",
                    Map.of("kind", "DELETION", "detail", "Delete everything."), Map.of("X-Receipt-Secret", wrong));
            ResponseEntity<Map<String, Object>> none = get("/api/applications/" + number + "/personal-data", Map.of());
            for (ResponseEntity<Map<String, Object>> answer : List.of(data, request, none)) {
                assertThat(answer.getStatusCode()).as(number).isEqualTo(HttpStatus.NOT_FOUND);
                assertThat(answer.getBody()).as(number).containsEntry("detail", status.getBody().get("detail"))
                        .containsEntry("title", status.getBody().get("title"));
                assertThat(answer.getBody().get("detail").toString()).startsWith("没有与此回执密码相符的申请 " + number + "。")
                        .endsWith("No application " + number + " with this receipt secret.");
            }
        }
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("personal-data-request")
                .variableValueEquals("subjectNumber", caseNumber).count()).as("no request opened").isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRequestOpensACaseForTheSecretariatDueWithinTheLegalPeriodAndTheAnswerIsMailedToTheApplicant() {
        Map<String, Object> receipt = applied(Applications.aPerson("Wei Ming").inEnglish().withEmail("wei@example.org").build());
        String caseNumber = (String) receipt.get("caseNumber");
        Map<String, String> secret = Map.of("X-Receipt-Secret", (String) receipt.get("secret"));

        ResponseEntity<Map<String, Object>> refused = post("/api/applications/" + caseNumber + "/personal-data/requests",
                Map.of("kind", "ERASE", "detail", "x"), secret);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("detail").toString()).contains("CORRECTION");
        ResponseEntity<Map<String, Object>> empty = post("/api/applications/" + caseNumber + "/personal-data/requests",
                Map.of("kind", "CORRECTION", "detail", ""), secret);
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<Map<String, Object>> asked = post("/api/applications/" + caseNumber + "/personal-data/requests",
                Map.of("kind", "CORRECTION", "detail", "My phone number is now +86 139 0000 1111."), secret);

        assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String request = (String) asked.getBody().get("caseNumber");
        LocalDate answerBy = LocalDate.now(ProcessConfiguration.ASSOCIATION_ZONE).plusDays(15);
        assertThat(request).matches("PDR-\\d{4}-\\d{4}");
        assertThat(asked.getBody()).containsEntry("answerBy", answerBy.toString());
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(request).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("UserTask_AnswerDataRequest");
        assertThat(task.getName()).isEqualTo("答复个人信息请求 Answer the personal-data request");
        assertThat(LocalDate.ofInstant(task.getDueDate().toInstant(), ProcessConfiguration.ASSOCIATION_ZONE))
                .isEqualTo(answerBy);
        assertThat(tasks.getIdentityLinksForTask(task.getId())).anyMatch(link -> "secretariat".equals(link.getGroupId()));
        assertThat(notifier.of(request)).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo("wei@example.org");
            assertThat(n.subject()).isEqualTo("Your request " + request + " about your personal data is received");
        });

        // the clerk answers in Tasklist's way (the engine's REST API, signed in)
        ResponseEntity<String> answered = rest.withBasicAuth("clerk", "clerk").exchange("/engine-rest/task/" + task.getId()
                + "/submit-form", HttpMethod.POST, new HttpEntity<>(Map.of("variables", Map.of(
                        "outcome", Map.of("value", "CORRECTED"), "correctedPhone", Map.of("value", "+86 139 0000 1111"),
                        "answer", Map.of("value", "Your phone number is corrected."))), json()), String.class);
        assertThat(answered.getStatusCode()).as(answered.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(notifier.of(request)).hasSize(2).last().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo("wei@example.org");
            assertThat(n.subject()).isEqualTo("Answer to your request " + request + " about your personal data");
            assertThat(n.body()).contains("Dear Wei Ming,", "your data is corrected.", "Your phone number is corrected.");
        });
        Map<String, Object> data = get("/api/applications/" + caseNumber + "/personal-data", secret).getBody();
        assertThat((Map<String, Object>) data.get("personalData")).containsEntry("phone", "+86 139 0000 1111");
        assertThat((List<Map<String, Object>>) data.get("requests")).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("caseNumber", request).containsEntry("kind", "CORRECTION")
                .containsEntry("outcome", "CORRECTED").containsEntry("answer", "Your phone number is corrected.")
                .containsEntry("answerBy", answerBy.toString()));
        assertThat((List<Map<String, Object>>) data.get("notifications")).extracting(n -> n.get("caseNumber"))
                .containsSubsequence(request, request);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRejectedApplicantsDownloadHoldsTheResolutionAboutThem() {
        Map<String, Object> receipt = applied(Applications.aPerson("Rejected Ren").build());
        String caseNumber = (String) receipt.get("caseNumber");
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId(),
                Map.of("reviewDecision", "FORWARD"));
        String resolution = Resolutions.on(ProcessEngines.getDefaultProcessEngine(), caseNumber, "REJECTED", "COUNCIL");
        runtime.createMessageCorrelation("DecisionTaken").processInstanceBusinessKey(caseNumber)
                .setVariable("decisionOutcome", "REJECTED").setVariable("resolutionNumber", resolution)
                .setVariable("decisionReason", "Rejected.").setVariable("decisionReasonZh", "未通过。")
                .setVariable("decidingBody", "COUNCIL").correlateWithResult();

        Map<String, Object> data = get("/api/applications/" + caseNumber + "/personal-data",
                Map.of("X-Receipt-Secret", (String) receipt.get("secret"))).getBody();

        assertThat((Map<String, Object>) data.get("application")).containsEntry("stage", "REJECTED");
        assertThat((List<Map<String, Object>>) data.get("decisions")).singleElement().satisfies(d -> assertThat(d)
                .containsEntry("resolutionNumber", resolution).containsEntry("outcome", "REJECTED")
                .containsEntry("body", "COUNCIL").containsEntry("caseNumber", caseNumber));
        assertThat((List<Map<String, Object>>) data.get("notifications")).extracting(n -> n.get("caseNumber"))
                .contains(caseNumber);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMemberWithTheCardSecretDownloadsTheRegisterEntryAndAsksForACorrection() {
        MemberRegister.Member member = Members.admit(register, "Member Mu");
        String number = member.membershipNumber();
        String cardSecret = register.issueCardSecret(number);

        ResponseEntity<Map<String, Object>> wrong = get("/api/personal-data/" + number, Map.of("X-Card-Secret", "AAAA-AAAA-AAAA"));
        ResponseEntity<Map<String, Object>> unknown = get("/api/personal-data/CHIA-1999-999999", Map.of("X-Card-Secret", cardSecret));
        ResponseEntity<Map<String, Object>> withdrawal = post("/api/withdrawals",
                Map.of("membershipNumber", number, "cardSecret", "AAAA-AAAA-AAAA"), Map.of());
        for (ResponseEntity<Map<String, Object>> answer : List.of(wrong, unknown, post("/api/personal-data/" + number
                + "/requests", Map.of("kind", "CORRECTION", "detail", "x"), Map.of("X-Card-Secret", "AAAA-AAAA-AAAA")))) {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(answer.getBody()).containsEntry("detail", withdrawal.getBody().get("detail"));
        }

        ResponseEntity<Map<String, Object>> download = get("/api/personal-data/" + number, Map.of("X-Card-Secret", cardSecret));
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"personal-data-" + number + ".json\"");
        Map<String, Object> data = download.getBody();
        assertThat(data).containsEntry("membershipNumber", number);
        assertThat((Map<String, Object>) data.get("personalData")).containsEntry("name", "Member Mu")
                .containsEntry("email", "member@example.org").containsEntry("identityNumber", member.identityNumber());
        Map<String, Object> entry = (Map<String, Object>) data.get("register");
        assertThat(entry).containsEntry("status", "ACTIVE").containsEntry("admittedByResolution", member.resolutionNumber());
        assertThat((List<Map<String, Object>>) entry.get("statusHistory")).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("status", "ACTIVE"));
        assertThat((Map<String, Object>) entry.get("card")).containsEntry("status", "VALID").doesNotContainKey("secretHash");
        assertThat(download.getBody().toString()).doesNotContain(cardSecret);

        ResponseEntity<Map<String, Object>> asked = post("/api/personal-data/" + number + "/requests",
                Map.of("kind", "DELETION", "detail", "请删除我的电话号码。"), Map.of("X-Card-Secret", cardSecret));
        assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String request = (String) asked.getBody().get("caseNumber");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(request).singleResult()).isNotNull();
        assertThat(notifier.of(request)).singleElement().satisfies(n -> assertThat(n.subject())
                .isEqualTo("已收到您关于个人信息的请求 " + request));
    }

    @Test
    void theSecretariatRecordsARequestReceivedByLetterAndOnlyForANumberTheAssociationHolds() {
        MemberRegister.Member member = Members.admit(register, "Letter Lu");
        Map<String, Object> letter = Map.of("variables", Map.of(
                "subjectNumber", Map.of("value", member.membershipNumber()), "requestKind", Map.of("value", "DELETION"),
                "requestDetail", Map.of("value", "来函请求删除我的电话号码。")));
        ResponseEntity<Map<String, Object>> started = rest.withBasicAuth("clerk", "clerk").exchange(
                "/engine-rest/process-definition/key/personal-data-request/submit-form", HttpMethod.POST,
                new HttpEntity<>(letter, json()), new ParameterizedTypeReference<>() { });
        assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
        assertThat((String) started.getBody().get("businessKey")).matches("PDR-\\d{4}-\\d{4}");

        ResponseEntity<String> unknown = rest.withBasicAuth("clerk", "clerk").exchange(
                "/engine-rest/process-definition/key/personal-data-request/submit-form", HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", Map.of("subjectNumber", Map.of("value", "CHIA-1999-999999"),
                        "requestKind", Map.of("value", "CORRECTION"), "requestDetail", Map.of("value", "Correct my name."))),
                        json()), String.class);
        assertThat(unknown.getStatusCode().is4xxClientError()).as(unknown.getBody()).isTrue();
        assertThat(unknown.getBody()).contains("CHIA-1999-999999");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReceiptOfASecondApplicationShowsThatNothingWasKeptOfIt() {
        String identity = Applications.residentIdentityNumber();
        applied(Applications.aPerson("First Fang").withIdentityNumber(identity).build());
        Map<String, Object> second = applied(Applications.aPerson("Second Fang").withIdentityNumber(identity).build());
        String caseNumber = (String) second.get("caseNumber");
        Map<String, String> secret = Map.of("X-Receipt-Secret", (String) second.get("secret"));

        ResponseEntity<Map<String, Object>> download = get("/api/applications/" + caseNumber + "/personal-data", secret);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).doesNotContainKey("personalData").containsEntry("caseNumber", caseNumber);
        assertThat(download.getBody().toString()).doesNotContain("First Fang").doesNotContain(identity);
        assertThat(post("/api/applications/" + caseNumber + "/personal-data/requests",
                Map.of("kind", "DELETION", "detail", "Delete it."), secret).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    private Map<String, Object> applied(Map<String, Object> application) {
        ResponseEntity<Map<String, Object>> receipt = post("/api/applications", application, Map.of());
        assertThat(receipt.getStatusCode()).as("%s", receipt.getBody()).isEqualTo(HttpStatus.CREATED);
        return receipt.getBody();
    }

    private static String today() {
        return LocalDate.now(ProcessConfiguration.ASSOCIATION_ZONE).toString();
    }

    private static HttpHeaders json() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private ResponseEntity<Map<String, Object>> get(String path, Map<String, String> headers) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(headers)), new ParameterizedTypeReference<>() { });
    }

    private ResponseEntity<Map<String, Object>> post(String path, Object body, Map<String, String> headers) {
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers(headers)),
                new ParameterizedTypeReference<>() { });
    }

    private HttpHeaders headers(Map<String, String> values) {
        HttpHeaders headers = json();
        headers.set("X-Forwarded-For", client);
        values.forEach(headers::set);
        return headers;
    }
}
