package cn.chia.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.chia.governance.charter.RenewalProposal.Candidate;

/** The renewal of the term: when it may open, the candidate lists, the new Council's elections and the renewal rule. */
class RenewalRulesTest {

    static final LocalDate TERM_END = LocalDate.parse("2027-07-27");
    static final List<Candidate> THREE = List.of(candidate("甲"), candidate("乙"), candidate("丙"));

    static Candidate candidate(String name) {
        return new Candidate(name, name + "的单位", "北京分支机构 Beijing Branch", true);
    }

    static RenewalProposal on(LocalDate today) {
        return new RenewalProposal(today, TERM_END, Period.ofMonths(6), 3, THREE, 1, List.of(candidate("丁")));
    }

    @Test
    void theRenewalOpensSixMonthsBeforeTheTermEndsNotADayEarlier() {
        assertThat(on(LocalDate.parse("2027-01-27")).opensOn()).isEqualTo(LocalDate.parse("2027-01-27"));
        assertThat(on(LocalDate.parse("2027-01-27")).problems()).isEmpty();
        assertThat(on(LocalDate.parse("2027-01-26")).problems()).singleElement().asString()
                .contains("2027-01-27", "2027-07-27", "today is 2027-01-26", "换届选举最早可于", RenewalProposal.WINDOW_CLAUSE);
        assertThat(on(TERM_END.plusDays(1)).problems()).as("a late renewal is still a renewal").isEmpty();
    }

    @Test
    void theWindowIsTheSettingsPeriod() {
        RenewalProposal yearAhead = new RenewalProposal(LocalDate.parse("2026-07-27"), TERM_END, Period.ofYears(1), 3,
                THREE, 1, List.of(candidate("丁")));
        assertThat(yearAhead.problems()).isEmpty();
        assertThat(new RenewalProposal(LocalDate.parse("2026-07-26"), TERM_END, Period.ofYears(1), 3, THREE, 1,
                List.of(candidate("丁"))).windowOpen()).isFalse();
    }

    @Test
    void asManyCandidatesAsSeatsIsEnoughOneFewerIsNot() {
        assertThat(new RenewalProposal(TERM_END, TERM_END, Period.ofMonths(6), 3, THREE, 1, List.of(candidate("丁")))
                .problems()).isEmpty();
        assertThat(new RenewalProposal(TERM_END, TERM_END, Period.ofMonths(6), 4, THREE, 1, List.of(candidate("丁")))
                .problems()).singleElement().asString().contains("3 director candidates for 4 seats",
                        RenewalProposal.CANDIDATES_CLAUSE);
        assertThat(new RenewalProposal(TERM_END, TERM_END, Period.ofMonths(6), 3, THREE, 2, List.of(candidate("丁")))
                .problems()).singleElement().asString().contains("1 supervisor candidate for 2 seats");
    }

    @Test
    void aNameTwiceAMissingProposerAndNoSeatsAreEachNamed() {
        List<Candidate> list = List.of(candidate("甲"), candidate(" 甲 "), new Candidate("乙", "单位", " ", false),
                new Candidate("丙", null, "理事会", null));
        assertThat(new RenewalProposal(TERM_END, TERM_END, Period.ofMonths(6), 0, list, 1, List.of(candidate("丁")))
                .problems()).hasSize(5).anySatisfy(p -> assertThat(p.en()).contains("seats must be at least 1"))
                .anySatisfy(p -> assertThat(p.en()).contains("candidate 2, 甲, is named twice"))
                .anySatisfy(p -> assertThat(p.en()).contains("candidate 3 does not say who proposed them"))
                .anySatisfy(p -> assertThat(p.en()).contains("candidate 4 has no organisation"))
                .anySatisfy(p -> assertThat(p.en()).contains("candidate 4 does not say whether front-line"));
    }

    static final List<String> NINE = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九");

    @Test
    void theCouncilElectsAtMostAThirdOfItsDirectorsAsExecutiveDirectors() {
        assertThat(new CouncilElections(NINE, 3, List.of("一", "二", "三"), List.of("一"), 2, List.of("二", "三"))
                .problems()).isEmpty();
        assertThat(new CouncilElections(NINE, 4, List.of("一", "二", "三", "四"), List.of("一"), 2, List.of("二", "三"))
                .problems()).singleElement().asString().contains("4 executive directors for 9 directors exceed one third"
                        + " (at most 3)", Composition.EXECUTIVE_LIMIT_CLAUSE);
        assertThat(new CouncilElections(NINE.subList(0, 8), 3, List.of("一", "二", "三"), List.of("一"), 2,
                List.of("二", "三")).problems()).as("8 directors: at most 2").singleElement().asString()
                .contains("at most 2");
    }

    @Test
    void theCouncilElectsFromItsOwnDirectorsAndOnePresident() {
        List<Words> problems = new CouncilElections(NINE, 1, List.of("外人"), List.of(), 1, List.of("二", "二")).problems();
        assertThat(problems).anySatisfy(p -> assertThat(p.en()).contains("外人 is not a director of the new Council",
                CouncilElections.FROM_DIRECTORS_CLAUSE))
                .anySatisfy(p -> assertThat(p.en()).contains("0 president candidates for 1 seats"))
                .anySatisfy(p -> assertThat(p.en()).contains("candidate 二 is named twice"));
    }

    @Test
    void atLeastAThirdOfTheDirectorsNewExactlyAThirdIsEnoughOneFewerWarns() {
        assertThat(Composition.renewalSufficient(9, 3).ok()).isTrue();
        CompositionCheck twoOfNine = Composition.renewalSufficient(9, 2);
        assertThat(twoOfNine.ok()).isFalse();
        assertThat(twoOfNine.reason()).isEqualTo("2 of 9 directors replaced; at least one third requires at least 3.");
        assertThat(twoOfNine.clause()).isEqualTo(Composition.RENEWAL_CLAUSE);
        assertThat(Composition.renewalSufficient(10, 4).ok()).as("10 directors: 4 is the first whole number ≥ 10/3")
                .isTrue();
        assertThat(Composition.renewalSufficient(10, 3).ok()).isFalse();
    }

    @Test
    void theCandidatesAndTheSecretaryGeneralAreTheCouncilsMatters() {
        assertThat(Matter.RENEWAL_CANDIDATES.decidingBodies()).containsExactly(Body.COUNCIL);
        assertThat(Matter.SECRETARY_GENERAL_APPOINTMENT.decidingBodies()).containsExactly(Body.COUNCIL);
    }

    @Test
    void theWindowReadsInWordsNotAsAnIsoPeriod() {
        assertThat(RenewalProposal.inChinese(Period.ofMonths(6))).isEqualTo(" 6 个月");
        assertThat(RenewalProposal.inEnglish(Period.of(1, 2, 0)))
                .isEqualTo("1 year 2 months");
        assertThat(RenewalProposal.inEnglish(Period.ofDays(10))).isEqualTo("10 days");
    }
}
