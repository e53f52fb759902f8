package cn.chia.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import cn.chia.governance.charter.MeetingCadence.State;

class MeetingCadenceTest {

    static final LocalDate TERM_START = LocalDate.of(2022, 7, 27);
    static final List<Integer> REMINDERS = List.of(60, 14);

    private static MeetingCadence council(LocalDate lastMeeting) {
        return new MeetingCadence(Body.COUNCIL, lastMeeting, TERM_START, REMINDERS);
    }

    private static MeetingCadence standingCouncil(LocalDate lastMeeting) {
        return new MeetingCadence(Body.STANDING_COUNCIL, lastMeeting, TERM_START, REMINDERS);
    }

    @Test
    void theCouncilMeetsAgainByTheSameDayAYearLaterAndIsLateTheDayAfter() {
        MeetingCadence cadence = council(LocalDate.of(2025, 3, 10));
        assertThat(cadence.dueBy()).contains(LocalDate.of(2026, 3, 10));
        assertThat(cadence.state(LocalDate.of(2026, 3, 10))).as("the last allowed day").isEqualTo(State.DUE_SOON);
        assertThat(cadence.state(LocalDate.of(2026, 3, 11))).as("the day after").isEqualTo(State.OVERDUE);
        assertThat(cadence.clause()).isEqualTo("Council: a meeting at least once a year");
    }

    @Test
    void aCouncilThatMetInJanuaryIsDueInJanuaryNotInDecemberOfTheNextYear() {
        assertThat(council(LocalDate.of(2026, 1, 15)).dueBy()).contains(LocalDate.of(2027, 1, 15));
        assertThat(council(LocalDate.of(2026, 1, 15)).state(LocalDate.of(2027, 6, 1))).isEqualTo(State.OVERDUE);
    }

    @Test
    void theStandingCouncilMeetsAgainWithinSixMonths() {
        MeetingCadence cadence = standingCouncil(LocalDate.of(2026, 4, 30));
        assertThat(cadence.dueBy()).contains(LocalDate.of(2026, 10, 30));
        assertThat(cadence.state(LocalDate.of(2026, 10, 30))).isEqualTo(State.DUE_SOON);
        assertThat(cadence.state(LocalDate.of(2026, 10, 31))).isEqualTo(State.OVERDUE);
        assertThat(cadence.clause()).isEqualTo("Standing Council: a meeting at least once every six months");
    }

    @Test
    void sixMonthsAfterTheLastDayOfAugustIsTheLastDayOfFebruaryInLeapYearsToo() {
        MeetingCadence common = standingCouncil(LocalDate.of(2026, 8, 31));
        assertThat(common.dueBy()).contains(LocalDate.of(2027, 2, 28));
        assertThat(common.state(LocalDate.of(2027, 2, 28))).isEqualTo(State.DUE_SOON);
        assertThat(common.state(LocalDate.of(2027, 3, 1))).isEqualTo(State.OVERDUE);

        MeetingCadence leap = standingCouncil(LocalDate.of(2027, 8, 31));
        assertThat(leap.dueBy()).contains(LocalDate.of(2028, 2, 29));
        assertThat(leap.state(LocalDate.of(2028, 2, 29))).isEqualTo(State.DUE_SOON);
        assertThat(leap.state(LocalDate.of(2028, 3, 1))).isEqualTo(State.OVERDUE);
    }

    @Test
    void monthEndsDoNotStretch() {
        assertThat(standingCouncil(LocalDate.of(2027, 2, 28)).dueBy()).as("not the end of August").contains(LocalDate.of(2027, 8, 28));
        assertThat(standingCouncil(LocalDate.of(2026, 12, 31)).dueBy()).contains(LocalDate.of(2027, 6, 30));
        assertThat(council(LocalDate.of(2028, 2, 29)).dueBy()).contains(LocalDate.of(2029, 2, 28));
    }

