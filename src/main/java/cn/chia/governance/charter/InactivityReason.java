package cn.chia.governance.charter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A reason the Secretariat records for a member's not paying dues or not taking part, with its period: the
 * charter deems a member withdrawn who fails to pay or to take part for 2 years "without any reason" (withdrawal
 * instructions), so the days a reason covers do not count ({@link Inactivity}). The period runs from {@code from}
 * to {@code until}, both days included; it may lie in the past or ahead.
 */
public record InactivityReason(Kind kind, Covers covers, LocalDate from, LocalDate until) {

    public static final String CLAUSE = "charter, withdrawal instructions: 2 years without any reason";

    /** What the reason is: an illness, a posting abroad, an exemption the Association grants. */
    public enum Kind { ILLNESS, POSTING_ABROAD, EXEMPTION }

    /** Which lapse the reason excuses: not paying, not taking part, or both. */
    public enum Covers {
        DUES, PARTICIPATION, BOTH;

        boolean excuses(Inactivity.Lapse lapse) {
            return this == BOTH || name().equals(lapse.name());
        }
    }

    public InactivityReason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(covers, "covers");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }

    /** Whether this reason excuses the lapse. */
    public boolean excuses(Inactivity.Lapse lapse) {
        return covers.excuses(lapse);
    }

    /**
     * What keeps a period of a reason from being recorded for a member admitted on {@code admittedOn}, each in Chinese
     * then English in one text; empty when nothing does. See {@link #whatIsWrong}.
     */
    public static List<String> problems(LocalDate from, LocalDate until, LocalDate admittedOn) {
        return whatIsWrong(from, until, admittedOn).stream().map(Words::both).toList();
    }

    /**
     * What keeps a period of a reason from being recorded for a member admitted on {@code admittedOn}, in Chinese and
     * English; empty when nothing does. The period ends on or after its first day, and begins no earlier than the
     * admission.
     */
    public static List<Words> whatIsWrong(LocalDate from, LocalDate until, LocalDate admittedOn) {
        List<Words> problems = new ArrayList<>();
        if (until.isBefore(from)) {
            problems.add(new Words("理由的期间应在 " + from + " 当日或之后结束，而非 " + until + "。",
                    "The period of the reason ends on or after its first day (" + from + "), not on " + until + "."));
        }
        if (from.isBefore(admittedOn)) {
            problems.add(new Words("理由的期间不能早于该会员入会之日 " + admittedOn + "（而非 " + from + "）。",
                    "The period of the reason begins no earlier than the member's admission on " + admittedOn
                            + ", not on " + from + "."));
        }
        return problems;
    }
}
