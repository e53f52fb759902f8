package cn.chia.governance.meeting;

import static cn.chia.governance.meeting.MeetingCase.AGENDA_CASES;
import static cn.chia.governance.meeting.MeetingCase.AGENDA_MATTERS;
import static cn.chia.governance.meeting.MeetingCase.AGENDA_SUMMARY;
import static cn.chia.governance.meeting.MeetingCase.AGENDA_TITLES;
import static cn.chia.governance.meeting.MeetingCase.BODY;
import static cn.chia.governance.meeting.MeetingCase.PROCESS_KEY;
import static cn.chia.governance.meeting.MeetingCase.QUORUM_MET;
import static cn.chia.governance.meeting.MeetingCase.SEATS;
import static cn.chia.governance.meeting.Meetings.Step.CONFIRM_AGENDA;
import static cn.chia.governance.meeting.Meetings.Step.RECORD_ATTENDANCE;
import static cn.chia.governance.meeting.Meetings.Step.RECORD_VOTES;
import static cn.chia.governance.process.WaitingCase.CASE_NUMBER;
import static cn.chia.governance.process.WaitingCase.DECIDING_BODY;
import static cn.chia.governance.process.WaitingCase.DECISION_OUTCOME;
import static cn.chia.governance.process.WaitingCase.DECISION_REASON_ZH;
import static cn.chia.governance.process.WaitingCase.DECISION_TAKEN;
import static cn.chia.governance.process.WaitingCase.RESOLUTION_NUMBER;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.chia.governance.Resolutions;
import cn.chia.governance.charter.ActKind;
import cn.chia.governance.charter.AttendanceRoll.Presence;
import cn.chia.governance.charter.RosterBody;

import cn.chia.governance.process.ProcessTest;
import cn.chia.governance.process.WaitingCases;

import cn.chia.governance.register.MeetingRecords;
import cn.chia.governance.register.MeetingReports;
import cn.chia.governance.register.MeetingRecords.Attendee;
import cn.chia.governance.register.Rosters;
import cn.chia.governance.register.Rosters.NewMember;
import cn.chia.governance.register.MeetingRecords.Minutes;
import cn.chia.governance.register.MeetingRecords.Resolution;
import cn.chia.governance.register.MeetingRecords.Status;

