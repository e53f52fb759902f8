package cn.chia.governance.directors;


import static cn.chia.governance.directors.AdjustmentVariables.NOMINATION_RESOLUTION;
import static cn.chia.governance.process.WaitingCase.MATTER;
import static cn.chia.governance.process.WaitingCase.RESOLUTION_NUMBER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Matter;

/** Keeps the Standing Council's nomination and puts the nominated adjustment on the Council's agenda. */
@Component("putAdjustmentToCouncil")
class PutAdjustmentToCouncil implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable(NOMINATION_RESOLUTION, execution.getVariable(RESOLUTION_NUMBER));
        execution.setVariable(MATTER, Matter.DIRECTOR_ADJUSTMENT.name());
    }
}
