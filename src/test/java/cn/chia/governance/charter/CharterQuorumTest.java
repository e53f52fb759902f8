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

class CharterQuorumTest {

    private static Charter charter(Body body, int seats, Comparison comparison) {
        return new Charter(Map.of(body, seats), comparison, EnumSet.of(COUNCIL));
    }

    @Test
    void councilNeedsMoreThanTwoThirdsPresent() {
        Charter charter = Charter.withSeats(Map.of(COUNCIL, 90));
        QuorumCheck notMet = charter.checkQuorum(COUNCIL, 60, 0);
        assertThat(notMet.met()).isFalse();
        assertThat(notMet.required()).isEqualTo(61);
        assertThat(notMet.reason()).isEqualTo("Quorum not met: 60 of 90 directors present; more than two thirds requires at least 61.");
        QuorumCheck met = charter.checkQuorum(COUNCIL, 61, 0);
        assertThat(met.met()).isTrue();
        assertThat(met.reason()).isEqualTo("Quorum met: 61 of 90 directors present; more than two thirds requires at least 61.");
    }

    @Test
    void councilProxiesCountAsPresent() {
        Charter charter = Charter.withSeats(Map.of(COUNCIL, 90));
        QuorumCheck check = charter.checkQuorum(COUNCIL, 50, 11);
        assertThat(check.met()).isTrue();
        assertThat(check.present()).isEqualTo(61);
        assertThat(check.inPerson()).isEqualTo(50);
        assertThat(check.byProxy()).isEqualTo(11);
        assertThat(check.seats()).isEqualTo(90);
        assertThat(check.body()).isEqualTo(COUNCIL);
        assertThat(check.reason()).isEqualTo("Quorum met: 61 of 90 directors present; more than two thirds requires at least 61.");
        assertThat(charter.checkQuorum(COUNCIL, 50, 10).met()).isFalse();
    }

    @Test
    void underTheAtLeastReadingExactlyTwoThirdsIsAQuorum() {
        Charter charter = charter(COUNCIL, 90, AT_LEAST);
        QuorumCheck met = charter.checkQuorum(COUNCIL, 60, 0);
        assertThat(met.met()).isTrue();
        assertThat(met.reason()).isEqualTo("Quorum met: 60 of 90 directors present; at least two thirds requires at least 60.");
        QuorumCheck notMet = charter.checkQuorum(COUNCIL, 59, 0);
        assertThat(notMet.met()).isFalse();
        assertThat(notMet.reason()).isEqualTo("Quorum not met: 59 of 90 directors present; at least two thirds requires at least 60.");
    }

    @Test
    void generalAssemblyNeedsMoreThanTwoThirdsOfRepresentativesPresent() {
        Charter charter = charter(GENERAL_ASSEMBLY, 300, MORE_THAN);
        assertThat(charter.checkQuorum(GENERAL_ASSEMBLY, 200, 0).reason())
                .isEqualTo("Quorum not met: 200 of 300 representatives present; more than two thirds requires at least 201.");
        assertThat(charter.checkQuorum(GENERAL_ASSEMBLY, 201, 0).met()).isTrue();
    }

    @Test
    void standingCouncilNeedsMoreThanTwoThirdsOfExecutiveDirectorsPresent() {
        Charter charter = charter(STANDING_COUNCIL, 30, MORE_THAN);
        assertThat(charter.checkQuorum(STANDING_COUNCIL, 20, 0).reason())
                .isEqualTo("Quorum not met: 20 of 30 executive directors present; more than two thirds requires at least 21.");
        assertThat(charter.checkQuorum(STANDING_COUNCIL, 21, 0).met()).isTrue();
    }

