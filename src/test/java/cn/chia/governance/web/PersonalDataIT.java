package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.Resolutions;
import cn.chia.governance.admission.AdmissionCase;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.honorary.HonoraryMembershipCase;
import cn.chia.governance.honorary.HonoraryProposals;
import cn.chia.governance.register.Masking;
import cn.chia.governance.register.Applicant;
import cn.chia.governance.register.MaskedEngineVariables;
import cn.chia.governance.register.PersonalData;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;

/**
 * Identity numbers and telephones, the way they could leak (docs/security.md, "Personal information"): cases started
 * through every door (the applicants' API, {@code /engine-rest}, Tasklist's start form, an honorary proposal) are read
 * by every role through every engine entry point, the register, its export and a certificate; no full number reaches
 * anyone whose work does not need it, and no table of the engine holds one. The Liaison Department's reviewer reads
 * the full number of the case before it, not of another, not after; every read of a full number is on the
 * administrators' list.
 */
@GovernanceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PersonalDataIT {

    /** The cases, each started through another door. */
    enum Case {
        /** The applicants' API, waiting for the Liaison Department's review. */
        REVIEW_BY_API,
        /** {@code /engine-rest}'s start by the Secretariat, waiting for the review. */
        REVIEW_BY_ENGINE_REST,
        /** Tasklist's start form (the webapps' engine API with the clerk's session), waiting for the review. */
        REVIEW_BY_START_FORM,
        /** The applicants' API with a branch: at the branch, no review yet. */
        AT_THE_BRANCH,
        /** A foreign expert's passport number, through {@code /engine-rest}: waiting for the Council. */
        FOREIGN,
        /** A proposal of honorary membership with the honoree's telephone. */
        HONORARY
    }

    static final List<String> USERS = List.of("branch", "liaison", "clerk", "director", "standing", "elector",
            "manager", "admin");

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    MemberRegister register;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalData vault;
    @Autowired
    MaskedEngineVariables engineTables;

    private final Map<Case, String> caseNumbers = new EnumMap<>(Case.class);
    private final Map<Case, String> instances = new EnumMap<>(Case.class);
    /** Each case's full identity number (none for the honorary one) and telephone. */
    private final Map<Case, List<String>> fullNumbers = new EnumMap<>(Case.class);

    @BeforeAll
    void startACaseThroughEachDoor() throws Exception {
        Http clerk = Http.basic(port, "clerk", "clerk");
        // the applicants' API
        for (Case c : List.of(Case.REVIEW_BY_API, Case.AT_THE_BRANCH)) {
            String phone = phone();
            Map<String, Object> form = Applications.aPerson("Privacy " + c.name().toLowerCase(Locale.ROOT))
                    .with(AdmissionCase.PHONE, phone).withBranch(c == Case.AT_THE_BRANCH ? "branch-beijing" : null)
                    .build();
            Http.Answer receipt = Http.anonymous(port).send("POST", "/api/applications", "application/json",
                    Http.JSON.writeValueAsBytes(form), Map.of("X-Forwarded-For", "198.51.100." + (c.ordinal() + 20)));
            assertThat(receipt.status()).as("%s", receipt).isEqualTo(201);
            started(c, (String) receipt.object().get("caseNumber"), (String) form.get(AdmissionCase.IDENTITY_NUMBER),
                    phone);
        }
        // /engine-rest
        String phone = phone();
        Map<String, Object> byRest = Applications.aPerson("Privacy rest").with(AdmissionCase.PHONE, phone)
                .asRestVariables();
        Http.Answer rest = clerk.post("/engine-rest/process-definition/key/" + AdmissionCase.PROCESS_KEY + "/start",
                Map.of("variables", byRest, "withVariablesInReturn", true));
        assertThat(rest.status()).as("%s", rest).isEqualTo(200);
        String restNumber = identity(byRest);
        assertThat(rest.body()).as("the variables returned by the start").doesNotContain(restNumber, phone)
                .contains(Masking.identityNumber(restNumber));
        started(Case.REVIEW_BY_ENGINE_REST, (String) rest.object().get("businessKey"), restNumber, phone);
        // Tasklist's start form
        phone = phone();
        Map<String, Object> byForm = Applications.aPerson("Privacy form").with(AdmissionCase.PHONE, phone)
                .asRestVariables();
        Http tasklist = Http.webapp(port, "clerk", "clerk", "tasklist", new int[1]);
        Http.Answer form = tasklist.post("/camunda/api/engine/engine/default/process-definition/key/"
                + AdmissionCase.PROCESS_KEY + "/submit-form", Map.of("variables", byForm));
        assertThat(form.status()).as("%s", form).isEqualTo(200);
        started(Case.REVIEW_BY_START_FORM, (String) form.object().get("businessKey"), identity(byForm), phone);
        // a foreign expert's passport, as the start form sends it
        phone = phone();
        String passport = "E" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        Map<String, Object> foreign = Applications.aForeignExpert("Privacy Foreigner").without(AdmissionCase.IDENTITY_NUMBER)
                .with(AdmissionCase.PASSPORT_NUMBER, passport).with(AdmissionCase.PHONE, phone).asRestVariables();
        Http.Answer abroad = clerk.post("/engine-rest/process-definition/key/" + AdmissionCase.PROCESS_KEY + "/start",
                Map.of("variables", foreign));
        assertThat(abroad.status()).as("%s", abroad).isEqualTo(200);
        started(Case.FOREIGN, (String) abroad.object().get("businessKey"), passport, phone);
        // an honorary proposal
        phone = phone();
        Map<String, Object> proposal = new LinkedHashMap<>();
        HonoraryProposals.aChineseExpert("隐私" + UUID.randomUUID().toString().substring(0, 6), "清华大学").phone(phone)
                .build().forEach((name, value) -> proposal.put(name, Map.of("value", value)));
        Http.Answer honorary = clerk.post("/engine-rest/process-definition/key/" + HonoraryMembershipCase.PROCESS_KEY
                + "/start", Map.of("variables", proposal));
        assertThat(honorary.status()).as("%s", honorary).isEqualTo(200);
        caseNumbers.put(Case.HONORARY, (String) honorary.object().get("businessKey"));
        instances.put(Case.HONORARY, (String) honorary.object().get("id"));
        fullNumbers.put(Case.HONORARY, List.of(phone));
    }

    private void started(Case c, String caseNumber, String identityNumber, String phone) {
        caseNumbers.put(c, caseNumber);
        instances.put(c, runtime.createProcessInstanceQuery().processDefinitionKey(AdmissionCase.PROCESS_KEY)
                .processInstanceBusinessKey(caseNumber).singleResult().getId());
        fullNumbers.put(c, List.of(identityNumber, phone));
    }

    @SuppressWarnings("unchecked")
    private static String identity(Map<String, Object> restVariables) {
        return (String) ((Map<String, Object>) restVariables.get(AdmissionCase.IDENTITY_NUMBER)).get("value");
    }

    private static String phone() {
        return "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    @AfterAll
    void closeTheCases() {
        instances.values().forEach(id -> {
            if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                runtime.deleteProcessInstance(id, "test clean-up", true, true);
            }
        });
    }

    private List<String> everyFullNumber() {
        return fullNumbers.values().stream().flatMap(List::stream).toList();
    }

    // ---- the engine

    @Test
    @Order(1)
    void noTableOfTheEngineHoldsAFullNumberAfterTheApplications() throws Exception {
        List<String> full = everyFullNumber();
        int rows = 0;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    if (rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT).startsWith("act_")) {
                        tables.add(rs.getString("TABLE_NAME"));
                    }
                }
            }
            assertThat(tables).extracting(t -> t.toLowerCase(Locale.ROOT))
                    .contains("act_ru_variable", "act_hi_varinst", "act_hi_detail");
            try (Statement statement = connection.createStatement()) {
                for (String table : tables) {
                    try (ResultSet found = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                        int columns = found.getMetaData().getColumnCount();
                        while (found.next()) {
                            StringBuilder row = new StringBuilder();
                            for (int c = 1; c <= columns; c++) {
                                row.append(text(found.getObject(c))).append('|');
                            }
                            for (String number : full) {
                                assertThat(row.toString()).as("a row of %s", table).doesNotContain(number);
                            }
                            rows++;
                        }
                    }
                }
            }
        }
        assertThat(rows).isPositive();
        // and they are there, masked
        assertThat(runtime.getVariable(instances.get(Case.REVIEW_BY_START_FORM), AdmissionCase.IDENTITY_NUMBER))
                .isEqualTo(Masking.identityNumber(fullNumbers.get(Case.REVIEW_BY_START_FORM).get(0)));
        assertThat(runtime.getVariable(instances.get(Case.FOREIGN), AdmissionCase.IDENTITY_NUMBER))
                .isEqualTo(Masking.identityNumber(fullNumbers.get(Case.FOREIGN).get(0)));
        assertThat(runtime.getVariable(instances.get(Case.HONORARY), HonoraryMembershipCase.HONOREE_PHONE))
                .isEqualTo(Masking.phone(fullNumbers.get(Case.HONORARY).get(0)));
    }

    @Test
    @Order(2)
    void everyRoleReadsTheNumbersMaskedThroughEveryEntryPointOfTheEngine() throws Exception {
        List<String> full = everyFullNumber();
        for (String user : USERS) {
            Http basic = Http.basic(port, user, user);
            Http webapp = Http.webapp(port, user, user, user.equals("manager") ? "cockpit" : "tasklist", new int[1]);
            List<String> answers = new ArrayList<>();
            for (Map.Entry<String, Http> door : Map.of("/engine-rest", basic,
                    "/camunda/api/engine/engine/default", webapp).entrySet()) {
                String root = door.getKey();
                Http as = door.getValue();
                for (Case c : Case.values()) {
                    String id = instances.get(c);
                    answers.add(as.get(root + "/process-instance/" + id + "/variables").body());
                    answers.add(as.get(root + "/variable-instance?processInstanceIdIn=" + id).body());
                    answers.add(as.post(root + "/variable-instance", Map.of("processInstanceIdIn", List.of(id))).body());
                    answers.add(as.get(root + "/history/variable-instance?processInstanceId=" + id).body());
                    answers.add(as.post(root + "/history/variable-instance", Map.of("processInstanceId", id)).body());
                    answers.add(as.get(root + "/history/detail?processInstanceId=" + id).body());
                    answers.add(as.get(root + "/history/detail?processInstanceId=" + id + "&formFields=true").body());
                    for (Task task : tasks.createTaskQuery().processInstanceId(id).list()) {
                        answers.add(as.get(root + "/task/" + task.getId() + "/variables").body());
                        answers.add(as.get(root + "/task/" + task.getId() + "/form-variables").body());
                    }
                }
            }
            String everything = String.join("\n", answers);
            for (String number : full) {
                assertThat(everything).as("what %s reads of the engine", user).doesNotContain(number);
            }
            if (List.of("clerk", "manager", "admin").contains(user)) {
                assertThat(everything).as("%s reads the cases, masked", user)
                        .contains(Masking.identityNumber(fullNumbers.get(Case.REVIEW_BY_API).get(0)),
                                Masking.phone(fullNumbers.get(Case.HONORARY).get(0)));
            }
            if (user.equals("liaison")) {
                assertThat(everything).as("the reviewer's task shows the number masked")
                        .contains(Masking.identityNumber(fullNumbers.get(Case.REVIEW_BY_API).get(0)));
            }
        }
    }

    // ---- the full number, for the Secretariat and the reviewer

    @Test
    @Order(3)
    void theLiaisonDepartmentReadsTheFullNumberOnlyOfTheCaseItReviewsAndOnlyWhileItDoes() throws Exception {
        Http liaison = Http.basic(port, "liaison", "liaison");
        Http.Answer reviewed = liaison.get(personalData(Case.REVIEW_BY_API));
        assertThat(reviewed.status()).as("%s", reviewed).isEqualTo(200);
        assertThat(reviewed.object()).containsEntry("identityNumber", fullNumbers.get(Case.REVIEW_BY_API).get(0))
                .containsEntry("phone", fullNumbers.get(Case.REVIEW_BY_API).get(1));
        Http.Answer bySession = Http.webapp(port, "liaison", "liaison", "tasklist", new int[1])
                .get(personalData(Case.REVIEW_BY_API));
        assertThat(bySession.status()).as("Tasklist's session, as the review form's button asks: %s", bySession)
                .isEqualTo(200);

        for (Case other : List.of(Case.AT_THE_BRANCH, Case.FOREIGN, Case.HONORARY)) {
            Http.Answer refused = liaison.send("GET", personalData(other), null, null, Map.of("Accept-Language", "en"));
            assertThat(refused.status()).as("%s: %s", other, refused).isEqualTo(403);
            assertThat(refused.body()).contains("for the Secretariat, and for the Liaison Department while it reviews")
                    .doesNotContain(fullNumbers.get(other).get(0));
        }

        // assigned to an administrator: neither the administrator (not of the Liaison Department) nor, the task being
        // another's, the department's other people
        String other = tasks.createTaskQuery().processInstanceId(instances.get(Case.REVIEW_BY_START_FORM))
                .taskDefinitionKey(AdmissionCase.Step.REVIEW_APPLICATION.id()).singleResult().getId();
        tasks.setAssignee(other, "admin");
        assertThat(Http.basic(port, "admin", "admin").get(personalData(Case.REVIEW_BY_START_FORM)).status()).isEqualTo(403);
        assertThat(liaison.get(personalData(Case.REVIEW_BY_START_FORM)).status()).isEqualTo(403);
        tasks.setAssignee(other, null);
        assertThat(liaison.get(personalData(Case.REVIEW_BY_START_FORM)).status()).isEqualTo(200);

        // claimed: still the reviewer's; decided: no longer
        String review = tasks.createTaskQuery().processInstanceId(instances.get(Case.REVIEW_BY_ENGINE_REST))
                .taskDefinitionKey(AdmissionCase.Step.REVIEW_APPLICATION.id()).singleResult().getId();
        assertThat(liaison.post("/engine-rest/task/" + review + "/claim", Map.of("userId", "liaison")).status())
                .isEqualTo(204);
        assertThat(liaison.get(personalData(Case.REVIEW_BY_ENGINE_REST)).status()).isEqualTo(200);
        Http.Answer decided = liaison.post("/engine-rest/task/" + review + "/complete", Map.of("variables",
                Map.of(AdmissionCase.REVIEW_DECISION, Map.of("value", AdmissionCase.FORWARD))));
        assertThat(decided.status()).as("%s", decided).isEqualTo(204);
        Http.Answer after = liaison.send("GET", personalData(Case.REVIEW_BY_ENGINE_REST), null, null,
                Map.of("Accept-Language", "zh-CN"));
        assertThat(after.status()).as("after the review: %s", after).isEqualTo(403);
        assertThat(after.body()).contains("联络部在审核该案件期间");
    }

    @Test
    @Order(4)
    void theSecretariatReadsEveryCasesFullNumbersAndNobodyElseDoes() throws Exception {
        Http clerk = Http.basic(port, "clerk", "clerk");
        for (Case c : Case.values()) {
            Http.Answer read = clerk.get(personalData(c));
            assertThat(read.status()).as("%s: %s", c, read).isEqualTo(200);
            assertThat(read.body()).contains(fullNumbers.get(c));
        }
        for (String user : List.of("branch", "director", "standing", "elector", "manager", "admin")) {
            Http.Answer refused = Http.basic(port, user, user).get(personalData(Case.REVIEW_BY_API));
            assertThat(refused.status()).as("%s: %s", user, refused).isEqualTo(403);
            assertThat(refused.body()).doesNotContain(fullNumbers.get(Case.REVIEW_BY_API).get(0));
        }
        assertThat(Http.anonymous(port).get(personalData(Case.REVIEW_BY_API)).status()).isEqualTo(401);
        assertThat(clerk.get("/api/cases/APP-1999-999999/personal-data").status()).isEqualTo(404);
    }

    // ---- the register and the documents

    @Test
    @Order(5)
    @SuppressWarnings("unchecked")
    void theRegisterShowsTheFullNumbersToTheSecretariatOnlyAndTheCertificateShowsNone() throws Exception {
        String caseNumber = "APP-T-" + UUID.randomUUID();
        String identity = Applications.residentIdentityNumber();
        String phone = phone();
        Member member = register.admit(caseNumber, new Applicant("INDIVIDUAL", "隐私会员", "privacy@example.org", phone,
                identity, null, "北京大学", "Materials", null), Resolutions.admission(caseNumber, "COUNCIL"), "COUNCIL");
        String number = member.membershipNumber();

        for (String user : List.of("clerk", "manager", "admin")) {
            Http as = Http.basic(port, user, user);
            Map<String, Object> listed = as.get("/api/members").list().stream()
                    .filter(m -> number.equals(m.get("membershipNumber"))).findFirst().orElseThrow();
            Map<String, Object> file = (Map<String, Object>) as.get("/api/members/" + number).object().get("member");
            String csv = as.get("/api/members.csv").body();
            String line = csv.lines().filter(l -> l.startsWith(number + ",")).findFirst().orElseThrow();
            if (user.equals("clerk")) {
                assertThat(listed).containsEntry("identityNumber", identity).containsEntry("phone", phone);
                assertThat(file).containsEntry("identityNumber", identity).containsEntry("phone", phone);
                assertThat(line).contains(identity, phone);
            } else {
                for (Map<String, Object> shown : List.of(listed, file)) {
                    assertThat(shown).as(user).containsEntry("identityNumber", Masking.identityNumber(identity))
                            .containsEntry("phone", Masking.phone(phone));
                }
                assertThat(line).as(user).doesNotContain(identity, phone).contains(Masking.identityNumber(identity));
            }
        }
        byte[] certificate = Http.basic(port, "manager", "manager").send("GET", "/api/members/" + number
                + "/certificate", null, null, Map.of("Accept", "application/pdf")).body().getBytes(StandardCharsets.ISO_8859_1);
        try (PDDocument pdf = Loader.loadPDF(clerkCertificate(number))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(number).doesNotContain(identity, phone, identity.substring(0, 6) + "*");
        }
        assertThat(certificate).isNotEmpty();

        // the Secretariat's reads are on the administrators' list, and the managers' are not
        Http.Answer reads = Http.basic(port, "admin", "admin").get("/api/personal-data-reads?case=" + caseNumber);
        assertThat(reads.status()).as("%s", reads).isEqualTo(200);
        assertThat(reads.list()).extracting(r -> r.get("userId") + " " + r.get("what"))
                .contains("clerk MEMBER_REGISTER", "clerk MEMBER_FILE", "clerk MEMBER_REGISTER_CSV")
                .noneMatch(r -> r.startsWith("manager") || r.startsWith("admin"));
    }

    private byte[] clerkCertificate(String number) throws Exception {
        java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/members/"
                        + number + "/certificate")).header("Accept", "application/pdf")
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                                .encodeToString("clerk:clerk".getBytes(StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        return pdf.body();
    }

    // ---- the record of reads

    @Test
    @Order(6)
    void everyReadOfAFullNumberIsOnTheAdministratorsListWhichNobodyElseReads() throws Exception {
        Http admin = Http.basic(port, "admin", "admin");
        Http.Answer reviewer = admin.get("/api/personal-data-reads?case=" + caseNumbers.get(Case.REVIEW_BY_API));
        assertThat(reviewer.status()).isEqualTo(200);
        assertThat(reviewer.list()).extracting(r -> r.get("userId") + " " + r.get("what"))
                .contains("liaison CASE_PERSONAL_DATA", "clerk CASE_PERSONAL_DATA");
        assertThat(reviewer.list()).filteredOn(r -> "liaison".equals(r.get("userId"))).as("through the API and Tasklist")
                .hasSizeGreaterThanOrEqualTo(2).allSatisfy(r -> assertThat(r.get("readAt")).isNotNull());
        Http.Answer refusedRead = admin.get("/api/personal-data-reads?case=" + caseNumbers.get(Case.AT_THE_BRANCH));
        assertThat(refusedRead.list()).extracting(r -> r.get("userId")).as("a refused read reads nothing")
                .containsOnly("clerk");
        assertThat(admin.get("/api/personal-data-reads").list()).isNotEmpty();

        for (String user : List.of("clerk", "liaison", "manager", "branch", "director")) {
            Http.Answer refused = Http.basic(port, user, user).send("GET", "/api/personal-data-reads", null, null,
                    Map.of("Accept-Language", "en"));
            assertThat(refused.status()).as("%s: %s", user, refused).isEqualTo(403);
            assertThat(refused.body()).contains("is for administrators");
        }
        Http.Answer chinese = Http.basic(port, "clerk", "clerk").send("GET", "/api/personal-data-reads", null, null,
                Map.of("Accept-Language", "zh-CN,zh;q=0.9"));
        assertThat(chinese.body()).contains("只供系统管理员查阅");
    }

    // ---- the cases of an earlier version

    @Test
    @Order(7)
    void theNumbersAnEarlierVersionLeftInTheEngineMoveToTheVaultAndAreMaskedOnce() throws Exception {
        // as an earlier version left a case: the full numbers in the runtime and the history, none in the vault
        String phone = phone();
        Map<String, Object> sent = Applications.aPerson("Privacy earlier").with(AdmissionCase.PHONE, phone).build();
        String identity = (String) sent.get(AdmissionCase.IDENTITY_NUMBER);
        Http.Answer receipt = Http.anonymous(port).send("POST", "/api/applications", "application/json",
                Http.JSON.writeValueAsBytes(sent), Map.of("X-Forwarded-For", "198.51.100.60"));
        assertThat(receipt.status()).as("%s", receipt).isEqualTo(201);
        String caseNumber = (String) receipt.object().get("caseNumber");
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        jdbc.sql("DELETE FROM gov_personal_data WHERE case_number = ?").param(caseNumber).update();
        for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
            for (String[] value : List.of(new String[] {AdmissionCase.IDENTITY_NUMBER, identity},
                    new String[] {AdmissionCase.PHONE, phone})) {
                jdbc.sql("UPDATE " + table + " SET TEXT_ = ? WHERE PROC_INST_ID_ = ? AND NAME_ = ?")
                        .params(value[1], instance, value[0]).update();
            }
        }
        assertThat(runtime.getVariable(instance, AdmissionCase.IDENTITY_NUMBER)).isEqualTo(identity);

        int masked = engineTables.move(AdmissionCase.PROCESS_KEY, AdmissionCase.PERSONAL_FIELDS.identityNumbers(),
                AdmissionCase.PERSONAL_FIELDS.phones());

        assertThat(masked).isGreaterThanOrEqualTo(4);
        assertThat(vault.find(caseNumber)).get().extracting(k -> k.identityNumber(), k -> k.phone())
                .containsExactly(identity, phone);
        assertThat(runtime.getVariable(instance, AdmissionCase.IDENTITY_NUMBER)).isEqualTo(Masking.identityNumber(identity));
        for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE TEXT_ IN (?, ?)").params(identity, phone)
                    .query(Long.class).single()).as(table).isZero();
        }
        assertThat(engineTables.move(AdmissionCase.PROCESS_KEY, AdmissionCase.PERSONAL_FIELDS.identityNumbers(),
                AdmissionCase.PERSONAL_FIELDS.phones())).as("once moved, nothing more to do").isZero();
        runtime.deleteProcessInstance(instance, "test clean-up", true, true);
    }

    private String personalData(Case c) {
        return "/api/cases/" + caseNumbers.get(c) + "/personal-data";
    }

    private static String text(Object value) throws Exception {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof Blob blob) {
            return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return String.valueOf(value);
    }
}
