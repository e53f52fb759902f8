package cn.chia.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompositionTest {

    @Test
    void executiveDirectorsMayNotExceedOneThirdOfDirectors() {
        CompositionCheck within = Composition.standingCouncilWithinLimit(90, 30);
        assertThat(within.ok()).isTrue();
        assertThat(within.reason()).isEqualTo("30 executive directors for 90 directors: within the limit of one third (at most 30).");
        assertThat(within.clause()).isEqualTo(Composition.EXECUTIVE_LIMIT_CLAUSE);
        CompositionCheck over = Composition.standingCouncilWithinLimit(90, 31);
        assertThat(over.ok()).isFalse();
        assertThat(over.reason()).isEqualTo("31 executive directors for 90 directors: exceeds the limit of one third (at most 30).");
    }

    @ParameterizedTest(name = "{0} directors allow at most {1} executive directors")
    @CsvSource({"1, 0", "2, 0", "3, 1", "4, 1", "5, 1", "6, 2", "89, 29", "90, 30", "91, 30", "92, 30", "93, 31"})
    void executiveLimitOnBothSides(int directors, int atMost) {
        assertThat(Composition.standingCouncilWithinLimit(directors, atMost).ok()).isTrue();
        assertThat(Composition.standingCouncilWithinLimit(directors, atMost + 1).ok()).isFalse();
    }

    @Test
    void threeQuartersOfDirectorsShouldBeFrontLine() {
        CompositionCheck ok = Composition.frontLineDirectorsSufficient(100, 75);
        assertThat(ok.ok()).isTrue();
        assertThat(ok.reason()).isEqualTo("75 of 100 directors are front-line scientific workers; at least three quarters requires at least 75.");
        assertThat(ok.clause()).isEqualTo(Composition.FRONT_LINE_DIRECTORS_CLAUSE);
        CompositionCheck short_ = Composition.frontLineDirectorsSufficient(100, 74);
        assertThat(short_.ok()).isFalse();
        assertThat(short_.reason()).isEqualTo("74 of 100 directors are front-line scientific workers; at least three quarters requires at least 75.");
    }

    @ParameterizedTest(name = "{0} directors need {1} front-line")
    @CsvSource({"1, 1", "2, 2", "3, 3", "4, 3", "5, 4", "90, 68", "91, 69", "100, 75", "101, 76"})
    void frontLineDirectorsOnBothSides(int directors, int needed) {
        assertThat(Composition.frontLineDirectorsSufficient(directors, needed).ok()).isTrue();
        assertThat(Composition.frontLineDirectorsSufficient(directors, needed - 1).ok()).isFalse();
    }

    @Test
    void twoThirdsOfExecutiveDirectorsShouldBeFrontLine() {
        CompositionCheck ok = Composition.frontLineExecutivesSufficient(30, 20);
        assertThat(ok.ok()).isTrue();
        assertThat(ok.reason()).isEqualTo("20 of 30 executive directors are front-line scientific workers; at least two thirds requires at least 20.");
        assertThat(ok.clause()).isEqualTo(Composition.FRONT_LINE_EXECUTIVES_CLAUSE);
        assertThat(Composition.frontLineExecutivesSufficient(30, 19).ok()).isFalse();
    }

    @ParameterizedTest(name = "{0} executive directors need {1} front-line")
    @CsvSource({"1, 1", "2, 2", "3, 2", "4, 3", "29, 20", "30, 20", "31, 21"})
    void frontLineExecutivesOnBothSides(int executives, int needed) {
        assertThat(Composition.frontLineExecutivesSufficient(executives, needed).ok()).isTrue();
        assertThat(Composition.frontLineExecutivesSufficient(executives, needed - 1).ok()).isFalse();
    }

    @Test
    void atLeastOneThirdOfDirectorsAreReplacedEachTerm() {
        CompositionCheck ok = Composition.renewalSufficient(90, 30);
        assertThat(ok.ok()).isTrue();
        assertThat(ok.reason()).isEqualTo("30 of 90 directors replaced; at least one third requires at least 30.");
        assertThat(ok.clause()).isEqualTo(Composition.RENEWAL_CLAUSE);
        assertThat(Composition.renewalSufficient(90, 29).ok()).isFalse();
    }

    @ParameterizedTest(name = "{0} directors need {1} replaced")
    @CsvSource({"1, 1", "2, 1", "3, 1", "4, 2", "90, 30", "91, 31", "92, 31", "93, 31"})
    void renewalOnBothSides(int directors, int needed) {
        assertThat(Composition.renewalSufficient(directors, needed).ok()).isTrue();
        assertThat(Composition.renewalSufficient(directors, needed - 1).ok()).isFalse();
    }

    @Test
    void badCompositionNumbersAreRefused() {
        assertThatThrownBy(() -> Composition.standingCouncilWithinLimit(0, 0))
                .isInstanceOf(InvalidTallyException.class).hasMessage("The number of directors must be at least 1: 0.");
        assertThatThrownBy(() -> Composition.standingCouncilWithinLimit(90, -1))
                .isInstanceOf(InvalidTallyException.class).hasMessage("The number of executive directors cannot be negative: -1.");
        assertThatThrownBy(() -> Composition.standingCouncilWithinLimit(30, 31))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("There cannot be more executive directors (31) than directors (30).");
        assertThatThrownBy(() -> Composition.frontLineDirectorsSufficient(10, 11))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("There cannot be more front-line directors (11) than directors (10).");
        assertThatThrownBy(() -> Composition.frontLineExecutivesSufficient(-1, 0))
                .isInstanceOf(InvalidTallyException.class).hasMessage("The number of executive directors must be at least 1: -1.");
        assertThatThrownBy(() -> Composition.frontLineExecutivesSufficient(5, 6))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("There cannot be more front-line executive directors (6) than executive directors (5).");
        assertThatThrownBy(() -> Composition.renewalSufficient(90, -5))
                .isInstanceOf(InvalidTallyException.class).hasMessage("The number of replaced directors cannot be negative: -5.");
    }

    @Test
    void aCouncilIsCheckedForItsExecutiveLimitAndBothFrontLineShares() {
        assertThat(Composition.ofCouncil(9, 3, 7, 2)).extracting(CompositionCheck::clause).containsExactly(
                Composition.EXECUTIVE_LIMIT_CLAUSE, Composition.FRONT_LINE_DIRECTORS_CLAUSE,
                Composition.FRONT_LINE_EXECUTIVES_CLAUSE);
        assertThat(Composition.ofCouncil(9, 3, 7, 2)).allMatch(CompositionCheck::ok);
        assertThat(Composition.ofCouncil(9, 4, 6, 3)).filteredOn(check -> !check.ok())
                .extracting(CompositionCheck::clause)
                .containsExactly(Composition.EXECUTIVE_LIMIT_CLAUSE, Composition.FRONT_LINE_DIRECTORS_CLAUSE);
    }

    @Test
    void aCouncilWithoutExecutivesSkipsTheStandingCouncilsShareAndAnEmptyCouncilHasNothingToCheck() {
        assertThat(Composition.ofCouncil(4, 0, 3, 0)).extracting(CompositionCheck::clause).containsExactly(
                Composition.EXECUTIVE_LIMIT_CLAUSE, Composition.FRONT_LINE_DIRECTORS_CLAUSE);
        assertThat(Composition.ofCouncil(0, 0, 0, 0)).isEmpty();
    }
}
