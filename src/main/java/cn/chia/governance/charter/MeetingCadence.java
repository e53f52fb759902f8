package cn.chia.governance.charter;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How often a body must meet, and by which day its next meeting is due.
 * <ul>
 * <li>{@value #COUNCIL_CLAUSE}: "The Council shall hold a meeting at least once a year, and in special circumstances,
 * it can be held by means of communication."</li>
 * <li>{@value #STANDING_COUNCIL_CLAUSE}: "The Standing Council shall hold at least one meeting every six months, and
 * in special circumstances, it may hold meetings by means of communication."</li>
 * <li>The General Assembly has no such rule: it "is held for 5 years" ({@value #GENERAL_ASSEMBLY_CLAUSE}); its next
 * sitting is due at the end of the term, which the term's own procedure changes. Its cadence is
 * {@link State#NOT_APPLICABLE}.</li>
 * </ul>
 * <b>"Once a year" is read as at most a year between two meetings</b>, not as one meeting in each calendar year: the
 * next meeting is due by the same day one year (six months for the Standing Council) after the last meeting held
 * ({@link LocalDate#plusYears}, {@link LocalDate#plusMonths}: a meeting on 31 August is followed by 28 February, or 29
 * in a leap year; a meeting on 29 February by 28 February). That day itself is still in time; the day after is late.
 * A Secretariat keeps to this reading because it is the stricter one: a body that never lets a year pass has also met
 * in every calendar year (a year since the last meeting never spans a whole calendar year), whereas the calendar
 * reading would let a Council meet in January of one year and December of the next, 23 months apart, and would give
 * no due day but 31 December. The same reading holds for "every six months".
 * <p>
 * The time counts from the later of the last meeting held (in person or by communication) and the start of the term:
 * a body of a new term that has not yet met is due one interval after the term began.
 * <p>
 * The Secretariat is reminded a number of days before the due day (each number once; the settings say which, 60 and
 * 14 by default): the reminder due on a day is that of the smallest number of days not less than the days left, so a
 * due day first seen 10 days ahead brings the 14-day reminder alone, not the 60-day one as well.
 *
 * @param body the body
 * @param lastMeetingHeld the day of its last meeting held, or null when it has held none
 * @param termStart the day the current term began
 * @param remindDaysBefore the days before the due day on which the Secretariat is reminded, positive
 */
public record MeetingCadence(Body body, LocalDate lastMeetingHeld, LocalDate termStart, List<Integer> remindDaysBefore) {

    public static final String COUNCIL_CLAUSE = "Council: a meeting at least once a year";
    public static final String STANDING_COUNCIL_CLAUSE = "Standing Council: a meeting at least once every six months";
    public static final String GENERAL_ASSEMBLY_CLAUSE = TermChangeRequest.TERM_CLAUSE;

    /** Where a body stands: its next meeting is due later than the first reminder, within it, or overdue. */
    public enum State {
        ON_TIME, DUE_SOON, OVERDUE, NOT_APPLICABLE
    }

    public MeetingCadence {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(termStart, "termStart");
        remindDaysBefore = remindDaysBefore == null ? List.of() : remindDaysBefore;
        if (remindDaysBefore.stream().anyMatch(days -> days == null || days < 1)) {
            throw new Unacceptable("提醒须在应开会日期前至少 1 天发出：" + remindDaysBefore + "。",
                    "Reminders are given 1 day or more before the due day: " + remindDaysBefore);
        }
        remindDaysBefore = remindDaysBefore.stream().distinct().sorted().toList();
    }

    /** The longest time a body may go without meeting: a year for the Council, six months for the Standing Council. */
    public static Optional<Period> interval(Body body) {
        return switch (body) {
            case COUNCIL -> Optional.of(Period.ofYears(1));
            case STANDING_COUNCIL -> Optional.of(Period.ofMonths(6));
            case GENERAL_ASSEMBLY -> Optional.empty();
        };
    }

    /** The clause that sets the cadence, or for the General Assembly the one that says why it has none. */
    public static String clause(Body body) {
        return switch (body) {
            case COUNCIL -> COUNCIL_CLAUSE;
            case STANDING_COUNCIL -> STANDING_COUNCIL_CLAUSE;
            case GENERAL_ASSEMBLY -> GENERAL_ASSEMBLY_CLAUSE;
        };
    }

    /** The first day of a term that ends on {@code termEnd} as elected: {@value TermChangeRequest#TERM_YEARS} years before. */
    public static LocalDate termStart(LocalDate electedTermEnd) {
        return electedTermEnd.minusYears(TermChangeRequest.TERM_YEARS);
    }

    public boolean applies() {
        return interval(body).isPresent();
    }

    public String clause() {
        return clause(body);
    }

    /** Whether the time counts from the term's start (no meeting held since it began). */
    public boolean countsFromTermStart() {
        return lastMeetingHeld == null || lastMeetingHeld.isBefore(termStart);
    }

    /** The day the time counts from: the last meeting held, or the term's start when that is later. */
    public LocalDate countsFrom() {
        return countsFromTermStart() ? termStart : lastMeetingHeld;
    }

    /** The last day on which the next meeting is in time; empty for the General Assembly. */
    public Optional<LocalDate> dueBy() {
        return interval(body).map(countsFrom()::plus);
    }

    /** Days from today to the due day: 0 on the day itself, negative once it has passed. */
    public OptionalInt daysLeft(LocalDate today) {
        return dueBy().map(due -> OptionalInt.of((int) ChronoUnit.DAYS.between(today, due))).orElse(OptionalInt.empty());
    }

    /**
     * {@link State#OVERDUE} from the day after the due day; {@link State#DUE_SOON} from the first reminder's day (the
     * largest number of days before) to the due day itself; {@link State#ON_TIME} before.
     */
    public State state(LocalDate today) {
        OptionalInt left = daysLeft(today);
        if (left.isEmpty()) {
            return State.NOT_APPLICABLE;
        }
        if (left.getAsInt() < 0) {
            return State.OVERDUE;
        }
        return !remindDaysBefore.isEmpty() && left.getAsInt() <= remindDaysBefore.get(remindDaysBefore.size() - 1)
                ? State.DUE_SOON : State.ON_TIME;
    }

    /**
     * The reminder due today, as its number of days before the due day: the smallest of the settings' numbers not
     * less than the days left; empty before the first reminder, once the day has passed, and for the General Assembly.
     */
    public OptionalInt reminderDue(LocalDate today) {
        OptionalInt left = daysLeft(today);
        if (left.isEmpty() || left.getAsInt() < 0) {
            return OptionalInt.empty();
        }
        return remindDaysBefore.stream().mapToInt(Integer::intValue).filter(days -> days >= left.getAsInt()).findFirst();
    }
}
