package cn.chia.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WithdrawalNoticeTest {

    static final LocalDate ADMITTED = LocalDate.of(2025, 3, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @Test
    void aLetterDatedTodayIsANotice() {
        assertThat(new WithdrawalNotice(TODAY, ADMITTED, TODAY).problems()).isEmpty();
    }

    @Test
    void aLetterDatedTomorrowIsRefused() {
        assertThat(new WithdrawalNotice(TODAY.plusDays(1), ADMITTED, TODAY).problems())
                .containsExactlyEntriesOf(Map.of("letterDate", "The date of the letter (2026-05-21) is in the future."));
    }

    @Test
    void aLetterDatedOnTheDayOfTheAdmissionIsANotice() {
        assertThat(new WithdrawalNotice(ADMITTED, ADMITTED, TODAY).problems()).isEmpty();
    }

    @Test
    void aLetterDatedTheDayBeforeTheAdmissionIsRefused() {
        assertThat(new WithdrawalNotice(ADMITTED.minusDays(1), ADMITTED, TODAY).problems())
                .containsExactlyEntriesOf(Map.of("letterDate",
                        "The date of the letter (2025-02-28) is before the member's admission on 2025-03-01."));
    }

    @Test
    void aMemberAdmittedTodayMayWithdrawToday() {
        assertThat(new WithdrawalNotice(TODAY, TODAY, TODAY).problems()).isEmpty();
    }

    @Test
    void theDatesAreRequired() {
        assertThatThrownBy(() -> new WithdrawalNotice(null, ADMITTED, TODAY)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new WithdrawalNotice(TODAY, null, TODAY)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new WithdrawalNotice(TODAY, ADMITTED, null)).isInstanceOf(NullPointerException.class);
    }
}
