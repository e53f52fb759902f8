package cn.chia.governance.charter;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Withdrawal instructions: "If a member fails to pay the membership fee or participate in the activities of the club
 * for 2 years without any reason, it will be deemed as automatic withdrawal."
 * <ul>
 * <li><b>Each lapse</b> counts from the later of admission and the last payment (or participation).</li>
 * <li><b>Without any reason:</b> the days a recorded {@link InactivityReason} covers do not count; the 2 years are
 * reached that many days later.</li>
 * <li><b>The end of the day:</b> the 2 years end at the end of the anniversary day ({@link #lastDay()}): a payment
 * that day still counts; the member is deemed withdrawn on the day after ({@link #withdrawnOn()}).</li>
 * <li><b>"fails to pay … or participate":</b> read by default as either lapse alone ({@link Reading#EITHER_LAPSE});
 * {@link Reading#BOTH_LAPSES} reads it as both lapses together (the member neither pays nor takes part).</li>
 * </ul>
 * The member is warned {@value #WARNING_DAYS} days before the day of withdrawal.
 */
public record Inactivity(LocalDate admittedOn, LocalDate lastDues, LocalDate lastParticipation,
        List<InactivityReason> reasons, Reading reading) {

    public static final int YEARS = 2;
    public static final int WARNING_DAYS = 60;
    static final String CLAUSE = "charter: withdrawal";

    /** What the member fails to do. */
    public enum Lapse { DUES, PARTICIPATION }

    /** How "fails to pay the membership fee or participate in the activities" is read. */
    public enum Reading { EITHER_LAPSE, BOTH_LAPSES }

    public Inactivity {
        Objects.requireNonNull(admittedOn, "admittedOn");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        reading = reading == null ? Reading.EITHER_LAPSE : reading;
    }

    /** Without recorded reasons, either lapse alone. */
    public Inactivity(LocalDate admittedOn, LocalDate lastDues, LocalDate lastParticipation) {
        this(admittedOn, lastDues, lastParticipation, List.of(), Reading.EITHER_LAPSE);
    }

    /**
     * The last day on which a payment (or participation, as the lapse that counts) still keeps the member: the
     * anniversary {@value #YEARS} years after the lapse began, later by the days a reason covers.
     */
    public LocalDate lastDay() {
        LocalDate dues = lastDay(Lapse.DUES);
        LocalDate participation = lastDay(Lapse.PARTICIPATION);
        boolean earlier = !dues.isAfter(participation);
        return reading == Reading.EITHER_LAPSE ? (earlier ? dues : participation) : (earlier ? participation : dues);
    }

    /** The day the member is deemed to have withdrawn: the day after {@link #lastDay()}. */
    public LocalDate withdrawnOn() {
        return lastDay().plusDays(1);
    }

    /** The day the member is warned. */
    public LocalDate warnedOn() {
        return withdrawnOn().minusDays(WARNING_DAYS);
    }

    /**
     * Whether a member of that kind can be deemed withdrawn at all: an honorary member pays no dues
     * ({@value HonoraryProposal#CLAUSE}), so neither lapse counts against one.
     */
    public static boolean appliesTo(String memberKind) {
        return !HonoraryProposal.KIND.equals(memberKind);
    }

    public boolean deemedWithdrawn(LocalDate today) {
        return today.isAfter(lastDay());
    }

    public boolean dueForWarning(LocalDate today) {
        return !today.isBefore(warnedOn()) && !deemedWithdrawn(today);
    }

    /** E.g. "No dues paid since 2024-11-26: deemed withdrawn (charter: withdrawal)". */
    public String reason() {
        return lapse() + ": deemed withdrawn (" + CLAUSE + ")";
    }

    /** E.g. "No dues paid since 2024-11-26"; under {@link Reading#BOTH_LAPSES} both lapses. */
    public String lapse() {
        String dues = "No dues paid since " + since(Lapse.DUES);
        String participation = "No participation in the Association's activities since " + since(Lapse.PARTICIPATION);
        if (reading == Reading.BOTH_LAPSES) {
            return dues + " and n" + participation.substring(1);
        }
        return counting() == Lapse.PARTICIPATION ? participation : dues;
    }

    /** The lapse that counts under {@link Reading#EITHER_LAPSE}: the one that ends first (dues on a tie). */
    public Lapse counting() {
        return lastDay(Lapse.PARTICIPATION).isBefore(lastDay(Lapse.DUES)) ? Lapse.PARTICIPATION : Lapse.DUES;
    }

    /** The day the lapse began: the later of admission and the last payment (or participation). */
    public LocalDate since(Lapse lapse) {
        LocalDate last = lapse == Lapse.DUES ? lastDues : lastParticipation;
        return last == null || last.isBefore(admittedOn) ? admittedOn : last;
    }

    /**
     * The last day of the lapse's {@value #YEARS} years: the anniversary, then for each period a reason covers after
     * the lapse began (merged where they overlap, in order), as many days later as the period covers, as long as the
     * period begins before the years run out.
     */
    public LocalDate lastDay(Lapse lapse) {
        LocalDate since = since(lapse);
        LocalDate last = since.plusYears(YEARS);
        LocalDate coveredUntil = since;
        for (InactivityReason reason : reasons.stream().filter(r -> r.excuses(lapse))
                .sorted(Comparator.comparing(InactivityReason::from)).toList()) {
            LocalDate from = reason.from().isAfter(coveredUntil) ? reason.from() : coveredUntil.plusDays(1);
            if (from.isAfter(last)) {
                break;
            }
            if (!reason.until().isBefore(from)) {
                last = last.plusDays(ChronoUnit.DAYS.between(from, reason.until()) + 1);
                coveredUntil = reason.until();
            }
        }
        return last;
    }
}
