package cn.chia.governance.process;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Inactivity;
import cn.chia.governance.register.CaseNumbers;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;
import cn.chia.governance.register.Notifier;

/**
 * The daily sweep: warns each active member who will be deemed withdrawn within 60 days (once for that
 * day), and withdraws, in a numbered case (WDR-2026-0001), each one whose 2 years have run out today.
 * Today is the engine's day (see {@link EngineClock}).
 */
@Component("sweepInactiveMembers")
class SweepInactiveMembers implements JavaDelegate {

    private final MemberRegister register;
    private final Notifier notifier;
    private final CaseNumbers caseNumbers;
    private final Clock clock;

    SweepInactiveMembers(MemberRegister register, Notifier notifier, CaseNumbers caseNumbers, Clock clock) {
        this.register = register;
        this.notifier = notifier;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = LocalDate.now(clock);
        for (Member member : register.active()) {
            Inactivity inactivity = member.inactivity();
            if (inactivity.deemedWithdrawn(today)) {
                withdraw(member, inactivity);
            } else if (inactivity.dueForWarning(today) && !inactivity.withdrawnOn().equals(member.warnedOfWithdrawalOn())) {
                warn(member, inactivity);
            }
        }
    }

    private void withdraw(Member member, Inactivity inactivity) {
        String caseNumber = caseNumbers.next(CaseNumbers.Kind.WITHDRAWAL);
        register.withdraw(member.membershipNumber(), inactivity.reason(), caseNumber);
        notifier.notify(caseNumber, member.email(), "You are deemed to have withdrawn from the Association",
                "Dear " + member.name() + ",\n\n" + inactivity.lapse() + ". Under the Association's charter a member"
                        + " who pays no dues or takes no part in its activities for " + Inactivity.YEARS
                        + " years without reason is deemed to have withdrawn; your membership card is revoked.");
    }

    private void warn(Member member, Inactivity inactivity) {
        notifier.notify(member.membershipNumber(), member.email(),
                "Your membership lapses on " + inactivity.withdrawnOn() + " unless you are active",
                "Dear " + member.name() + ",\n\n" + inactivity.lapse() + ". Under the Association's charter you will be"
                        + " deemed to have withdrawn on " + inactivity.withdrawnOn() + " unless you " + inactivity.remedy()
                        + " before then.");
        register.warnedOfWithdrawal(member.membershipNumber(), inactivity.withdrawnOn());
    }
}
