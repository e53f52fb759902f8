package cn.chia.governance.honorary;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Keeps the Standing Council's recommendation and puts the recommended honoree on the Council's agenda. */
@Component("putHonoraryMembershipToCouncil")
class PutHonoraryMembershipToCouncil implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        HonoraryMembershipCase.of(execution).putToCouncil();
    }
}
