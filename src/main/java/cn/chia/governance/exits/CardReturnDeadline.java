package cn.chia.governance.exits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * When a withdrawn member's card is declared void if it has not come back: at the start of the day after the last
 * day to return it, so that a card returned on the last day still counts
 * ({@code ${cardReturnDeadline.voidAt(execution)}}, the boundary timer of the task that records the return).
 */
@Component("cardReturnDeadline")
public class CardReturnDeadline {

    private final Clock clock;

    CardReturnDeadline(Clock clock) {
        this.clock = clock;
    }

    public Date voidAt(DelegateExecution execution) {
        LocalDate due = WithdrawalCase.of(execution).cardReturnDue();
        return Date.from(due.plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(clock.getZone()).toInstant());
    }
}
