package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.Resolutions;
import cn.chia.governance.charter.ActKind;
import cn.chia.governance.charter.RosterBody;
import cn.chia.governance.meeting.MeetingCase;
import cn.chia.governance.meeting.Meetings;
import cn.chia.governance.process.WaitingCases;
import cn.chia.governance.register.Rosters;
import cn.chia.governance.register.Rosters.NewMember;

@GovernanceTest
class MeetingMinutesIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Rosters rosters;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void theSecretariatOpensAMeetingThroughRestAndTheCouncilAndManagersReadItsMinutes() {
        ResponseEntity<Map<String, Object>> started = rest.withBasicAuth("clerk", "clerk").exchange(
                "/engine-rest/process-definition/key/governance-meeting/start", HttpMethod.POST,
                json(Map.of("variables", Meetings.ofTheCouncil().today().inPerson().buildForRest())),
                new ParameterizedTypeReference<>() { });
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String meeting = (String) started.getBody().get("businessKey");
        assertThat(meeting).matches("MTG-\\d{4}-\\d{4}");

        for (String reader : List.of("clerk", "director", "standing", "manager")) {
            ResponseEntity<Map<String, Object>> minutes = rest.withBasicAuth(reader, reader).exchange(
                    "/api/meetings/" + meeting + "/minutes", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
            assertThat(minutes.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
            assertThat((Map<String, Object>) minutes.getBody().get("meeting")).containsEntry("body", "COUNCIL")
                    .containsEntry("seats", 90).containsEntry("status", "OPEN");
        }
        runtime.deleteProcessInstance(runtime.createProcessInstanceQuery().processInstanceBusinessKey(meeting)
                .singleResult().getId(), "test clean-up");
    }

    @Test
    void aCouncilWithARosterRecordsAttendanceByNameThroughRestAndTheMinutesNameEveryone() {
        List<Long> council = rosters.record(RosterBody.COUNCIL, "第五届会员代表大会选举", ActKind.ELECTION,
                LocalDate.now(clock).minusDays(1), List.of(director("张伟"), director("王芳"), director("李娜"), director("刘洋")),
                "clerk", user -> false).members().stream().map(Rosters.Entry::rosterNumber).toList();
        ProcessInstance waiting = new WaitingCases(engine).open("APP-2026-930001", "ADMISSION", "Deng Yi");
        String meeting = null;
        try {
            ResponseEntity<Map<String, Object>> started = rest.withBasicAuth("clerk", "clerk").exchange(
                    "/engine-rest/process-definition/key/governance-meeting/start", HttpMethod.POST,
                    json(Map.of("variables", Meetings.ofTheCouncil().on(LocalDate.now(clock)).inPerson().buildForRest())),
                    new ParameterizedTypeReference<>() { });
            meeting = (String) started.getBody().get("businessKey");
            String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(meeting).singleResult().getId();
            @SuppressWarnings("unchecked")
            List<String> others = ((List<String>) runtime.getVariable(instance, MeetingCase.AGENDA_CASES)).stream()
                    .filter(c -> !c.equals("APP-2026-930001")).toList();
            tasks.complete(task(instance), Meetings.removing(others));

            Meetings.Roll roll = Meetings.attendanceByName().inPerson(council.get(0), council.get(1))
                    .represents(council.get(0), council.get(2)).excused(council.get(3));
            ResponseEntity<String> tooMany = complete(task(instance), Meetings.attendanceByName()
                    .inPerson(council.get(0)).represents(council.get(0), council.get(2))
                    .represents(council.get(0), council.get(3)).buildForRest());
            assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(tooMany.getBody()).contains("受托 2 人").contains("may hold at most 1");
            assertThat(complete(task(instance), roll.buildForRest()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

            ResponseEntity<Map<String, Object>> minutes = rest.withBasicAuth("director", "director").exchange(
                    "/api/meetings/" + meeting + "/minutes", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
            assertThat((Map<String, Object>) minutes.getBody().get("meeting")).containsEntry("seats", 4)
                    .containsEntry("presentInPerson", 2).containsEntry("presentByProxy", 1);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> attendance = (List<Map<String, Object>>) minutes.getBody().get("attendance");
            assertThat(attendance).extracting(a -> a.get("name"), a -> a.get("attendance"), a -> a.get("representedByName"))
                    .containsExactly(tuple("张伟", "IN_PERSON", null), tuple("王芳", "IN_PERSON", null),
                            tuple("李娜", "BY_PROXY", "张伟"), tuple("刘洋", "EXCUSED", null));
        } finally {
            if (meeting != null) {
                runtime.createProcessInstanceQuery().processInstanceBusinessKey(meeting).list()
                        .forEach(i -> runtime.deleteProcessInstance(i.getId(), "test clean-up"));
            }
            runtime.deleteProcessInstance(waiting.getId(), "test clean-up");
            Resolutions.emptyRosters(jdbc);
        }
    }

    private static NewMember director(String name) {
        return new NewMember(name, "中国科学院", true, false, null, null, null);
    }

    private String task(String instance) {
        return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    private ResponseEntity<String> complete(String task, Map<String, Object> variables) {
        return rest.withBasicAuth("clerk", "clerk").exchange("/engine-rest/task/" + task + "/complete", HttpMethod.POST,
                json(Map.of("variables", variables)), String.class);
    }

    @Test
    void minutesAreNotForBranchesNorForStrangers() {
        assertThat(rest.withBasicAuth("branch", "branch").getForEntity("/api/meetings/MTG-2026-0001/minutes",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/api/meetings/MTG-2026-0001/minutes", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anUnknownMeetingIsAProblemNotAStackTrace() {
        ResponseEntity<String> response = rest.withBasicAuth("clerk", "clerk")
                .getForEntity("/api/meetings/MTG-1999-9999/minutes", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("No meeting MTG-1999-9999").doesNotContain("Exception");
    }

    @Test
    void aManagerMayNotOpenAMeetingNorABranch() {
        for (String user : List.of("manager", "branch", "liaison")) {
            ResponseEntity<String> response = rest.withBasicAuth(user, user).exchange(
                    "/engine-rest/process-definition/key/governance-meeting/start", HttpMethod.POST,
                    json(Map.of("variables", Meetings.ofTheCouncil().today().buildForRest())), String.class);
            assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void aMeetingWithAnUnknownBodyIsABadRequest() {
        ResponseEntity<String> response = rest.withBasicAuth("clerk", "clerk").exchange(
                "/engine-rest/process-definition/key/governance-meeting/start", HttpMethod.POST,
                json(Map.of("variables", Meetings.ofBody("SENATE").today().buildForRest())), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("(body) must be one of COUNCIL");
    }

    private static HttpEntity<Object> json(Object body) {
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
