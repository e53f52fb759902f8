package cn.chia.governance.exits;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks on the server the day the Secretariat records for the card's return (REST clients skip the form):
 * from the letter's date to today; stores it as YYYY-MM-DD.
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
        LocalDate letterDate = withdrawal.letterDate();
        if (returnedOn.isAfter(LocalDate.now(clock)) || returnedOn.isBefore(letterDate)) {
            throw new BadUserRequestException("The card cannot have been returned on " + returnedOn
                    + ": enter a day from the letter's date (" + letterDate + ") to today.");
        }
        withdrawal.recordCardReturnedOn(returnedOn);
    }
}
