package cn.chia.governance.absences;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import cn.chia.governance.meeting.MeetingCase;
import cn.chia.governance.meeting.Meetings;
import cn.chia.governance.process.WaitingCases;

/**
 * A Council of four recorded through the API meets four times, the clerk taking the attendance by name through
 * /engine-rest: Wang Fang is absent twice without reason, then excused, then absent again. The case for the
 * Secretariat appears after the third absence without reason, not before; only the Secretariat works on it; the
 * resignation it records ends Wang Fang's service on the roster.
 */
@GovernanceTest
class DirectorAbsenceThroughMeetingsIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    final List<String> started = new ArrayList<>();
    List<Long> council;

    @BeforeEach
    void aCouncilOfFourRecordedByTheSecretariat() {
        Resolutions.emptyRosters(jdbc);
        ResponseEntity<Map<String, Object>> recorded = rest.withBasicAuth("clerk", "clerk").exchange(
                "/api/bodies/COUNCIL/roster", HttpMethod.PUT, json(Map.of("basis", "第五届会员代表大会第一次会议选举",
                        "effectiveFrom", today().toString(), "members", List.of(director("王芳"), director("李明"),
                                director("赵磊"), director("刘洋")))), new ParameterizedTypeReference<>() { });
        assertThat(recorded.getStatusCode()).as("%s", recorded.getBody()).isEqualTo(HttpStatus.OK);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> members = (List<Map<String, Object>>) recorded.getBody().get("members");
        council = members.stream().map(m -> ((Number) m.get("rosterNumber")).longValue()).toList();
    }

    @AfterEach
    void cleanUp() {
        for (String key : started) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).list()
                    .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "test clean-up"));
        }
        absenceCases().forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "test clean-up"));
        Resolutions.emptyRosters(jdbc);
    }

    @Test
    void theThirdAbsenceWithoutReasonBringsTheSecretariatACaseAndTheResignationEndsTheService() {
        long wang = council.get(0);
        long[] others = {council.get(1), council.get(2), council.get(3)};

        meeting(Meetings.attendanceByName().inPerson(others));
        meeting(Meetings.attendanceByName().inPerson(others));
        assertThat(absenceCases()).as("after two absences").isEmpty();
        meeting(Meetings.attendanceByName().inPerson(others).excused(wang));
        assertThat(absenceCases()).as("excused: not without reason").isEmpty();
        meeting(Meetings.attendanceByName().inPerson(others));

        assertThat(absenceCases()).as("after the third absence without reason").singleElement()
                .satisfies(absence -> assertThat(absence.getBusinessKey()).matches("ABS-\\d{4}-\\d{4}"));
        String caseTasks = "/engine-rest/task?processInstanceId=" + absenceCases().get(0).getId();
        ResponseEntity<List<Map<String, Object>>> clerksTasks = get("clerk", caseTasks);
        assertThat(clerksTasks.getBody()).singleElement().satisfies(task -> assertThat(task)
                .containsEntry("name", "请理事辞职 Ask the director to resign"));
        String request = (String) clerksTasks.getBody().get(0).get("id");
        ResponseEntity<Map<String, Object>> variables = rest.withBasicAuth("clerk", "clerk").exchange(
                "/engine-rest/task/" + request + "/form-variables", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(variables.getBody().toString()).contains("王芳（中国科学院）");
        @SuppressWarnings("unchecked")
        String absences = (String) ((Map<String, Object>) variables.getBody().get(AbsenceCase.ABSENCES)).get("value");
        assertThat(absences.lines()).hasSize(3).allMatch(line -> line.matches("MTG-\\d{4}-\\d{4} \\(" + today() + "\\)"));

        for (String user : List.of("director", "standing", "manager", "branch", "liaison")) {
            if (!user.equals("manager")) { // managers read every task, and change nothing
                assertThat(get(user, caseTasks).getBody()).as(user).isEmpty();
            }
            assertThat(complete(user, request, Map.of(AbsenceCase.REQUEST_SENT_ON, Map.of("value", today().toString())))
                    .getStatusCode().is2xxSuccessful()).as(user).isFalse();
        }
        assertThat(rest.withBasicAuth("clerk", "clerk").exchange("/engine-rest/process-definition/key/director-absence/start",
                HttpMethod.POST, json(Map.of("variables", Map.of(AbsenceCase.BODY, Map.of("value", "COUNCIL"),
                        AbsenceCase.ROSTER_NUMBER, Map.of("value", council.get(1))))), String.class).getStatusCode())
                .as("the application opens these cases, nobody else").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("clerk", "clerk").exchange("/engine-rest/message", HttpMethod.POST,
                json(Map.of("messageName", AbsenceCase.LIMIT_REACHED, "processVariables", Map.of(AbsenceCase.BODY,
                        Map.of("value", "COUNCIL"), AbsenceCase.ROSTER_NUMBER, Map.of("value", council.get(1))))),
                String.class).getStatusCode()).as("nor by its message").isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(complete("clerk", request, Map.of(AbsenceCase.REQUEST_SENT_ON, Map.of("value", today().toString())))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        String answer = (String) get("clerk", caseTasks).getBody().get(0).get("id");
        assertThat(complete("clerk", answer, Map.of(AbsenceCase.ANSWER, Map.of("value", "RESIGNS"),
                AbsenceCase.ANSWERED_ON, Map.of("value", today().toString()))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<Map<String, Object>> roster = rest.withBasicAuth("clerk", "clerk").exchange(
                "/api/bodies/COUNCIL/roster", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> members = (List<Map<String, Object>>) roster.getBody().get("members");
        assertThat(members).filteredOn(m -> "王芳".equals(m.get("name"))).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("until", today().toString()));
        assertThat(members).filteredOn(m -> m.get("until") == null).hasSize(3);
    }

    /** A Council meeting today with one item, the attendance taken by name and the item voted on, all through REST. */
    private void meeting(Meetings.Roll roll) {
        ProcessInstance item = new WaitingCases(engine).open("APP-T-ABS-" + started.size(), "ADMISSION", "Deng Yi");
        started.add(item.getBusinessKey());
        ResponseEntity<Map<String, Object>> opened = rest.withBasicAuth("clerk", "clerk").exchange(
                "/engine-rest/process-definition/key/governance-meeting/start", HttpMethod.POST,
                json(Map.of("variables", Meetings.ofTheCouncil().on(today()).inPerson().buildForRest())),
                new ParameterizedTypeReference<>() { });
        assertThat(opened.getStatusCode()).as("%s", opened.getBody()).isEqualTo(HttpStatus.OK);
        String meeting = (String) opened.getBody().get("businessKey");
        started.add(meeting);
        String instance = (String) opened.getBody().get("id");
        @SuppressWarnings("unchecked")
        List<String> others = ((List<String>) runtime.getVariable(instance, MeetingCase.AGENDA_CASES)).stream()
                .filter(c -> !c.equals(item.getBusinessKey())).toList();
        tasks.complete(task(instance), Meetings.removing(others));
        assertThat(complete("clerk", task(instance), roll.buildForRest()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Map<String, Object> votes = new java.util.LinkedHashMap<>();
        String votesTask = task(instance);
        int present = ((Number) tasks.getVariable(votesTask, MeetingCase.PRESENT_IN_PERSON)).intValue()
                + ((Number) tasks.getVariable(votesTask, MeetingCase.PRESENT_BY_PROXY)).intValue();
        Meetings.votes(3, 0, 0, present - 3).forEach((name, value) -> votes.put(name, Map.of("value", value)));
        assertThat(complete("clerk", votesTask, votes).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(complete("clerk", task(instance), Meetings.forRest(Meetings.confirmed())).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).as("meeting held").isZero();
    }

    private List<ProcessInstance> absenceCases() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(AbsenceCase.PROCESS_KEY).list().stream()
                .filter(instance -> instance.getBusinessKey().startsWith("ABS-") && council.contains(((Number) runtime.getVariable(instance.getId(),
                        AbsenceCase.ROSTER_NUMBER)).longValue())).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String task(String instance) {
        return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    private ResponseEntity<String> complete(String user, String task, Map<String, Object> variables) {
        return rest.withBasicAuth(user, user).exchange("/engine-rest/task/" + task + "/complete", HttpMethod.POST,
                json(Map.of("variables", variables)), String.class);
    }

    private ResponseEntity<List<Map<String, Object>>> get(String user, String path) {
        return rest.withBasicAuth(user, user).exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
    }

    private static Map<String, Object> director(String name) {
        return Map.of("name", name, "organisation", "中国科学院", "frontLine", true, "executive", false);
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
