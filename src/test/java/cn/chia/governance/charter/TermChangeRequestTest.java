package cn.chia.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.chia.governance.charter.TermChangeRequest.Kind;

class TermChangeRequestTest {

    static final LocalDate TERM_END = LocalDate.of(2027, 7, 27);
    static final LocalDate TODAY = LocalDate.of(2026, 5, 18);

    @Test
    void anExtensionOfExactlyOneYearIsAllowedAndOneDayMoreIsNot() {
        assertThat(postponement(TERM_END.plusYears(1)).problems()).isEmpty();
        assertThat(postponement(LocalDate.of(2028, 7, 28)).problems()).containsExactly(
                "An extension may not exceed 1 year: the term may end on 2028-07-27 at the latest.");
        assertThat(TermChangeRequest.EXTENSION_LIMIT_CLAUSE).contains("shall not exceed 1 year");
    }

    @Test
    void aPostponementEndsTheTermAfterItsCurrentEndNotOnIt() {
        assertThat(postponement(TERM_END.plusDays(1)).problems()).isEmpty();
        assertThat(postponement(TERM_END).problems()).containsExactly("A postponement ends the term after 2027-07-27.");
    }

    @Test
    void anEarlyChangeEndsTheTermBeforeItsCurrentEndNotOnIt() {
        assertThat(earlyChange(TERM_END.minusDays(1)).problems()).isEmpty();
        assertThat(earlyChange(TERM_END).problems()).containsExactly("An early change ends the term before 2027-07-27.");
    }

    @Test
    void theTermMayEndTodayButNotYesterday() {
        assertThat(earlyChange(TODAY).problems()).isEmpty();
        assertThat(earlyChange(TODAY.minusDays(1)).problems())
                .containsExactly("The requested end of the term, 2026-05-17, lies in the past.");
    }

    @Test
    void theRequestStatesTheEndOfTheTermTheRegisterHolds() {
        TermChangeRequest request = new TermChangeRequest(Kind.POSTPONEMENT, TERM_END.minusDays(1),
                TERM_END.plusMonths(3), TERM_END, TODAY);
        assertThat(request.problems()).containsExactly("The register says the current term ends on 2027-07-27, not 2027-07-26.");
    }

    @Test
    void theProblemsComeInTheOrderTheyAreChecked() {
        TermChangeRequest request = new TermChangeRequest(Kind.POSTPONEMENT, TODAY.minusYears(2), TODAY.minusDays(1),
                TERM_END, TODAY);
        assertThat(request.problems()).hasSize(3).first().asString().startsWith("The register says");
        assertThat(request.problems().get(1)).contains("lies in the past");
    }

    @Test
    void onlyTheTwoKindsOfTheCharterAreKnown() {
        assertThat(Kind.of("POSTPONEMENT")).contains(Kind.POSTPONEMENT);
        assertThat(Kind.of("EARLY_CHANGE")).contains(Kind.EARLY_CHANGE);
        assertThat(Kind.of("ABOLITION")).isEmpty();
        assertThat(Kind.of(null)).isEmpty();
    }

    private static TermChangeRequest postponement(LocalDate requested) {
        return new TermChangeRequest(Kind.POSTPONEMENT, TERM_END, requested, TERM_END, TODAY);
    }

    private static TermChangeRequest earlyChange(LocalDate requested) {
        return new TermChangeRequest(Kind.EARLY_CHANGE, TERM_END, requested, TERM_END, TODAY);
    }
}
