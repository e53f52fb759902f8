package cn.chia.governance.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.chia.governance.Clerks;
import cn.chia.governance.Clerks.Answer;
import cn.chia.governance.GovernanceTest;
import cn.chia.governance.meeting.MeetingCase;
import cn.chia.governance.meeting.Meetings;

/**
 * Two clerks at the same moment, as Tasklist sends them: one wins, the other is told why, and the
 * record holds one resolution and one member. Each round is repeated to make the race likely.
 */
@GovernanceTest
class ConcurrentClerksIT {

    private static final String BODY = "STANDING_COUNCIL";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;

    Clerks clerks;
    ExecutorService two;
    final List<String> watched = new ArrayList<>();

    @BeforeEach
    void clerks() {
        clerks = new Clerks(rest);
        two = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void noIncidentAndNoThreadLeft() {
        two.shutdownNow();
        for (String businessKey : watched) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().forEach(instance ->
                    assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count())
                            .as("incidents of " + businessKey).isZero());
        }
    }

    @RepeatedTest(10)
    void twoClerksRecordingTheSameVotesAtOnceMakeOneResolution() throws Exception {
        String caseNumber = clerks.caseOnTheAgenda("Zhao Bingfa");
        String meeting = openMeeting("clerk");
        watched.addAll(List.of(caseNumber, meeting));
        assertThat(confirmOnly(meeting, caseNumber)).isTrue();
        long present = recordFullAttendance(meeting);
        String votes = clerks.task("clerk", meeting, "UserTask_RecordVotes");

        List<Answer> answers = atOnce(user -> clerks.complete(user, votes,
                Meetings.votes(Math.toIntExact(present), 0, 0)));

        assertThat(answers).extracting(Answer::status).as(answers.toString()).containsExactlyInAnyOrder(204, 409);
        Answer loser = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertThat((String) loser.json().get("message")).as(loser.body())
                .contains("Someone else has just completed or changed this task");
        assertThat(resolutionsOf(caseNumber)).as("nothing numbered before the last look").isZero();

        // and both confirming the last look at once
        String lastLook = clerks.task("clerk", meeting, "UserTask_ConfirmResolution");
        List<Answer> confirmations = atOnce(user -> clerks.complete(user, lastLook, Meetings.confirmed()));
        assertThat(confirmations).extracting(Answer::status).as(confirmations.toString())
                .containsExactlyInAnyOrder(204, 409);
        assertThat(resolutionsOf(caseNumber)).isEqualTo(1);
    }

    @Test
    void theSecondClerkToCompleteTheVotesIsToldSomeoneElseDidEvenWhenTheFirstHadFinished() throws Exception {
        String caseNumber = clerks.caseOnTheAgenda("Qian Zhongshu");
        String meeting = openMeeting("clerk");
        watched.addAll(List.of(caseNumber, meeting));
        assertThat(confirmOnly(meeting, caseNumber)).isTrue();
        long present = recordFullAttendance(meeting);
        String votes = clerks.task("clerk", meeting, "UserTask_RecordVotes");
        clerks.complete("clerk", votes, Meetings.votes(Math.toIntExact(present), 0, 0)).ok();

        for (String late : List.of("admin", "clerk")) {
            Answer second = clerks.complete(late, votes, Meetings.votes(Math.toIntExact(present), 0, 0));
            assertThat(second.status()).as(late + ": " + second.body()).isEqualTo(409);
            assertThat((String) second.json().get("message")).contains("Someone else has just completed or changed this task");
        }
        String lastLook = clerks.task("clerk", meeting, "UserTask_ConfirmResolution");
        clerks.complete("clerk", lastLook, Meetings.confirmed()).ok();
        for (String late : List.of("admin", "clerk")) {
            Answer second = clerks.complete(late, lastLook, Meetings.confirmed());
            assertThat(second.status()).as(late + ": " + second.body()).isEqualTo(409);
        }
        assertThat(resolutionsOf(caseNumber)).isEqualTo(1);
    }

    @RepeatedTest(5)
    void twoMeetingsOpenedAtOnceDecideACaseOnceAndAdmitOneMember() throws Exception {
        String caseNumber = clerks.caseOnTheAgenda("Sun Qiaoyun");
        watched.add(caseNumber);

        List<String> meetings = atOnce(this::openMeeting);
        watched.addAll(meetings);
        List<String> deciding = new ArrayList<>();
        for (String meeting : meetings) {
            if (confirmOnly(meeting, caseNumber)) {
                deciding.add(meeting);
            }
        }
        assertThat(deciding).as("meetings with " + caseNumber + " on the confirmed agenda").hasSize(1);
        String meeting = deciding.get(0);
        long present = recordFullAttendance(meeting);
        clerks.complete("clerk", clerks.task("clerk", meeting, "UserTask_RecordVotes"),
                Meetings.votes(Math.toIntExact(present), 0, 0)).ok();
        clerks.complete("clerk", clerks.task("clerk", meeting, "UserTask_ConfirmResolution"), Meetings.confirmed()).ok();

        assertThat(resolutionsOf(caseNumber)).isEqualTo(1);
        String caseInstance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getId();
        for (Job job : management.createJobQuery().processInstanceId(caseInstance).list()) {
            management.executeJob(job.getId());
        }
        assertThat(jdbc.queryForObject("select count(*) from gov_member where case_number = ?", Long.class, caseNumber))
                .isEqualTo(1);
    }

    @RepeatedTest(5)
    void twoMeetingsVotingOnTheSameCaseAtOnceDecideItOnce() throws Exception {
        String shared = clerks.caseOnTheAgenda("Han Yu");
        String first = openMeeting("clerk");
        assertThat(confirmOnly(first, shared)).isTrue();
        String own = clerks.caseOnTheAgenda("Liu Zongyuan");
        String second = openMeeting("clerk");
        assertThat(confirmOnly(second, own)).isTrue();
        watched.addAll(List.of(shared, own, first, second));
        // as if both meetings had gathered the shared case in the same instant and neither clerk had removed it
        String secondInstance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(second).singleResult()
                .getId();
        runtime.setVariable(secondInstance, MeetingCase.AGENDA_CASES, List.of(shared, own)); // the shared case first: items are voted in order
        runtime.setVariable(secondInstance, MeetingCase.AGENDA_MATTERS, Map.of(own, "ADMISSION", shared, "ADMISSION"));
        runtime.setVariable(secondInstance, MeetingCase.AGENDA_TITLES, Map.of(own, "Liu Zongyuan", shared, "Han Yu"));
        long present = recordFullAttendance(first);
        recordFullAttendance(second);
        clerks.complete("clerk", votesOn(first, shared), Meetings.votes(Math.toIntExact(present), 0, 0)).ok();
        clerks.complete("admin", votesOn(second, shared), Meetings.votes(Math.toIntExact(present), 0, 0)).ok();
        Map<String, String> lastLooks = Map.of("clerk", clerks.task("clerk", first, "UserTask_ConfirmResolution"),
                "admin", clerks.task("clerk", second, "UserTask_ConfirmResolution"));

        // the resolution is numbered when the clerk confirms: both meetings confirming at once decide the case once
        List<Answer> answers = atOnce(user -> clerks.complete(user, lastLooks.get(user), Meetings.confirmed()));

        assertThat(answers).extracting(Answer::status).as(answers.toString()).contains(204);
        // the later vote is refused (both in the same instant) or, once the first has landed, finds the case decided:
        // no resolution, a line in its minutes; either way the case is decided once
        for (Answer answer : answers.stream().filter(a -> a.status() != 204).toList()) {
            assertThat(answer.status()).as(answer.body()).isIn(400, 409);
            assertThat((String) answer.json().get("message")).as(answer.body())
                    .containsAnyOf("Someone else has just completed or changed", "no longer waits for a decision");
        }
        assertThat(resolutionsOf(shared)).isEqualTo(1);
        String caseInstance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(shared)
                .singleResult().getId();
        for (Job job : management.createJobQuery().processInstanceId(caseInstance).list()) {
            management.executeJob(job.getId());
        }
        assertThat(jdbc.queryForObject("select count(*) from gov_member where case_number = ?", Long.class, shared))
                .isEqualTo(1);
    }

    private String votesOn(String meeting, String caseNumber) {
        String tasks = clerks.call("clerk", HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + meeting
                + "&taskDefinitionKey=UserTask_RecordVotes", null).ok().body();
        try {
            List<Map<String, Object>> open = new com.fasterxml.jackson.databind.ObjectMapper().readValue(tasks,
                    new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, Object>>>() { });
            for (Map<String, Object> task : open) {
                Object item = clerks.call("clerk", HttpMethod.GET, "/engine-rest/task/" + task.get("id")
                        + "/variables/caseNumber", null).ok().json().get("value");
                if (caseNumber.equals(item)) {
                    return (String) task.get("id");
                }
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(tasks, e);
        }
        throw new AssertionError("No vote on " + caseNumber + " in " + meeting);
    }

    /** Both users at once, after a barrier; each answer must be a clear one, never a server error. */
    private <T> List<T> atOnce(Function<String, T> work) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<Future<T>> futures = new ArrayList<>();
        for (String user : List.of("clerk", "admin")) {
            futures.add(two.submit(() -> {
                barrier.await(10, TimeUnit.SECONDS);
                return work.apply(user);
            }));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            T result = future.get(60, TimeUnit.SECONDS);
            if (result instanceof Answer answer) {
                assertThat(answer.status()).as(answer.body()).isLessThan(500);
            }
            results.add(result);
        }
        return results;
    }

    private String openMeeting(String user) {
        return (String) clerks.start(user, MeetingCase.PROCESS_KEY, Meetings.ofBody(BODY).today().build())
                .ok().json().get("businessKey");
    }

    /**
     * Confirms the agenda with only this case; true when it stays on it, false when the meeting has nothing to
     * decide. A case another open meeting holds is refused with a message that names it, and then removed.
     */
    @SuppressWarnings("unchecked")
    private boolean confirmOnly(String meeting, String caseNumber) {
        String confirm = clerks.task("clerk", meeting, "UserTask_ConfirmAgenda");
        List<String> agenda = (List<String>) clerks.call("clerk", HttpMethod.GET,
                "/engine-rest/task/" + confirm + "/variables/agendaCases?deserializeValue=true", null).ok().json()
                .get("value");
        List<String> others = agenda.stream().filter(c -> !c.equals(caseNumber)).toList();
        Answer answer = clerks.complete("clerk", confirm, Meetings.removing(others));
        if (answer.status() == 400) {
            assertThat((String) answer.json().get("message")).contains(caseNumber, "on the agenda of MTG-");
            clerks.complete("clerk", confirm, Meetings.removing(agenda)).ok();
            return false;
        }
        answer.ok();
        return agenda.contains(caseNumber);
    }

    private long recordFullAttendance(String meeting) {
        String attendance = clerks.task("clerk", meeting, "UserTask_RecordAttendance");
        Object seats = clerks.call("clerk", HttpMethod.GET, "/engine-rest/task/" + attendance + "/variables/seats", null)
                .ok().json().get("value");
        long present = Long.parseLong(seats.toString());
        clerks.complete("clerk", attendance, Meetings.attendance(Math.toIntExact(present), 0)).ok();
        return present;
    }

    private long resolutionsOf(String caseNumber) {
        return jdbc.queryForObject("select count(*) from gov_resolution where case_number = ?", Long.class, caseNumber);
    }
}
