package cn.chia.governance.meeting;

import cn.chia.governance.process.Counts;
import cn.chia.governance.process.CurrentCharter;

import static cn.chia.governance.meeting.MeetingVariables.ABSTENTIONS;
import static cn.chia.governance.process.WaitingCase.DECISION_OUTCOME;
import static cn.chia.governance.process.WaitingCase.DECISION_REASON;
import static cn.chia.governance.meeting.MeetingVariables.INVALID_TALLY;
import static cn.chia.governance.process.WaitingCase.MATTER;
import static cn.chia.governance.meeting.MeetingVariables.PRESENT_BY_PROXY;
import static cn.chia.governance.meeting.MeetingVariables.PRESENT_IN_PERSON;
import static cn.chia.governance.meeting.MeetingVariables.TALLY_PROBLEM;
import static cn.chia.governance.meeting.MeetingVariables.VOTES_AGAINST;
import static cn.chia.governance.meeting.MeetingVariables.VOTES_FOR;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Decision;
import cn.chia.governance.charter.InvalidTallyException;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.charter.Votes;

/** Tallies one agenda item under the rule of its matter; a tally that does not add up goes back to the clerk. */
@Component("tallyVotes")
class TallyVotes implements JavaDelegate {

    private final CurrentCharter charter;

    TallyVotes(CurrentCharter charter) {
        this.charter = charter;
    }

    @Override
    public void execute(DelegateExecution item) {
        Decision decision;
        try {
            decision = decide(charter.ofMeeting(item), item);
        } catch (InvalidTallyException doesNotAddUp) {
            throw new BpmnError(INVALID_TALLY, doesNotAddUp.getMessage());
        }
        item.setVariable(DECISION_OUTCOME, decision.outcome().name());
        item.setVariable(DECISION_REASON, decision.reason());
        item.setVariable(TALLY_PROBLEM, null);
    }

    /** The decision on the agenda item of this execution, from the attendance and the votes recorded. */
    static Decision decide(CurrentCharter.MeetingCharter meeting, DelegateExecution item) {
        Votes votes = new Votes(Counts.of(item.getVariable(VOTES_FOR), "votes in favour"),
                Counts.of(item.getVariable(VOTES_AGAINST), "votes against"),
                Counts.of(item.getVariable(ABSTENTIONS), "abstentions"));
        return meeting.charter().decide(meeting.body(),
                Matter.valueOf((String) item.getVariable(MATTER)),
                Counts.of(item.getVariable(PRESENT_IN_PERSON), "members present in person"),
                Counts.of(item.getVariable(PRESENT_BY_PROXY), "members present by proxy"), votes);
    }
}