/** The governance meeting, path by path. The Council has 90 seats and the Standing Council 30 (application.yaml). */
@ProcessTest
class GovernanceMeetingProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taskService;
    @Autowired
    MeetingRecords meetings;

    @Autowired
    Rosters rosters;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    WaitingCases cases;

    @BeforeEach
    void cleanEngine() {
        init(engine);
        cases = new WaitingCases(engine);
        cases.clearAll();
        Resolutions.emptyRosters(jdbc);
    }

    @AfterEach
    void noRosters() {
        Resolutions.emptyRosters(jdbc);
    }

    // --- attendance by name, for a body with a recorded roster

    @Test
    void aCouncilOfOneTakesItsAttendanceByNameAndDecides() {
        List<Long> council = councilOf(1);
        ProcessInstance admission = cases.open("APP-2026-900020", "ADMISSION", "Ma Yi");
        ProcessInstance meeting = openMeetingToday(Meetings.ofTheCouncil());
        assertThat(meeting).variables().containsEntry(SEATS, 1).containsEntry(MeetingCase.BY_NAME, true);
        assertThat(engine.getRuntimeService().getVariableTyped(meeting.getId(), MeetingCase.ROSTER_OPTIONS).getType()
                .getName()).as("Tasklist sends a checklist back with the type of its options: a JSON tree passes the"
                        + " engine's guard, a Java list would not").isEqualTo("json");
        complete(task(meeting), Meetings.agendaAsGathered());

        complete(task(RECORD_ATTENDANCE.id, meeting), Meetings.attendanceByName().inPerson(council.get(0)).build());
        assertThat(meeting).variables().containsEntry(QUORUM_MET, true).containsEntry(MeetingCase.PRESENT_IN_PERSON, 1)
                .containsEntry(MeetingCase.PRESENT_BY_PROXY, 0);
        recordVotes(meeting, "APP-2026-900020", 1, 0, 0);

        assertThat(admission).isEnded().hasPassed("EndEvent_Adopted");
        Minutes minutes = meetings.minutes(meeting.getBusinessKey()).orElseThrow();
        assertThat(minutes.attendance()).extracting(Attendee::name, Attendee::attendance)
                .containsExactly(tuple("理事1", Presence.IN_PERSON));
        assertThat(minutes.resolutions().get(0).presentInPerson()).isEqualTo(1);
    }

    @Test
    void aCouncilOfNinetyByNameDerivesTheCountsAndTheMinutesNameEveryone() {
        List<Long> council = councilOf(90);
        cases.open("APP-2026-900021", "ADMISSION", "Niu Er");
        ProcessInstance meeting = openMeetingToday(Meetings.ofTheCouncil());
        assertThat(meeting).variables().containsEntry(SEATS, 90);
        complete(task(meeting), Meetings.agendaAsGathered());

        // 60 in person, the 61st represented by the first (at the limit of one proxy), two excused, 27 absent
        complete(task(RECORD_ATTENDANCE.id, meeting), Meetings.attendanceByName().inPerson(council.subList(0, 60))
                .represents(council.get(0), council.get(60)).excused(council.get(61), council.get(62)).build());

        assertThat(meeting).isWaitingAt(RECORD_VOTES.id).variables().containsEntry(QUORUM_MET, true)
                .containsEntry(MeetingCase.PRESENT_IN_PERSON, 60).containsEntry(MeetingCase.PRESENT_BY_PROXY, 1);
        List<Attendee> attendance = meetings.minutes(meeting.getBusinessKey()).orElseThrow().attendance();
        assertThat(attendance).hasSize(90);
        assertThat(attendance).filteredOn(a -> a.attendance() == Presence.IN_PERSON).hasSize(60);
        assertThat(attendance.get(60)).extracting(Attendee::attendance, Attendee::representedBy, Attendee::representedByName)
                .containsExactly(Presence.BY_PROXY, council.get(0), "理事1");
        assertThat(attendance).filteredOn(a -> a.attendance() == Presence.EXCUSED).extracting(Attendee::name)
                .containsExactly("理事62", "理事63");
        assertThat(attendance).filteredOn(a -> a.attendance() == Presence.ABSENT).hasSize(27);
        assertThat(meetings.minutes(meeting.getBusinessKey()).orElseThrow().meeting().presentByProxy()).isEqualTo(1);
    }

    @Test
    void aRollByNameThatCannotBeRightIsRefusedWithTheReasonAndNothingIsRecorded() {
        List<Long> council = councilOf(90);
        cases.open("APP-2026-900022", "ADMISSION", "Hu San");
        ProcessInstance meeting = openMeetingToday(Meetings.ofTheCouncil());
        complete(task(meeting), Meetings.agendaAsGathered());
        List<Long> sixtyOne = council.subList(0, 61);
        long unknown = council.get(89) + 1000;

        assertThat(refusal(meeting, Meetings.attendanceByName().inPerson(sixtyOne).inPerson(unknown)))
                .contains("名册编号 " + unknown).contains("Roster number " + unknown + " is not on the meeting's roster.");
        assertThat(refusal(meeting, Meetings.attendanceByName().inPerson(sixtyOne).excused(council.get(0))))
                .contains("both present in person and excused");
        assertThat(refusal(meeting, Meetings.attendanceByName().inPerson(sixtyOne).represents(council.get(70), council.get(71))))
                .contains("The representative, roster number " + council.get(70) + ", must be present in person.");
        assertThat(refusal(meeting, Meetings.attendanceByName().inPerson(sixtyOne).withCounts(62, 0)))
                .contains("Present in person 62 disagrees with the 61 named.");
        assertThat(refusal(meeting, Meetings.attendanceByName().inPerson(sixtyOne).represents(council.get(0), council.get(61))
                .represents(council.get(0), council.get(62)))).as("one proxy over the limit of one")
                .contains("holds 2 proxies; one representative may hold at most 1.");
        Map<String, Object> countsAlone = Meetings.attendance(61, 0);
        assertThat(refusal(meeting, countsAlone)).contains("record the attendance by roster number");
        Map<String, Object> notNumbers = Meetings.attendanceByName().build();
        notNumbers.put(MeetingCase.ATTENDEES_IN_PERSON, List.of("Zhang San"));
        assertThat(refusal(meeting, notNumbers)).contains("give roster numbers");

        assertThat(meeting).isWaitingAt(RECORD_ATTENDANCE.id);
        assertThat(meetings.minutes(meeting.getBusinessKey()).orElseThrow().attendance())
                .allSatisfy(a -> assertThat(a.attendance()).isNull());
        assertThat(meetings.minutes(meeting.getBusinessKey()).orElseThrow().meeting().presentInPerson()).isNull();

        complete(task(RECORD_ATTENDANCE.id, meeting), Meetings.attendanceByName().inPerson(sixtyOne).withCounts(61, 0).build());
        assertThat(meeting).isWaitingAt(RECORD_VOTES.id);
    }

    @Test
    void withoutARosterNamesAreRefusedAndCountsAreRequired() {
        cases.open("APP-2026-900023", "ADMISSION", "Lu Si");
        ProcessInstance meeting = openMeetingToday(Meetings.ofTheCouncil());
        assertThat(meeting).variables().containsEntry(MeetingCase.BY_NAME, false);
        complete(task(meeting), Meetings.agendaAsGathered());
        assertThat(refusal(meeting, Meetings.attendanceByName().inPerson(1L))).contains("no recorded roster");
        assertThat(refusal(meeting, Map.of())).contains("present in person");
        recordAttendance(meeting, 61, 0);
        assertThat(meeting).isWaitingAt(RECORD_VOTES.id);
        assertThat(meetings.minutes(meeting.getBusinessKey()).orElseThrow().attendance()).isEmpty();
    }

    // --- meetings by communication: the members vote themselves, by name

    @Test
    void byCommunicationEachDirectorGetsABallotAndTheTallyOfTheNamedVotesFollowsTheCharter() {
        List<Long> council = councilWithAccounts("dir-zhang", "dir-wang", null);
        ProcessInstance first = cases.open("APP-2026-900030", "ADMISSION", "Qian Yi");
        ProcessInstance second = cases.open("APP-2026-900031", "ADMISSION", "Qian Er");
        LocalDate today = LocalDate.now(clock);
        ProcessInstance meeting = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, Meetings.ofTheCouncil()
                .on(today).byCommunication("疫情期间无法现场开会 The pandemic keeps the directors apart", today.plusDays(7))
                .build());
        complete(task(meeting), Meetings.removing(others(meeting, "APP-2026-900030", "APP-2026-900031")));

        List<Task> ballots = ballots(meeting);
        assertThat(ballots).extracting(Task::getAssignee).containsExactlyInAnyOrder("dir-zhang", "dir-wang", null);
        Task written = ballots.stream().filter(t -> t.getAssignee() == null).findFirst().orElseThrow();
        assertThat(taskService.getIdentityLinksForTask(written.getId())).extracting(l -> l.getGroupId())
                .containsExactly("secretariat");
        assertThat(written.getName()).contains("Record the vote received from 理事3");
        assertThat(ballots).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(java.util.Date.from(today.plusDays(8)
                .atStartOfDay(cn.chia.governance.process.ProcessConfiguration.ASSOCIATION_ZONE).toInstant())));
        assertThat(engine.getRuntimeService().getVariableTyped(written.getExecutionId(), MeetingCase.BALLOT).getType()
                .getName()).as("Tasklist sends a checklist back with the type of its options").isEqualTo("json");

        Task zhang = ballot(meeting, "dir-zhang");
        assertThat(ballotRefusal(zhang, Meetings.ballot("APP-2026-900030", "FOR")))
                .contains("no vote yet on APP-2026-900031");
        assertThat(ballotRefusal(zhang, Meetings.ballot("APP-2026-900030", "YES", "APP-2026-900031", "FOR")))
                .contains("must be For (FOR), Against (AGAINST), Abstain (ABSTAIN), not 'YES'");
        assertThat(ballotRefusal(zhang, Meetings.ballot("APP-2026-900030", "FOR", "APP-2026-900031", "FOR",
                "APP-2026-999999", "FOR"))).contains("Case 'APP-2026-999999' is not on the agenda.");
        assertThat(ballotRefusal(zhang, Map.of(MeetingCase.BALLOT, "not a list"))).contains("is a list with one entry");

        taskService.complete(zhang.getId(), Meetings.ballot("APP-2026-900030", "FOR", "APP-2026-900031", "FOR"));
        taskService.complete(ballot(meeting, "dir-wang").getId(),
                Meetings.ballot("APP-2026-900030", "AGAINST", "APP-2026-900031", "FOR"));
        assertThat(meeting).isWaitingAt(Meetings.Step.CAST_BALLOT.id);
        // as Tasklist's checklist sends it: the options ticked, one per item
        assertThat(ballotRefusal(written, Map.of(MeetingCase.BALLOT, List.of("APP-2026-900030:FOR",
                "APP-2026-900030:AGAINST", "APP-2026-900031:FOR")))).contains("Case APP-2026-900030 is voted on once.");
        taskService.complete(written.getId(), Map.of(MeetingCase.BALLOT, List.of("APP-2026-900030:FOR",
                "APP-2026-900031:FOR")));

        assertThat(meeting).isEnded().hasPassed("ServiceTask_CloseVote", "ServiceTask_CountVotes", "EndEvent_MeetingHeld")
                .hasNotPassed("UserTask_RecordAttendance", "UserTask_RecordVotes");
        // 2 of 3 present in favour is exactly two thirds, not more: rejected; 3 of 3 adopted
        assertThat(first).isEnded().hasPassed("EndEvent_Rejected");
        assertThat(second).isEnded().hasPassed("EndEvent_Adopted");
        Minutes minutes = meetings.minutes(meeting.getBusinessKey()).orElseThrow();
        assertThat(minutes.meeting().byCommunication()).isTrue();
        assertThat(minutes.meeting().specialCircumstances()).isEqualTo("疫情期间无法现场开会 The pandemic keeps the directors apart");
        assertThat(minutes.meeting().votesDueBy()).isEqualTo(today.plusDays(7));
        assertThat(minutes.attendance()).extracting(Attendee::attendance).containsOnly(Presence.IN_PERSON);
        assertThat(minutes.resolutions()).extracting(Resolution::caseNumber, Resolution::votesFor, Resolution::votesAgainst,
                Resolution::presentInPerson, Resolution::outcome).containsExactlyInAnyOrder(
                        tuple("APP-2026-900030", 2, 1, 3, "REJECTED"), tuple("APP-2026-900031", 3, 0, 3, "ADOPTED"));
        assertThat(minutes.votes()).extracting(MeetingRecords.NamedVote::caseNumber, MeetingRecords.NamedVote::name,
                v -> v.vote().name(), MeetingRecords.NamedVote::recordedBy).containsExactly(
                        tuple("APP-2026-900030", "理事1", "FOR", null), tuple("APP-2026-900030", "理事2", "AGAINST", null),
                        tuple("APP-2026-900030", "理事3", "FOR", "secretariat"),
                        tuple("APP-2026-900031", "理事1", "FOR", null), tuple("APP-2026-900031", "理事2", "FOR", null),
                        tuple("APP-2026-900031", "理事3", "FOR", "secretariat"));
        assertThat(council).hasSize(3);
    }

    @Test
    void aDirectorWhoHasNotVotedWhenTheVotesAreDueIsAbsentAndThreeOfFourMakeTheQuorum() {
        List<Long> council = councilWithAccounts("dir-1", "dir-2", "dir-3", "dir-4");
        ProcessInstance admission = cases.open("APP-2026-900032", "ADMISSION", "Sun Yi");
        ProcessInstance meeting = openByCommunication(Meetings.ofTheCouncil(), "APP-2026-900032");
        for (String director : List.of("dir-1", "dir-2", "dir-3")) {
            taskService.complete(ballot(meeting, director).getId(), Meetings.ballot("APP-2026-900032", "FOR"));
        }
        votesAreDue(meeting);

        assertThat(meeting).isEnded().hasPassed("BoundaryEvent_VotesDue", "EndEvent_MeetingHeld");
        assertThat(admission).isEnded().hasPassed("EndEvent_Adopted");
        Minutes minutes = meetings.minutes(meeting.getBusinessKey()).orElseThrow();
        assertThat(minutes.attendance()).extracting(Attendee::rosterNumber, Attendee::attendance).containsExactly(
                tuple(council.get(0), Presence.IN_PERSON), tuple(council.get(1), Presence.IN_PERSON),
                tuple(council.get(2), Presence.IN_PERSON), tuple(council.get(3), Presence.ABSENT));
        assertThat(minutes.meeting().quorumReason()).startsWith("Quorum met: 3 of 4 directors present");
        assertThat(minutes.votes()).hasSize(3);
    }

    @Test
    void twoVotesOfFourAreNoQuorumAndTheMeetingByCommunicationIsAdjourned() {
        councilWithAccounts("dir-1", "dir-2", "dir-3", "dir-4");
        ProcessInstance admission = cases.open("APP-2026-900033", "ADMISSION", "Sun Er");
        ProcessInstance meeting = openByCommunication(Meetings.ofTheCouncil(), "APP-2026-900033");
        for (String director : List.of("dir-1", "dir-2")) {
            taskService.complete(ballot(meeting, director).getId(), Meetings.ballot("APP-2026-900033", "FOR"));
        }
        votesAreDue(meeting);

        assertThat(meeting).isEnded().hasPassed("EndEvent_MeetingAdjourned");
        assertThat(admission).isWaitingAt("Event_DecisionTaken");
        Minutes minutes = meetings.minutes(meeting.getBusinessKey()).orElseThrow();
        assertThat(minutes.meeting().status()).isEqualTo(Status.ADJOURNED);
        assertThat(minutes.attendance()).extracting(Attendee::attendance).containsExactly(Presence.IN_PERSON,
                Presence.IN_PERSON, Presence.ABSENT, Presence.ABSENT);
        assertThat(taskService.createTaskQuery().processInstanceId(meeting.getId()).count()).isZero();
    }

    @Test
    void theGeneralAssemblyMayNotMeetByCommunicationAndNothingIsRecorded() {
        long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, Meetings
                .ofTheGeneralAssembly().on("2026-12-01").byCommunication("特殊情况 Special", LocalDate.of(2026, 12, 8)).build()))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("会员代表大会不得以通讯方式召开")
                .hasMessageContaining("The General Assembly may not meet by communication");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count())
                .isEqualTo(before);
    }

    @Test
    void aMeetingByCommunicationStatesItsSpecialCircumstancesAndWhenTheVotesAreDueAndNeedsARoster() {
        LocalDate today = LocalDate.now(clock);
        assertThat(openingRefusal(Meetings.ofTheStandingCouncil().on(today).byCommunication("  ", today)))
                .contains("请说明需以通讯方式召开会议的特殊情况").contains("Describe the special circumstances")
                .contains("has no recorded roster");
        councilWithAccounts("dir-1");
        assertThat(openingRefusal(Meetings.ofTheCouncil().on(today).byCommunication("特殊情况 Special", null)))
                .contains("Enter the day by which the votes are due.").doesNotContain("roster");
        assertThat(openingRefusal(Meetings.ofTheCouncil().on(today).byCommunication("特殊情况 Special", today.minusDays(1))))
                .contains("The votes cannot be due (" + today.minusDays(1) + ") before the meeting's day");
        assertThat(openingRefusal(Meetings.ofTheCouncil().on(today).byCommunication("特".repeat(2001), today)))
                .contains("at most 2000 characters");
        ProcessInstance sameDay = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
                Meetings.ofTheCouncil().on(today).byCommunication("特殊情况 Special", today).build());
        assertThat(meetings.minutes(sameDay.getBusinessKey()).orElseThrow().meeting().votesDueBy()).isEqualTo(today);
    }

    /** Records a Council whose directors have these accounts ({@code null}: none), from yesterday. */
    private List<Long> councilWithAccounts(String... accounts) {
        List<NewMember> members = IntStream.range(0, accounts.length).mapToObj(i -> new NewMember("理事" + (i + 1),
                "单位" + (i + 1), true, false, null, accounts[i], null)).toList();
        return rosters.record(RosterBody.COUNCIL, "第五届会员代表大会选举", ActKind.ELECTION, LocalDate.now(clock).minusDays(1),
                members, "clerk", user -> true).members().stream().map(Rosters.Entry::rosterNumber).toList();
    }

    /** Opens a meeting by communication today, votes due in a week, with only this case on its agenda. */
    private ProcessInstance openByCommunication(Meetings meeting, String caseNumber) {
        LocalDate today = LocalDate.now(clock);
        ProcessInstance opened = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
                meeting.on(today).byCommunication("特殊情况 Special circumstances", today.plusDays(7)).build());
        complete(task(opened), Meetings.removing(others(opened, caseNumber)));
        return opened;
    }

    /** The cases on the meeting's agenda other than these (other tests' cases may be waiting too). */
    @SuppressWarnings("unchecked")
    private List<String> others(ProcessInstance meeting, String... kept) {
        return ((List<String>) runtimeService().getVariable(meeting.getId(), AGENDA_CASES)).stream()
                .filter(c -> !List.of(kept).contains(c)).toList();
    }

    private List<Task> ballots(ProcessInstance meeting) {
        return taskService.createTaskQuery().processInstanceId(meeting.getId())
                .taskDefinitionKey(Meetings.Step.CAST_BALLOT.id).list();
    }

    private Task ballot(ProcessInstance meeting, String assignee) {
        return taskService.createTaskQuery().processInstanceId(meeting.getId())
                .taskDefinitionKey(Meetings.Step.CAST_BALLOT.id).taskAssignee(assignee).singleResult();
    }

    /** The vote closes: its timer fires (whatever the clock says). */
    private void votesAreDue(ProcessInstance meeting) {
        var management = engine.getManagementService();
        management.executeJob(management.createJobQuery().processInstanceId(meeting.getId()).timers().singleResult()
                .getId());
    }

    private String ballotRefusal(Task ballot, Map<String, Object> sent) {
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> taskService.complete(ballot.getId(), sent));
        assertThat(refused).as("refused").isNotNull();
        while (refused.getCause() != null) {
            refused = refused.getCause();
        }
        assertThat(refused).isInstanceOf(BadUserRequestException.class);
        assertThat(taskService.createTaskQuery().taskId(ballot.getId()).count()).isEqualTo(1);
        return refused.getMessage();
    }

    private String openingRefusal(Meetings meeting) {
        long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> engine.getRuntimeService()
                .startProcessInstanceByKey(PROCESS_KEY, meeting.build()));
        assertThat(refused).as("refused").isInstanceOf(BadUserRequestException.class);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count())
                .isEqualTo(before);
        return refused.getMessage();
    }

    /** Records a Council of {@code people} directors from yesterday; answers their roster numbers in order. */
    private List<Long> councilOf(int people) {
        List<NewMember> members = IntStream.rangeClosed(1, people).mapToObj(i -> new NewMember("理事" + i, "单位" + i, true,
                false, null, null, null)).toList();
        return rosters.record(RosterBody.COUNCIL, "第五届会员代表大会选举", ActKind.ELECTION, LocalDate.now(clock).minusDays(1),
                members, "clerk", user -> false).members().stream().map(Rosters.Entry::rosterNumber).toList();
    }

    private ProcessInstance openMeetingToday(Meetings meeting) {
        return engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
                meeting.on(LocalDate.now(clock)).inPerson().build());
    }

    private String refusal(ProcessInstance meeting, Meetings.Roll roll) {
        return refusal(meeting, roll.build());
    }

    /** The refusal of a roll: the task stays open. */
    private String refusal(ProcessInstance meeting, Map<String, Object> roll) {
        String taskId = task(RECORD_ATTENDANCE.id, meeting).getId();
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> taskService.complete(taskId, roll));
        assertThat(refused).as("refused").isNotNull();
        while (refused.getCause() != null) {
            refused = refused.getCause();
        }
        assertThat(refused).isInstanceOf(BadUserRequestException.class);
        assertThat(task(RECORD_ATTENDANCE.id, meeting).getId()).isEqualTo(taskId);
        return refused.getMessage();
    }

    @Test
    void aCouncilMeetingWithQuorumDecidesEachItemAndSendsTheDecisionToItsCase() {
        ProcessInstance admission = cases.open("APP-2026-900001", "ADMISSION", "Zhang San");
        ProcessInstance expulsion = cases.open("EXP-2026-9001", "EXPULSION", "Li Si");
        ProcessInstance meeting = openMeeting(Meetings.ofTheCouncil());

        assertThat(meeting).isWaitingAt(CONFIRM_AGENDA.id).task().hasCandidateGroup("secretariat");
        assertThat(meeting).variables().containsEntry(AGENDA_CASES, List.of("APP-2026-900001", "EXP-2026-9001"));
        complete(task(meeting));
        recordAttendance(meeting, 61, 0);
        assertThat(meeting).variables().containsEntry(QUORUM_MET, true);

        assertThat(openVoteItems(meeting)).as("the items are taken in the agenda's order, one at a time")
                .containsExactly("APP-2026-900001");
        recordVotes(meeting, "APP-2026-900001", 41, 15, 5);
        assertThat(openVoteItems(meeting)).containsExactly("EXP-2026-9001");
        recordVotes(meeting, "EXP-2026-9001", 40, 20, 1);

        assertThat(meeting).isEnded().hasPassed("ServiceTask_CloseMinutes").hasPassed("EndEvent_MeetingHeld");
        assertThat(admission).isEnded().hasPassed("EndEvent_Adopted");
        assertThat(expulsion).isEnded().hasPassed("EndEvent_Rejected");

        Minutes minutes = meetings.minutes(meeting.getBusinessKey()).orElseThrow();
        assertThat(minutes.meeting().status()).isEqualTo(Status.HELD);
        assertThat(minutes.resolutions()).extracting(Resolution::caseNumber, Resolution::outcome, Resolution::votesFor)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("APP-2026-900001", "ADOPTED", 41),
                        org.assertj.core.groups.Tuple.tuple("EXP-2026-9001", "REJECTED", 40));
        Resolution adopted = minutes.resolutions().stream()
                .filter(r -> r.caseNumber().equals("APP-2026-900001")).findFirst().orElseThrow();
        assertThat(adopted.resolutionNumber()).matches("RES-\\d{4}-\\d{4}");
        assertThat(adopted.reason())
                .isEqualTo("Adopted: 41 of 61 directors present voted in favour; more than two thirds requires at least 41.");
        assertThat(adopted.reasonZh()).isEqualTo("通过：出席的 61 名理事中 41 名赞成；超过三分之二需至少 41 名。");
        assertThat(historicVariable(admission, DECISION_REASON_ZH)).as("the case gets the reason in both languages")
                .isEqualTo(adopted.reasonZh());
        assertThat(adopted.clause()).isNotBlank();
        assertThat(historicVariable(admission, RESOLUTION_NUMBER)).isEqualTo(adopted.resolutionNumber());
        assertThat(historicVariable(admission, DECIDING_BODY)).isEqualTo("COUNCIL");
    }

    @Test
    void aMeetingDatedTomorrowRecordsItsAttendanceNotTodayButOnItsDayAndItsResolutionCarriesItsDate() {
        cases.open("APP-2026-900031", "ADMISSION", "Qin Shi");
        LocalDate meetingDay = LocalDate.now(clock).plusDays(1);
        ProcessInstance meeting = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
                Meetings.ofTheCouncil().on(meetingDay).inPerson().build());
        complete(task(meeting));
        try {
            // the last minute of the day before, in the association's time zone
            at(meetingDay.minusDays(1), 23, 59);
            assertThat(refusal(meeting, Meetings.attendance(61, 0))).contains("出席情况须在会议当日或之后登记")
                    .contains("its attendance is recorded on that day or later");
            assertThat(meeting).isWaitingAt(RECORD_ATTENDANCE.id);
            assertThat(meetings.minutes(meeting.getBusinessKey()).orElseThrow().meeting().presentInPerson()).isNull();

            at(meetingDay, 0, 1); // the meeting's day
            recordAttendance(meeting, 61, 0);
            assertThat(meeting).variables().containsEntry(QUORUM_MET, true);
            at(meetingDay.plusDays(2), 10, 0); // the clerk records the votes two days later
            recordVotes(meeting, "APP-2026-900031", 41, 15, 5);
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
        Resolution resolution = meetings.minutes(meeting.getBusinessKey()).orElseThrow().resolutions().get(0);
        assertThat(resolution.date()).as("the meeting's day").isEqualTo(meetingDay);
        assertThat(resolution.decidedAt().toLocalDate()).as("when it was recorded").isEqualTo(meetingDay.plusDays(2));
    }

    /** Moves the engine's clock (and the application's) to {@code day} at {@code hour:minute} in Beijing. */
    private static void at(LocalDate day, int hour, int minute) {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(day.atTime(hour, minute)
                .atZone(cn.chia.governance.process.ProcessConfiguration.ASSOCIATION_ZONE).toInstant()));
    }

    @Test
    void aMeetingIsNumberedAndRecordedWhenOpened() {
        ProcessInstance meeting = openMeeting(Meetings.ofTheStandingCouncil());
        assertThat(meeting.getBusinessKey()).matches("MTG-\\d{4}-\\d{4}");
        assertThat(meetings.minutes(meeting.getBusinessKey()).orElseThrow().meeting().seats()).isEqualTo(30);
        assertThat(meeting).variables().containsEntry(SEATS, 30)
                .containsEntry(MeetingCase.MEETING_DATE_SHOWN, "2026年12月1日 1 December 2026");
    }

    @Test
    void withoutQuorumTheMeetingIsAdjournedAndItsCasesKeepWaiting() {
        ProcessInstance admission = cases.open("APP-2026-900002", "ADMISSION", "Wang Wu");
        ProcessInstance meeting = openMeeting(Meetings.ofTheCouncil());
        complete(task(meeting));
        recordAttendance(meeting, 60, 0);

        assertThat(meeting).isEnded().hasPassed("EndEvent_MeetingAdjourned");
        assertThat(admission).isWaitingAt("Event_DecisionTaken");
        MeetingRecords.Meeting record = meetings.minutes(meeting.getBusinessKey()).orElseThrow().meeting();
        assertThat(record.status()).isEqualTo(Status.ADJOURNED);
        assertThat(record.quorumReason())
                .isEqualTo("Quorum not met: 60 of 90 directors present; more than two thirds requires at least 61.");
    }

    @Test
    void representativesByProxyCountAsPresentAtTheCouncil() {
        cases.open("APP-2026-900003", "ADMISSION", "Zhao Liu");
        ProcessInstance meeting = openMeeting(Meetings.ofTheCouncil());
        complete(task(meeting));
        recordAttendance(meeting, 50, 11);
        assertThat(meeting).isWaitingAt(RECORD_VOTES.id);
        assertThat(meeting).variables().containsEntry(QUORUM_MET, true);
    }

    @Test
    void theBodyAndSeatsOfAMeetingAreThoseItOpenedWithWhateverAFormSendsBack() {
        cases.open("APP-2026-900010", "ADMISSION", "Han Shiyi");
        ProcessInstance meeting = openMeeting(Meetings.ofTheCouncil());
        complete(task(meeting));
        // Tasklist sends the read-only fields back as text; a REST client could send anything
        Map<String, Object> rollWithTheReadOnlyFieldsChanged = Meetings.attendance(60, 0);
        rollWithTheReadOnlyFieldsChanged.put(SEATS, "60");
        rollWithTheReadOnlyFieldsChanged.put(BODY, "STANDING_COUNCIL");
        complete(task(RECORD_ATTENDANCE.id, meeting), rollWithTheReadOnlyFieldsChanged);
        assertThat(meeting).isEnded().hasPassed("EndEvent_MeetingAdjourned");
        assertThat(meetings.minutes(meeting.getBusinessKey()).orElseThrow().meeting().quorumReason())
                .isEqualTo("Quorum not met: 60 of 90 directors present; more than two thirds requires at least 61.");
    }

    @Test
    void anImpossibleAttendanceIsRefusedOnSubmitAndTheTaskStaysWithTheClerk() {
        cases.open("APP-2026-900004", "ADMISSION", "Sun Qi");
        ProcessInstance meeting = openMeeting(Meetings.ofTheStandingCouncil());
        complete(task(meeting));
        Task roll = task(RECORD_ATTENDANCE.id, meeting);
        taskService.claim(roll.getId(), "clerk");

        assertThatThrownBy(() -> taskService.complete(roll.getId(), Meetings.attendance(20, 2)))
                .as("proxies are for the Council only").hasRootCauseInstanceOf(BadUserRequestException.class)
                .rootCause().hasMessage("常务理事会不允许委托出席，但登记了 2 名委托出席者。 The Standing Council does not allow proxies,"
                        + " but 2 executive directors are recorded present by proxy.");
        assertThatThrownBy(() -> taskService.complete(roll.getId(), Meetings.attendance(31, 0)))
                .as("more than the 30 seats").hasRootCauseInstanceOf(BadUserRequestException.class)
                .rootCause().hasMessageStartingWith("常务理事会共有 30 名常务理事，但登记出席 31 名（亲自出席 31 名，委托出席 0 名）。 The Standing Council has 30");
        Task still = task(RECORD_ATTENDANCE.id, meeting);
        assertThat(still.getId()).as("the same task, not a new one").isEqualTo(roll.getId());
        assertThat(still.getAssignee()).isEqualTo("clerk");
        assertThat(engine.getRuntimeService().getVariable(meeting.getId(), MeetingCase.PRESENT_IN_PERSON))
                .as("nothing recorded").isNull();
        assertThat(meetings.minutes(meeting.getBusinessKey()).orElseThrow().meeting().quorumReason()).isNull();

        taskService.complete(roll.getId(), Meetings.attendance(21, 0));
        assertThat(meeting).isWaitingAt(RECORD_VOTES.id);
    }

    @Test
    void aTallyThatDoesNotAddUpIsRefusedOnSubmitAndTheTaskStaysWithTheClerk() {
        ProcessInstance admission = cases.open("APP-2026-900005", "ADMISSION", "Zhou Ba");
        ProcessInstance meeting = openMeeting(Meetings.ofTheStandingCouncil());
        complete(task(meeting));
        recordAttendance(meeting, 21, 0);
        Task votes = votesTask(meeting, "APP-2026-900005");
        taskService.claim(votes.getId(), "clerk");

        assertThatThrownBy(() -> recordVotes(meeting, "APP-2026-900005", 20, 2, 0))
                .hasRootCauseInstanceOf(BadUserRequestException.class).rootCause()
                .hasMessageStartingWith("登记了 22 票（赞成 20 票，反对 2 票，弃权 0 票），但出席常务理事仅 21 名。 22 votes are recorded");
        assertThatThrownBy(() -> recordVotes(meeting, "APP-2026-900005", -1, 2, 0))
                .hasRootCauseInstanceOf(BadUserRequestException.class).rootCause().hasMessage("人数、票数须为不小于 0 的整数。 The number of votes in favour cannot be -1.");
        Task stillVotes = votesTask(meeting, "APP-2026-900005");
        assertThat(stillVotes.getId()).as("the same task, not a new one").isEqualTo(votes.getId());
        assertThat(stillVotes.getAssignee()).isEqualTo("clerk");
        assertThat(admission).isWaitingAt("Event_DecisionTaken");

        recordVotes(meeting, "APP-2026-900005", 15, 6, 0);
        assertThat(admission).isEnded().hasPassed("EndEvent_Adopted");
        assertThat(meeting).isEnded().hasPassed("EndEvent_MeetingHeld");
    }

    @Test
    void votesThatAddUpToThosePresentAreTakenAndOneShortIsRefusedUnlessTheClerkRecordsWhoDidNotVote() {
        ProcessInstance admission = cases.open("APP-2026-900040", "ADMISSION", "Gao Yi");
        ProcessInstance meeting = openMeeting(Meetings.ofTheStandingCouncil());
        complete(task(meeting));
        recordAttendance(meeting, 21, 0);
        Task votes = votesTask(meeting, "APP-2026-900040");

        assertThatThrownBy(() -> taskService.complete(votes.getId(), Meetings.votes(15, 5, 0)))
                .hasRootCauseInstanceOf(BadUserRequestException.class).rootCause()
                .hasMessage("赞成 15 票、反对 5 票、弃权 0 票，合计 20 票，与出席常务理事 21 名（亲自出席 21 名，委托出席 0 名）不符，相差 1 名；"
                        + "如有出席者未投票，请在“未投票”栏登记人数。 15 in favour, 5 against, 0 abstentions make 20, not the"
                        + " 21 executive directors present (21 in person, 0 by proxy): 1 not accounted for; if some of those"
                        + " present did not vote, record how many under \"did not vote\". (Standing Council: resolutions)");
        assertThatThrownBy(() -> taskService.complete(votes.getId(), Meetings.votes(15, 5, 0, 2)))
                .hasRootCauseInstanceOf(BadUserRequestException.class).rootCause()
                .hasMessageContaining("加未投票 2 名，合计 22 名").hasMessageContaining("and 2 who did not vote, make 22");
        assertThat(taskService.createTaskQuery().taskId(votes.getId()).singleResult()).as("the task stays").isNotNull();

        taskService.complete(votes.getId(), Meetings.votes(15, 5, 0, 1));
        assertThat(meeting).isWaitingAt(Meetings.Step.CONFIRM_RESOLUTION.id);
        assertThat(admission).as("nothing is numbered before the clerk confirms").isWaitingAt("Event_DecisionTaken");
        taskService.complete(lastLook(meeting).getId(), Meetings.confirmed());
        assertThat(meetings.minutes(meeting.getBusinessKey()).orElseThrow().resolutions())
                .extracting(Resolution::votesFor, Resolution::didNotVote).containsExactly(tuple(15, 1));
    }

    @Test
    void votesThatAddUpExactlyNeedNoDidNotVote() {
        cases.open("APP-2026-900041", "ADMISSION", "Gao Er");
        ProcessInstance meeting = openMeeting(Meetings.ofTheStandingCouncil());
        complete(task(meeting));
        recordAttendance(meeting, 21, 0);
        taskService.complete(votesTask(meeting, "APP-2026-900041").getId(), Meetings.votes(15, 5, 1));
        assertThat(meeting).isWaitingAt(Meetings.Step.CONFIRM_RESOLUTION.id);
        taskService.complete(lastLook(meeting).getId(), Meetings.confirmed());
        assertThat(meetings.minutes(meeting.getBusinessKey()).orElseThrow().resolutions())
                .extracting(Resolution::didNotVote).as("none recorded").containsExactly((Integer) null);
    }

    @Test
    void theLastLookShowsCountsRuleAndOutcomeAndACorrectionChangesTheResolutionNumberedOnlyOnConfirmation() {
        ProcessInstance admission = cases.open("APP-2026-900042", "ADMISSION", "Gao San");
        ProcessInstance next = cases.open("APP-2026-900043", "ADMISSION", "Gao Si");
        ProcessInstance meeting = openMeeting(Meetings.ofTheStandingCouncil());
        assertThat(meeting).variables().containsEntry(MeetingCase.MEETING_NUMBER, meeting.getBusinessKey());
        assertThat(task(meeting).getDescription()).isEqualTo(meeting.getBusinessKey());
        complete(task(meeting));
        assertThat((String) taskService.getVariable(task(RECORD_ATTENDANCE.id, meeting).getId(), MeetingCase.LAST_STEP))
                .isEqualTo("议程已确认：待决事项 2 项。 Agenda confirmed: 2 items to decide.");
        recordAttendance(meeting, 21, 0);
        Task votes = votesTask(meeting, "APP-2026-900042");
        assertThat(votes.getDescription()).isEqualTo(meeting.getBusinessKey() + " · APP-2026-900042 · Gao San");
        assertThat((String) taskService.getVariable(votes.getId(), MeetingCase.LAST_STEP))
                .startsWith("已达法定人数：").contains("Quorum met: 21 of ");

        // a mistyped figure: 1 in favour where 10 (and 5 more) were meant
        taskService.complete(votes.getId(), Meetings.votes(1, 6, 0, 14));
        Task lastLook = lastLook(meeting);
        assertThat(lastLook.getDescription()).isEqualTo(meeting.getBusinessKey() + " · APP-2026-900042 · Gao San");
        assertThat((String) taskService.getVariable(lastLook.getId(), MeetingCase.LAST_LOOK)).isEqualTo(
                "票数 Votes: 赞成 1 票，反对 6 票，弃权 0 票，未投票 14 名；出席常务理事 21 名（亲自出席 21 名，委托出席 0 名）。"
                + " 1 in favour, 6 against, 0 abstaining, 14 did not vote; 21 executive directors present (21 in person,"
                + " 0 by proxy).\n"
                + "规则 Rule: 出席常务理事的超过三分之二，需赞成至少 15 票 more than two thirds of the executive directors present,"
                + " at least 15 in favour required (Standing Council: resolutions).\n"
                + "结果 Outcome: 未通过 Rejected\n"
                + "理由 Reason: 未通过：出席的 21 名常务理事中 1 名赞成；超过三分之二需至少 15 名。 Rejected: 1 of 21 executive"
                + " directors present voted in favour; more than two thirds requires at least 15.");
        assertThat(meetings.minutes(meeting.getBusinessKey()).orElseThrow().resolutions())
                .as("nothing numbered before the clerk confirms").isEmpty();
        assertThat(admission).isWaitingAt("Event_DecisionTaken");

        assertThatThrownBy(() -> taskService.complete(lastLook.getId(), Map.of(MeetingCase.LAST_LOOK_CHOICE, "MAYBE")))
                .hasRootCauseInstanceOf(BadUserRequestException.class).rootCause()
                .hasMessageStartingWith("请选择“确认并编号决议”（CONFIRM）或“返回更正票数”（CORRECT）；收到：MAYBE。");
        taskService.complete(lastLook.getId(), Meetings.corrected());
        Task again = votesTask(meeting, "APP-2026-900042");
        assertThat(taskService.getVariable(again.getId(), MeetingCase.VOTES_FOR)).as("the votes as entered").isEqualTo(1);
        assertThat((String) taskService.getVariable(again.getId(), MeetingCase.LAST_STEP)).startsWith("已退回更正");
        assertThat(meetings.minutes(meeting.getBusinessKey()).orElseThrow().resolutions()).isEmpty();

        taskService.complete(again.getId(), Meetings.votes(16, 5, 0, 0));
        assertThat((String) taskService.getVariable(lastLook(meeting).getId(), MeetingCase.LAST_LOOK))
                .contains("结果 Outcome: 通过 Adopted");
        assertThat(taskService.getVariable(lastLook(meeting).getId(), MeetingCase.LAST_LOOK_CHOICE))
                .as("the previous answer is not carried over").isNull();
        taskService.complete(lastLook(meeting).getId(), Meetings.confirmed());

        Resolution resolution = meetings.minutes(meeting.getBusinessKey()).orElseThrow().resolutions().get(0);
        assertThat(resolution).extracting(Resolution::votesFor, Resolution::votesAgainst, Resolution::outcome,
                Resolution::didNotVote).containsExactly(16, 5, "ADOPTED", 0);
        assertThat(admission).isEnded().hasPassed("EndEvent_Adopted");
        Task nextItem = votesTask(meeting, "APP-2026-900043");
        assertThat((String) taskService.getVariable(nextItem.getId(), MeetingCase.LAST_STEP)).as("the outcome of the item before")
                .isEqualTo("决议 " + resolution.resolutionNumber() + "（APP-2026-900042）：通过。通过：出席的 21 名常务理事中 16 名赞成；"
                        + "超过三分之二需至少 15 名。 Resolution " + resolution.resolutionNumber() + " (APP-2026-900042): adopted."
                        + " Adopted: 16 of 21 executive directors present voted in favour; more than two thirds requires at least 15.");
        assertThat(taskService.getVariable(nextItem.getId(), MeetingCase.DID_NOT_VOTE)).as("each item its own").isNull();
        assertThat(taskService.getVariable(nextItem.getId(), MeetingCase.VOTES_FOR)).isNull();
        assertThat(next).isWaitingAt("Event_DecisionTaken");
    }

    @Test
    void aMatterTheBodyMayNotDecideNeverReachesItsAgenda() {
        openCasesOfThreeMatters();
        assertThat(openMeeting(Meetings.ofTheStandingCouncil())).variables()
                .containsEntry(AGENDA_CASES, List.of("APP-2026-900006"));
    }

    @Test
    void aCaseOnTheAgendaOfAnOpenMeetingIsNotGatheredByAnother() {
        openCasesOfThreeMatters();
        openMeeting(Meetings.ofTheStandingCouncil());
        // APP-2026-900006 sits on the open Standing Council meeting's agenda: one meeting decides a case
        assertThat(openMeeting(Meetings.ofTheCouncil())).variables()
                .containsEntry(AGENDA_CASES, List.of("APP-2026-900007", "TRM-2026-9001"));
    }

    private void openCasesOfThreeMatters() {
        cases.open("APP-2026-900006", "ADMISSION", "Wu Jiu");
        cases.open("APP-2026-900007", "FOREIGN_MEMBER_APPROVAL", "John Smith");
        cases.open("TRM-2026-9001", "TERM_CHANGE", "Postponement of the General Assembly");
    }

    @Test
    void aCaseTwoMeetingsGatheredAtOnceStaysWithTheMeetingOpenedFirst() {
        cases.open("APP-2026-900016", "ADMISSION", "Qin Jiushao");
        ProcessInstance first = openMeeting(Meetings.ofTheCouncil());
        ProcessInstance second = openMeeting(Meetings.ofTheCouncil());
        assertThat(second).variables().containsEntry(AGENDA_CASES, List.of());
        // as if both had gathered in the same instant, before either was saved
        runtimeService().setVariable(second.getId(), AGENDA_CASES, List.of("APP-2026-900016"));
        runtimeService().setVariable(second.getId(), AGENDA_MATTERS, Map.of("APP-2026-900016", "ADMISSION"));
        runtimeService().setVariable(second.getId(), AGENDA_TITLES, Map.of("APP-2026-900016", "Qin Jiushao"));

        assertThatThrownBy(() -> complete(task(second), Meetings.agendaAsGathered()))
                .hasRootCauseInstanceOf(BadUserRequestException.class).rootCause()
                .hasMessageContaining("APP-2026-900016 (on the agenda of " + first.getBusinessKey() + ")");
        complete(task(second), Meetings.removing("APP-2026-900016"));
        assertThat(second).isEnded().hasPassed("EndEvent_NothingToDecide");
        complete(task(first), Meetings.agendaAsGathered());
        assertThat(first).isWaitingAt(RECORD_ATTENDANCE.id);
    }

    @Test
    void aCaseThatEndedBeforeItsVoteGetsNoResolutionAndTheMeetingGoesOn() {
        cases.open("APP-2026-900017", "ADMISSION", "Li Ye");
        cases.open("APP-2026-900018", "ADMISSION", "Qin Jiushao");
        ProcessInstance meeting = openMeeting(Meetings.ofTheCouncil());
        complete(task(meeting), Meetings.agendaAsGathered());
        recordAttendance(meeting, 70, 0);
        // the first case ends meanwhile (decided elsewhere, withdrawn, its member left)
        runtimeService().createMessageCorrelation(DECISION_TAKEN).processInstanceBusinessKey("APP-2026-900017")
                .setVariable(DECISION_OUTCOME, "REJECTED").correlate();

        recordVotes(meeting, "APP-2026-900017", 70, 0, 0);
        assertThat(meetings.minutes(meeting.getBusinessKey()).orElseThrow().resolutions()).as("no resolution").isEmpty();
        recordVotes(meeting, "APP-2026-900018", 70, 0, 0);

        assertThat(meeting).isEnded().hasPassed("EndEvent_MeetingHeld");
        MeetingRecords.Minutes minutes = meetings.minutes(meeting.getBusinessKey()).orElseThrow();
        assertThat(minutes.resolutions()).extracting(MeetingRecords.Resolution::caseNumber)
                .containsExactly("APP-2026-900018");
        assertThat(minutes.reports()).filteredOn(r -> r.kind() == MeetingReports.Kind.CASE_CLOSED_BEFORE_ITS_VOTE)
                .singleElement().satisfies(r -> assertThat(r.reference()).isEqualTo("APP-2026-900017"))
                .satisfies(r -> assertThat(r.summary()).contains("在表决前已结束").contains("took no decision"));
    }

    @Test
    void theClerkRemovesAnItemWhichKeepsWaitingForALaterMeeting() {
        ProcessInstance kept = cases.open("APP-2026-900008", "ADMISSION", "Zheng Shi");
        ProcessInstance removed = cases.open("APP-2026-900009", "ADMISSION", "Feng Yi");
        ProcessInstance meeting = openMeeting(Meetings.ofTheCouncil());

        assertThatThrownBy(() -> complete(task(meeting), Meetings.removing("APP-2026-999999")))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .rootCause().hasMessageContaining("Not on the agenda: APP-2026-999999");
        complete(task(meeting), Meetings.removing("APP-2026-900009"));
        recordAttendance(meeting, 70, 0);
        recordVotes(meeting, "APP-2026-900008", 70, 0, 0);

        assertThat(meeting).isEnded();
        assertThat(kept).isEnded().hasPassed("EndEvent_Adopted");
        assertThat(removed).isWaitingAt("Event_DecisionTaken");
    }

    @Test
    void aMeetingWithMoreItemsThanItsSummaryCanListStillOpensWithEveryItemOnTheAgenda() {
        List<String> numbers = new java.util.ArrayList<>();
        for (int i = 0; i < 90; i++) {
            String number = String.format("APP-2026-%06d", 910000 + i);
            cases.open(number, "ADMISSION", "Applicant with a rather long name for the agenda number " + i);
            numbers.add(number);
        }
        ProcessInstance meeting = openMeeting(Meetings.ofTheStandingCouncil());

        assertThat(meeting).isWaitingAt(CONFIRM_AGENDA.id).variables().containsEntry(AGENDA_CASES, numbers);
        String summary = (String) runtimeService().getVariable(meeting.getId(), AGENDA_SUMMARY);
        assertThat(summary).hasSizeLessThanOrEqualTo(4000)
                .startsWith("APP-2026-910000 — 会员入会 Admission of a member — Applicant with a rather long name")
                .endsWith(" items in all.").contains(" 项，共 90 项。 … and ").contains(" more: 90 items in all.");
    }

    @Test
    void aMeetingWithNothingToDecideIsClosedWithoutAttendance() {
        ProcessInstance meeting = openMeeting(Meetings.ofTheGeneralAssembly());
        assertThat(meeting).variables().containsEntry(AGENDA_SUMMARY,
                "没有等待本机构决定的案件。 No case waits for a decision of this body.");
        complete(task(meeting));
        assertThat(meeting).isEnded().hasPassed("EndEvent_NothingToDecide");
        assertThat(meetings.minutes(meeting.getBusinessKey()).orElseThrow().meeting().status())
                .isEqualTo(Status.NOTHING_TO_DECIDE);
    }

    @Test
    void aMeetingOfAnUnknownBodyIsRefusedAndNothingIsRecorded() {
        long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
                Meetings.ofBody("SENATE").on("2026-12-01").build()))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Choose the body");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .count()).isEqualTo(before);
    }

    @Test
    void aMeetingWithoutADateIsRefusedAndNothingIsRecorded() {
        long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
                Meetings.ofTheCouncil().on("next week").build()))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("YYYY-MM-DD");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .count()).isEqualTo(before);
    }

    private ProcessInstance openMeeting(Meetings meeting) {
        return engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
                meeting.on("2026-12-01").inPerson().build());
    }

    private void recordAttendance(ProcessInstance meeting, int inPerson, int byProxy) {
        assertThat(meeting).isWaitingAt(RECORD_ATTENDANCE.id);
        complete(task(RECORD_ATTENDANCE.id, meeting), Meetings.attendance(inPerson, byProxy));
    }

    /** The clerk records the votes and confirms them at the last look. */
    private void recordVotes(ProcessInstance meeting, String caseNumber, int inFavour, int against, int abstentions) {
        taskService.complete(votesTask(meeting, caseNumber).getId(), Meetings.votes(inFavour, against, abstentions));
        taskService.complete(lastLook(meeting).getId(), Meetings.confirmed());
    }

    private Task lastLook(ProcessInstance meeting) {
        return taskService.createTaskQuery().processInstanceId(meeting.getId())
                .taskDefinitionKey(Meetings.Step.CONFIRM_RESOLUTION.id).singleResult();
    }

    private List<Object> openVoteItems(ProcessInstance meeting) {
        return taskService.createTaskQuery().processInstanceId(meeting.getId()).taskDefinitionKey(RECORD_VOTES.id)
                .list().stream().map(t -> taskService.getVariable(t.getId(), CASE_NUMBER)).toList();
    }

    private Task votesTask(ProcessInstance meeting, String caseNumber) {
        return taskService.createTaskQuery().processInstanceId(meeting.getId())
                .taskDefinitionKey(RECORD_VOTES.id).list().stream()
                .filter(t -> caseNumber.equals(taskService.getVariable(t.getId(), CASE_NUMBER)))
                .findFirst().orElseThrow(() -> new AssertionError("no vote task for " + caseNumber));
    }

    private Object historicVariable(ProcessInstance instance, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).singleResult().getValue();
    }
}
