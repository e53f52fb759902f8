package cn.chia.governance.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Matter;

/**
 * A foreign member reviewed favourably by the Council or the Standing Council waits for the approval of the
 * Council alone (charter: membership procedures, foreign members): the case goes on to wait, under the same number
 * and title, for a decision on {@link Matter#FOREIGN_MEMBER_APPROVAL}.
 */
@Component("awaitCouncilApproval")
class AwaitCouncilApproval implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        AdmissionCase.of(execution).awaitDecision(Matter.FOREIGN_MEMBER_APPROVAL);
    }
}
