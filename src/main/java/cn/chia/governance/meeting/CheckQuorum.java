package cn.chia.governance.meeting;

import cn.chia.governance.process.Counts;
import cn.chia.governance.process.CurrentCharter;

import static cn.chia.governance.meeting.MeetingVariables.ATTENDANCE_PROBLEM;
import static cn.chia.governance.meeting.MeetingVariables.INVALID_ATTENDANCE;
import static cn.chia.governance.meeting.MeetingVariables.PRESENT_BY_PROXY;
import static cn.chia.governance.meeting.MeetingVariables.PRESENT_IN_PERSON;
import static cn.chia.governance.meeting.MeetingVariables.QUORUM_MET;
import static cn.chia.governance.meeting.MeetingVariables.QUORUM_REASON;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.InvalidTallyException;
import cn.chia.governance.charter.QuorumCheck;
import cn.chia.governance.register.MeetingRecords;

/** Checks the attendance roll against the quorum rule of the body; an impossible roll goes back to the clerk. */
@Component("checkQuorum")
class CheckQuorum implements JavaDelegate {

    private final CurrentCharter charter;
    private final MeetingRecords meetings;

    CheckQuorum(CurrentCharter charter, MeetingRecords meetings) {
        this.charter = charter;
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        QuorumCheck quorum;
        try {
            CurrentCharter.MeetingCharter meeting = charter.ofMeeting(execution);
            quorum = meeting.charter().checkQuorum(meeting.body(),
                    Counts.of(execution.getVariable(PRESENT_IN_PERSON), "members present in person"),
                    Counts.of(execution.getVariable(PRESENT_BY_PROXY), "members present by proxy"));
        } catch (InvalidTallyException impossibleRoll) {
            throw new BpmnError(INVALID_ATTENDANCE, impossibleRoll.getMessage());
        }
        meetings.recordQuorum(execution.getProcessBusinessKey(), quorum);
        execution.setVariable(QUORUM_MET, quorum.met());
        execution.setVariable(QUORUM_REASON, quorum.reason());
        execution.setVariable(ATTENDANCE_PROBLEM, null);
    }
}
