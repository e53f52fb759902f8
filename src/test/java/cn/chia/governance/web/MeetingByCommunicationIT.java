package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import cn.chia.governance.identity.Roles;
import cn.chia.governance.meeting.MeetingCase;
import cn.chia.governance.meeting.Meetings;
import cn.chia.governance.process.WaitingCases;
import cn.chia.governance.register.Rosters;
import cn.chia.governance.register.Rosters.NewMember;

/**
 * A Council meeting by communication, driven through REST as the clerk and the directors would: each director with an
 * account votes in a task of their own, the Secretariat records the vote received in writing from a director without
 * one, a director who has not voted when the votes are due is absent, and nobody votes in another's place.
 */
@GovernanceTest
class MeetingByCommunicationIT {

    private static final String PASSWORD = "Vote!Pass2026";
    private static final List<String> DIRECTORS = List.of("commzhao", "commqian", "commsun");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    IdentityService identity;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Rosters rosters;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private final List<String> meetings = new java.util.ArrayList<>();
    private final List<ProcessInstance> waiting = new java.util.ArrayList<>();

    @BeforeEach
    void directorsWithAccounts() {
        for (String id : DIRECTORS) {
            if (identity.createUserQuery().userId(id).count() == 0) {
                User user = identity.newUser(id);
                user.setPassword(PASSWORD);
                identity.saveUser(user);
                identity.createMembership(id, Roles.COUNCIL);
            }
        }
    }

