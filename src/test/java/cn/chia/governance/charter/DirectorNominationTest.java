package cn.chia.governance.charter;

import static cn.chia.governance.charter.Body.COUNCIL;
import static cn.chia.governance.charter.Body.GENERAL_ASSEMBLY;
import static cn.chia.governance.charter.Body.STANDING_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Standing Council nominates a mid-term adjustment of directors by its ordinary resolution. */
class DirectorNominationTest {

    private static final Map<Body, Integer> SEATS = Map.of(GENERAL_ASSEMBLY, 300, COUNCIL, 90, STANDING_COUNCIL, 30);

    private static Charter charter(Comparison comparison) {
        return new Charter(SEATS, comparison, EnumSet.of(COUNCIL));
    }

    @Test
    void aNominationFollowsTheStandingCouncilsOrdinaryResolutionRule() {
        Charter charter = Charter.withSeats(SEATS);
        assertThat(charter.resolutionRule(STANDING_COUNCIL, Matter.DIRECTOR_NOMINATION))
                .isEqualTo(charter.resolutionRule(STANDING_COUNCIL));
        assertThat(charter.resolutionRule(STANDING_COUNCIL, Matter.DIRECTOR_NOMINATION).describe(Comparison.MORE_THAN))
                .isEqualTo("more than two thirds of the executive directors present");
    }

    @ParameterizedTest(name = "{0}: {1} executive directors present, {2} in favour -> {3}")
    @CsvSource({
            // 21 present: two thirds is exactly 14
            "MORE_THAN, 21, 15, ADOPTED",
            "MORE_THAN, 21, 14, REJECTED",
            "AT_LEAST, 21, 14, ADOPTED",
            "AT_LEAST, 21, 13, REJECTED",
            // 22 present: two thirds is 14.67, both readings need 15
            "MORE_THAN, 22, 15, ADOPTED",
            "MORE_THAN, 22, 14, REJECTED",
            "AT_LEAST, 22, 15, ADOPTED",
            "AT_LEAST, 22, 14, REJECTED",
            // all 30 present: two thirds is exactly 20
            "MORE_THAN, 30, 21, ADOPTED",
            "MORE_THAN, 30, 20, REJECTED",
            "AT_LEAST, 30, 20, ADOPTED",
            "AT_LEAST, 30, 19, REJECTED",
    })
    void aNominationNeedsMoreThanTwoThirdsOfTheExecutiveDirectorsPresent(Comparison comparison, int present,
            int inFavour, Outcome expected) {
        Decision decision = charter(comparison).decide(STANDING_COUNCIL, Matter.DIRECTOR_NOMINATION, present, 0,
                new Votes(inFavour, present - inFavour, 0));
        assertThat(decision.outcome()).isEqualTo(expected);
        assertThat(decision.matter()).isEqualTo(Matter.DIRECTOR_NOMINATION);
    }

    @Test
    void theReasonNamesTheCountsAndTheThreshold() {
        Decision rejected = charter(Comparison.MORE_THAN).decide(STANDING_COUNCIL, Matter.DIRECTOR_NOMINATION, 21, 0,
                new Votes(14, 7, 0));
        assertThat(rejected.reason())
                .isEqualTo("Rejected: 14 of 21 executive directors present voted in favour; more than two thirds requires at least 15.");
    }

    @Test
    void aStandingCouncilWithoutQuorumCannotNominate() {
        // 30 seats: more than two thirds present means at least 21
        assertThatThrownBy(() -> charter(Comparison.MORE_THAN).decide(STANDING_COUNCIL, Matter.DIRECTOR_NOMINATION,
                20, 0, new Votes(20, 0, 0)))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("Quorum not met: 20 of 30 executive directors present; more than two thirds requires at least 21.");
    }
}
