package cn.chia.governance.privacy;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.admission.AdmissionCase;

/** Ends the open application whose applicant asked to delete their data: its status page reads closed, with the reason. */
@Component("withdrawApplication")
class WithdrawApplication implements JavaDelegate {

    private final RuntimeService runtime;

    WithdrawApplication(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DataRequestCase request = DataRequestCase.of(execution);
        AdmissionCase.withdraw(runtime, request.subjectNumber(), "应申请人请求撤回（" + execution.getProcessBusinessKey()
                + "） Withdrawn at the applicant's request (" + execution.getProcessBusinessKey() + ")");
    }
}
