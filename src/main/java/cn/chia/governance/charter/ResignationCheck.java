package cn.chia.governance.charter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import cn.chia.governance.charter.AttendanceRoll.Presence;

/**
 * Whether a director should be asked to resign for absences, and which absences count. The charter: "A director who
 * has been absent from the board meeting for three consecutive times without any reason and is unable to perform
 * his/her duties normally shall generally resign from his/her position; the standing director who has been absent
 * from the meeting of the standing council for 5 times without reason ... shall generally resign from his/her
 * position" ({@value #COUNCIL_CLAUSE}; {@value #STANDING_COUNCIL_CLAUSE}).
 * <ul>
 * <li>Only meetings whose attendance was taken by name count (a meeting of a body with a recorded roster); a
 * meeting adjourned for lack of quorum counts too: it was convened, and the director did not come.</li>
 * <li>An absence with a reason ({@link Presence#EXCUSED}) is not "without reason": it does not count, and it does
 * not break a run of absences either (the director did not attend). Attending in person or by proxy (a member
 * represented has taken part), or voting in a meeting by communication, breaks the run.</li>
 * <li>Council: the {@value #COUNCIL_LIMIT}rd absence without reason in a row. Standing Council: the
 * {@value #STANDING_COUNCIL_LIMIT}th absence without reason in the term, in a row or not ("5 times").</li>
 * <li>Meetings before the term began do not count, nor those an earlier case already counted (up to and including
 * its last absence): after a case the count starts again.</li>
 * </ul>
 *
 * @param body the Council or the Standing Council
 * @param due whether the limit is reached
 * @param absences the absences that reach the limit when due; else those that count so far
 * @param limit how many absences reach the limit
 * @param clause the charter's words
 */
public record ResignationCheck(Body body, boolean due, List<Sitting> absences, int limit, String clause) {

    public static final String COUNCIL_CLAUSE = "Council: a director absent three consecutive times without reason"
            + " shall generally resign";
    public static final String STANDING_COUNCIL_CLAUSE = "Standing Council: an executive director absent 5 times"
            + " without reason shall generally resign";
    /** Absences without reason in a row from Council meetings. */
    public static final int COUNCIL_LIMIT = 3;
    /** Absences without reason in the term from Standing Council meetings. */
    public static final int STANDING_COUNCIL_LIMIT = 5;

    /** How a member took part in one meeting of the body, the meeting named by its number and day. */
    public record Sitting(String meetingNumber, LocalDate date, Presence presence) {

        /** Meetings in the order they were held: by day, then by number. */
        public static final Comparator<Sitting> IN_ORDER = Comparator.comparing(Sitting::date)
                .thenComparing(Sitting::meetingNumber);

        public Sitting {
            Objects.requireNonNull(meetingNumber, "meetingNumber");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(presence, "presence");
        }

        @Override
        public String toString() {
            return meetingNumber + " (" + date + ")";
        }
    }

    public ResignationCheck {
        absences = List.copyOf(absences);
    }

    /**
     * The check of one member of the body.
     *
     * @param sittings the member's attendance at the body's meetings taken by name, in any order
     * @param termStart the first day of the term
     * @param countedBefore the last absence an earlier case of this member counted, or null
     * @throws IllegalArgumentException for the General Assembly, for which the charter sets no such rule
     */
    public static ResignationCheck of(Body body, List<Sitting> sittings, LocalDate termStart, Sitting countedBefore) {
        Objects.requireNonNull(termStart, "termStart");
        boolean council = switch (Objects.requireNonNull(body, "body")) {
            case COUNCIL -> true;
            case STANDING_COUNCIL -> false;
            case GENERAL_ASSEMBLY -> throw new Unacceptable("章程没有关于会员代表大会缺席的规定。",
                    "The charter sets no absence rule for the General Assembly.");
        };
        int limit = council ? COUNCIL_LIMIT : STANDING_COUNCIL_LIMIT;
        List<Sitting> counted = new ArrayList<>();
        for (Sitting sitting : sittings.stream().sorted(Sitting.IN_ORDER).toList()) {
            if (sitting.date().isBefore(termStart)
                    || countedBefore != null && Sitting.IN_ORDER.compare(sitting, countedBefore) <= 0) {
                continue;
            }
            switch (sitting.presence()) {
                case ABSENT -> counted.add(sitting);
                case EXCUSED -> { }
                case IN_PERSON, BY_PROXY -> {
                    if (council) {
                        counted.clear();
                    }
                }
            }
            if (counted.size() == limit) {
                break;
            }
        }
        return new ResignationCheck(body, counted.size() == limit, counted, limit,
                council ? COUNCIL_CLAUSE : STANDING_COUNCIL_CLAUSE);
    }

    /** The last absence counted, which the case that follows names; null when none counts. */
    public Sitting lastAbsence() {
        return absences.isEmpty() ? null : absences.get(absences.size() - 1);
    }

    /**
     * E.g. "3 consecutive absences without reason from the Council: MTG-2026-0001 (2026-01-10), …: the director
     * should generally resign (Council: …)".
     */
    public String reason() {
        String what = absences.size() + (body == Body.COUNCIL ? " consecutive" : "") + " absences without reason from the "
                + body.title() + (absences.isEmpty() ? "" : ": " + list());
        return what + (due ? ": the " + body.memberNounSingular() + " should generally resign"
                : ": below the limit of " + limit) + " (" + clause + ").";
    }

    /** E.g. "连续 3 次无故缺席理事会会议：MTG-2026-0001 (2026-01-10)、…；理事一般应辞职。" */
    public String reasonZh() {
        String what = (body == Body.COUNCIL ? "连续 " : "本届 ") + absences.size() + " 次无故缺席" + body.chineseTitle() + "会议"
                + (absences.isEmpty() ? "" : "：" + absences.stream().map(Sitting::toString).collect(Collectors.joining("、")));
        return what + (due ? "；按章程，" + body.chineseMemberNoun() + "一般应辞职。" : "；未达到 " + limit + " 次。");
    }

    private String list() {
        return absences.stream().map(Sitting::toString).collect(Collectors.joining(", "));
    }
}
