package cn.chia.governance.directors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Keeps the Standing Council's nomination and puts the nominated adjustment on the Council's agenda. */
@Component("putAdjustmentToCouncil")
class PutAdjustmentToCouncil implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        AdjustmentCase.of(execution).putToCouncil();
    }
}
