package cn.chia.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class InactivityTest {

    static final LocalDate ADMITTED = LocalDate.of(2024, 11, 26);

    @Test
    void twoYearsWithoutDuesIsWithdrawalOnTheDayNotTheDayBefore() {
        Inactivity inactivity = new Inactivity(ADMITTED, null, LocalDate.of(2026, 6, 1));
        assertThat(inactivity.withdrawnOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(inactivity.deemedWithdrawn(LocalDate.of(2026, 11, 25))).isFalse();
        assertThat(inactivity.deemedWithdrawn(LocalDate.of(2026, 11, 26))).isTrue();
        assertThat(inactivity.reason()).isEqualTo("No dues paid since 2024-11-26: deemed withdrawn (charter: withdrawal)");
    }

    @Test
    void eitherLapseIsEnough() {
        Inactivity inactivity = new Inactivity(ADMITTED, LocalDate.of(2026, 6, 1), null);
        assertThat(inactivity.withdrawnOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(inactivity.lapse()).isEqualTo("No participation in the Association's activities since 2024-11-26");
        assertThat(inactivity.remedy()).isEqualTo("take part in an activity of the Association");
    }

    @Test
    void eachLapseCountsFromTheLaterOfAdmissionAndTheLastActivity() {
        Inactivity inactivity = new Inactivity(ADMITTED, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 8, 1));
        assertThat(inactivity.withdrawnOn()).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(new Inactivity(ADMITTED, LocalDate.of(2020, 1, 1), null).withdrawnOn())
                .isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void theWarningIsDueSixtyDaysBeforeNotSixtyOne() {
        Inactivity inactivity = new Inactivity(ADMITTED, null, null);
        assertThat(inactivity.warnedOn()).isEqualTo(LocalDate.of(2026, 9, 27));
        assertThat(inactivity.dueForWarning(LocalDate.of(2026, 9, 26))).isFalse();
        assertThat(inactivity.dueForWarning(LocalDate.of(2026, 9, 27))).isTrue();
        assertThat(inactivity.dueForWarning(LocalDate.of(2026, 11, 25))).isTrue();
        assertThat(inactivity.dueForWarning(LocalDate.of(2026, 11, 26))).as("withdrawn, not warned").isFalse();
    }
}
