package cn.chia.governance.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.register.MeetingRecords;

/**
 * Closes the vote of a meeting by communication, when every member voted or when the votes were due: those who voted
 * are the roll of those present (in person: each voted themselves), everyone else on the roster is absent. The quorum
 * is then checked from that roll, as at a meeting in person.
 */
@Component("closeVote")
class CloseVote implements JavaDelegate {

    private final MeetingRecords meetings;

    CloseVote(MeetingRecords meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MeetingCase.of(execution).recordVoters(meetings.voters(execution.getProcessBusinessKey()));
    }
}