    @ParameterizedTest(name = "{0} seats, {1}: at least {2} present")
    @CsvSource({
            // seats, comparison, required
            "1, MORE_THAN, 1", "1, AT_LEAST, 1",
            "2, MORE_THAN, 2", "2, AT_LEAST, 2",
            "3, MORE_THAN, 3", "3, AT_LEAST, 2",
            "4, MORE_THAN, 3", "4, AT_LEAST, 3",
            "5, MORE_THAN, 4", "5, AT_LEAST, 4",
            "6, MORE_THAN, 5", "6, AT_LEAST, 4",
            "7, MORE_THAN, 5", "7, AT_LEAST, 5",
            "89, MORE_THAN, 60", "89, AT_LEAST, 60",
            "90, MORE_THAN, 61", "90, AT_LEAST, 60",
            "91, MORE_THAN, 61", "91, AT_LEAST, 61",
            "300, MORE_THAN, 201", "300, AT_LEAST, 200",
            "301, MORE_THAN, 201", "301, AT_LEAST, 201",
    })
    void everyBodyNeedsTwoThirdsOfItsSeatsPresentOnBothSidesOfTheBoundary(int seats, Comparison comparison, int required) {
        for (Body body : Body.values()) {
            Charter charter = charter(body, seats, comparison);
            QuorumCheck below = charter.checkQuorum(body, required - 1, 0);
            QuorumCheck at = charter.checkQuorum(body, required, 0);
            assertThat(below.met()).isFalse();
            assertThat(at.met()).isTrue();
            assertThat(at.required()).isEqualTo(required);
            assertThat(at.rule()).isEqualTo(charter.quorumRule(body));
            if (required < seats) {
                assertThat(charter.checkQuorum(body, seats, 0).met()).isTrue();
            }
        }
    }

    @Test
    void aBodyOfOneSeatNeedsItsOneMember() {
        Charter charter = Charter.withSeats(Map.of(COUNCIL, 1));
        assertThat(charter.checkQuorum(COUNCIL, 0, 0).reason())
                .isEqualTo("Quorum not met: 0 of 1 director present; more than two thirds requires at least 1.");
        assertThat(charter.checkQuorum(COUNCIL, 0, 1).met()).isTrue();
        assertThat(charter.checkQuorum(COUNCIL, 1, 0).met()).isTrue();
    }

    @Test
    void quorumRulesNameTheirClauses() {
        Charter charter = Charter.withSeats(Map.of(COUNCIL, 90));
        assertThat(charter.quorumRule(GENERAL_ASSEMBLY).clause()).isEqualTo("General Assembly: quorum");
        assertThat(charter.quorumRule(COUNCIL).clause()).isEqualTo("Council: quorum");
        assertThat(charter.quorumRule(STANDING_COUNCIL).clause()).isEqualTo("Standing Council: quorum");
        Rule rule = charter.quorumRule(COUNCIL);
        assertThat(rule.fraction()).isEqualTo(new Fraction(2, 3));
        assertThat(rule.base()).isEqualTo(Base.SEATS);
        assertThat(rule.describe(MORE_THAN)).isEqualTo("more than two thirds of the directors");
    }

    @Test
    void theCharterAsWrittenReadsMoreThanAndAllowsProxiesInTheCouncilOnly() {
        Charter charter = Charter.withSeats(Map.of(COUNCIL, 90, STANDING_COUNCIL, 30, GENERAL_ASSEMBLY, 300));
        assertThat(charter.comparison()).isEqualTo(MORE_THAN);
        assertThat(charter.allowsProxies(COUNCIL)).isTrue();
        assertThat(charter.allowsProxies(STANDING_COUNCIL)).isFalse();
        assertThat(charter.allowsProxies(GENERAL_ASSEMBLY)).isFalse();
        assertThat(charter.seats(COUNCIL)).isEqualTo(90);
        assertThat(charter.seats(STANDING_COUNCIL)).isEqualTo(30);
        assertThat(charter.seats(GENERAL_ASSEMBLY)).isEqualTo(300);
    }

    @Test
    void proxiesMayBeAllowedForOtherBodiesByConfiguration() {
        Charter charter = new Charter(Map.of(STANDING_COUNCIL, 30), AT_LEAST, EnumSet.of(STANDING_COUNCIL));
        assertThat(charter.allowsProxies(STANDING_COUNCIL)).isTrue();
        assertThat(charter.allowsProxies(COUNCIL)).isFalse();
        assertThat(charter.checkQuorum(STANDING_COUNCIL, 10, 10).met()).isTrue();
        Charter none = new Charter(Map.of(COUNCIL, 30), AT_LEAST, EnumSet.noneOf(Body.class));
        assertThat(none.allowsProxies(COUNCIL)).isFalse();
    }
}
