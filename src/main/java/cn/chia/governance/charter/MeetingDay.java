package cn.chia.governance.charter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The day a meeting is held.
 * <ul>
 * <li>Its attendance is who was present at the meeting, and the quorum ({@code "<body>: quorum"}, see
 * {@link Charter#quorumRule}) is counted on it: it is recorded on the meeting's day or later, never before. A
 * meeting dated in the future cannot record its attendance, nor therefore vote, before that day.</li>
 * <li>What the meeting resolves, it resolves on its day: a resolution carries the meeting's date, whichever day the
 * clerk records it.</li>
 * </ul>
 *
 * @param body the body that meets
 * @param date the meeting's day
 */
public record MeetingDay(Body body, LocalDate date) {

    private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /** The clause the rule serves: the quorum of the meeting's body. */
    public String clause() {
        return body.title() + ": quorum";
    }

    /** Why the attendance cannot be recorded {@code today}, in Chinese and English; empty on the meeting's day or later. */
    public Optional<Words> attendanceTooEarly(LocalDate today) {
        if (!today.isBefore(date)) {
            return Optional.empty();
        }
        return Optional.of(new Words("会议日期为" + CHINESE.format(date) + "，出席情况须在会议当日或之后登记，今天（"
                + CHINESE.format(today) + "）不能登记。", "The meeting is dated " + ENGLISH.format(date)
                + ": its attendance is recorded on that day or later, not today (" + ENGLISH.format(today) + ") ("
                + clause() + ")."));
    }
}
