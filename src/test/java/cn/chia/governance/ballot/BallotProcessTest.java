package cn.chia.governance.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.chia.governance.Resolutions;
import cn.chia.governance.charter.ActKind;
import cn.chia.governance.charter.RosterBody;
import cn.chia.governance.identity.Roles;
import cn.chia.governance.process.ProcessTest;
import cn.chia.governance.register.BallotRecords;
import cn.chia.governance.register.MeetingRecords;
import cn.chia.governance.register.Rosters;
import cn.chia.governance.register.Rosters.NewMember;
import cn.chia.governance.register.BallotRecords.Minutes;

/** An election by secret ballot, path by path: on paper, electronically, a further round, and what is refused. */
@ProcessTest
class BallotProcessTest {

    static final String PASSWORD = "Ballot-Secret-2026!";

    @Autowired
    ProcessEngine engine;
    @Autowired
    BallotRecords ballots;
    @Autowired
    Rosters rosters;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    MeetingRecords meetings;

    List<String> electors;

    @BeforeEach
    void electors() {
        init(engine);
        electors = Ballots.electors(engine.getIdentityService(), "voter", 3, PASSWORD);
    }

    @AfterEach
    void signOut() {
        engine.getIdentityService().clearAuthentication();
        jdbc.sql("DELETE FROM gov_meeting_attendee WHERE meeting_key LIKE 'MTG-BAL-T-%'").update();
        jdbc.sql("DELETE FROM gov_meeting WHERE business_key LIKE 'MTG-BAL-T-%'").update();
    }

