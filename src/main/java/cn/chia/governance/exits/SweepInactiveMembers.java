package cn.chia.governance.exits;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Inactivity;
import cn.chia.governance.charter.Language;
import cn.chia.governance.process.EngineClock;
import cn.chia.governance.process.Texts;
import cn.chia.governance.register.CaseNumbers;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;

/**
 * The daily sweep: warns each active member who will be deemed withdrawn within 60 days (once for that
 * day), and withdraws, in a numbered case (WDR-2026-0001), each one whose 2 years have run out today.
 * Today is the engine's day (see {@link EngineClock}).
 */
@Component("sweepInactiveMembers")
class SweepInactiveMembers implements JavaDelegate {

    static final String PROCESS_KEY = "inactivity-sweep";

    /** What the sweep tells a member. */
    enum Notice {
        WITHDRAWAL_WARNING, DEEMED_WITHDRAWN
    }

    private final MemberRegister register;
    private final MemberNotices notices;
    private final CaseNumbers caseNumbers;
    private final Texts texts;
    private final Clock clock;

    SweepInactiveMembers(MemberRegister register, MemberNotices notices, Texts texts, CaseNumbers caseNumbers, Clock clock) {
        this.register = register;
        this.notices = notices;
        this.texts = texts;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = LocalDate.now(clock);
        for (Member member : register.active().stream().filter(m -> Inactivity.appliesTo(m.kind())).toList()) {
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
        Language language = member.language();
        notices.send(member, caseNumber, Notice.DEEMED_WITHDRAWN, caseNumber, lapse(language, inactivity), Inactivity.YEARS);
    }

    private void warn(Member member, Inactivity inactivity) {
        Language language = member.language();
        notices.send(member, member.membershipNumber(), Notice.WITHDRAWAL_WARNING, member.membershipNumber(),
                lapse(language, inactivity), Texts.date(language, inactivity.withdrawnOn()),
                texts.get(language, "inactivity.remedy." + lapseKind(inactivity)));
        register.warnedOfWithdrawal(member.membershipNumber(), inactivity.withdrawnOn());
    }

    private String lapse(Language language, Inactivity inactivity) {
        return texts.get(language, "inactivity.lapse." + lapseKind(inactivity), Texts.date(language, inactivity.lapseStart()));
    }

    private static String lapseKind(Inactivity inactivity) {
        return inactivity.lapsedInParticipation() ? "PARTICIPATION" : "DUES";
    }
}
