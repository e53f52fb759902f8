package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.GovernanceTest;

/** The security headers on every kind of answer: pages, scripts, the API, /engine-rest, refusals and errors. */
@GovernanceTest
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        Http anonymous = Http.anonymous(port);
        Http clerk = Http.basic(port, "clerk", "clerk");
        Map<String, Http.Answer> answers = new LinkedHashMap<>();
        answers.put("the apply page", anonymous.get("/apply/"));
        answers.put("a script of it", anonymous.get("/apply/apply.js"));
        answers.put("the meetings page", anonymous.get("/records/meetings.html"));
        answers.put("a script of the record pages", anonymous.get("/records/records.js"));
        answers.put("the public API", anonymous.get("/api/applications/branches"));
        answers.put("a case not found", anonymous.get("/api/applications/APP-1999-999999"));
        answers.put("the API without an account", anonymous.get("/api/members"));
        answers.put("the API refusing a role", Http.basic(port, "director", "director").get("/api/members"));
        answers.put("an unreadable body", anonymous.send("POST", "/api/applications", "application/json", "{oops"));
        answers.put("a body too large", anonymous.send("POST", "/api/withdrawals", "application/json",
                ("{\"x\":\"" + "x".repeat(20_000) + "\"}")));
        answers.put("/engine-rest without an account", anonymous.get("/engine-rest/engine"));
        answers.put("/engine-rest", clerk.get("/engine-rest/engine"));
        answers.put("/engine-rest not found", clerk.get("/engine-rest/task/nonexistent"));
        answers.put("a path that does not exist", anonymous.get("/nothing-here"));
        answers.put("the health check", anonymous.get("/actuator/health"));
        answers.put("the OpenAPI description", anonymous.get("/v3/api-docs"));
        answers.put("a Camunda webapp", anonymous.get("/camunda/app/tasklist/default/"));
        answers.put("the webapps' API", anonymous.get("/camunda/api/engine/engine/default/task"));
        answers.forEach((what, answer) -> {
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as("CSP of %s (%s)", what, answer)
                    .hasValueSatisfying(csp -> assertThat(csp.replace(" ", "")).contains("frame-ancestors'none'"));
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(answer.headers().allValues("X-Content-Type-Options")).as(what).hasSize(1);
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
            assertThat(answer.headers().allValues("Content-Security-Policy")).as("one policy on %s", what).hasSize(1);
            assertThat(answer.headers().firstValue("Strict-Transport-Security")).as("no HSTS outside production: %s", what)
                    .isEmpty();
        });
        assertThat(answers.get("a body too large").status()).isEqualTo(413);
        assertThat(answers.get("a path that does not exist").status()).isEqualTo(404);
        // the webapps keep Camunda's own policy, whose nonce lets their scripts run
        assertThat(answers.get("a Camunda webapp").headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("'strict-dynamic'").contains("nonce-");
        assertThat(answers.get("the apply page").headers().firstValue("Content-Security-Policy").orElseThrow())
                .isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(new String(answers.get("the apply page").body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .doesNotContain("<script>").doesNotContain(" style=");
    }
}
