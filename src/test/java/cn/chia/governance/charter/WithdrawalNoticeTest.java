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
                .containsExactlyEntriesOf(Map.of("letterDate",
                        new Words("来函日期（2026-05-21）在将来。", "The date of the letter (2026-05-21) is in the future.")));
    }

    @Test
    void aLetterDatedOnTheDayOfTheAdmissionIsANotice() {
        assertThat(new WithdrawalNotice(ADMITTED, ADMITTED, TODAY).problems()).isEmpty();
    }

    @Test
    void aLetterDatedTheDayBeforeTheAdmissionIsRefused() {
        assertThat(new WithdrawalNotice(ADMITTED.minusDays(1), ADMITTED, TODAY).problems())
                .containsExactlyEntriesOf(Map.of("letterDate", new Words("来函日期（2025-02-28）早于该会员入会之日 2025-03-01。",
                        "The date of the letter (2025-02-28) is before the member's admission on 2025-03-01.")));
    }

    @Test
    void aMemberAdmittedTodayMayWithdrawToday() {
        assertThat(new WithdrawalNotice(TODAY, TODAY, TODAY).problems()).isEmpty();
    }

    @Test
    void theNoticeIsReceivedOnTheDayOfTheLetterOrLaterButNotAfterToday() {
        LocalDate letter = TODAY.minusDays(5);
        assertThat(new WithdrawalNotice(letter, letter, ADMITTED, TODAY).problems()).isEmpty();
        assertThat(new WithdrawalNotice(letter, TODAY, ADMITTED, TODAY).problems()).isEmpty();
        assertThat(new WithdrawalNotice(letter, letter.minusDays(1), ADMITTED, TODAY).problems()).containsOnlyKeys("receivedOn")
                .extractingByKey("receivedOn").asString().contains("is before the date of the letter (2026-05-15)");
        assertThat(new WithdrawalNotice(letter, TODAY.plusDays(1), ADMITTED, TODAY).problems()).containsOnlyKeys("receivedOn")
                .extractingByKey("receivedOn").asString().startsWith("收到通知的日期（2026-05-21）在将来。");
    }

    @Test
    void theCardIsDueTheGivenDaysAfterTheNoticeWasReceived() {
        assertThat(new WithdrawalNotice(TODAY.minusDays(5), TODAY.minusDays(2), ADMITTED, TODAY).cardDueOn(30))
                .isEqualTo(LocalDate.of(2026, 6, 17));
    }

    @Test
    void theDatesAreRequired() {
        assertThatThrownBy(() -> new WithdrawalNotice(null, ADMITTED, TODAY)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new WithdrawalNotice(TODAY, null, TODAY)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new WithdrawalNotice(TODAY, ADMITTED, null)).isInstanceOf(NullPointerException.class);
    }
}
