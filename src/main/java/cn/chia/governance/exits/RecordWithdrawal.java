package cn.chia.governance.exits;

import static cn.chia.governance.exits.WithdrawalVariables.CARD_RETURNED_ON;
import static cn.chia.governance.exits.WithdrawalVariables.LETTER_DATE;
import static cn.chia.governance.exits.WithdrawalVariables.MEMBERSHIP_NUMBER;

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
        register.withdraw((String) execution.getVariable(MEMBERSHIP_NUMBER),
                "Withdrew by written notice of " + execution.getVariable(LETTER_DATE) + "; card returned on "
                        + execution.getVariable(CARD_RETURNED_ON),
                execution.getProcessBusinessKey());
    }
}
