package cn.chia.governance.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.register.MemberRegister;

/** Enters the admitted applicant in the register with a membership number and a membership card. */
@Component("registerMember")
class RegisterMember implements JavaDelegate {

    private final MemberRegister register;

    RegisterMember(MemberRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AdmissionCase admission = AdmissionCase.of(execution);
        MemberRegister.Member member = register.admit(execution.getProcessBusinessKey(), admission.applicant(),
                admission.resolutionNumber(), admission.decidingBody());
        admission.recordMembershipNumber(member.membershipNumber());
    }
}
