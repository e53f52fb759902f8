package cn.chia.governance.honorary;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.PersonalData;

/**
 * Enters the honoree in the register as an honorary member, with a membership number, a card and both resolutions:
 * the Standing Council's recommendation and the Council's approval.
 */
@Component("registerHonoraryMember")
class RegisterHonoraryMember implements JavaDelegate {

    private final MemberRegister register;
    private final PersonalData vault;

    RegisterHonoraryMember(MemberRegister register, PersonalData vault) {
        this.register = register;
        this.vault = vault;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HonoraryMembershipCase honorary = HonoraryMembershipCase.of(execution);
        MemberRegister.Member member = register.awardHonoraryMembership(execution.getProcessBusinessKey(),
                honorary.honoree(vault.find(execution.getProcessBusinessKey())), honorary.proposal().registeredNationality(), honorary.recommendationResolution(),
                honorary.resolutionNumber());
        honorary.recordMembershipNumber(member.membershipNumber());
    }
}
