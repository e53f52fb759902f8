package cn.chia.governance.admission;


import static cn.chia.governance.admission.AdmissionVariables.MEMBERSHIP_NUMBER;
import static cn.chia.governance.process.WaitingCase.DECIDING_BODY;
import static cn.chia.governance.process.WaitingCase.RESOLUTION_NUMBER;

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
        MemberRegister.Member member = register.admit(execution.getProcessBusinessKey(),
                Applications.applicant(execution), (String) execution.getVariable(RESOLUTION_NUMBER),
                (String) execution.getVariable(DECIDING_BODY));
        execution.setVariable(MEMBERSHIP_NUMBER, member.membershipNumber());
    }
}
