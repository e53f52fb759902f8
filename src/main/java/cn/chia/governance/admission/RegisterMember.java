package cn.chia.governance.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.PersonalData;

/**
 * Enters the admitted applicant in the register with a membership number and a membership card; the register keeps
 * the full identity number and telephone from the vault (the variables hold them masked).
 */
@Component("registerMember")
class RegisterMember implements JavaDelegate {

    private final MemberRegister register;
    private final PersonalData vault;

    RegisterMember(MemberRegister register, PersonalData vault) {
        this.register = register;
        this.vault = vault;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AdmissionCase admission = AdmissionCase.of(execution);
        MemberRegister.Member member = register.admit(execution.getProcessBusinessKey(), admission.applicant(vault.find(execution.getProcessBusinessKey())),
                admission.resolutionNumber(), admission.decidingBody());
        admission.recordMembershipNumber(member.membershipNumber());
    }
}
