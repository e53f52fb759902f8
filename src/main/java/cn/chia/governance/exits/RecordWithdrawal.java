package cn.chia.governance.exits;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.register.MemberRegister;

/** Enters the voluntary withdrawal in the register; the returned card is revoked. */
@Component("recordWithdrawal")
class RecordWithdrawal implements JavaDelegate {

    private final MemberRegister register;

    RecordWithdrawal(MemberRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        WithdrawalCase withdrawal = WithdrawalCase.of(execution);
        register.withdraw(withdrawal.membershipNumber(), "Withdrew by written notice of " + withdrawal.letterDate()
                + "; card returned on " + withdrawal.cardReturnedOn(), execution.getProcessBusinessKey());
    }
}
