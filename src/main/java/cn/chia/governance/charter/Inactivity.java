package cn.chia.governance.charter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Withdrawal instructions: a member who, without reason, has not paid dues or has not taken part in
 * the association's activities for 2 years is deemed to have withdrawn; either lapse is enough. Each
 * lapse counts from the later of admission and the last payment (or participation). The member is
 * warned {@value #WARNING_DAYS} days before the day of withdrawal.
 */
public record Inactivity(LocalDate admittedOn, LocalDate lastDues, LocalDate lastParticipation) {

    public static final int YEARS = 2;
    public static final int WARNING_DAYS = 60;
    static final String CLAUSE = "charter: withdrawal";

    public Inactivity {
        Objects.requireNonNull(admittedOn, "admittedOn");
    }

    /** The day the member is deemed to have withdrawn: exactly {@value #YEARS} years after the earlier lapse began. */
    public LocalDate withdrawnOn() {
        return lapseStart().plusYears(YEARS);
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
        return !today.isBefore(withdrawnOn());
    }

    public boolean dueForWarning(LocalDate today) {
        return !today.isBefore(warnedOn()) && !deemedWithdrawn(today);
    }

    /** E.g. "No dues paid since 2024-11-26: deemed withdrawn (charter: withdrawal)". */
    public String reason() {
        return lapse() + ": deemed withdrawn (" + CLAUSE + ")";
    }

    /** E.g. "No dues paid since 2024-11-26". */
    public String lapse() {
        return duesSince().isAfter(participationSince())
                ? "No participation in the Association's activities since " + participationSince()
                : "No dues paid since " + duesSince();
    }

    /** What keeps the member: "pay your dues" or "take part in an activity of the Association". */
    public String remedy() {
        return duesSince().isAfter(participationSince()) ? "take part in an activity of the Association" : "pay your dues";
    }

    /** Whether the lapse that counts is of participation (otherwise of dues). */
    public boolean lapsedInParticipation() {
        return duesSince().isAfter(participationSince());
    }

    /** The day the lapse that counts began: the date in {@link #lapse()}. */
    public LocalDate lapseStart() {
        return duesSince().isAfter(participationSince()) ? participationSince() : duesSince();
    }

    private LocalDate duesSince() {
        return later(admittedOn, lastDues);
    }

    private LocalDate participationSince() {
        return later(admittedOn, lastParticipation);
    }

    private static LocalDate later(LocalDate admitted, LocalDate last) {
        return last == null || last.isBefore(admitted) ? admitted : last;
    }
}
