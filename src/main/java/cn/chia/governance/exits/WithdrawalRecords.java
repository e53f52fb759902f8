package cn.chia.governance.exits;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Status;

/**
 * Enters a voluntary withdrawal in the register. The member withdraws on the day the notice was received
 * ({@code recordWithdrawal}, at once), and any expulsion case still waiting for its vote is closed with that
 * reason; then the card's return is recorded ({@code recordCardReturn}), or the card declared void
 * ({@code voidCard}: not returned by the last day, {@link CardReturnDeadline}, or declared lost).
 * <p>
 * A case opened before this rule calls {@code recordWithdrawal} after the card's return: it withdraws the member
 * then (unless the member left meanwhile, e.g. by automatic withdrawal) and records the card as returned or void.
 */
@Configuration(proxyBeanMethods = false)
class WithdrawalRecords {

    @Bean
    JavaDelegate recordWithdrawal(MemberRegister register, RuntimeService runtime, Clock clock) {
        return execution -> {
            WithdrawalCase withdrawal = WithdrawalCase.of(execution);
            String number = withdrawal.membershipNumber();
            String caseNumber = execution.getProcessBusinessKey();
            if (withdrawal.withdrewOnReceipt()) {
                LocalDate receivedOn = withdrawal.receivedOn(LocalDate.now(clock));
                register.withdrawByNotice(number, receivedOn, "Withdrew by written notice of " + withdrawal.letterDate()
                        + ", received on " + receivedOn, caseNumber);
                String reason = "已结束：会员 " + number + " 已书面通知退会，通知于 " + receivedOn + " 收到（案件 " + caseNumber
                        + "）。 Closed: member " + number + " withdrew by written notice, received on " + receivedOn
                        + ", in case " + caseNumber + ".";
                ExpulsionCase.closeWaiting(runtime, number, reason);
                return;
            }
            if (register.find(number).orElseThrow().status() == Status.ACTIVE) {
                register.withdrawByNotice(number, LocalDate.now(clock), "Withdrew by written notice of "
                        + withdrawal.letterDate() + "; card " + (withdrawal.cardLost() ? "declared lost"
                                : "returned on " + withdrawal.cardReturnedOn()), caseNumber);
            }
            recordCard(register, withdrawal);
        };
    }

    @Bean
    JavaDelegate recordCardReturn(MemberRegister register) {
        return execution -> recordCard(register, WithdrawalCase.of(execution));
    }

    @Bean
    JavaDelegate voidCard(MemberRegister register) {
        return execution -> {
            WithdrawalCase withdrawal = WithdrawalCase.of(execution);
            register.voidCard(withdrawal.membershipNumber(), withdrawal.cardLost() ? "Declared lost by the member"
                    : "Not returned by " + withdrawal.cardReturnDue());
        };
    }

    private static void recordCard(MemberRegister register, WithdrawalCase withdrawal) {
        if (withdrawal.cardLost()) {
            register.voidCard(withdrawal.membershipNumber(), "Declared lost by the member");
        } else {
            register.cardReturned(withdrawal.membershipNumber(), withdrawal.cardReturnedOn());
        }
    }
}
