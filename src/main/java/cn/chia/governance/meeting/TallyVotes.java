package cn.chia.governance.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Decision;
import cn.chia.governance.charter.InvalidTallyException;
import cn.chia.governance.charter.Votes;
import cn.chia.governance.meeting.MeetingCase.Problem;
import cn.chia.governance.process.CurrentCharter;

/** Tallies one agenda item under the rule of its matter; a tally that does not add up goes back to the clerk. */
@Component("tallyVotes")
class TallyVotes implements JavaDelegate {

    private final CurrentCharter charter;

    TallyVotes(CurrentCharter charter) {
        this.charter = charter;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MeetingCase item = MeetingCase.of(execution);
        Decision decision;
        try {
            decision = decide(charter.ofMeeting(execution), item);
        } catch (InvalidTallyException doesNotAddUp) {
            throw Problem.INVALID_TALLY.raise(doesNotAddUp.getMessage());
        }
        item.recordTally(decision);
    }

    /** The decision on the agenda item in hand, from the attendance and the votes recorded. */
    static Decision decide(CurrentCharter.MeetingCharter meeting, MeetingCase item) {
        Votes votes = item.votes();
        return meeting.charter().decide(meeting.body(), item.matter(), item.presentInPerson(), item.presentByProxy(),
                votes);
    }
}
