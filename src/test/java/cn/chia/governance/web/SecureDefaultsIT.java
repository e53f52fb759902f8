package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.GovernanceTest;

/** The secure defaults docs/security.md promises, each shown as an attacker or a careless client meets it. */
@GovernanceTest
class SecureDefaultsIT {

    /** What must never be in an error answer: a Java stack trace, an exception's class path, SQL. */
    private static final List<String> LEAKS = List.of("\tat ", "at org.", "at java.", "Caused by", "java.lang.",
            "org.apache.ibatis", "### SQL", "### Error", "insert into", "select ", "ACT_RU_", "ACT_HI_", "GOV_", "jdbc:");

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @Autowired
    RepositoryService repository;

    private Http admin() {
        return Http.basic(port, "admin", "admin");
    }

    @Test
    void aWebappChangeWithoutTheCsrfTokenIsRefused() throws Exception {
        int[] login = new int[1];
        Http tasklist = Http.webapp(port, "liaison", "liaison", "tasklist", login);
        assertThat(login[0]).isEqualTo(200);
        String query = "/camunda/api/engine/engine/default/task";

        assertThat(tasklist.post(query, Map.of()).status()).as("with the token").isEqualTo(200);
        Http.Answer forged = tasklist.withoutCsrfToken().post(query, Map.of());
        assertThat(forged.status()).as("a forged request from another site: %s", forged).isEqualTo(403);
    }

