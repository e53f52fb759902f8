package cn.chia.governance.meeting;

import cn.chia.governance.process.ProcessTest;
import cn.chia.governance.process.WaitingCases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.chia.governance.register.MeetingRecords;
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

    WaitingCases cases;

    @BeforeEach
    void cleanEngine() {
        init(engine);
        cases = new WaitingCases(engine);
        cases.clearAll();
    }

    @Test
    void aCouncilMeetingWithQuorumDecidesEachItemAndSendsTheDecisionToItsCase() {
        ProcessInstance admission = cases.open("APP-2026-900001", "ADMISSION", "Zhang San");
        ProcessInstance expulsion = cases.open("EXP-2026-9001", "EXPULSION", "Li Si");
        ProcessInstance meeting = openMeeting("COUNCIL");

        assertThat(meeting).isWaitingAt("UserTask_ConfirmAgenda").task().hasCandidateGroup("secretariat");
        assertThat(meeting).variables().containsEntry("agendaCases", List.of("APP-2026-900001", "EXP-2026-9001"));
        complete(task(meeting));
        recordAttendance(meeting, 61, 0);
        assertThat(meeting).variables().containsEntry("quorumMet", true);

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
        assertThat(historicVariable(admission, "decisionReasonZh")).as("the case gets the reason in both languages")
                .isEqualTo(adopted.reasonZh());
        assertThat(adopted.clause()).isNotBlank();
        assertThat(historicVariable(admission, "resolutionNumber")).isEqualTo(adopted.resolutionNumber());
        assertThat(historicVariable(admission, "decidingBody")).isEqualTo("COUNCIL");
    }

    @Test
    void aMeetingIsNumberedAndRecordedWhenOpened() {
        ProcessInstance meeting = openMeeting("STANDING_COUNCIL");
        assertThat(meeting.getBusinessKey()).matches("MTG-\\d{4}-\\d{4}");
        assertThat(meetings.minutes(meeting.getBusinessKey()).orElseThrow().meeting().seats()).isEqualTo(30);
        assertThat(meeting).variables().containsEntry("seats", 30);
    }

    @Test
    void withoutQuorumTheMeetingIsAdjournedAndItsCasesKeepWaiting() {
        ProcessInstance admission = cases.open("APP-2026-900002", "ADMISSION", "Wang Wu");
        ProcessInstance meeting = openMeeting("COUNCIL");
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
        ProcessInstance meeting = openMeeting("COUNCIL");
        complete(task(meeting));
        recordAttendance(meeting, 50, 11);
        assertThat(meeting).isWaitingAt("UserTask_RecordVotes");
        assertThat(meeting).variables().containsEntry("quorumMet", true);
    }

    @Test
    void theBodyAndSeatsOfAMeetingAreThoseItOpenedWithWhateverAFormSendsBack() {
        cases.open("APP-2026-900010", "ADMISSION", "Han Shiyi");
        ProcessInstance meeting = openMeeting("COUNCIL");
        complete(task(meeting));
        // Tasklist sends the read-only fields back as text; a REST client could send anything
        complete(task("UserTask_RecordAttendance", meeting), withVariables("presentInPerson", 60, "presentByProxy", 0,
                "seats", "60", "body", "STANDING_COUNCIL"));
        assertThat(meeting).isEnded().hasPassed("EndEvent_MeetingAdjourned");
        assertThat(meetings.minutes(meeting.getBusinessKey()).orElseThrow().meeting().quorumReason())
                .isEqualTo("Quorum not met: 60 of 90 directors present; more than two thirds requires at least 61.");
    }

    @Test
    void anImpossibleAttendanceGoesBackToTheClerkWithTheReason() {
        cases.open("APP-2026-900004", "ADMISSION", "Sun Qi");
        ProcessInstance meeting = openMeeting("STANDING_COUNCIL");
        complete(task(meeting));
        recordAttendance(meeting, 20, 2); // proxies are for the Council only

        assertThat(meeting).isWaitingAt("UserTask_RecordAttendance").hasPassed("BoundaryEvent_AttendanceInvalid");
        assertThat((String) engine.getRuntimeService().getVariable(meeting.getId(), "attendanceProblem"))
                .contains("proxy");
        recordAttendance(meeting, 31, 0); // more than the 30 seats
        assertThat(meeting).isWaitingAt("UserTask_RecordAttendance");

        recordAttendance(meeting, 21, 0);
        assertThat(meeting).isWaitingAt("UserTask_RecordVotes");
        assertThat(engine.getRuntimeService().getVariable(meeting.getId(), "attendanceProblem")).isNull();
    }

    @Test
    void aTallyThatDoesNotAddUpGoesBackToTheClerkWithTheReason() {
        ProcessInstance admission = cases.open("APP-2026-900005", "ADMISSION", "Zhou Ba");
        ProcessInstance meeting = openMeeting("STANDING_COUNCIL");
        complete(task(meeting));
        recordAttendance(meeting, 21, 0);

        recordVotes(meeting, "APP-2026-900005", 20, 2, 0); // 22 votes from 21 present
        assertThat(meeting).isWaitingAt("UserTask_RecordVotes").hasPassed("BoundaryEvent_TallyInvalid");
        assertThat((String) taskService.getVariable(votesTask(meeting, "APP-2026-900005").getId(), "tallyProblem"))
                .isNotBlank();
        assertThat(admission).isWaitingAt("Event_DecisionTaken");

        recordVotes(meeting, "APP-2026-900005", 15, 6, 0);
        assertThat(admission).isEnded().hasPassed("EndEvent_Adopted");
        assertThat(meeting).isEnded().hasPassed("EndEvent_MeetingHeld");
    }

    @Test
    void aMatterTheBodyMayNotDecideNeverReachesItsAgenda() {
        cases.open("APP-2026-900006", "ADMISSION", "Wu Jiu");
        cases.open("APP-2026-900007", "FOREIGN_MEMBER_APPROVAL", "John Smith");
        cases.open("TRM-2026-9001", "TERM_CHANGE", "Postponement of the General Assembly");

        assertThat(openMeeting("STANDING_COUNCIL")).variables()
                .containsEntry("agendaCases", List.of("APP-2026-900006"));
        // APP-2026-900006 sits on the open Standing Council meeting's agenda: one meeting decides a case
        assertThat(openMeeting("COUNCIL")).variables()
                .containsEntry("agendaCases", List.of("APP-2026-900007", "TRM-2026-9001"));
    }

    @Test
    void aCaseTwoMeetingsGatheredAtOnceStaysWithTheMeetingOpenedFirst() {
        cases.open("APP-2026-900016", "ADMISSION", "Qin Jiushao");
        ProcessInstance first = openMeeting("COUNCIL");
        ProcessInstance second = openMeeting("COUNCIL");
        assertThat(second).variables().containsEntry("agendaCases", List.of());
        // as if both had gathered in the same instant, before either was saved
        runtimeService().setVariable(second.getId(), "agendaCases", List.of("APP-2026-900016"));
        runtimeService().setVariable(second.getId(), "agendaMatters", Map.of("APP-2026-900016", "ADMISSION"));
        runtimeService().setVariable(second.getId(), "agendaTitles", Map.of("APP-2026-900016", "Qin Jiushao"));

        assertThatThrownBy(() -> complete(task(second), withVariables("removedCases", "")))
                .hasRootCauseInstanceOf(BadUserRequestException.class).rootCause()
                .hasMessageContaining("APP-2026-900016 (on the agenda of " + first.getBusinessKey() + ")");
        complete(task(second), withVariables("removedCases", "APP-2026-900016"));
        assertThat(second).isEnded().hasPassed("EndEvent_NothingToDecide");
        complete(task(first), withVariables("removedCases", ""));
        assertThat(first).isWaitingAt("UserTask_RecordAttendance");
    }

    @Test
    void aVoteOnACaseDecidedMeanwhileIsRefusedAndRecordsNoResolution() {
        cases.open("APP-2026-900017", "ADMISSION", "Li Ye");
        ProcessInstance meeting = openMeeting("COUNCIL");
        complete(task(meeting), withVariables("removedCases", ""));
        recordAttendance(meeting, 70, 0);
        runtimeService().createMessageCorrelation("DecisionTaken").processInstanceBusinessKey("APP-2026-900017")
                .setVariable("decisionOutcome", "REJECTED").correlate();

        assertThatThrownBy(() -> recordVotes(meeting, "APP-2026-900017", 70, 0, 0))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Case APP-2026-900017 no longer waits for a decision");
        assertThat(votesTask(meeting, "APP-2026-900017")).isNotNull();
    }

    @Test
    void theClerkRemovesAnItemWhichKeepsWaitingForALaterMeeting() {
        ProcessInstance kept = cases.open("APP-2026-900008", "ADMISSION", "Zheng Shi");
        ProcessInstance removed = cases.open("APP-2026-900009", "ADMISSION", "Feng Yi");
        ProcessInstance meeting = openMeeting("COUNCIL");

        assertThatThrownBy(() -> complete(task(meeting), withVariables("removedCases", "APP-2026-999999")))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .rootCause().hasMessageContaining("Not on the agenda: APP-2026-999999");
        complete(task(meeting), withVariables("removedCases", "APP-2026-900009"));
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
        ProcessInstance meeting = openMeeting("STANDING_COUNCIL");

        assertThat(meeting).isWaitingAt("UserTask_ConfirmAgenda").variables().containsEntry("agendaCases", numbers);
        String summary = (String) runtimeService().getVariable(meeting.getId(), "agendaSummary");
        assertThat(summary).hasSizeLessThanOrEqualTo(4000).startsWith("APP-2026-910000 — ").endsWith(" items in all.")
                .contains(" more: 90 items in all.");
    }

    @Test
    void aMeetingWithNothingToDecideIsClosedWithoutAttendance() {
        ProcessInstance meeting = openMeeting("GENERAL_ASSEMBLY");
        assertThat(meeting).variables().containsEntry("agendaSummary", "No case waits for a decision of this body.");
        complete(task(meeting));
        assertThat(meeting).isEnded().hasPassed("EndEvent_NothingToDecide");
        assertThat(meetings.minutes(meeting.getBusinessKey()).orElseThrow().meeting().status())
                .isEqualTo(Status.NOTHING_TO_DECIDE);
    }

    @Test
    void aMeetingOfAnUnknownBodyOrWithoutADateIsRefusedAndNothingIsRecorded() {
        long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("governance-meeting").count();
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("governance-meeting",
                Map.of("body", "SENATE", "meetingDate", "2026-12-01")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Choose the body");
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("governance-meeting",
                Map.of("body", "COUNCIL", "meetingDate", "next week")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("YYYY-MM-DD");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("governance-meeting")
                .count()).isEqualTo(before);
    }

    private ProcessInstance openMeeting(String body) {
        return engine.getRuntimeService().startProcessInstanceByKey("governance-meeting",
                Map.of("body", body, "meetingDate", "2026-12-01", "byCommunication", false));
    }

    private void recordAttendance(ProcessInstance meeting, int inPerson, int byProxy) {
        assertThat(meeting).isWaitingAt("UserTask_RecordAttendance");
        complete(task("UserTask_RecordAttendance", meeting),
                withVariables("presentInPerson", inPerson, "presentByProxy", byProxy));
    }

    private void recordVotes(ProcessInstance meeting, String caseNumber, int inFavour, int against, int abstentions) {
        taskService.complete(votesTask(meeting, caseNumber).getId(),
                withVariables("votesFor", inFavour, "votesAgainst", against, "abstentions", abstentions));
    }

    private List<Object> openVoteItems(ProcessInstance meeting) {
        return taskService.createTaskQuery().processInstanceId(meeting.getId()).taskDefinitionKey("UserTask_RecordVotes")
                .list().stream().map(t -> taskService.getVariable(t.getId(), "caseNumber")).toList();
    }

    private Task votesTask(ProcessInstance meeting, String caseNumber) {
        return taskService.createTaskQuery().processInstanceId(meeting.getId())
                .taskDefinitionKey("UserTask_RecordVotes").list().stream()
                .filter(t -> caseNumber.equals(taskService.getVariable(t.getId(), "caseNumber")))
                .findFirst().orElseThrow(() -> new AssertionError("no vote task for " + caseNumber));
    }

    private Object historicVariable(ProcessInstance instance, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).singleResult().getValue();
    }
}
