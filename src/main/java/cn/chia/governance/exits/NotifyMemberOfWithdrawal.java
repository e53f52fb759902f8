package cn.chia.governance.exits;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;

/** Tells a member, in the member's language, where a withdrawal stands: the {@link WithdrawalCase.Notice} its task names. */
@Component("notifyMemberOfWithdrawal")
class NotifyMemberOfWithdrawal implements JavaDelegate {

    private final MemberRegister register;
    private final MemberNotices notices;

    NotifyMemberOfWithdrawal(MemberRegister register, MemberNotices notices) {
        this.register = register;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        WithdrawalCase withdrawal = WithdrawalCase.of(execution);
        Member member = register.find(withdrawal.membershipNumber()).orElseThrow();
        WithdrawalCase.Notice notice = withdrawal.notice();
        Object[] arguments = switch (notice) {
            case WITHDRAWAL_RECEIVED -> new Object[] {caseNumber,
                    register.card(member.membershipNumber()).orElseThrow().cardNumber()};
            case WITHDRAWN -> new Object[] {caseNumber};
        };
        notices.send(member, caseNumber, notice, arguments);
    }
}