    @Test
    void theRemindersAreDueSixtyAndFourteenDaysBeforeNotADayEarlier() {
        MeetingCadence cadence = council(LocalDate.of(2025, 3, 10)); // due 2026-03-10
        assertThat(cadence.reminderDue(LocalDate.of(2026, 1, 8))).as("61 days before").isEmpty();
        assertThat(cadence.state(LocalDate.of(2026, 1, 8))).isEqualTo(State.ON_TIME);
        assertThat(cadence.reminderDue(LocalDate.of(2026, 1, 9))).as("60 days before").hasValue(60);
        assertThat(cadence.state(LocalDate.of(2026, 1, 9))).isEqualTo(State.DUE_SOON);
        assertThat(cadence.reminderDue(LocalDate.of(2026, 2, 23))).as("15 days before").hasValue(60);
        assertThat(cadence.reminderDue(LocalDate.of(2026, 2, 24))).as("14 days before").hasValue(14);
        assertThat(cadence.reminderDue(LocalDate.of(2026, 3, 10))).as("the day itself").hasValue(14);
        assertThat(cadence.reminderDue(LocalDate.of(2026, 3, 11))).as("late: a warning, not a reminder").isEmpty();
        assertThat(cadence.daysLeft(LocalDate.of(2026, 3, 11))).hasValue(-1);
    }

    @Test
    void aBodyThatHasNotMetThisTermCountsFromTheTermsStart() {
        MeetingCadence never = council(null);
        assertThat(never.countsFromTermStart()).isTrue();
        assertThat(never.dueBy()).contains(LocalDate.of(2023, 7, 27));
        MeetingCadence lastTerm = standingCouncil(LocalDate.of(2022, 6, 1));
        assertThat(lastTerm.countsFrom()).as("a meeting of the last term").isEqualTo(TERM_START);
        assertThat(lastTerm.dueBy()).contains(LocalDate.of(2023, 1, 27));
        MeetingCadence onTheFirstDay = standingCouncil(TERM_START);
        assertThat(onTheFirstDay.countsFromTermStart()).isFalse();
        assertThat(onTheFirstDay.dueBy()).contains(LocalDate.of(2023, 1, 27));
    }

    @Test
    void theTermStartsFiveYearsBeforeItsEndAsElected() {
        assertThat(MeetingCadence.termStart(LocalDate.of(2027, 7, 27))).isEqualTo(TERM_START);
        assertThat(MeetingCadence.termStart(LocalDate.of(2029, 2, 28))).isEqualTo(LocalDate.of(2024, 2, 28));
    }

    @Test
    void theGeneralAssemblyHasNoCadenceOnlyATerm() {
        MeetingCadence assembly = new MeetingCadence(Body.GENERAL_ASSEMBLY, null, TERM_START, REMINDERS);
        assertThat(assembly.applies()).isFalse();
        assertThat(assembly.dueBy()).isEmpty();
        assertThat(assembly.state(LocalDate.of(2030, 1, 1))).isEqualTo(State.NOT_APPLICABLE);
        assertThat(assembly.reminderDue(LocalDate.of(2030, 1, 1))).isEmpty();
        assertThat(assembly.clause()).isEqualTo(TermChangeRequest.TERM_CLAUSE);
        assertThat(MeetingCadence.interval(Body.GENERAL_ASSEMBLY)).isEmpty();
    }

    @Test
    void remindersMayBeSetInAnyOrderOrNotAtAll() {
        MeetingCadence unordered = new MeetingCadence(Body.COUNCIL, LocalDate.of(2025, 3, 10), TERM_START, List.of(14, 60, 14));
        assertThat(unordered.remindDaysBefore()).containsExactly(14, 60);
        assertThat(unordered.reminderDue(LocalDate.of(2026, 3, 1))).hasValue(14);
        MeetingCadence none = new MeetingCadence(Body.COUNCIL, LocalDate.of(2025, 3, 10), TERM_START, List.of());
        assertThat(none.reminderDue(LocalDate.of(2026, 3, 10))).isEqualTo(OptionalInt.empty());
        assertThat(none.state(LocalDate.of(2026, 3, 10))).as("no reminder, no DUE_SOON").isEqualTo(State.ON_TIME);
        assertThat(none.state(LocalDate.of(2026, 3, 11))).isEqualTo(State.OVERDUE);
        assertThatThrownBy(() -> new MeetingCadence(Body.COUNCIL, null, TERM_START, List.of(0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MeetingCadence(Body.COUNCIL, null, TERM_START, Arrays.asList(60, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
