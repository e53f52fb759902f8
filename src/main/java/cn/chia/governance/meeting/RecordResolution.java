package cn.chia.governance.meeting;

import cn.chia.governance.process.CurrentCharter;

import static cn.chia.governance.process.WaitingCase.CASE_NUMBER;
import static cn.chia.governance.process.WaitingCase.DECIDING_BODY;
import static cn.chia.governance.process.WaitingCase.DECISION_OUTCOME;
import static cn.chia.governance.process.WaitingCase.DECISION_REASON;
import static cn.chia.governance.process.WaitingCase.DECISION_REASON_ZH;
import static cn.chia.governance.process.WaitingCase.DECISION_TAKEN;
import static cn.chia.governance.process.WaitingCase.RESOLUTION_NUMBER;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Decision;
import cn.chia.governance.charter.Language;
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
    public void execute(DelegateExecution item) {
        Decision decision = TallyVotes.decide(charter.ofMeeting(item), item); // tallied and found valid just before
        String caseNumber = (String) item.getVariable(CASE_NUMBER);
        if (runtime.createExecutionQuery().messageEventSubscriptionName(DECISION_TAKEN)
                .processInstanceBusinessKey(caseNumber).count() == 0) {
            throw decidedMeanwhile(caseNumber);
        }
        String resolutionNumber = meetings.recordResolution(item.getProcessBusinessKey(), caseNumber, decision);
        item.setVariable(RESOLUTION_NUMBER, resolutionNumber);
        try {
            runtime.createMessageCorrelation(DECISION_TAKEN)
                    .processInstanceBusinessKey(caseNumber)
                    .setVariable(DECISION_OUTCOME, decision.outcome().name())
                    .setVariable(RESOLUTION_NUMBER, resolutionNumber)
                    .setVariable(DECISION_REASON, decision.reason(Language.EN))
                    .setVariable(DECISION_REASON_ZH, decision.reason(Language.ZH))
                    .setVariable(DECIDING_BODY, decision.body().name())
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException decidedAtTheSameMoment) {
            throw decidedMeanwhile(caseNumber); // the resolution above is rolled back with this vote
        }
    }

    private static BadUserRequestException decidedMeanwhile(String caseNumber) {
        return new BadUserRequestException("Case " + caseNumber + " no longer waits for a decision: another meeting"
                + " decided it or the case was closed meanwhile. The vote of this meeting on it cannot count.");
    }
}
