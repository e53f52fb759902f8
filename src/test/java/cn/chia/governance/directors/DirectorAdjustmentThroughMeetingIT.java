package cn.chia.governance.directors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.Resolutions;
import cn.chia.governance.register.DirectorRoster;
import cn.chia.governance.register.MeetingRecords;
import cn.chia.governance.register.MeetingRecords.Resolution;
import cn.chia.governance.meeting.MeetingCase;
import cn.chia.governance.meeting.Meetings;
import cn.chia.governance.process.WaitingCase;

/**
 * Two additions as the people make them: the Secretariat proposes them through the REST API, the Standing
 * Council nominates both, and the Council, 40 of its 50 directors present, adopts the one with 33 votes and
 * rejects the one with 32: more than four fifths of 40 is at least 33.
 */
@GovernanceTest
class DirectorAdjustmentThroughMeetingIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    DirectorRoster roster;
    @Autowired
    MeetingRecords meetings;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void fiftyDirectorsFifteenOfThemExecutive() {
        emptyRoster();
        for (int i = 1; i <= 50; i++) {
            Resolutions.seatDirector(jdbc, "Director " + i, "Institute " + i, i <= 15, true);
        }
    }

    @AfterEach
    void emptyRoster() {
        jdbc.sql("DELETE FROM gov_director").update();
    }

    @Test
    void theCouncilAdoptsAnAdjustmentByMoreThanFourFifthsOfTheDirectorsPresentAndNotByFourFifths() {
        String adopted = propose("Wang Fang");
        String rejected = propose("Liu Yang");

        String nomination = openMeeting("STANDING_COUNCIL", adopted, rejected);
        assertThat(meetings.minutes(nomination).orElseThrow().meeting().seats()).as("executive directors on the roster")
                .isEqualTo(15);
        attend(nomination, 11);
        vote(nomination, adopted, 8);
        vote(nomination, rejected, 8);

        String council = openMeeting("COUNCIL", adopted, rejected);
        attend(council, 40);
        vote(council, adopted, 33);
        String adoptedCase = runtime.createProcessInstanceQuery().processInstanceBusinessKey(adopted).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(adoptedCase).singleResult().getId());
        vote(council, rejected, 32);

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(adopted).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(rejected).count()).isZero();
        List<Resolution> resolutions = meetings.minutes(council).orElseThrow().resolutions();
        assertThat(resolutions).filteredOn(r -> r.caseNumber().equals(rejected)).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(
                    "Rejected: 32 of 40 directors present voted in favour; more than four fifths requires at least 33.");
            assertThat(r.seats()).as("the seats the meeting opened with").isEqualTo(50);
        });

        ResponseEntity<Map<String, Object>> directors = rest.withBasicAuth("director", "director").exchange(
                "/api/directors", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(directors.getStatusCode()).isEqualTo(HttpStatus.OK);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> serving = (List<Map<String, Object>>) directors.getBody().get("directors");
        assertThat(serving).hasSize(51).extracting(d -> d.get("name")).contains("Wang Fang").doesNotContain("Liu Yang");
        assertThat(serving).filteredOn(d -> "Wang Fang".equals(d.get("name"))).singleElement()
                .satisfies(d -> assertThat(d).containsEntry("appointedCase", adopted)
                        .containsEntry("appointedResolution", resolutions.stream()
                                .filter(r -> r.caseNumber().equals(adopted)).findFirst().orElseThrow().resolutionNumber()));
        assertThat(directors.getBody().get("seats")).isEqualTo(Map.of("COUNCIL", 51, "STANDING_COUNCIL", 15));
    }

    @Test
    void theRosterIsForTheSecretariatTheCouncilAndManagersOnly() {
        for (String reader : List.of("clerk", "director", "standing", "manager")) {
            assertThat(rest.withBasicAuth(reader, reader).getForEntity("/api/directors", String.class).getStatusCode())
                    .as(reader).isEqualTo(HttpStatus.OK);
        }
        assertThat(rest.withBasicAuth("branch", "branch").getForEntity("/api/directors", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/api/directors", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void onlyTheSecretariatProposesAnAdjustment() {
        Map<String, Object> body = Map.of("variables", variables(addition("Zhou Qiang")));
        for (String user : List.of("director", "manager", "branch")) {
            assertThat(exchange(user, "/engine-rest/process-definition/key/director-adjustment/start", body)
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    private String propose(String name) {
        ResponseEntity<Map<String, Object>> started = exchange("clerk",
                "/engine-rest/process-definition/key/director-adjustment/start",
                Map.of("variables", variables(addition(name))));
        assertThat(started.getStatusCode()).as("started: " + started.getBody()).isEqualTo(HttpStatus.OK);
        return (String) started.getBody().get("businessKey");
    }

    private static Map<String, Object> addition(String name) {
        return Adjustments.anAddition().of(name, "Tsinghua University").executive(false).frontLine(true)
                .because("A vacancy in the field of materials").build();
    }

    /** Opens a meeting and keeps only these cases on its agenda. */
    private String openMeeting(String body, String... cases) {
        String meeting = runtime.startProcessInstanceByKey(MeetingCase.PROCESS_KEY,
                Meetings.ofBody(body).today().inPerson().build()).getBusinessKey();
        Task confirm = task(meeting, Meetings.Step.CONFIRM_AGENDA.id);
        @SuppressWarnings("unchecked")
        List<String> agenda = (List<String>) tasks.getVariable(confirm.getId(), MeetingCase.AGENDA_CASES);
        assertThat(agenda).contains(cases);
        tasks.complete(confirm.getId(),
                Meetings.removing(agenda.stream().filter(c -> !List.of(cases).contains(c)).toList()));
        return meeting;
    }

    /** The first {@code present} people of the meeting's roster attend in person (by name: the body has a roster). */
    private void attend(String meeting, int present) {
        Task attendance = task(meeting, Meetings.Step.RECORD_ATTENDANCE.id);
        SpinJsonNode roster = (SpinJsonNode) tasks.getVariable(attendance.getId(), MeetingCase.ROSTER_OPTIONS);
        List<Long> attending = roster.elements().stream().limit(present)
                .map(option -> Long.valueOf(option.prop("value").stringValue())).toList();
        tasks.complete(attendance.getId(), Meetings.attendanceByName().inPerson(attending).build());
    }

    private void vote(String meeting, String caseNumber, int inFavour) {
        Task item = tasks.createTaskQuery().processInstanceBusinessKey(meeting).taskDefinitionKey(Meetings.Step.RECORD_VOTES.id)
                .list().stream().filter(t -> caseNumber.equals(tasks.getVariable(t.getId(), WaitingCase.CASE_NUMBER)))
                .findFirst().orElseThrow();
        int present = ((Number) tasks.getVariable(item.getId(), MeetingCase.PRESENT_IN_PERSON)).intValue()
                + ((Number) tasks.getVariable(item.getId(), MeetingCase.PRESENT_BY_PROXY)).intValue();
        tasks.complete(item.getId(), Meetings.votes(inFavour, 0, 0, present - inFavour));
        tasks.complete(task(meeting, Meetings.Step.CONFIRM_RESOLUTION.id).getId(), Meetings.confirmed());
    }

    private Task task(String businessKey, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key).singleResult();
    }

    private ResponseEntity<Map<String, Object>> exchange(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                new ParameterizedTypeReference<>() { });
    }

    private static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return variables;
    }
}
