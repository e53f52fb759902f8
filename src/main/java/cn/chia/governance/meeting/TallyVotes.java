package cn.chia.governance.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Decision;
import cn.chia.governance.charter.InvalidTallyException;
import cn.chia.governance.charter.Votes;
import cn.chia.governance.process.CurrentCharter;
import cn.chia.governance.process.Refusal;

/** Tallies one agenda item under the rule of its matter (a clerk's tally that does not add up is refused by {@link CheckVotes}). */
@Component("tallyVotes")
class TallyVotes implements JavaDelegate {

    private final CurrentCharter charter;

    TallyVotes(CurrentCharter charter) {
        this.charter = charter;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MeetingCase item = MeetingCase.of(execution);
        // the clerk's votes were checked when the task was completed (checkVotes), the votes by communication are
        // counted from the ballots; a meeting started before checkVotes existed gets here with the clerk's votes, and
        // the refusal rolls the completion back as checkVotes does
        try {
            item.recordTally(decide(charter.ofMeeting(execution), item));
        } catch (InvalidTallyException doesNotAddUp) {
            throw new Refusal(doesNotAddUp.words());
        }
    }

    /** The decision on the agenda item in hand, from the attendance and the votes recorded. */
    static Decision decide(CurrentCharter.MeetingCharter meeting, MeetingCase item) {
        Votes votes = item.votes();
        return meeting.charter().decide(meeting.body(), item.matter(), item.presentInPerson(), item.presentByProxy(),
                votes);
    }
}
