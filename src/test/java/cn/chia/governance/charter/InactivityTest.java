package cn.chia.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.chia.governance.charter.Inactivity.Lapse;
import cn.chia.governance.charter.Inactivity.Reading;
import cn.chia.governance.charter.InactivityReason.Covers;
import cn.chia.governance.charter.InactivityReason.Kind;

class InactivityTest {

    static final LocalDate ADMITTED = LocalDate.of(2024, 11, 26);

    @Test
    void theTwoYearsEndAtTheEndOfTheAnniversaryDayAndTheMemberIsWithdrawnTheDayAfter() {
        Inactivity inactivity = new Inactivity(ADMITTED, null, LocalDate.of(2026, 6, 1));
        assertThat(inactivity.lastDay()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(inactivity.withdrawnOn()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(inactivity.deemedWithdrawn(LocalDate.of(2026, 11, 26))).as("the anniversary itself").isFalse();
        assertThat(inactivity.deemedWithdrawn(LocalDate.of(2026, 11, 27))).isTrue();
        assertThat(inactivity.reason()).isEqualTo("No dues paid since 2024-11-26: deemed withdrawn (charter: withdrawal)");
    }

    @Test
    void aPaymentOnTheAnniversaryStillCounts() {
        Inactivity paidThatDay = new Inactivity(ADMITTED, LocalDate.of(2026, 11, 26), LocalDate.of(2026, 6, 1));
        assertThat(paidThatDay.deemedWithdrawn(LocalDate.of(2026, 11, 27))).isFalse();
        assertThat(paidThatDay.lastDay()).isEqualTo(LocalDate.of(2028, 6, 1));
    }

    @Test
    void eitherLapseIsEnoughByDefault() {
        Inactivity inactivity = new Inactivity(ADMITTED, LocalDate.of(2026, 6, 1), null);
        assertThat(inactivity.withdrawnOn()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(inactivity.counting()).isEqualTo(Lapse.PARTICIPATION);
        assertThat(inactivity.lapse()).isEqualTo("No participation in the Association's activities since 2024-11-26");
    }

    @Test
    void readAsBothLapsesAMemberWhoPaysButTakesNoPartStays() {
        Inactivity paying = new Inactivity(ADMITTED, LocalDate.of(2026, 6, 1), null, List.of(), Reading.BOTH_LAPSES);
        assertThat(paying.lastDay()).isEqualTo(LocalDate.of(2028, 6, 1));
        assertThat(paying.deemedWithdrawn(LocalDate.of(2026, 11, 27))).isFalse();
        Inactivity neither = new Inactivity(ADMITTED, null, null, List.of(), Reading.BOTH_LAPSES);
        assertThat(neither.withdrawnOn()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(neither.lapse()).isEqualTo("No dues paid since 2024-11-26 and no participation in the Association's"
                + " activities since 2024-11-26");
    }

    @Test
    void eachLapseCountsFromTheLaterOfAdmissionAndTheLastActivity() {
        Inactivity inactivity = new Inactivity(ADMITTED, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 8, 1));
        assertThat(inactivity.lastDay()).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(new Inactivity(ADMITTED, LocalDate.of(2020, 1, 1), null).lastDay()).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void theWarningIsDueSixtyDaysBeforeTheDayOfWithdrawalNotSixtyOne() {
        Inactivity inactivity = new Inactivity(ADMITTED, null, null);
        assertThat(inactivity.warnedOn()).isEqualTo(LocalDate.of(2026, 9, 28));
        assertThat(inactivity.dueForWarning(LocalDate.of(2026, 9, 27))).isFalse();
        assertThat(inactivity.dueForWarning(LocalDate.of(2026, 9, 28))).isTrue();
        assertThat(inactivity.dueForWarning(LocalDate.of(2026, 11, 26))).isTrue();
        assertThat(inactivity.dueForWarning(LocalDate.of(2026, 11, 27))).as("withdrawn, not warned").isFalse();
    }

    @Test
    void onlyTimeWithoutAReasonCounts() {
        InactivityReason illness = reason(Covers.BOTH, "2025-03-01", "2025-03-10");
        Inactivity inactivity = new Inactivity(ADMITTED, null, null, List.of(illness), Reading.EITHER_LAPSE);
        assertThat(inactivity.lastDay()).as("10 days later").isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(inactivity.deemedWithdrawn(LocalDate.of(2026, 12, 6))).isFalse();
        assertThat(inactivity.deemedWithdrawn(LocalDate.of(2026, 12, 7))).isTrue();
    }

    @Test
    void aReasonExcusesOnlyTheLapseItCovers() {
        InactivityReason exemption = reason(Covers.DUES, "2025-01-01", "2025-12-31");
        Inactivity inactivity = new Inactivity(ADMITTED, null, null, List.of(exemption), Reading.EITHER_LAPSE);
        assertThat(inactivity.lastDay(Lapse.DUES)).isEqualTo(LocalDate.of(2027, 11, 26));
        assertThat(inactivity.lastDay()).as("participation still lapses").isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(inactivity.counting()).isEqualTo(Lapse.PARTICIPATION);
    }

    @Test
    void overlappingReasonsCountEachDayOnce() {
        Inactivity inactivity = new Inactivity(ADMITTED, null, null, List.of(
                reason(Covers.BOTH, "2025-03-01", "2025-03-10"), reason(Covers.BOTH, "2025-03-06", "2025-03-15"),
                reason(Covers.BOTH, "2025-03-08", "2025-03-09")), Reading.EITHER_LAPSE);
        assertThat(inactivity.lastDay()).as("15 days later").isEqualTo(LocalDate.of(2026, 12, 11));
    }

    @Test
    void aReasonBeforeTheLapseBeganOrAfterTheYearsRanOutDoesNotCount() {
        Inactivity inactivity = new Inactivity(ADMITTED, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), List.of(
                reason(Covers.BOTH, "2024-12-01", "2025-01-01"), reason(Covers.BOTH, "2027-01-02", "2027-02-01")),
                Reading.EITHER_LAPSE);
        assertThat(inactivity.lastDay()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void aReasonThatBeginsOnTheLastDayStretchesTheYearsToItsEndAndOnTheDayAfterItDoesNot() {
        Inactivity onTheLastDay = new Inactivity(ADMITTED, null, null,
                List.of(reason(Covers.BOTH, "2026-11-26", "2026-12-31")), Reading.EITHER_LAPSE);
        assertThat(onTheLastDay.lastDay()).isEqualTo(LocalDate.of(2027, 1, 1));
        Inactivity tooLate = new Inactivity(ADMITTED, null, null,
                List.of(reason(Covers.BOTH, "2026-11-27", "2026-12-31")), Reading.EITHER_LAPSE);
        assertThat(tooLate.lastDay()).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void aPeriodEndsOnOrAfterItsFirstDayAndBeginsNoEarlierThanTheAdmission() {
        assertThat(InactivityReason.problems(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), ADMITTED)).isEmpty();
        assertThat(InactivityReason.problems(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1), ADMITTED))
                .singleElement().asString().startsWith("理由的期间应在 2025-03-02 当日或之后结束")
                .contains("The period of the reason ends on or after its first day (2025-03-02), not on 2025-03-01.");
        assertThat(InactivityReason.problems(ADMITTED, ADMITTED, ADMITTED)).isEmpty();
        assertThat(InactivityReason.problems(ADMITTED.minusDays(1), ADMITTED, ADMITTED)).singleElement().asString()
                .contains("begins no earlier than the member's admission on 2024-11-26");
    }

    private static InactivityReason reason(Covers covers, String from, String until) {
        return new InactivityReason(Kind.ILLNESS, covers, LocalDate.parse(from), LocalDate.parse(until));
    }
}
