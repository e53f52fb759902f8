package cn.chia.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.chia.governance.admission.Applications;

/** People at work through the REST API Tasklist uses: each call answers its status and body, never throws. */
public record Clerks(TestRestTemplate rest) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Answer(int status, String body) {
        public Map<String, Object> json() {
            try {
                return body == null || body.isBlank() ? Map.of() : JSON.readValue(body, new TypeReference<>() { });
            } catch (Exception notJson) {
                throw new AssertionError("Not JSON (" + status + "): " + body, notJson);
            }
        }

        public Answer ok() {
            assertThat(status).as(body).isBetween(200, 299);
            return this;
        }
    }

    public Answer call(String user, HttpMethod method, String path, Object body) {
        return call(user, method, (Object) path, body);
    }

    /** With a URI the path is sent as it is, percent-escapes and all. */
    public Answer call(String user, HttpMethod method, java.net.URI uri, Object body) {
        return call(user, method, (Object) uri, body);
    }

    private Answer call(String user, HttpMethod method, Object where, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        // each call from an address of its own, so that the applicants' rate limit counts no test against another
        headers.set("X-Forwarded-For", "10.9." + ThreadLocalRandom.current().nextInt(256) + "."
                + ThreadLocalRandom.current().nextInt(1, 255));
        TestRestTemplate as = user == null ? rest : rest.withBasicAuth(user, user);
        HttpEntity<Object> request = new HttpEntity<>(body, headers);
        ResponseEntity<String> response = where instanceof java.net.URI uri
                ? as.exchange(uri, method, request, String.class)
                : as.exchange((String) where, method, request, String.class);
        return new Answer(response.getStatusCode().value(), response.getBody());
    }

    public Answer post(String user, String path, Object body) {
        return call(user, HttpMethod.POST, path, body);
    }

    /** The id of the one open task of this key in the case; fails when there is none or more. */
    public String task(String user, String businessKey, String taskKey) {
        String body = call(user, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + businessKey
                + "&taskDefinitionKey=" + taskKey, null).ok().body();
        try {
            List<Map<String, Object>> tasks = JSON.readValue(body, new TypeReference<>() { });
            assertThat(tasks).as(user + " sees " + taskKey + " of " + businessKey).hasSize(1);
            return (String) tasks.get(0).get("id");
        } catch (java.io.IOException e) {
            throw new AssertionError(body, e);
        }
    }

    public Answer complete(String user, String taskId, Map<String, Object> values) {
        return post(user, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables(values)));
    }

    public Answer start(String user, String processKey, Map<String, Object> values) {
        return post(user, "/engine-rest/process-definition/key/" + processKey + "/start",
                Map.of("variables", variables(values)));
    }

    public static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> {
            Map<String, Object> variable = new HashMap<>();
            variable.put("value", value);
            variables.put(name, variable);
        });
        return variables;
    }

    /** Enters an application as the Secretariat and forwards it to the Council: the case waits for a decision. */
    public String caseOnTheAgenda(String name) {
        String caseNumber = (String) start("clerk", "membership-admission", Applications.aPerson(name).build()).ok().json()
                .get("businessKey");
        complete("liaison", task("liaison", caseNumber, "UserTask_ReviewApplication"),
                Map.of("reviewDecision", "FORWARD")).ok();
        return caseNumber;
    }
}