    private <T> T as(String user, List<String> groups, Supplier<T> action) {
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            return action.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private ProcessInstance open(Ballots ballot) {
        return as("clerk", List.of(Roles.SECRETARIAT), () -> engine.getRuntimeService()
                .startProcessInstanceByKey(BallotCase.PROCESS_KEY, ballot.build()));
    }

    private Task ballotOf(ProcessInstance election, String elector) {
        return engine.getTaskService().createTaskQuery().processInstanceId(election.getId())
                .taskDefinitionKey(BallotCase.CAST_BALLOT).taskAssignee(elector).singleResult();
    }

    private void vote(ProcessInstance election, String elector, String... choices) {
        Task ballot = ballotOf(election, elector);
        as(elector, List.of(Roles.ELECTORS), () -> {
            engine.getTaskService().complete(ballot.getId(),
                    Map.of(BallotCase.CHOICES, Ballots.json(List.of(choices))));
            return null;
        });
    }

    private void secretariat(ProcessInstance election, String activity, Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(election.getId())
                .taskDefinitionKey(activity).singleResult();
        as("clerk", List.of(Roles.SECRETARIAT), () -> {
            engine.getTaskService().complete(task.getId(), variables);
            return null;
        });
    }

    private void close(ProcessInstance election) {
        secretariat(election, "UserTask_CloseBallot", Map.of());
    }

    private static Map<String, Object> tally(int issued, int cast, int valid, int invalid, String votes) {
        return Map.of(BallotCase.BALLOTS_ISSUED, issued, BallotCase.BALLOTS_CAST, cast, BallotCase.VALID_BALLOTS, valid,
                BallotCase.INVALID_BALLOTS, invalid, BallotCase.VOTES, votes);
    }

    private Object variable(ProcessInstance election, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(election.getId())
                .variableName(name).singleResult().getValue();
    }

    @Test
    void anElectronicBallotWithoutListedElectorsGivesEveryMemberOnTheRosterABallot() {
        try {
            rosters.record(RosterBody.COUNCIL, "第五届会员代表大会选举", ActKind.ELECTION, LocalDate.now(clock),
                    electors.stream().map(id -> new NewMember("理事 " + id, "单位 " + id, true, false, null, id, null))
                            .toList(), "clerk", user -> true);
            ProcessInstance election = open(Ballots.of("COUNCIL", "EXECUTIVE_DIRECTOR", 1).among("理事 voter1", "理事 voter2")
                    .with(BallotCase.MODE, "ELECTRONIC"));
            assertThat(engine.getTaskService().createTaskQuery().processInstanceId(election.getId())
                    .taskDefinitionKey(BallotCase.CAST_BALLOT).list()).extracting(Task::getAssignee)
                    .containsExactlyInAnyOrderElementsOf(electors);
            engine.getRuntimeService().deleteProcessInstance(election.getId(), "test clean-up", true);
        } finally {
            Resolutions.emptyRosters(jdbc);
        }
    }

    @Test
    void aRosterMemberWithoutAnAccountIsNamedAndNoBallotOpens() {
        rosters.record(RosterBody.COUNCIL, "第五届会员代表大会选举", ActKind.ELECTION, LocalDate.now(clock),
                List.of(new NewMember("王芳", "清华大学", true, false, null, "voter1", null),
                        new NewMember("李娜", "北京大学", true, false, null, null, null)), "clerk", user -> true);
        try {
            assertThatThrownBy(() -> open(Ballots.of("COUNCIL", "EXECUTIVE_DIRECTOR", 1).among("王芳", "李娜")
                    .with(BallotCase.MODE, "ELECTRONIC")))
                    .hasMessageContaining("1 members of the roster have no user account").hasMessageContaining("李娜")
                    .hasMessageContaining("没有用户账号");
        } finally {
            Resolutions.emptyRosters(jdbc);
        }
    }

    @Test
    void anElectronicBallotElectsTheCandidatesWithTheMajorityAndKeepsNoOnesChoice() {
        ProcessInstance election = open(Ballots.ofDirectors(2).among("Zhang Wei", "Li Na", "Wang Fang")
                .electronically(electors));
        assertThat(election.getBusinessKey()).matches("BAL-\\d{4}-\\d{4}");
        assertThat(election).isWaitingAt("UserTask_CastSecretBallot", "UserTask_CloseBallot");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(election.getId())
                .taskDefinitionKey(BallotCase.CAST_BALLOT).list()).extracting(Task::getAssignee)
                .containsExactlyInAnyOrderElementsOf(electors);

        vote(election, "voter1", "Zhang Wei", "Li Na");
        vote(election, "voter2", "Zhang Wei", "Li Na");
        vote(election, "voter3", "Wang Fang");
        assertThat(ballots.minutes(election.getBusinessKey())).as("no count before the close").isEmpty();
        assertThat(election).hasPassed("EndEvent_BallotCast").isWaitingAt("UserTask_CloseBallot");
        close(election);

        assertThat(election).isEnded().hasPassed("EndEvent_BallotClosed", "ServiceTask_CountBallots",
                "ServiceTask_RecordResult", "EndEvent_ElectionDecided");
        assertThat(variable(election, BallotCase.ELECTED).toString()).isEqualTo("[\"Zhang Wei\",\"Li Na\"]");
        String resolution = (String) variable(election, BallotCase.RESOLUTION_NUMBER);
        assertThat(resolution).matches("RES-\\d{4}-\\d{4}");
        Minutes minutes = ballots.minutes(election.getBusinessKey()).orElseThrow();
        assertThat(minutes.resolutionNumber()).isEqualTo(resolution);
        assertThat(minutes.elected()).containsExactly("Zhang Wei", "Li Na");
        assertThat(minutes.rounds()).singleElement().satisfies(round -> {
            assertThat(round.ballotsCast()).isEqualTo(3).isEqualTo(round.voters());
            assertThat(round.votes()).containsExactlyInAnyOrderEntriesOf(Map.of("Zhang Wei", 2, "Li Na", 2, "Wang Fang", 1));
        });
        assertThat(minutes.reason()).contains("3 electors, 3 cast, 3 valid").contains("Elected: Zhang Wei, Li Na.");

        // the engine's history holds no choice: no variable, no detail, no form field named choices or holding a vote
        List<HistoricVariableInstance> variables = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(election.getId()).list();
        assertThat(variables).extracting(HistoricVariableInstance::getName).doesNotContain(BallotCase.CHOICES);
        List<HistoricDetail> details = engine.getHistoryService().createHistoricDetailQuery()
                .processInstanceId(election.getId()).list();
        assertThat(details).noneMatch(detail -> detail instanceof HistoricFormField field
                && BallotCase.CHOICES.equals(field.getFieldId()));
        assertThat(details).noneMatch(detail -> detail instanceof HistoricVariableUpdate update
                && (BallotCase.CHOICES.equals(update.getVariableName()) || update.getTaskId() != null
                        && ballotTaskIds(election).contains(update.getTaskId())));
    }

