package cn.chia.governance.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.CommunicationMeeting;
import cn.chia.governance.register.MeetingRecords;

/** Counts the votes cast by name on the agenda item in hand, at a meeting by communication: no clerk types them. */
@Component("countVotes")
class CountVotes implements JavaDelegate {

    private final MeetingRecords meetings;

    CountVotes(MeetingRecords meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MeetingCase item = MeetingCase.of(execution);
        item.setVotes(CommunicationMeeting.tally(meetings.votesOn(execution.getProcessBusinessKey(), item.caseNumber())));
    }
}
