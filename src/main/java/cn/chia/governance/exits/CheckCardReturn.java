package cn.chia.governance.exits;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.process.Refusal;

/**
 * Checks on the server what the Secretariat records of the card (REST clients skip the form): the day it came back,
 * from the letter's date to today, or that the member declares it lost, one or the other; stores the day as
 * YYYY-MM-DD and the loss as true or false.
 */
@Component("checkCardReturn")
class CheckCardReturn implements TaskListener {

    private final Clock clock;

    CheckCardReturn(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        WithdrawalCase withdrawal = WithdrawalCase.of(task);
        LocalDate returnedOn = withdrawal.cardReturnedOn();
        boolean lost = withdrawal.cardLost();
        if (lost == (returnedOn != null)) {
            throw new Refusal("请填写会员证交回日期，或勾选会员证已遗失，二者择一。",
                    "Enter the day the card was returned, or tick that the card is declared lost: one or the other.");
        }
        LocalDate letterDate = withdrawal.letterDate();
        if (returnedOn != null && (returnedOn.isAfter(LocalDate.now(clock)) || returnedOn.isBefore(letterDate))) {
            throw new Refusal("会员证交回日期 " + returnedOn + " 不成立：应在来函日期（" + letterDate + "）至今天之间。",
                    "The card cannot have been returned on " + returnedOn
                    + ": enter a day from the letter's date (" + letterDate + ") to today.");
        }
        withdrawal.recordCardReturn(returnedOn, lost);
    }
}
