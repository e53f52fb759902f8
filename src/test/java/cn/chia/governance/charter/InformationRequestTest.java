package cn.chia.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class InformationRequestTest {

    @Test
    void theApplicantHasThirtyDaysToAnswerNotTwentyNineNorThirtyOne() {
        InformationRequest request = new InformationRequest(LocalDate.of(2026, 3, 2));
        assertThat(request.answerBy()).isEqualTo(LocalDate.of(2026, 4, 1))
                .isAfter(LocalDate.of(2026, 3, 2).plusDays(29)).isBefore(LocalDate.of(2026, 3, 2).plusDays(31));
    }

    @Test
    void thePeriodCountsDaysNotMonths() {
        assertThat(new InformationRequest(LocalDate.of(2026, 1, 31)).answerBy()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(new InformationRequest(LocalDate.of(2028, 2, 1)).answerBy()).as("a leap year")
                .isEqualTo(LocalDate.of(2028, 3, 2));
    }

    @Test
    void aRequestHasADay() {
        assertThatThrownBy(() -> new InformationRequest(null)).isInstanceOf(NullPointerException.class);
    }
}
