package cn.chia.governance.meeting;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Body;
import cn.chia.governance.process.CurrentCharter;
import cn.chia.governance.process.NewCases;
import cn.chia.governance.register.CaseNumbers;
import cn.chia.governance.register.MeetingRecords;

/**
 * Checks what the clerk entered to open a meeting, gives it its number (MTG-2026-0001) and records it. What it
 * checks is the input's form (a body there is, a date); the charter sets no condition on opening a meeting.
 */
@Component("openMeeting")
class OpenMeeting implements ExecutionListener {

    private final CurrentCharter charter;
    private final CaseNumbers caseNumbers;
    private final MeetingRecords meetings;

    OpenMeeting(CurrentCharter charter, CaseNumbers caseNumbers, MeetingRecords meetings) {
        this.charter = charter;
        this.caseNumbers = caseNumbers;
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateExecution execution) {
        NewCases.refuseChosenCaseNumber(execution);
        MeetingCase meeting = MeetingCase.of(execution);
        Body body = meeting.chosenBody();
        LocalDate date = meeting.chosenDate();
        boolean byCommunication = meeting.chosenByCommunication();
        String businessKey = NewCases.assignCaseNumber(execution, caseNumbers, CaseNumbers.Kind.MEETING);
        int seats = charter.now().seats(body);
        meeting.open(body, date, byCommunication, seats);
        meetings.open(businessKey, body, date, byCommunication, seats);
    }
}
