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
        assertThat(postponement(LocalDate.of(2028, 7, 28)).problems()).singleElement().asString()
                .startsWith("换届延期最长不超过 1 年，自选举时确定的届满日期 2027-07-27 起算：任期最迟于 2028-07-27 届满，不能延至 2028-07-28。")
                .contains("An extension of the term may not exceed 1 year in all, counted from its end as elected"
                        + " (2027-07-27): the term may end on 2028-07-27 at the latest, not on 2028-07-28")
                .contains(TermChangeRequest.EXTENSION_LIMIT_CLAUSE);
        assertThat(TermChangeRequest.EXTENSION_LIMIT_CLAUSE).contains("shall not exceed 1 year");
    }

    @Test
    void theYearCountsFromTheEndAsElectedNotFromEachPostponement() {
        LocalDate afterSixMonths = TERM_END.plusMonths(6);
        assertThat(postponementFrom(afterSixMonths, TERM_END.plusYears(1)).problems()).isEmpty();
        assertThat(postponementFrom(afterSixMonths, TERM_END.plusYears(1).plusDays(1)).problems()).singleElement()
                .asString().contains("may not exceed 1 year in all", "not on 2028-07-28");
        LocalDate afterTwoTimesSixMonths = TERM_END.plusYears(1);
        assertThat(postponementFrom(afterTwoTimesSixMonths, afterTwoTimesSixMonths.plusDays(1)).problems())
                .singleElement().asString().contains("the term may end on 2028-07-27 at the latest");
    }

    @Test
    void aPostponementEndsTheTermAfterItsCurrentEndNotOnIt() {
        assertThat(postponement(TERM_END.plusDays(1)).problems()).isEmpty();
        assertThat(postponement(TERM_END).problems()).containsExactly(
                new Words("延期应使任期在 2027-07-27 之后届满。", "A postponement ends the term after 2027-07-27."));
    }

    @Test
    void anEarlyChangeEndsTheTermBeforeItsCurrentEndNotOnIt() {
        assertThat(earlyChange(TERM_END.minusDays(1)).problems()).isEmpty();
        assertThat(earlyChange(TERM_END).problems()).containsExactly(
                new Words("提前换届应使任期在 2027-07-27 之前届满。", "An early change ends the term before 2027-07-27."));
    }

    @Test
    void theTermMayEndTodayButNotYesterday() {
        assertThat(earlyChange(TODAY).problems()).isEmpty();
        assertThat(earlyChange(TODAY.minusDays(1)).problems())
                .containsExactly(new Words("所申请的届满日期 2026-05-17 已经过去。",
                        "The requested end of the term, 2026-05-17, lies in the past."));
    }

    @Test
    void theRequestStatesTheEndOfTheTermTheRegisterHolds() {
        TermChangeRequest request = new TermChangeRequest(Kind.POSTPONEMENT, TERM_END.minusDays(1),
                TERM_END.plusMonths(3), TERM_END, TERM_END, TODAY);
        assertThat(request.problems()).containsExactly(new Words("名册记载的本届任期于 2027-07-27 届满，而非 2027-07-26。",
                "The register says the current term ends on 2027-07-27, not 2027-07-26."));
    }

    @Test
    void theProblemsComeInTheOrderTheyAreChecked() {
        TermChangeRequest request = new TermChangeRequest(Kind.POSTPONEMENT, TODAY.minusYears(2), TODAY.minusDays(1),
                TERM_END, TERM_END, TODAY);
        assertThat(request.problems()).hasSize(2).first().asString().contains("The register says");
        assertThat(request.problems().get(1).en()).contains("lies in the past");
    }

    @Test
    void onlyTheTwoKindsOfTheCharterAreKnown() {
        assertThat(Kind.of("POSTPONEMENT")).contains(Kind.POSTPONEMENT);
        assertThat(Kind.of("EARLY_CHANGE")).contains(Kind.EARLY_CHANGE);
        assertThat(Kind.of("ABOLITION")).isEmpty();
        assertThat(Kind.of(null)).isEmpty();
    }

    private static TermChangeRequest postponement(LocalDate requested) {
        return new TermChangeRequest(Kind.POSTPONEMENT, TERM_END, requested, TERM_END, TERM_END, TODAY);
    }

    /** A postponement of a term already postponed to {@code current}. */
    private static TermChangeRequest postponementFrom(LocalDate current, LocalDate requested) {
        return new TermChangeRequest(Kind.POSTPONEMENT, current, requested, current, TERM_END, TODAY);
    }

    private static TermChangeRequest earlyChange(LocalDate requested) {
        return new TermChangeRequest(Kind.EARLY_CHANGE, TERM_END, requested, TERM_END, TERM_END, TODAY);
    }
}
