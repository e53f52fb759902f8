package cn.chia.governance.charter;

import static cn.chia.governance.charter.Body.COUNCIL;
import static cn.chia.governance.charter.Body.GENERAL_ASSEMBLY;
import static cn.chia.governance.charter.Body.STANDING_COUNCIL;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvalidTallyTest {

    private final Charter charter = Charter.withSeats(Map.of(GENERAL_ASSEMBLY, 300, COUNCIL, 90, STANDING_COUNCIL, 30));

    @Test
    void aBodyNeedsAtLeastOneSeat() {
        assertThatThrownBy(() -> Charter.withSeats(Map.of(COUNCIL, 0)))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("The Council must have at least 1 seat; configured: 0.");
        assertThatThrownBy(() -> new Charter(Map.of(STANDING_COUNCIL, -3), Comparison.AT_LEAST, EnumSet.noneOf(Body.class)))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("The Standing Council must have at least 1 seat; configured: -3.");
        Map<Body, Integer> withNull = new HashMap<>();
        withNull.put(GENERAL_ASSEMBLY, null);
        assertThatThrownBy(() -> Charter.withSeats(withNull))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("The General Assembly must have at least 1 seat; configured: null.");
    }

    @Test
    void aBodyWithoutSeatsCannotMeet() {
        Charter councilOnly = Charter.withSeats(new EnumMap<>(Map.of(COUNCIL, 90)));
        assertThatThrownBy(() -> councilOnly.checkQuorum(STANDING_COUNCIL, 10, 0))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("No seats are configured for the Standing Council.");
        assertThatThrownBy(() -> councilOnly.seats(GENERAL_ASSEMBLY))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("No seats are configured for the General Assembly.");
    }

    @Test
    void presentInPersonCannotBeNegative() {
        assertThatThrownBy(() -> charter.checkQuorum(COUNCIL, -1, 0))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("The number present in person cannot be negative: -1.");
    }

    @Test
    void presentByProxyCannotBeNegative() {
        assertThatThrownBy(() -> charter.checkQuorum(COUNCIL, 70, -2))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("The number present by proxy cannot be negative: -2.");
    }

    @Test
    void votesCannotBeNegative() {
        assertThatThrownBy(() -> new Votes(-1, 0, 0))
                .isInstanceOf(InvalidTallyException.class).hasMessage("Votes in favour cannot be negative: -1.");
        assertThatThrownBy(() -> new Votes(0, -2, 0))
                .isInstanceOf(InvalidTallyException.class).hasMessage("Votes against cannot be negative: -2.");
        assertThatThrownBy(() -> new Votes(0, 0, -3))
                .isInstanceOf(InvalidTallyException.class).hasMessage("Abstentions cannot be negative: -3.");
        assertThatThrownBy(() -> new Votes(Integer.MAX_VALUE, 1, 0))
                .isInstanceOf(InvalidTallyException.class).hasMessage("Too many votes recorded: 2147483648.");
    }

    @Test
    void moreCannotBePresentThanThereAreSeats() {
        assertThatThrownBy(() -> charter.checkQuorum(COUNCIL, 61, 30))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("The Council has 90 directors, but 91 are recorded present (61 in person, 30 by proxy).");
        assertThatThrownBy(() -> charter.checkQuorum(STANDING_COUNCIL, 31, 0))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("The Standing Council has 30 executive directors, but 31 are recorded present (31 in person, 0 by proxy).");
        assertThatThrownBy(() -> charter.checkQuorum(COUNCIL, Integer.MAX_VALUE, Integer.MAX_VALUE))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("The Council has 90 directors, but 4294967294 are recorded present (2147483647 in person, 2147483647 by proxy).");
    }

    @Test
    void moreVotesCannotBeCastThanMembersArePresent() {
        assertThatThrownBy(() -> charter.decide(COUNCIL, Matter.ADMISSION, 44, 0, new Votes(40, 3, 2)))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("45 votes are recorded (40 in favour, 3 against, 2 abstentions), but only 44 directors are present.");
        assertThatThrownBy(() -> charter.decide(COUNCIL, Matter.ADMISSION, 60, 1, new Votes(62, 0, 0)))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("62 votes are recorded (62 in favour, 0 against, 0 abstentions), but only 61 directors are present.");
    }

    @Test
    void moreVotesThanMembersPresentReadsInTheSingularToo() {
        Charter one = Charter.withSeats(Map.of(COUNCIL, 1));
        assertThatThrownBy(() -> one.decide(COUNCIL, Matter.ADMISSION, 1, 0, new Votes(1, 1, 0)))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("2 votes are recorded (1 in favour, 1 against, 0 abstentions), but only 1 director is present.");
        assertThatThrownBy(() -> one.decide(COUNCIL, Matter.ADMISSION, 0, 0, new Votes(1, 0, 0)))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("1 vote is recorded (1 in favour, 0 against, 0 abstentions), but only 0 directors are present.");
    }

    @Test
    void proxiesAreRefusedWhereTheBodyDoesNotAllowThem() {
        assertThatThrownBy(() -> charter.checkQuorum(STANDING_COUNCIL, 20, 2))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("The Standing Council does not allow proxies, but 2 executive directors are recorded present by proxy.");
        assertThatThrownBy(() -> charter.decide(GENERAL_ASSEMBLY, 250, 1, new Votes(200, 0, 0)))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("The General Assembly does not allow proxies, but 1 representative is recorded present by proxy.");
    }

    @Test
    void aDecisionWithoutQuorumIsRefused() {
        assertThatThrownBy(() -> charter.decide(COUNCIL, Matter.ADMISSION, 60, 0, new Votes(60, 0, 0)))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("Quorum not met: 60 of 90 directors present; more than two thirds requires at least 61.");
        assertThatThrownBy(() -> charter.decide(STANDING_COUNCIL, Matter.EXPULSION, 0, 0, new Votes(0, 0, 0)))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("Quorum not met: 0 of 30 executive directors present; more than two thirds requires at least 21.");
    }

    @Test
    void aMatterTheBodyMayNotDecideIsRefusedBeforeTheTally() {
        assertThatThrownBy(() -> charter.decide(STANDING_COUNCIL, Matter.HONORARY_MEMBERSHIP, -5, 3, new Votes(0, 0, 0)))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("The Standing Council may not decide honorary membership; only the Council may.");
        assertThatThrownBy(() -> charter.decide(STANDING_COUNCIL, Matter.TERM_CHANGE, 30, 0, new Votes(30, 0, 0)))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("The Standing Council may not decide term change; only the Council may.");
        assertThatThrownBy(() -> charter.decide(GENERAL_ASSEMBLY, Matter.EXPULSION, 300, 0, new Votes(300, 0, 0)))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("The General Assembly may not decide expulsion of a member; only the Council or the Standing Council may.");
    }
}
