package cn.chia.governance.renewal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks how the General Assembly is to vote (task Prepare the General Assembly's elections): on paper or
 * electronically; the meeting named, if any, is checked by the ballot it is passed to (a meeting of the General
 * Assembly, its attendance recorded), which refuses the task's completion otherwise.
 */
@Component("checkAssemblyElections")
class CheckAssemblyElections implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        RenewalCase renewal = RenewalCase.of(task);
        renewal.assemblyMode();
        renewal.assemblyElectionsPrepared();
    }
}
