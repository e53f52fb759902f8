package cn.chia.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MeetingDayTest {

    private final MeetingDay thirdOfDecember = new MeetingDay(Body.COUNCIL, LocalDate.of(2026, 12, 3));

    @Test
    void attendanceIsRecordedOnTheMeetingsDayOrLaterNeverTheDayBefore() {
        assertThat(thirdOfDecember.attendanceTooEarly(LocalDate.of(2026, 12, 3))).isEmpty();
        assertThat(thirdOfDecember.attendanceTooEarly(LocalDate.of(2026, 12, 4))).isEmpty();
        assertThat(thirdOfDecember.attendanceTooEarly(LocalDate.of(2026, 12, 2))).hasValueSatisfying(refusal ->
                assertThat(refusal).isEqualTo(new Words("会议日期为2026年12月3日，出席情况须在会议当日或之后登记，今天（2026年12月2日）不能登记。",
                        "The meeting is dated 3 December 2026: its attendance is recorded on that day or later, not today"
                                + " (2 December 2026) (" + thirdOfDecember.clause() + ").")));
        assertThat(thirdOfDecember.attendanceTooEarly(LocalDate.of(2025, 12, 3))).isPresent();
    }
}
