package cn.chia.governance.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.InvalidTallyException;
import cn.chia.governance.charter.QuorumCheck;
import cn.chia.governance.meeting.MeetingCase.Problem;
import cn.chia.governance.process.CurrentCharter;
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
        MeetingCase meeting = MeetingCase.of(execution);
        QuorumCheck quorum;
        try {
            CurrentCharter.MeetingCharter rules = charter.ofMeeting(execution);
            quorum = rules.charter().checkQuorum(rules.body(), meeting.presentInPerson(), meeting.presentByProxy());
        } catch (InvalidTallyException impossibleRoll) {
            throw Problem.INVALID_ATTENDANCE.raise(impossibleRoll.getMessage());
        }
        meetings.recordQuorum(execution.getProcessBusinessKey(), quorum);
        meeting.recordQuorum(quorum);
    }
}