    @Test
    void restWithoutCredentialsAsksForThem() throws Exception {
        for (String path : List.of("/engine-rest/task", "/engine-rest/user", "/engine-rest/history/process-instance", "/api/members")) {
            Http.Answer answer = Http.anonymous(port).get(path);
            assertThat(answer.status()).as(path).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate")).as(path).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Basic"));
        }
    }

    @Test
    void afterAFailedLoginEvenTheRightPasswordWaitsButNoNumberOfFailuresLocksTheAccount() throws Exception {
        ClockUtil.reset(); // the delay runs on the engine's clock; other tests move it
        String user = "throttled" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);
        String password = "Right!Pass2026";
        User account = identity.newUser(user);
        account.setPassword(password);
        identity.saveUser(account);
        try {
            assertThat(fromAddress(user, password).status()).isEqualTo(200);

            assertThat(fromAddress(user, "guess-1").status()).isEqualTo(401);
            assertThat(fromAddress(user, password).status()).as("the right password during the delay").isEqualTo(401);
            int[] webLogin = new int[1];
            Http.webapp(port, user, password, "tasklist", webLogin);
            assertThat(webLogin[0]).as("the webapp's login during the delay").isEqualTo(401);
            Thread.sleep(1_200);
            assertThat(fromAddress(user, password).status()).as("the right password after the delay").isEqualTo(200);

            // a stranger guesses, from ever new addresses (so that no address is slowed), more often than
            // Camunda's former lock allowed (10): each failure delays the account, none locks it
            for (int attempt = 1; attempt <= 12; attempt++) {
                assertThat(fromAddress(user, "guess-" + attempt).status()).isEqualTo(401);
                Thread.sleep(1_100);
            }
            assertThat(fromAddress(user, password).status())
                    .as("the right password once the last delay passed, with no administrator involved").isEqualTo(200);
            assertThat(identity.createUserQuery().userId(user).singleResult()).isNotNull();
        } finally {
            identity.deleteUser(user);
        }
    }

    /** HTTP Basic on /engine-rest from an address no other request used. */
    private Http.Answer fromAddress(String user, String password) throws Exception {
        return Http.basic(port, user, password).send("GET", "/engine-rest/task", null, null,
                Map.of("X-Forwarded-For", LoginThrottleIT.newAddress()));
    }

    @Test
    void aBpmnWithAnExternalEntityIsNotDeployed() throws Exception {
        String name = "xxe-" + UUID.randomUUID();
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE definitions [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://chia.example/test">
                  <bpmn:process id="xxe-probe" name="&secret;" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="StartEvent_Probe" />
                  </bpmn:process>
                </bpmn:definitions>
                """;

        Http.Answer deployed = Deployments.upload(admin(), name, "xxe-probe.bpmn", bpmn);

        assertThat(deployed.status()).as("%s", deployed).isEqualTo(400);
        assertThat(deployed.body()).doesNotContain("root:");
        assertThat(repository.createDeploymentQuery().deploymentName(name).count()).isZero();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("xxe-probe").count()).isZero();
    }

    @Test
    void aJavaSerializedVariableIsRefusedEvenFromAnAdministrator() throws Exception {
        Task task = tasks.newTask();
        task.setName("Serialization probe");
        tasks.saveTask(task);
        try {
            // an empty java.util.ArrayList, serialized
            String serialized = Base64.getEncoder().encodeToString(new byte[] {(byte) 0xAC, (byte) 0xED, 0x00, 0x05,
                    0x73, 0x72, 0x00, 0x13, 0x6A, 0x61, 0x76, 0x61, 0x2E, 0x75, 0x74, 0x69, 0x6C, 0x2E, 0x41, 0x72, 0x72,
                    0x61, 0x79, 0x4C, 0x69, 0x73, 0x74, 0x78, (byte) 0x81, (byte) 0xD2, 0x1D, (byte) 0x99, (byte) 0xC7,
                    0x61, (byte) 0x9D, 0x03, 0x00, 0x01, 0x49, 0x00, 0x04, 0x73, 0x69, 0x7A, 0x65, 0x78, 0x70, 0x00, 0x00,
                    0x00, 0x00, 0x77, 0x04, 0x00, 0x00, 0x00, 0x00, 0x78});
            Map<String, Object> javaObject = Map.of("value", serialized, "type", "Object", "valueInfo", Map.of(
                    "objectTypeName", "java.util.ArrayList",
                    "serializationDataFormat", "application/x-java-serialized-object"));

            Http.Answer refused = admin().put("/engine-rest/task/" + task.getId() + "/variables/payload", javaObject);
            Http.Answer refusedAtStart = Http.basic(port, "clerk", "clerk").post(
                    "/engine-rest/process-definition/key/membership-admission/start",
                    Map.of("variables", Map.of("payload", javaObject)));

            assertThat(refused.status()).as("%s", refused).isEqualTo(400);
            assertThat(refused.body()).contains("Java serialization");
            assertThat(tasks.getVariable(task.getId(), "payload")).isNull();
            assertThat(refusedAtStart.status()).as("%s", refusedAtStart).isEqualTo(400);
            assertNoLeak(refused);
        } finally {
            tasks.deleteTask(task.getId(), true);
        }
    }

    @Test
    void anAdHocQueryWithAnExpressionIsRefused() throws Exception {
        for (Http client : List.of(admin(), Http.basic(port, "clerk", "clerk"))) {
            Http.Answer byParameter = client.get("/engine-rest/task?dueAfterExpression=%24%7BdateTime().toDate()%7D");
            Http.Answer byBody = client.post("/engine-rest/task", Map.of("assigneeExpression", "${currentUser()}"));
            Http.Answer bySpin = client.get("/engine-rest/task?candidateGroupExpression="
                    + "%24%7B''.getClass().forName('java.lang.Runtime')%7D");
            for (Http.Answer answer : List.of(byParameter, byBody, bySpin)) {
                assertThat(answer.status()).as("%s", answer).isEqualTo(400);
                assertThat(answer.body()).containsIgnoringCase("expressions");
            }
        }
        assertThat(Http.basic(port, "clerk", "clerk").post("/engine-rest/filter/create", Map.of("resourceType", "Task",
                "name", "Everything", "query", Map.of("assigneeExpression", "${currentUser()}"))).status())
                .as("a stored query (filter) is created by administrators only").isEqualTo(403);
    }

    @Test
    void errorAnswersCarryNoStackTraceAndNoSql() throws Exception {
        Map<String, Object> application = new java.util.HashMap<>();
        Map.of("applicantKind", "INDIVIDUAL", "applicantName", "Long Key", "email", "applicant@example.org",
                "phone", "+86 10 6851 2345", "identityNumber", cn.chia.governance.admission.Applications.residentIdentityNumber(), "organisation", "Tsinghua University",
                "field", "Industrial robotics", "statement", "Brought three robotics patents into production lines.")
                .forEach((name, value) -> application.put(name, Map.of("value", value, "type", "String")));
        application.put("supportsCharter", Map.of("value", true, "type", "Boolean"));
        application.put("willingToJoin", Map.of("value", true, "type", "Boolean"));
        // a called procedure inherits its caller's business key; started by an administrator with one too long
        application.put("caseNumber", Map.of("value", "APP-LONG", "type", "String"));
        application.put("caseTitle", Map.of("value", "Long Key", "type", "String"));
        Http.Answer databaseRefused = admin().post("/engine-rest/process-definition/key/foreign-member-filing/start",
                Map.of("businessKey", "APP-" + "9".repeat(400), "variables", application));
        assertThat(databaseRefused.status()).as("%s", databaseRefused).isGreaterThanOrEqualTo(400);
        assertNoLeak(databaseRefused);
        assertThat(databaseRefused.body()).contains("nothing was saved");

        Http clerk = Http.basic(port, "clerk", "clerk");
        List<Http.Answer> answers = List.of(
                admin().get("/engine-rest/task/no-such-task"),
                admin().send("POST", "/engine-rest/task", "application/json", "{not json"),
                admin().get("/engine-rest/task?sortBy=nothing&sortOrder=sideways"),
                admin().get("/engine-rest/process-instance/no-such-instance/variables"),
                admin().get("/engine-rest/task/no-such-task/variables"),
                clerk.send("POST", "/api/members/CHIA-2026-000001/dues", "application/json", "{\"date\": \"not a date\"}"),
                clerk.send("POST", "/api/members/CHIA-2026-000001/dues", "application/xml", "<date/>"),
                clerk.get("/api/no-such-endpoint"),
                Http.anonymous(port).send("GET", "/api/withdrawals", null, null),
                Http.anonymous(port).send("POST", "/api/applications", "application/json", "[[[[\"deep\"]]]]"),
                Http.anonymous(port).send("GET", "/no-such-page", null, null, Map.of("Accept", "text/html")),
                Http.anonymous(port).get("/h2-console"));
        for (Http.Answer answer : answers) {
            assertThat(answer.status()).as("%s", answer).isBetween(400, 499);
            assertNoLeak(answer);
        }
        assertNoLeak(Http.anonymous(port).send("GET", "/error", null, null, Map.of("Accept", "text/html")));
    }

    @Test
    void theWebappsSendSecurityHeadersAndTheFirstAdministratorCannotBeCreatedAgain() throws Exception {
        Http.Answer page = Http.anonymous(port).send("GET", "/camunda/app/tasklist/default/", null, null,
                Map.of("Accept", "text/html"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(page.headers().firstValue("X-XSS-Protection")).isPresent();

        Http.Answer setup = Http.anonymous(port).post("/camunda/api/admin/setup/default/user/create",
                Map.of("profile", Map.of("id", "second-admin"), "credentials", Map.of("password", "Second!Admin2026")));
        assertThat(setup.status()).as("%s", setup).isIn(403, 401);
        assertThat(identity.createUserQuery().userId("second-admin").count()).isZero();
    }

    private static void assertNoLeak(Http.Answer answer) {
        for (String leak : LEAKS) {
            assertThat(answer.body()).as("%s", answer).doesNotContainIgnoringCase(leak);
        }
    }
}