    @AfterEach
    void cleanUp() {
        for (String meeting : meetings) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(meeting).list()
                    .forEach(i -> runtime.deleteProcessInstance(i.getId(), "test clean-up"));
        }
        waiting.stream().filter(i -> runtime.createProcessInstanceQuery().processInstanceId(i.getId()).count() > 0)
                .forEach(i -> runtime.deleteProcessInstance(i.getId(), "test clean-up"));
        Resolutions.emptyRosters(jdbc);
        DIRECTORS.forEach(identity::deleteUser);
    }

    @Test
    void theDirectorsVoteThemselvesAndTheMinutesNameEachVote() {
        List<Long> council = council();
        waiting.add(new WaitingCases(engine).open("APP-2026-940001", "ADMISSION", "Zhou Yi"));
        waiting.add(new WaitingCases(engine).open("APP-2026-940002", "ADMISSION", "Zhou Er"));
        LocalDate today = LocalDate.now(clock);
        String instance = open(Meetings.ofTheCouncil().on(today)
                .byCommunication("台风停航，理事无法到会 A typhoon grounds the flights", today.plusDays(10)), "APP-2026-940001",
                "APP-2026-940002");

        // each director with an account has one task, and sees no other director's
        for (String director : DIRECTORS) {
            List<Map<String, Object>> mine = get(director, "/engine-rest/task?processInstanceId=" + instance);
            assertThat(mine).as(director).singleElement().satisfies(t -> assertThat(t.get("assignee")).isEqualTo(director));
        }
        // the list of meetings shows the vote under way and its last day
        String number = runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey();
        assertThat(rest.withBasicAuth("director", "director").exchange("/api/meetings?body=COUNCIL", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody())
                .filteredOn(m -> number.equals(m.get("number"))).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("state", "VOTING").containsEntry("byCommunication", true)
                        .containsEntry("votesDueBy", today.plusDays(10).toString()));
        Task written = tasks.createTaskQuery().processInstanceId(instance).taskCandidateGroup(Roles.SECRETARIAT)
                .singleResult();
        assertThat(written.getName()).contains("李四");
        String zhao = ballotOf(instance, "commzhao");
        String qian = ballotOf(instance, "commqian");
        Map<String, Object> formVariables = getObject("commzhao", "/engine-rest/task/" + zhao + "/form-variables");
        assertThat(formVariables).containsKeys(MeetingCase.BALLOT, MeetingCase.SPECIAL_CIRCUMSTANCES,
                MeetingCase.VOTES_DUE_BY);

        // nobody votes in another's place, through any door of the engine
        Map<String, Object> ballot = Map.of("variables",
                Meetings.ballotForRest("APP-2026-940001", "AGAINST", "APP-2026-940002", "AGAINST"));
        for (String door : List.of("/complete", "/submit-form")) {
            assertThat(post("commzhao", "/engine-rest/task/" + qian + door, ballot).getStatusCode()).as(door)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(post("commzhao", "/engine-rest/task/" + written.getId() + door, ballot).getStatusCode())
                    .as(door).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(post("commzhao", "/engine-rest/task/" + qian + "/claim", Map.of("userId", "commzhao"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("commzhao", "/engine-rest/task/" + qian + "/variables",
                Map.of("modifications", Meetings.ballotForRest("APP-2026-940001", "AGAINST"))).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("commzhao", "/engine-rest/task/" + zhao + "/variables",
                Map.of("modifications", Meetings.ballotForRest("APP-2026-940001", "AGAINST"))).getStatusCode())
                .as("variables beside the form, even on one's own task").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("clerk", "/engine-rest/task/" + qian + "/complete", ballot).getStatusCode())
                .as("the Secretariat does not vote for a director with an account")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tasks.createTaskQuery().taskId(qian).count()).isEqualTo(1);

        // the ballot is the form's only field: nothing beside it, such as whose ballot it is
        Map<String, Object> beside = new java.util.LinkedHashMap<>(
                Meetings.ballotForRest("APP-2026-940001", "FOR", "APP-2026-940002", "FOR"));
        beside.put(MeetingCase.VOTER, Map.of("value", "1"));
        ResponseEntity<String> besideTheForm = post("commzhao", "/engine-rest/task/" + zhao + "/submit-form",
                Map.of("variables", beside));
        assertThat(besideTheForm.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(besideTheForm.getBody()).contains("'voter' is not a field of this form.");

        // a ballot that leaves an item out is refused; a director votes once
        ResponseEntity<String> incomplete = post("commzhao", "/engine-rest/task/" + zhao + "/submit-form",
                Map.of("variables", Meetings.ballotForRest("APP-2026-940001", "FOR")));
        assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(incomplete.getBody()).contains("尚未表决").contains("no vote yet on APP-2026-940002");
        assertThat(post("commzhao", "/engine-rest/task/" + zhao + "/submit-form", Map.of("variables",
                Meetings.ballotForRest("APP-2026-940001", "FOR", "APP-2026-940002", "FOR"))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("commzhao", "/engine-rest/task/" + zhao + "/submit-form", Map.of("variables",
                Meetings.ballotForRest("APP-2026-940001", "AGAINST", "APP-2026-940002", "AGAINST"))).getStatusCode())
                .as("a second vote: the task is done").isEqualTo(HttpStatus.CONFLICT);
        assertThat(post("commqian", "/engine-rest/task/" + qian + "/complete", Map.of("variables",
                Meetings.ballotForRest("APP-2026-940001", "FOR", "APP-2026-940002", "FOR"))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("clerk", "/engine-rest/task/" + written.getId() + "/submit-form", Map.of("variables",
                Meetings.ballotForRest("APP-2026-940001", "FOR", "APP-2026-940002", "AGAINST"))).getStatusCode())
                .as("the Secretariat records the vote received in writing").isEqualTo(HttpStatus.NO_CONTENT);

        // commsun has not voted when the votes are due: absent; 3 of 4 present is a quorum (more than two thirds)
        management.executeJob(management.createJobQuery().processInstanceId(instance).timers().singleResult().getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();

        Map<String, Object> minutes = getObject("commsun", "/api/meetings/" + meetings.get(0) + "/minutes");
        @SuppressWarnings("unchecked")
        Map<String, Object> meeting = (Map<String, Object>) minutes.get("meeting");
        assertThat(meeting).containsEntry("byCommunication", true).containsEntry("status", "HELD")
                .containsEntry("specialCircumstances", "台风停航，理事无法到会 A typhoon grounds the flights")
                .containsEntry("votesDueBy", today.plusDays(10).toString()).containsEntry("presentInPerson", 3);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> attendance = (List<Map<String, Object>>) minutes.get("attendance");
        assertThat(attendance).extracting(a -> a.get("name"), a -> a.get("attendance")).containsExactly(
                tuple("赵一", "IN_PERSON"), tuple("钱二", "IN_PERSON"), tuple("孙三", "ABSENT"), tuple("李四", "IN_PERSON"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> votes = (List<Map<String, Object>>) minutes.get("votes");
        assertThat(votes).extracting(v -> v.get("caseNumber"), v -> v.get("name"), v -> v.get("vote"),
                v -> v.get("recordedBy")).containsExactly(
                        tuple("APP-2026-940001", "赵一", "FOR", null), tuple("APP-2026-940001", "钱二", "FOR", null),
                        tuple("APP-2026-940001", "李四", "FOR", "clerk"),
                        tuple("APP-2026-940002", "赵一", "FOR", null), tuple("APP-2026-940002", "钱二", "FOR", null),
                        tuple("APP-2026-940002", "李四", "AGAINST", "clerk"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> resolutions = (List<Map<String, Object>>) minutes.get("resolutions");
        // 3 of 3 present in favour: more than two thirds, adopted; 2 of 3 is exactly two thirds: rejected
        assertThat(resolutions).extracting(r -> r.get("caseNumber"), r -> r.get("votesFor"), r -> r.get("outcome"))
                .containsExactlyInAnyOrder(tuple("APP-2026-940001", 3, "ADOPTED"), tuple("APP-2026-940002", 2, "REJECTED"));
        assertThat(council).hasSize(4);
    }

    @Test
    void twoOfFourVotesAreNoQuorum() {
        council();
        waiting.add(new WaitingCases(engine).open("APP-2026-940003", "ADMISSION", "Zhou San"));
        LocalDate today = LocalDate.now(clock);
        String instance = open(Meetings.ofTheCouncil().on(today).byCommunication("特殊情况 Special", today.plusDays(3)),
                "APP-2026-940003");
        for (String director : List.of("commzhao", "commqian")) {
            assertThat(post(director, "/engine-rest/task/" + ballotOf(instance, director) + "/complete",
                    Map.of("variables", Meetings.ballotForRest("APP-2026-940003", "FOR"))).getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);
        }
        management.executeJob(management.createJobQuery().processInstanceId(instance).timers().singleResult().getId());

        Map<String, Object> minutes = getObject("clerk", "/api/meetings/" + meetings.get(0) + "/minutes");
        assertThat((Map<String, Object>) minutes.get("meeting")).containsEntry("status", "ADJOURNED");
        assertThat(minutes.get("resolutions")).asList().isEmpty();
    }

    @Test
    void theGeneralAssemblyMayNotMeetByCommunicationNorAMeetingWithoutItsSpecialCircumstances() {
        council();
        LocalDate today = LocalDate.now(clock);
        ResponseEntity<String> assembly = start(Meetings.ofTheGeneralAssembly().on(today)
                .byCommunication("特殊情况 Special", today.plusDays(3)));
        assertThat(assembly.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(assembly.getBody()).contains("会员代表大会不得以通讯方式召开")
                .contains("The General Assembly may not meet by communication");

        ResponseEntity<String> noCircumstances = start(Meetings.ofTheCouncil().on(today)
                .byCommunication(null, today.plusDays(3)));
        assertThat(noCircumstances.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noCircumstances.getBody()).contains("请说明需以通讯方式召开会议的特殊情况")
                .contains("Describe the special circumstances");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(MeetingCase.PROCESS_KEY).list())
                .allSatisfy(i -> assertThat(runtime.getVariable(i.getId(), MeetingCase.BY_COMMUNICATION)).isNotEqualTo(true));
    }

    /** A Council of four from yesterday: three directors with accounts, the fourth (李四) without one. */
    private List<Long> council() {
        List<NewMember> members = List.of(director("赵一", "commzhao"), director("钱二", "commqian"),
                director("孙三", "commsun"), director("李四", null));
        return rosters.record(RosterBody.COUNCIL, "第五届会员代表大会选举", ActKind.ELECTION, LocalDate.now(clock).minusDays(1),
                members, "clerk", user -> true).members().stream().map(Rosters.Entry::rosterNumber).toList();
    }

    private static NewMember director(String name, String userId) {
        return new NewMember(name, "中国科学院", true, false, null, userId, null);
    }

    /** The clerk opens the meeting through REST and keeps only these cases on its agenda; answers its instance id. */
    private String open(Meetings meeting, String... kept) {
        ResponseEntity<String> started = start(meeting);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(MeetingCase.PROCESS_KEY)
                .orderByProcessInstanceId().desc().list().stream()
                .filter(i -> started.getBody().contains(i.getId())).findFirst().orElseThrow();
        meetings.add(instance.getBusinessKey());
        @SuppressWarnings("unchecked")
        List<String> others = ((List<String>) runtime.getVariable(instance.getId(), MeetingCase.AGENDA_CASES)).stream()
                .filter(c -> !List.of(kept).contains(c)).toList();
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId(),
                Meetings.removing(others));
        return instance.getId();
    }

    private ResponseEntity<String> start(Meetings meeting) {
        return post("clerk", "/engine-rest/process-definition/key/governance-meeting/start",
                Map.of("variables", meeting.buildForRest()));
    }

    private String ballotOf(String instance, String director) {
        return tasks.createTaskQuery().processInstanceId(instance).taskAssignee(director).singleResult().getId();
    }

    private String password(String user) {
        return DIRECTORS.contains(user) ? PASSWORD : user;
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        return rest.withBasicAuth(user, password(user)).exchange(path, HttpMethod.POST, json(body), String.class);
    }

    private List<Map<String, Object>> get(String user, String path) {
        ResponseEntity<List<Map<String, Object>>> answer = rest.withBasicAuth(user, password(user)).exchange(path,
                HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private Map<String, Object> getObject(String user, String path) {
        ResponseEntity<Map<String, Object>> answer = rest.withBasicAuth(user, password(user)).exchange(path,
                HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private static HttpEntity<Object> json(Object body) {
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
