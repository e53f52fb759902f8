package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

import cn.chia.governance.charter.Body;
import cn.chia.governance.meeting.MeetingCase;
import cn.chia.governance.meeting.Meetings;
import cn.chia.governance.process.WaitingCases;
import cn.chia.governance.register.MeetingRecords;

/**
 * Meetings opened, held and left under way through the meeting's own procedure, with cases of the test procedure
 * {@code case-awaiting-decision} on their agendas, for the tests of the list of meetings and its pages.
 */
final class MeetingsOnRecord {

    /** A meeting held, and the resolution it took on the case. */
    record Held(String meeting, String resolution) {
    }

    private final ProcessEngine engine;
    private final MeetingRecords records;
    private final WaitingCases waiting;

    MeetingsOnRecord(ProcessEngine engine, MeetingRecords records) {
        this.engine = engine;
        this.records = records;
        this.waiting = new WaitingCases(engine);
    }

    /** Ends every meeting under way, so that the next meeting of each body is the one a test opens. */
    void endMeetingsUnderWay() {
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MeetingCase.PROCESS_KEY).list()
                .forEach(m -> engine.getRuntimeService().deleteProcessInstance(m.getId(), "test clean-up", true, true));
    }

    /** A case that waits for a decision of the Council or the Standing Council on its admission. */
    String waitingCase(String caseNumber, String title) {
        waiting.open(caseNumber, "ADMISSION", title);
        return caseNumber;
    }

    /** A meeting of the body on the day, its agenda gathered and left for the clerk to confirm; answers its number. */
    String open(Body body, LocalDate day) {
        return engine.getRuntimeService().startProcessInstanceByKey(MeetingCase.PROCESS_KEY,
                Meetings.of(body).on(day).inPerson().build()).getBusinessKey();
    }

    /**
     * A meeting of the body today that decides only that case, everyone present and {@code against} of them voting
     * against, the rest in favour.
     */
    Held hold(Body body, String caseNumber, int against) {
        String meeting = open(body, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        @SuppressWarnings("unchecked")
        List<String> agenda = (List<String>) engine.getTaskService().getVariable(task(meeting, Meetings.Step.CONFIRM_AGENDA).getId(),
                MeetingCase.AGENDA_CASES);
        assertThat(agenda).contains(caseNumber);
        complete(meeting, Meetings.Step.CONFIRM_AGENDA, Meetings.removing(agenda.stream().filter(c -> !c.equals(caseNumber)).toList()));
        List<MeetingRecords.Attendee> roster = records.attendance(meeting);
        int present = roster.isEmpty() ? records.meeting(meeting).orElseThrow().seats() : roster.size();
        complete(meeting, Meetings.Step.RECORD_ATTENDANCE, roster.isEmpty() ? Meetings.attendance(present, 0)
                : Meetings.attendanceByName().inPerson(roster.stream().map(MeetingRecords.Attendee::rosterNumber).toList()).build());
        complete(meeting, Meetings.Step.RECORD_VOTES, Meetings.votes(present - against, against, 0));
        complete(meeting, Meetings.Step.CONFIRM_RESOLUTION, Meetings.confirmed());
        MeetingRecords.Minutes minutes = records.minutes(meeting).orElseThrow();
        assertThat(minutes.meeting().status()).isEqualTo(MeetingRecords.Status.HELD);
        return new Held(meeting, minutes.resolutions().get(0).resolutionNumber());
    }

    /** Confirms the agenda as gathered and records one member present: no quorum, the meeting is adjourned. */
    void adjourn(String meeting) {
        complete(meeting, Meetings.Step.CONFIRM_AGENDA, Meetings.agendaAsGathered());
        List<MeetingRecords.Attendee> roster = records.attendance(meeting);
        complete(meeting, Meetings.Step.RECORD_ATTENDANCE, roster.isEmpty() ? Meetings.attendance(1, 0)
                : Meetings.attendanceByName().inPerson(roster.get(0).rosterNumber()).build());
        assertThat(records.meeting(meeting).orElseThrow().status()).isEqualTo(MeetingRecords.Status.ADJOURNED);
    }

    private void complete(String meeting, Meetings.Step step, Map<String, Object> variables) {
        engine.getTaskService().complete(task(meeting, step).getId(), variables);
    }

    private Task task(String meeting, Meetings.Step step) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meeting).taskDefinitionKey(step.id)
                .singleResult();
    }
}
