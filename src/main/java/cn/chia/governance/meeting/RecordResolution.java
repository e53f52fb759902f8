package cn.chia.governance.meeting;

import static cn.chia.governance.process.WaitingCase.DECISION_TAKEN;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Decision;
import cn.chia.governance.charter.Language;
import cn.chia.governance.process.CurrentCharter;
import cn.chia.governance.process.WaitingCase;
import cn.chia.governance.register.MeetingRecords;

/** Stores the decision as a numbered resolution and sends it to the case that waits for it. */
@Component("recordResolution")
public class RecordResolution implements JavaDelegate {

    private final CurrentCharter charter;
    private final MeetingRecords meetings;
    private final RuntimeService runtime;

    RecordResolution(CurrentCharter charter, MeetingRecords meetings, RuntimeService runtime) {
        this.charter = charter;
        this.meetings = meetings;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MeetingCase item = MeetingCase.of(execution);
        Decision decision = TallyVotes.decide(charter.ofMeeting(execution), item); // tallied and found valid just before
        String caseNumber = item.caseNumber();
        if (runtime.createExecutionQuery().messageEventSubscriptionName(DECISION_TAKEN)
                .processInstanceBusinessKey(caseNumber).count() == 0) {
            throw decidedMeanwhile(caseNumber);
        }
        String resolutionNumber = meetings.recordResolution(execution.getProcessBusinessKey(), caseNumber, decision);
        item.recordResolutionNumber(resolutionNumber);
        try {
            MeetingCase.sendDecision(runtime, caseNumber, WaitingCase.decision(decision.outcome(), resolutionNumber,
                    decision.body(), decision.reason(Language.EN), decision.reason(Language.ZH)));
        } catch (MismatchingMessageCorrelationException decidedAtTheSameMoment) {
            throw decidedMeanwhile(caseNumber); // the resolution above is rolled back with this vote
        }
    }

    private static BadUserRequestException decidedMeanwhile(String caseNumber) {
        return new BadUserRequestException("Case " + caseNumber + " no longer waits for a decision: another meeting"
                + " decided it or the case was closed meanwhile. The vote of this meeting on it cannot count.");
    }
}
