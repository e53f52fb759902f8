package cn.chia.governance.exits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Inactivity;
import cn.chia.governance.charter.Inactivity.Lapse;
import cn.chia.governance.charter.Inactivity.Reading;
import cn.chia.governance.charter.Language;
import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.config.GovernanceSettings.InactivitySweep.OpenExpulsion;
import cn.chia.governance.process.EngineClock;
import cn.chia.governance.process.Texts;
import cn.chia.governance.register.CaseNumbers;
import cn.chia.governance.register.InactivityReasons;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;

/**
 * The daily sweep: warns each active member who will be deemed withdrawn within 60 days (once for that
 * day), and withdraws, in a numbered case (WDR-2026-0001), each one whose 2 years without any reason ran out
 * before today ({@link Inactivity}). A member against whom an expulsion case is open is left to that case
 * ({@code governance.inactivity-sweep.open-expulsion: LEAVE_TO_EXPULSION}), or withdrawn and the case, while it
 * still waits for its vote, closed with the reason ({@code CLOSE_EXPULSION}); an expulsion already adopted is
 * left to finish. Today is the engine's day (see {@link EngineClock}).
 */
@Component("sweepInactiveMembers")
class SweepInactiveMembers implements JavaDelegate {

    static final String PROCESS_KEY = "inactivity-sweep";

    /** What the sweep tells a member. */
    enum Notice {
        WITHDRAWAL_WARNING, DEEMED_WITHDRAWN
    }

    private final MemberRegister register;
    private final InactivityReasons reasons;
    private final MemberNotices notices;
    private final CaseNumbers caseNumbers;
    private final RuntimeService runtime;
    private final Texts texts;
    private final Clock clock;
    private final Reading reading;
    private final OpenExpulsion openExpulsion;
    private final String secretariat;

    @Autowired
    SweepInactiveMembers(MemberRegister register, InactivityReasons reasons, MemberNotices notices, Texts texts,
            CaseNumbers caseNumbers, RuntimeService runtime, Clock clock, GovernanceSettings settings) {
        this(register, reasons, notices, texts, caseNumbers, runtime, clock,
                Reading.valueOf(settings.inactivitySweep().lapses().name()), settings.inactivitySweep().openExpulsion(),
                settings.mail().from());
    }

    /** A sweep that reads the lapses and treats an open expulsion as given, whatever the settings say. */
    SweepInactiveMembers(MemberRegister register, InactivityReasons reasons, MemberNotices notices, Texts texts,
            CaseNumbers caseNumbers, RuntimeService runtime, Clock clock, Reading reading, OpenExpulsion openExpulsion,
            String secretariat) {
        this.register = register;
        this.reasons = reasons;
        this.notices = notices;
        this.texts = texts;
        this.caseNumbers = caseNumbers;
        this.runtime = runtime;
        this.clock = clock;
        this.reading = reading;
        this.openExpulsion = openExpulsion;
        this.secretariat = secretariat;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = LocalDate.now(clock);
        for (Member member : register.active().stream().filter(m -> Inactivity.appliesTo(m.kind())).toList()) {
            Inactivity inactivity = new Inactivity(member.admittedOn(), member.lastDuesOn(),
                    member.lastParticipationOn(), reasons.reasonsOf(member.membershipNumber()), reading);
            if (inactivity.deemedWithdrawn(today)) {
                withdrawUnlessUnderExpulsion(member, inactivity);
            } else if (inactivity.dueForWarning(today) && !inactivity.lastDay().equals(member.warnedOfWithdrawalOn())) {
                warn(member, inactivity);
            }
        }
    }

    private void withdrawUnlessUnderExpulsion(Member member, Inactivity inactivity) {
        String number = member.membershipNumber();
        List<String> open = ExpulsionCase.openCases(runtime, number);
        List<String> waiting = ExpulsionCase.waitingForVote(runtime, number);
        if (!open.isEmpty() && (openExpulsion == OpenExpulsion.LEAVE_TO_EXPULSION || waiting.size() < open.size())) {
            return; // the expulsion decides; should it not expel, a later sweep withdraws the member
        }
        String caseNumber = caseNumbers.next(CaseNumbers.Kind.WITHDRAWAL);
        register.withdraw(number, inactivity.reason(), caseNumber);
        String closed = "已结束：会员 " + number + " 视为自动退会（连续 2 年未缴纳会费或未参加活动，案件 " + caseNumber
                + "）。 Closed: member " + number + " was deemed withdrawn (automatic withdrawal, 2 years without"
                + " dues or participation) in case " + caseNumber + ".";
        ExpulsionCase.closeWaiting(runtime, number, closed);
        Language language = member.language();
        notices.send(member, caseNumber, Notice.DEEMED_WITHDRAWN, caseNumber, lapse(language, inactivity), Inactivity.YEARS);
    }

    private void warn(Member member, Inactivity inactivity) {
        Language language = member.language();
        notices.send(member, member.membershipNumber(), Notice.WITHDRAWAL_WARNING, member.membershipNumber(),
                lapse(language, inactivity), Texts.date(language, inactivity.lastDay()),
                texts.get(language, "inactivity.remedy." + lapseKind(inactivity)), secretariat);
        register.warnedOfWithdrawal(member.membershipNumber(), inactivity.lastDay());
    }

    private String lapse(Language language, Inactivity inactivity) {
        return texts.get(language, "inactivity.lapse." + lapseKind(inactivity),
                Texts.date(language, inactivity.since(reading == Reading.BOTH_LAPSES ? Lapse.DUES : inactivity.counting())),
                Texts.date(language, inactivity.since(Lapse.PARTICIPATION)));
    }

    private String lapseKind(Inactivity inactivity) {
        return reading == Reading.BOTH_LAPSES ? "BOTH" : inactivity.counting().name();
    }
}
