package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.admission.Applications;

/**
 * Errors of both REST APIs (/engine-rest and the webapps' /camunda/api/engine) and of /api: an unknown id is 404,
 * never 500; no answer names an engine class, an internal code or an id the caller may not see.
 */
@GovernanceTest
class ErrorAnswersIT {

    private static final List<String> UNKNOWN = List.of("/task/nonexistent", "/task/nonexistent/form-variables",
            "/task/nonexistent/variables", "/task/nonexistent/identity-links", "/task/nonexistent/rendered-form",
            "/process-instance/x", "/process-instance/x/variables", "/process-instance/x/activity-instances",
            "/job/x", "/execution/x", "/incident/x", "/variable-instance/x", "/deployment/x", "/filter/x",
            "/process-definition/x/xml", "/process-definition/x/form-variables", "/process-definition/key/nonexistent",
            "/decision-definition/x", "/history/process-instance/x", "/history/variable-instance/x",
            "/history/activity-instance/x");

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;

    @Test
    void anUnknownIdIsNotFoundInBothRestApisForAnAdministratorAndAClerk() throws Exception {
        int[] login = new int[1];
        Map<String, Http> callers = Map.of(
                "/engine-rest as admin", Http.basic(port, "admin", "admin"),
                "/engine-rest as clerk", Http.basic(port, "clerk", "clerk"),
                "Tasklist as clerk", Http.webapp(port, "clerk", "clerk", "tasklist", login),
                "Cockpit as admin", Http.webapp(port, "admin", "admin", "cockpit", login));
        callers.forEach((who, http) -> {
            String base = who.startsWith("/engine-rest") ? "/engine-rest" : "/camunda/api/engine/engine/default";
            for (String path : UNKNOWN) {
                Http.Answer answer = call(http, base + path);
                if (who.endsWith("clerk") && path.startsWith("/filter")) {
                    assertThat(answer.status()).as("%s %s: %s", who, path, answer).isIn(403, 404);
                } else {
                    assertThat(answer.status()).as("%s %s: %s", who, path, answer).isEqualTo(404);
                }
                assertClean(answer);
            }
        });
    }

    @Test
    void aRefusalNamesThePermissionButNoIdAndKeepsTheTypeTheWebappsTest() throws Exception {
        String instance = runtime.startProcessInstanceByKey("membership-admission", Applications.aPerson("Refused Reader").build())
                .getId();
        String definition = runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getProcessDefinitionId();
        int[] login = new int[1];
        Map<String, Http> directors = Map.of("/engine-rest", Http.basic(port, "director", "director"),
                "/camunda/api/engine/engine/default", Http.webapp(port, "director", "director", "tasklist", login));
        assertThat(login[0]).isEqualTo(200);
        for (Map.Entry<String, Http> entry : directors.entrySet()) {
            String base = entry.getKey();
            Http director = entry.getValue();
            // a read Camunda's authorizations refuse: the permission missing, no id
            Http.Answer unreadable = director.get(base + "/process-instance/" + instance + "/variables");
            assertThat(unreadable.status()).as("%s", unreadable).isEqualTo(403);
            Map<String, Object> body = unreadable.object();
            assertThat(body).containsEntry("type", "AuthorizationException").containsEntry("resourceId", null);
            assertThat((String) body.get("message")).contains("您的角色无权执行此操作").contains("Your role may not do this");
            assertThat((List<?>) body.get("missingAuthorizations")).isNotEmpty()
                    .allSatisfy(m -> assertThat(((Map<?, ?>) m).get("resourceId")).isNull());
            // a command the engine's allowlist refuses: its plain sentence, no id
            Http.Answer deletion = director.delete(base + "/process-instance/" + instance);
            assertThat(deletion.status()).as("%s", deletion).isEqualTo(403);
            assertThat(deletion.object()).containsEntry("type", "AuthorizationException").containsEntry("resourceId", null);
            assertThat((String) deletion.object().get("message")).contains("此操作不在您的职责范围内")
                    .contains("This operation is not part of your role's work");
            for (Http.Answer refused : List.of(unreadable, deletion)) {
                assertThat(refused.body()).doesNotContain(instance).doesNotContain(definition).doesNotContain("ENGINE-");
            }
        }
        runtime.deleteProcessInstance(instance, "test");
    }

    @Test
    void theApplicationsOwnApiAnswersUnknownIdsWith404() throws Exception {
        Http clerk = Http.basic(port, "clerk", "clerk");
        for (String path : List.of("/api/members/CHIA-1999-999999", "/api/meetings/MTG-1999-9999/minutes")) {
            Http.Answer answer = clerk.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertClean(answer);
        }
    }

    private static Http.Answer call(Http http, String path) {
        try {
            return http.get(path);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void assertClean(Http.Answer answer) {
        assertThat(answer.body().replace("\"type\":\"AuthorizationException\"", "")).as("%s", answer).doesNotContain("Exception").doesNotContain("ENGINE-")
                .doesNotContain("is null").doesNotContain("\tat ").doesNotContainPattern("\"code\":\\s*[1-9]");
    }
}
