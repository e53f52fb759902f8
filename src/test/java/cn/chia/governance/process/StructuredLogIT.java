package cn.chia.governance.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.chia.governance.admission.Applications;
import cn.chia.governance.meeting.Meetings;

/**
 * The log as a log collector reads it, with {@code logging.structured.format.console: ecs}: the packaged application in
 * a process of its own (so that its logging is its own), on an in-memory database, with a mail server that does not
 * answer. Every line of its output is one JSON object; the work on a case carries the case number and the user; a
 * refused form is one INFO line without a stack; a job that fails is one ERROR with its stack, not two.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StructuredLogIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClusterNode node;

    @BeforeAll
    void startInJsonMode() throws Exception {
        Path jar = Path.of(System.getProperty("governance.application-jar", "target/none.jar"));
        assumeTrue(Files.exists(jar), "the packaged application (mvn verify builds it before the integration tests)");
        int mailServerDown;
        try (ServerSocket socket = new ServerSocket(0)) {
            mailServerDown = socket.getLocalPort();
        }
        node = ClusterNode.start("structured-log", jar, List.of(
                "logging.structured.format.console=ecs",
                "spring.profiles.active=demo",
                "spring.datasource.url=jdbc:h2:mem:structured-log;DB_CLOSE_DELAY=-1",
                "spring.mail.host=127.0.0.1", "spring.mail.port=" + mailServerDown,
                // the health check would report the mail server down, and the node never up
                "management.health.mail.enabled=false",
                "camunda.bpm.job-execution.wait-time-in-millis=500",
                "camunda.bpm.job-execution.max-wait=1000"));
        node.awaitUp(Duration.ofSeconds(120));
    }

    @AfterAll
    void stop() throws Exception {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void everyLineIsJsonAndTheWorkOnACaseCarriesItsNumberAndTheUser() throws Exception {
        String caseNumber = node.post("clerk", "/engine-rest/process-definition/key/membership-admission/start",
                Map.of("variables", variables(AdoptedAdmissions.applicant("Lin Huiyin")))).get("businessKey").asText();

        // a refused form: one line at INFO, no stack
        int before = node.logLines().size();
        assertThat(node.statusOfPost("clerk", "/engine-rest/process-definition/key/membership-admission/start",
                Map.of("variables", variables(Applications.aPerson("Yang Jiang").withIdentityNumber("110105194912310021")
                        .build())))).isEqualTo(400);
        List<JsonNode> refused = since(before).stream()
                .filter(line -> line.at("/log/logger").asText().equals("cn.chia.governance.UserMistakes")).toList();
        assertThat(refused).singleElement().satisfies(line -> {
            assertThat(line.at("/log/level").asText()).isEqualTo("INFO");
            assertThat(line.get("message").asText()).startsWith("Refused for clerk: 申请不完整");
            assertThat(line.at("/user/id").asText()).isEqualTo("clerk");
            assertThat(line.has("error")).as("no stack").isFalse();
        });
        assertThat(since(before)).as("nothing else about it").noneMatch(line -> line.has("error")
                || line.at("/log/level").asText().equals("ERROR"));

        // the Liaison Department forwards it; the Standing Council adopts it at a meeting the clerk records
        node.post("liaison", "/engine-rest/task/" + task("liaison", caseNumber, "UserTask_ReviewApplication") + "/complete",
                Map.of("variables", variables(Map.of("reviewDecision", "FORWARD"))));
        String meeting = node.post("clerk", "/engine-rest/process-definition/key/governance-meeting/start",
                Map.of("variables", variables(Meetings.ofTheStandingCouncil()
                        .on(LocalDate.now(ProcessConfiguration.ASSOCIATION_ZONE)).build()))).get("businessKey").asText();
        complete("clerk", meeting, "UserTask_ConfirmAgenda", Meetings.removing(List.of()));
        complete("clerk", meeting, "UserTask_RecordAttendance", Meetings.attendance(25, 0));
        complete("clerk", meeting, "UserTask_RecordVotes", Meetings.votes(20, 3, 2));
        complete("clerk", meeting, "UserTask_ConfirmResolution", Meetings.confirmed());

        List<JsonNode> completed = since(0).stream()
                .filter(line -> line.at("/log/logger").asText().equals(TaskSights.class.getName())).toList();
        assertThat(completed).filteredOn(line -> line.get("message").asText().endsWith("(UserTask_ReviewApplication)"))
                .singleElement().satisfies(line -> {
                    assertThat(line.get("caseNumber").asText()).isEqualTo(caseNumber);
                    assertThat(line.at("/user/id").asText()).isEqualTo("liaison");
                });
        assertThat(completed).filteredOn(line -> line.get("caseNumber").asText().equals(meeting)).hasSize(4)
                .allSatisfy(line -> assertThat(line.at("/user/id").asText()).isEqualTo("clerk"));

        // registering the member cannot tell the applicant (the mail server does not answer): the job fails, once in the
        // log, as an ERROR with its stack, and the job executor does not log it again
        JsonNode failed = await("the registration job failed", () -> since(0).stream()
                .filter(line -> line.at("/log/level").asText().equals("ERROR")).findFirst().orElse(null));
        Thread.sleep(2000); // time for a second line about it, if there were one
        List<JsonNode> all = since(0);
        assertThat(all).filteredOn(line -> line.at("/log/level").asText().equals("ERROR")).containsExactly(failed);
        assertThat(failed.get("message").asText()).contains("ENGINE-16004");
        assertThat(failed.at("/error/stack_trace").asText()).contains("Mail server connection failed").contains("\tat ");
        assertThat(failed.get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(failed.has("user")).as("a job runs for nobody").isFalse();
        assertThat(all).noneMatch(line -> line.get("message").asText().contains("ENGINE-14006"));
    }

    /** The node's output from that line on, each line read as JSON: a line that is not JSON fails the test. */
    private List<JsonNode> since(int line) throws IOException {
        List<String> lines = node.logLines();
        List<JsonNode> read = new ArrayList<>();
        for (String text : lines.subList(line, lines.size())) {
            try {
                read.add(JSON.readTree(text));
            } catch (JsonProcessingException notJson) {
                throw new AssertionError("Not a JSON line: " + text, notJson);
            }
        }
        return read;
    }

    private void complete(String user, String businessKey, String taskKey, Map<String, Object> values) throws Exception {
        node.post(user, "/engine-rest/task/" + task(user, businessKey, taskKey) + "/complete",
                Map.of("variables", variables(values)));
    }

    private String task(String user, String businessKey, String taskKey) throws Exception {
        JsonNode tasks = node.get(user, "/engine-rest/task?processInstanceBusinessKey=" + businessKey
                + "&taskDefinitionKey=" + taskKey);
        assertThat(tasks).as("%s sees %s of %s", user, taskKey, businessKey).hasSize(1);
        return tasks.get(0).get("id").asText();
    }

    private static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return variables;
    }

    private static <T> T await(String what, java.util.concurrent.Callable<T> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            T result = condition.call();
            if (result != null) {
                return result;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Not within a minute: " + what);
    }
}
