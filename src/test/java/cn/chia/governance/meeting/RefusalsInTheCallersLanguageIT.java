package cn.chia.governance.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.chia.governance.GovernanceTest;

/**
 * A procedure's refusal reaches the person in the language they read, whatever the door: a program starting a case
 * through {@code /engine-rest} with {@code Accept-Language: zh-CN} reads Chinese only; a clerk who chose English in
 * Tasklist (the cookie {@code governance.language}) reads English only when Tasklist submits the form, even from a
 * Chinese browser.
 */
@GovernanceTest
class RefusalsInTheCallersLanguageIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    Clock clock;

    @Test
    void aStartRefusedThroughTheEngineRestApiIsInTheLanguageItAccepts() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> assemblyByCommunication = Map.of("variables", Meetings.ofTheGeneralAssembly().on(today)
                .byCommunication("台风停航 A typhoon", today.plusDays(3)).buildForRest());
        long meetings = runtime.createProcessInstanceQuery().processDefinitionKey(MeetingCase.PROCESS_KEY).count();

        ResponseEntity<String> chinese = start(assemblyByCommunication, "zh-CN,zh;q=0.9,en;q=0.8");
        assertThat(chinese.getStatusCode()).as(chinese.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(message(chinese.getBody())).isEqualTo(
                "会员代表大会不得以通讯方式召开：章程只允许理事会和常务理事会在特殊情况下以通讯方式召开会议。");

        ResponseEntity<String> english = start(assemblyByCommunication, "en-GB");
        assertThat(english.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(message(english.getBody())).isEqualTo("The General Assembly may not meet by communication: the charter"
                + " allows only the Council and the Standing Council to meet so, in special circumstances.");

        ResponseEntity<String> unstated = start(assemblyByCommunication, null);
        assertThat(message(unstated.getBody())).as("no language stated: both, Chinese first")
                .startsWith("会员代表大会不得以通讯方式召开").endsWith("in special circumstances.");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(MeetingCase.PROCESS_KEY).count())
                .as("nothing started").isEqualTo(meetings);
    }

    @Test
    void aTaskFormRefusedInTasklistIsInTheLanguageTheClerkChose() throws Exception {
        ResponseEntity<String> started = start(Map.of("variables", Meetings.ofTheCouncil().on(LocalDate.now(clock))
                .inPerson().buildForRest()), null);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        String meeting = JSON.readTree(started.getBody()).path("id").asText();
        try {
            String confirmAgenda = tasks.createTaskQuery().processInstanceId(meeting)
                    .taskDefinitionKey(Meetings.Step.CONFIRM_AGENDA.id).singleResult().getId();
            Tasklist tasklist = new Tasklist("clerk");
            String submit = "/camunda/api/engine/engine/default/task/" + confirmAgenda + "/submit-form";
            String notOnTheAgenda = "{\"variables\":{\"removedCases\":{\"value\":\"APP-2099-999999\"}}}";

            tasklist.choose("en");
            HttpResponse<String> english = tasklist.post(submit, notOnTheAgenda, "zh-CN,zh;q=0.9");
            assertThat(english.statusCode()).as(english.body()).isEqualTo(400);
            assertThat(message(english.body())).startsWith("Not on the agenda: APP-2099-999999. The agenda holds: ")
                    .doesNotContainPattern("\\p{IsHan}");

            tasklist.choose("zh");
            HttpResponse<String> chinese = tasklist.post(submit, notOnTheAgenda, "en-US,en;q=0.9");
            assertThat(chinese.statusCode()).as(chinese.body()).isEqualTo(400);
            assertThat(message(chinese.body())).startsWith("不在议程上：APP-2099-999999。议程上的案件：")
                    .doesNotContain("agenda");
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(meeting).singleResult())
                    .as("the task stays where it was").extracting(ProcessInstance::isEnded).isEqualTo(false);
            assertThat(tasks.createTaskQuery().taskId(confirmAgenda).count()).isEqualTo(1);
        } finally {
            // an open meeting holds the cases of its agenda: no other test's meeting would gather them
            runtime.deleteProcessInstance(meeting, "test over");
        }
    }

    private ResponseEntity<String> start(Map<String, Object> variables, String acceptLanguage) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
        if (acceptLanguage != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        return rest.withBasicAuth("clerk", "clerk").exchange("/engine-rest/process-definition/key/"
                + MeetingCase.PROCESS_KEY + "/start", HttpMethod.POST, new HttpEntity<>(variables, headers), String.class);
    }

    private static String message(String body) throws Exception {
        JsonNode answer = JSON.readTree(body);
        return answer.path("message").asText();
    }

    /** Tasklist's own calls: a session after login, the CSRF token it hands out, the language chosen in it. */
    private class Tasklist {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

        Tasklist(String user) throws Exception {
            http.send(request("/camunda/app/tasklist/default/").GET().build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> login = http.send(request("/camunda/api/admin/auth/user/default/login/tasklist")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            http.send(request("/camunda/app/tasklist/default/").GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The language chosen in Tasklist's user menu, as the webapps keep it for the server. */
        void choose(String language) {
            HttpCookie chosen = new HttpCookie("governance.language", language);
            chosen.setPath("/");
            cookies.getCookieStore().add(URI.create("http://localhost:" + port + "/"), chosen);
        }

        HttpResponse<String> post(String path, String json, String acceptLanguage) throws Exception {
            return http.send(request(path).header("Content-Type", "application/json")
                    .header("Accept-Language", acceptLanguage)
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "application/json, text/html")
                    .header("Referer", "http://localhost:" + port + "/camunda/app/tasklist/default/");
            cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).reduce((first, last) -> last)
                    .ifPresent(token -> builder.header("X-XSRF-TOKEN", token));
            return builder;
        }
    }
}
