package cn.chia.governance.meeting;

import cn.chia.governance.process.CurrentCharter;
import cn.chia.governance.process.Dates;
import cn.chia.governance.process.NewCases;

import static cn.chia.governance.meeting.MeetingVariables.BODY;
import static cn.chia.governance.meeting.MeetingVariables.BY_COMMUNICATION;
import static cn.chia.governance.meeting.MeetingVariables.MEETING_DATE;
import static cn.chia.governance.meeting.MeetingVariables.SEATS;

import java.time.LocalDate;
import java.util.Arrays;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Body;
import cn.chia.governance.register.CaseNumbers;
import cn.chia.governance.register.MeetingRecords;

/** Checks what the clerk entered to open a meeting, gives it its number (MTG-2026-0001) and records it. */
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
        Body body = body(execution.getVariable(BODY));
        LocalDate date = Dates.of(execution.getVariable(MEETING_DATE), "the meeting date");
        boolean byCommunication = Boolean.TRUE.equals(execution.getVariable(BY_COMMUNICATION))
                || "true".equals(String.valueOf(execution.getVariable(BY_COMMUNICATION)));
        String businessKey = NewCases.assignCaseNumber(execution, caseNumbers, CaseNumbers.Kind.MEETING);
        int seats = charter.now().seats(body);
        execution.setVariable(BODY, body.name());
        execution.setVariable(MEETING_DATE, date.toString());
        execution.setVariable(BY_COMMUNICATION, byCommunication);
        execution.setVariable(SEATS, seats);
        meetings.open(businessKey, body, date, byCommunication, seats);
    }

    private static Body body(Object value) {
        try {
            return Body.valueOf(String.valueOf(value));
        } catch (IllegalArgumentException unknown) {
            throw new BadUserRequestException("Choose the body that meets, one of "
                    + Arrays.toString(Body.values()) + "; got '" + value + "'.");
        }
    }
}