    private List<String> ballotTaskIds(ProcessInstance election) {
        return engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(election.getId())
                .taskDefinitionKey(BallotCase.CAST_BALLOT).list().stream().map(task -> task.getId()).toList();
    }

    @Test
    void aBallotIsCastOnceByItsElectorWithinTheSeats() {
        ProcessInstance election = open(Ballots.ofDirectors(1).among("A", "B").electronically(electors));
        Task first = ballotOf(election, "voter1");
        assertThatThrownBy(() -> as("voter2", List.of(Roles.ELECTORS), () -> {
            engine.getTaskService().complete(first.getId(), Map.of(BallotCase.CHOICES, "[\"A\"]"));
            return null;
        })).isInstanceOf(AuthorizationException.class).hasMessageContaining("Only the elector");
        assertThatThrownBy(() -> engine.getTaskService().complete(first.getId(), Map.of(BallotCase.CHOICES, "[\"A\"]")))
                .as("no one signed in").isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> vote(election, "voter1", "A", "B"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Choose at most 1 candidates");
        assertThatThrownBy(() -> as("voter1", List.of(Roles.ELECTORS), () -> {
            engine.getTaskService().complete(first.getId(), Map.of());
            return null;
        })).isInstanceOf(BadUserRequestException.class).hasMessageContaining("Send choices");
        assertThatThrownBy(() -> as("voter1", List.of(Roles.ELECTORS), () -> {
            engine.getTaskService().complete(first.getId(), Map.of(BallotCase.CHOICES, "[]", "note", "x"));
            return null;
        })).isInstanceOf(BadUserRequestException.class).hasMessageContaining("takes only choices");

        vote(election, "voter1");
        assertThatThrownBy(() -> as("voter1", List.of(Roles.ELECTORS), () -> {
            engine.getTaskService().complete(first.getId(), Map.of(BallotCase.CHOICES, "[\"A\"]"));
            return null;
        })).as("a second ballot").isInstanceOf(ProcessEngineException.class);

        vote(election, "voter2", "A");
        close(election);
        Minutes minutes = ballots.minutes(election.getBusinessKey()).orElseThrow();
        assertThat(minutes.rounds()).singleElement().satisfies(round -> {
            assertThat(round.electors()).isEqualTo(3);
            assertThat(round.ballotsCast()).isEqualTo(2).isEqualTo(round.voters());
            assertThat(round.validBallots()).as("a blank ballot is valid").isEqualTo(2);
            assertThat(round.votes()).containsEntry("A", 1).containsEntry("B", 0);
        });
        assertThat(minutes.elected()).as("1 of 2 valid ballots is exactly half").isEmpty();
        assertThat(minutes.unfilled()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(election.getId()).count())
                .as("voter3's ballot closed unused").isZero();
    }

    @Test
    void onPaperATieForTheLastSeatGoesToAFurtherRound() {
        ProcessInstance election = open(Ballots.ofDirectors(2).among("A", "B", "C").onPaper());
        assertThat(election).isWaitingAt("UserTask_RecordPaperTally").task().hasCandidateGroup(Roles.SECRETARIAT);
        secretariat(election, "UserTask_RecordPaperTally", tally(100, 100, 98, 2, "A: 80\nB: 58\nC: 58"));

        assertThat(election).hasPassed("Gateway_FurtherRound").isWaitingAt("UserTask_RecordPaperTally");
        assertThat(variable(election, BallotCase.ROUND)).isEqualTo(2);
        assertThat(variable(election, BallotCase.ROUND_SEATS)).isEqualTo(1);
        secretariat(election, "UserTask_RecordPaperTally", tally(99, 98, 98, 0, "{\"B\": 55, \"C\": 43}"));

        assertThat(election).isEnded().hasPassed("EndEvent_ElectionDecided");
        Minutes minutes = ballots.minutes(election.getBusinessKey()).orElseThrow();
        assertThat(minutes.elected()).containsExactly("A", "B");
        assertThat(minutes.rounds()).hasSize(2);
        assertThat(minutes.rounds().get(0).votes()).containsEntry("B", 58).containsEntry("C", 58);
        assertThat(minutes.rounds().get(0).invalidBallots()).isEqualTo(2);
        assertThat(minutes.rounds().get(1).votes()).containsExactlyInAnyOrderEntriesOf(Map.of("B", 55, "C", 43));
        assertThat(minutes.reason()).contains("B, C tie: a further round for 1 seat.").contains("Round 2: 99 ballots issued");
        assertThat(minutes.reasonZh()).startsWith("第 1 轮：发出选票 100 张");
    }

    @Test
    void aPaperTallyThatDoesNotAddUpIsRefusedAndTheTaskStays() {
        ProcessInstance election = open(Ballots.ofDirectors(1).among("A", "B").onPaper());
        assertThatThrownBy(() -> secretariat(election, "UserTask_RecordPaperTally", tally(100, 101, 101, 0, "A: 60\nB: 41")))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("More ballots cast (101) than issued (100).");
        assertThatThrownBy(() -> secretariat(election, "UserTask_RecordPaperTally", tally(100, 100, 100, 0, "A: 60\nB: 41")))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("More votes in all (101)");
        assertThatThrownBy(() -> secretariat(election, "UserTask_RecordPaperTally", tally(100, 100, 100, 0, "A sixty")))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("one 'name: votes' per line");
        assertThat(election).isWaitingAt("UserTask_RecordPaperTally");
        assertThat(ballots.minutes(election.getBusinessKey())).isEmpty();
    }

    @Test
    void anElectionAskedWronglyIsRefusedWithEveryReason() {
        assertThatThrownBy(() -> open(Ballots.of("STANDING_COUNCIL", "DIRECTOR", 1).among("A")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("(electingBody) must be one of GENERAL_ASSEMBLY, COUNCIL.");
        assertThatThrownBy(() -> open(Ballots.of("COUNCIL", "TREASURER", 1).among("A")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("(office) must be one of DIRECTOR");
        assertThatThrownBy(() -> open(Ballots.of("COUNCIL", "DIRECTOR", 3).among("A", "A")))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("The directors are elected by the General Assembly, not the Council")
                .hasMessageContaining("More seats (3) than candidates (2).")
                .hasMessageContaining("Candidate A is listed twice.");
        assertThatThrownBy(() -> open(Ballots.ofDirectors(1).among("A").electronically(List.of("voter1", "nobody-here"))))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Elector nobody-here is not a user of the application.");
        assertThatThrownBy(() -> open(Ballots.ofDirectors(1).among("A").electronically(List.of("manager"))))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("add them to the group electors");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(BallotCase.PROCESS_KEY).processInstanceBusinessKeyLike("BAL-%").count()
                - engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(BallotCase.PROCESS_KEY)
                        .active().count()).isZero();
    }

    /** A meeting of the body on the engine's day whose attendance was recorded: so many present in person and by proxy. */
    private String meetingWith(String body, int inPerson, int byProxy) {
        String key = "MTG-BAL-T-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO gov_meeting (business_key, body, meeting_date, by_communication, seats, status, opened_at,
                    present_in_person, present_by_proxy) VALUES (?, ?, ?, FALSE, 300, 'HELD', ?, ?, ?)""")
                .params(key, body, LocalDate.now(clock), java.time.LocalDateTime.now(clock), inPerson, byProxy).update();
        return key;
    }

    @Test
    void aPaperBallotAtAMeetingIssuesNoMoreBallotsThanArePresentAndTheMeetingsMinutesShowItsResolution() {
        String assembly = meetingWith("GENERAL_ASSEMBLY", 200, 5);
        ProcessInstance election = open(Ballots.ofDirectors(1).among("A", "B").onPaper()
                .with(BallotCase.MEETING_NUMBER, " " + assembly + " "));
        assertThatThrownBy(() -> secretariat(election, "UserTask_RecordPaperTally", tally(206, 206, 206, 0, "A: 150\nB: 56")))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("206 ballots issued, more than the 205 present at meeting " + assembly + ".");
        secretariat(election, "UserTask_RecordPaperTally", tally(205, 205, 205, 0, "A: 150\nB: 55"));

        Minutes decided = ballots.minutes(election.getBusinessKey()).orElseThrow();
        MeetingRecords.Minutes minutes = meetings.minutes(assembly).orElseThrow();
        assertThat(minutes.elections()).singleElement().satisfies(held -> {
            assertThat(held.ballotKey()).isEqualTo(election.getBusinessKey());
            assertThat(held.resolutionNumber()).isEqualTo(decided.resolutionNumber());
            assertThat(held.elected()).containsExactly("A");
            assertThat(held.reason()).contains("205 ballots issued");
        });
    }

    @Test
    void anElectronicBallotAtAMeetingGivesABallotToEachOfThoseRecordedPresent() {
        try {
            rosters.record(RosterBody.COUNCIL, "第五届会员代表大会选举", ActKind.ELECTION, LocalDate.now(clock),
                    electors.stream().map(id -> new NewMember("理事 " + id, "单位 " + id, true, false, null, id, null))
                            .toList(), "clerk", user -> true);
            String council = meetingWith("COUNCIL", 2, 0);
            List<Rosters.Entry> directors = rosters.members(RosterBody.COUNCIL, LocalDate.now(clock));
            for (int i = 0; i < directors.size(); i++) {
                jdbc.sql("""
                        INSERT INTO gov_meeting_attendee (meeting_key, roster_number, position, name, organisation, attendance)
                        VALUES (?, ?, ?, ?, ?, ?)""").params(council, directors.get(i).rosterNumber(), i,
                        directors.get(i).name(), directors.get(i).organisation(), i < 2 ? "IN_PERSON" : "ABSENT").update();
            }
            ProcessInstance election = open(Ballots.of("COUNCIL", "EXECUTIVE_DIRECTOR", 1).among("理事 voter1", "理事 voter2")
                    .with(BallotCase.MODE, "ELECTRONIC").with(BallotCase.MEETING_NUMBER, council));
            assertThat(engine.getTaskService().createTaskQuery().processInstanceId(election.getId())
                    .taskDefinitionKey(BallotCase.CAST_BALLOT).list()).extracting(Task::getAssignee)
                    .containsExactlyInAnyOrderElementsOf(directors.subList(0, 2).stream().map(Rosters.Entry::userId).toList());
            engine.getRuntimeService().deleteProcessInstance(election.getId(), "test clean-up", true);

            assertThatThrownBy(() -> open(Ballots.ofDirectors(1).among("A").onPaper().with(BallotCase.MEETING_NUMBER, council)))
                    .isInstanceOf(BadUserRequestException.class)
                    .hasMessageContaining("Meeting " + council + " is one of the Council, not of the General Assembly.");
            assertThatThrownBy(() -> open(Ballots.ofDirectors(1).among("A").onPaper()
                    .with(BallotCase.MEETING_NUMBER, "MTG-1999-0001")))
                    .isInstanceOf(BadUserRequestException.class).hasMessageContaining("No meeting MTG-1999-0001.");
        } finally {
            Resolutions.emptyRosters(jdbc);
        }
    }
}
