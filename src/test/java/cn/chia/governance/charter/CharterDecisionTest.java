package cn.chia.governance.charter;

import static cn.chia.governance.charter.Body.COUNCIL;
import static cn.chia.governance.charter.Body.GENERAL_ASSEMBLY;
import static cn.chia.governance.charter.Body.STANDING_COUNCIL;
import static cn.chia.governance.charter.Comparison.AT_LEAST;
import static cn.chia.governance.charter.Comparison.MORE_THAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharterDecisionTest {

    private static final Map<Body, Integer> SEATS = Map.of(GENERAL_ASSEMBLY, 301, COUNCIL, 90, STANDING_COUNCIL, 30);

    private static Charter charter(Comparison comparison) {
        return new Charter(SEATS, comparison, EnumSet.of(COUNCIL));
    }

    @Test
    void councilResolutionNeedsMoreThanTwoThirdsOfDirectorsPresent() {
        Charter charter = Charter.withSeats(SEATS);
        Decision adopted = charter.decide(COUNCIL, Matter.ADMISSION, 61, 0, new Votes(41, 15, 5));
        assertThat(adopted.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(adopted.adopted()).isTrue();
        assertThat(adopted.reason()).isEqualTo("Adopted: 41 of 61 directors present voted in favour; more than two thirds requires at least 41.");
        Decision rejected = charter.decide(COUNCIL, Matter.ADMISSION, 61, 0, new Votes(40, 21, 0));
        assertThat(rejected.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(rejected.reason()).isEqualTo("Rejected: 40 of 61 directors present voted in favour; more than two thirds requires at least 41.");
    }

    @Test
    void decisionRecordsTheWholeTally() {
        Charter charter = Charter.withSeats(SEATS);
        Votes votes = new Votes(50, 10, 3);
        Decision decision = charter.decide(COUNCIL, Matter.EXPULSION, 60, 5, votes);
        assertThat(decision.body()).isEqualTo(COUNCIL);
        assertThat(decision.matter()).isEqualTo(Matter.EXPULSION);
        assertThat(decision.seats()).isEqualTo(90);
        assertThat(decision.inPerson()).isEqualTo(60);
        assertThat(decision.byProxy()).isEqualTo(5);
        assertThat(decision.present()).isEqualTo(65);
        assertThat(decision.votes()).isEqualTo(votes);
        assertThat(decision.required()).isEqualTo(44);
        assertThat(decision.rule()).isEqualTo(charter.resolutionRule(COUNCIL, Matter.EXPULSION));
        assertThat(decision.comparison()).isEqualTo(MORE_THAN);
        assertThat(decision.outcome()).isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void exactlyTwoThirdsOfThoseCouncilPresentIsRejectedAsMoreThanButAdoptedAsAtLeast() {
        Votes votes = new Votes(40, 20, 0);
        Decision moreThan = charter(MORE_THAN).decide(COUNCIL, Matter.TERM_CHANGE, 61, 0, votes);
        // 61 present: two thirds is 40.67, so both readings need 41
        assertThat(moreThan.outcome()).isEqualTo(Outcome.REJECTED);
        Decision strict = charter(MORE_THAN).decide(COUNCIL, Matter.TERM_CHANGE, 60, 3, new Votes(42, 0, 0));
        // 63 present: two thirds is exactly 42
        assertThat(strict.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(strict.reason()).isEqualTo("Rejected: 42 of 63 directors present voted in favour; more than two thirds requires at least 43.");
        Decision lenient = charter(AT_LEAST).decide(COUNCIL, Matter.TERM_CHANGE, 60, 3, new Votes(42, 0, 0));
        assertThat(lenient.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(lenient.reason()).isEqualTo("Adopted: 42 of 63 directors present voted in favour; at least two thirds requires at least 42.");
    }

    @ParameterizedTest(name = "{0}: {2} present, {3} in favour, {1} -> {4}")
    @CsvSource({
            // General Assembly: more than one half of those present (301 seats, quorum 201)
            "GENERAL_ASSEMBLY, MORE_THAN, 202, 102, ADOPTED",
            "GENERAL_ASSEMBLY, MORE_THAN, 202, 101, REJECTED",
            "GENERAL_ASSEMBLY, MORE_THAN, 201, 101, ADOPTED",
            "GENERAL_ASSEMBLY, MORE_THAN, 201, 100, REJECTED",
            "GENERAL_ASSEMBLY, AT_LEAST, 202, 101, ADOPTED",
            "GENERAL_ASSEMBLY, AT_LEAST, 202, 100, REJECTED",
            "GENERAL_ASSEMBLY, AT_LEAST, 201, 101, ADOPTED",
            "GENERAL_ASSEMBLY, AT_LEAST, 201, 100, REJECTED",
            "GENERAL_ASSEMBLY, AT_LEAST, 300, 150, ADOPTED",
            "GENERAL_ASSEMBLY, AT_LEAST, 300, 149, REJECTED",
            "GENERAL_ASSEMBLY, MORE_THAN, 300, 151, ADOPTED",
            "GENERAL_ASSEMBLY, MORE_THAN, 300, 150, REJECTED",
            // Council: more than two thirds of those present (90 seats, quorum 61 / 60)
            "COUNCIL, MORE_THAN, 90, 61, ADOPTED",
            "COUNCIL, MORE_THAN, 90, 60, REJECTED",
            "COUNCIL, AT_LEAST, 90, 60, ADOPTED",
            "COUNCIL, AT_LEAST, 90, 59, REJECTED",
            "COUNCIL, MORE_THAN, 62, 42, ADOPTED",
            "COUNCIL, MORE_THAN, 62, 41, REJECTED",
            "COUNCIL, AT_LEAST, 62, 42, ADOPTED",
            "COUNCIL, AT_LEAST, 62, 41, REJECTED",
            "COUNCIL, AT_LEAST, 60, 40, ADOPTED",
            "COUNCIL, AT_LEAST, 60, 39, REJECTED",
            // Standing Council: more than two thirds of those present (30 seats, quorum 21 / 20)
            "STANDING_COUNCIL, MORE_THAN, 21, 15, ADOPTED",
            "STANDING_COUNCIL, MORE_THAN, 21, 14, REJECTED",
            "STANDING_COUNCIL, AT_LEAST, 21, 14, ADOPTED",
            "STANDING_COUNCIL, AT_LEAST, 21, 13, REJECTED",
            "STANDING_COUNCIL, MORE_THAN, 22, 15, ADOPTED",
            "STANDING_COUNCIL, MORE_THAN, 22, 14, REJECTED",
            "STANDING_COUNCIL, AT_LEAST, 22, 15, ADOPTED",
            "STANDING_COUNCIL, AT_LEAST, 22, 14, REJECTED",
            "STANDING_COUNCIL, AT_LEAST, 20, 14, ADOPTED",
            "STANDING_COUNCIL, AT_LEAST, 20, 13, REJECTED",
    })
    void ordinaryResolutionsOnBothSidesOfTheBoundary(Body body, Comparison comparison, int present, int inFavour, Outcome outcome) {
        Decision decision = charter(comparison).decide(body, present, 0, new Votes(inFavour, present - inFavour, 0));
        assertThat(decision.outcome()).isEqualTo(outcome);
        assertThat(decision.matter()).isNull();
        assertThat(decision.rule()).isEqualTo(charter(comparison).resolutionRule(body));
    }

    @Test
    void generalAssemblyResolutionNeedsMoreThanHalfOfRepresentativesPresent() {
        Charter charter = Charter.withSeats(Map.of(GENERAL_ASSEMBLY, 300));
        assertThat(charter.decide(GENERAL_ASSEMBLY, 202, 0, new Votes(101, 101, 0)).reason())
                .isEqualTo("Rejected: 101 of 202 representatives present voted in favour; more than one half requires at least 102.");
        assertThat(charter.decide(GENERAL_ASSEMBLY, 202, 0, new Votes(102, 0, 0)).outcome()).isEqualTo(Outcome.ADOPTED);
        Rule rule = charter.resolutionRule(GENERAL_ASSEMBLY);
        assertThat(rule.clause()).isEqualTo("General Assembly: resolutions");
        assertThat(rule.describe(MORE_THAN)).isEqualTo("more than one half of the representatives present");
    }

    @Test
    void standingCouncilResolutionNeedsMoreThanTwoThirdsOfExecutiveDirectorsPresent() {
        Charter charter = Charter.withSeats(SEATS);
        assertThat(charter.decide(STANDING_COUNCIL, Matter.ADMISSION, 24, 0, new Votes(16, 0, 0)).reason())
                .isEqualTo("Rejected: 16 of 24 executive directors present voted in favour; more than two thirds requires at least 17.");
        assertThat(charter.decide(STANDING_COUNCIL, Matter.ADMISSION, 24, 0, new Votes(17, 0, 0)).outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(charter.resolutionRule(STANDING_COUNCIL, Matter.ADMISSION).clause()).isEqualTo("Standing Council: resolutions");
    }

    @Test
    void directorAdjustmentNeedsMoreThanFourFifthsOfDirectorsPresent() {
        Charter charter = Charter.withSeats(SEATS);
        // 70 present: four fifths is exactly 56
        assertThat(charter.decide(COUNCIL, Matter.DIRECTOR_ADJUSTMENT, 70, 0, new Votes(56, 14, 0)).reason())
                .isEqualTo("Rejected: 56 of 70 directors present voted in favour; more than four fifths requires at least 57.");
        assertThat(charter.decide(COUNCIL, Matter.DIRECTOR_ADJUSTMENT, 70, 0, new Votes(57, 13, 0)).outcome())
                .isEqualTo(Outcome.ADOPTED);
        assertThat(charter(AT_LEAST).decide(COUNCIL, Matter.DIRECTOR_ADJUSTMENT, 70, 0, new Votes(56, 14, 0)).reason())
                .isEqualTo("Adopted: 56 of 70 directors present voted in favour; at least four fifths requires at least 56.");
        assertThat(charter(AT_LEAST).decide(COUNCIL, Matter.DIRECTOR_ADJUSTMENT, 70, 0, new Votes(55, 15, 0)).outcome())
                .isEqualTo(Outcome.REJECTED);
        // 71 present (not divisible by 5): four fifths is 56.8, both readings need 57
        assertThat(charter.decide(COUNCIL, Matter.DIRECTOR_ADJUSTMENT, 71, 0, new Votes(57, 0, 0)).outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(charter.decide(COUNCIL, Matter.DIRECTOR_ADJUSTMENT, 71, 0, new Votes(56, 0, 0)).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(charter(AT_LEAST).decide(COUNCIL, Matter.DIRECTOR_ADJUSTMENT, 71, 0, new Votes(57, 0, 0)).outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(charter(AT_LEAST).decide(COUNCIL, Matter.DIRECTOR_ADJUSTMENT, 71, 0, new Votes(56, 0, 0)).outcome()).isEqualTo(Outcome.REJECTED);
        Rule rule = charter.resolutionRule(COUNCIL, Matter.DIRECTOR_ADJUSTMENT);
        assertThat(rule.fraction()).isEqualTo(Fraction.FOUR_FIFTHS);
        assertThat(rule.base()).isEqualTo(Base.PRESENT);
        assertThat(rule.clause()).isEqualTo("Council: mid-term adjustment of directors");
        assertThat(rule.describe(MORE_THAN)).isEqualTo("more than four fifths of the directors present");
    }

    @Test
    void otherCouncilMattersNeedTheOrdinaryTwoThirds() {
        Charter charter = Charter.withSeats(SEATS);
        for (Matter matter : Matter.values()) {
            if (matter != Matter.DIRECTOR_ADJUSTMENT && matter.mayBeDecidedBy(COUNCIL)) {
                assertThat(charter.resolutionRule(COUNCIL, matter)).isEqualTo(charter.resolutionRule(COUNCIL));
            }
        }
        assertThat(charter.resolutionRule(COUNCIL).clause()).isEqualTo("Council: resolutions");
        assertThat(charter.resolutionRule(COUNCIL).fraction()).isEqualTo(Fraction.TWO_THIRDS);
    }

    @Test
    void aCouncilOfOneDirectorDecidesAlone() {
        Charter charter = Charter.withSeats(Map.of(COUNCIL, 1));
        assertThat(charter.decide(COUNCIL, Matter.ADMISSION, 1, 0, new Votes(1, 0, 0)).outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(charter.decide(COUNCIL, Matter.ADMISSION, 0, 1, new Votes(1, 0, 0)).outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(charter.decide(COUNCIL, Matter.ADMISSION, 1, 0, new Votes(0, 0, 1)).outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void proxyVotesCountTowardsTheResolution() {
        Charter charter = Charter.withSeats(SEATS);
        Decision decision = charter.decide(COUNCIL, Matter.ADMISSION, 40, 21, new Votes(41, 0, 0));
        assertThat(decision.present()).isEqualTo(61);
        assertThat(decision.outcome()).isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void votesCastAddUp() {
        assertThat(new Votes(3, 2, 1).cast()).isEqualTo(6);
        assertThat(new Votes(0, 0, 0).cast()).isZero();
    }
}
