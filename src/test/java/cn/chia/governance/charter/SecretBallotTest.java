package cn.chia.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.chia.governance.charter.SecretBallot.Count;
import cn.chia.governance.charter.SecretBallot.Mode;
import cn.chia.governance.charter.SecretBallot.PaperTally;

class SecretBallotTest {

    private static final ElectionMajority VALID = ElectionMajority.MORE_THAN_HALF_OF_VALID_BALLOTS;
    private static final List<String> ABC = List.of("A", "B", "C");

    // --- the majority: more than half; exactly half is not enough

    @Test
    void exactlyHalfOfTheValidBallotsDoesNotElect() {
        Count count = SecretBallot.count(1, List.of("A", "B"), Map.of("A", 50, "B", 50), 100, 100, VALID);
        assertThat(count.elected()).isEmpty();
        assertThat(count.unfilled()).isEqualTo(1);
        assertThat(count.furtherRound()).isFalse();
        assertThat(count.needed()).isEqualTo(51);
    }

    @Test
    void oneVoteMoreThanHalfElects() {
        Count count = SecretBallot.count(1, List.of("A", "B"), Map.of("A", 51, "B", 49), 100, 100, VALID);
        assertThat(count.elected()).containsExactly("A");
        assertThat(count.unfilled()).isZero();
        assertThat(count.reasonEn()).contains("A 51, B 49").contains("at least 51").contains("Elected: A.");
        assertThat(count.reasonZh()).contains("当选：A");
    }

    @Test
    void anOddNumberOfBallotsNeedsTheNextWholeVote() {
        assertThat(SecretBallot.count(1, List.of("A"), Map.of("A", 50), 101, 101, VALID).elected()).isEmpty();
        assertThat(SecretBallot.count(1, List.of("A"), Map.of("A", 51), 101, 101, VALID).elected()).containsExactly("A");
    }

    @Test
    void theMajorityOfBallotsCastCountsTheInvalidOnesToo() {
        ElectionMajority cast = ElectionMajority.MORE_THAN_HALF_OF_BALLOTS_CAST;
        // 90 valid of 110 cast: 46 is more than half of the valid ballots, not of those cast (needs 56)
        assertThat(SecretBallot.count(1, List.of("A"), Map.of("A", 46), 90, 110, VALID).elected()).containsExactly("A");
        assertThat(SecretBallot.count(1, List.of("A"), Map.of("A", 55), 90, 110, cast).elected()).isEmpty();
        assertThat(SecretBallot.count(1, List.of("A"), Map.of("A", 56), 90, 110, cast).elected()).containsExactly("A");
    }

    @Test
    void aBlankBallotIsValidAndCountsAgainstEveryone() {
        // 3 valid ballots of which 1 blank: 2 votes are more than half of 3
        assertThat(SecretBallot.count(1, List.of("A"), Map.of("A", 2), 3, 3, VALID).elected()).containsExactly("A");
        // 4 valid ballots of which 2 blank: 2 is exactly half
        assertThat(SecretBallot.count(1, List.of("A"), Map.of("A", 2), 4, 4, VALID).elected()).isEmpty();
    }

    // --- the order and the last seat

    @Test
    void theMostVotesAreElectedInOrder() {
        Count count = SecretBallot.count(2, ABC, Map.of("A", 60, "B", 80, "C", 70), 100, 100, VALID);
        assertThat(count.elected()).containsExactly("B", "C");
        assertThat(count.furtherRound()).isFalse();
    }

    @Test
    void aTieForTheLastSeatGoesToAFurtherRoundAmongTheTied() {
        Count count = SecretBallot.count(2, ABC, Map.of("A", 80, "B", 60, "C", 60), 100, 100, VALID);
        assertThat(count.elected()).containsExactly("A");
        assertThat(count.tied()).containsExactly("B", "C");
        assertThat(count.furtherRoundSeats()).isEqualTo(1);
        assertThat(count.unfilled()).isZero();
        assertThat(count.reasonEn()).contains("B, C tie: a further round for 1 seat.");
    }

    @Test
    void oneVoteApartIsNoTie() {
        Count count = SecretBallot.count(2, ABC, Map.of("A", 80, "B", 61, "C", 60), 100, 100, VALID);
        assertThat(count.elected()).containsExactly("A", "B");
        assertThat(count.furtherRound()).isFalse();
    }

    @Test
    void aTieForEverySeatGoesWhollyToAFurtherRound() {
        Count count = SecretBallot.count(1, ABC, Map.of("A", 60, "B", 60, "C", 0), 100, 100, VALID);
        assertThat(count.elected()).isEmpty();
        assertThat(count.tied()).containsExactly("A", "B");
        assertThat(count.furtherRoundSeats()).isEqualTo(1);
    }

    @Test
    void equalVotesWithinTheSeatsAreNoTie() {
        Count count = SecretBallot.count(2, ABC, Map.of("A", 60, "B", 60, "C", 10), 100, 100, VALID);
        assertThat(count.elected()).containsExactly("A", "B");
        assertThat(count.furtherRound()).isFalse();
    }

    @Test
    void aTieBelowTheMajorityLeavesTheSeatUnfilled() {
        Count count = SecretBallot.count(2, ABC, Map.of("A", 80, "B", 50, "C", 50), 100, 100, VALID);
        assertThat(count.elected()).containsExactly("A");
        assertThat(count.furtherRound()).isFalse();
        assertThat(count.unfilled()).isEqualTo(1);
        assertThat(count.reasonEn()).contains("1 seat stays unfilled");
        assertThat(count.reasonZh()).contains("1 个名额无人获得过半数，空缺");
    }

    // --- what may be asked

    @Test
    void seatsMayEqualTheCandidatesButNotExceedThem() {
        assertThat(SecretBallot.problems(Body.GENERAL_ASSEMBLY, ElectedOffice.DIRECTOR, 3, ABC, Mode.PAPER, List.of()))
                .isEmpty();
        assertThat(SecretBallot.problems(Body.GENERAL_ASSEMBLY, ElectedOffice.DIRECTOR, 4, ABC, Mode.PAPER, List.of()))
                .singleElement().asString().contains("More seats (4) than candidates (3).");
    }

    @Test
    void atLeastOneSeat() {
        assertThat(SecretBallot.problems(Body.GENERAL_ASSEMBLY, ElectedOffice.DIRECTOR, 0, ABC, Mode.PAPER, List.of()))
                .singleElement().asString().contains("At least one seat");
        assertThat(SecretBallot.problems(Body.GENERAL_ASSEMBLY, ElectedOffice.DIRECTOR, 1, ABC, Mode.PAPER, List.of()))
                .isEmpty();
    }

    @Test
    void theBodyMustElectToTheOffice() {
        assertThat(SecretBallot.problems(Body.COUNCIL, ElectedOffice.DIRECTOR, 1, ABC, Mode.PAPER, List.of()))
                .singleElement().asString().startsWith("选举理事的是会员代表大会")
                .contains("The directors are elected by the General Assembly, not the Council");
        assertThat(SecretBallot.problems(Body.GENERAL_ASSEMBLY, ElectedOffice.PRESIDENT, 1, ABC, Mode.PAPER, List.of()))
                .hasSize(1);
        assertThat(SecretBallot.problems(Body.COUNCIL, ElectedOffice.PRESIDENT, 1, ABC, Mode.PAPER, List.of())).isEmpty();
    }

    @Test
    void oneSeatOfPresident() {
        assertThat(SecretBallot.problems(Body.COUNCIL, ElectedOffice.PRESIDENT, 2, ABC, Mode.PAPER, List.of()))
                .singleElement().asString().contains("There is one president");
        assertThat(SecretBallot.problems(Body.COUNCIL, ElectedOffice.VICE_PRESIDENT, 2, ABC, Mode.PAPER, List.of()))
                .isEmpty();
    }

    @Test
    void candidatesAndElectorsOnceEachAndNotEmpty() {
        assertThat(SecretBallot.problems(Body.GENERAL_ASSEMBLY, ElectedOffice.DIRECTOR, 1, List.of("A", "A"), Mode.PAPER,
                List.of())).singleElement().asString().contains("Candidate A is listed twice.");
        assertThat(SecretBallot.problems(Body.GENERAL_ASSEMBLY, ElectedOffice.DIRECTOR, 1, List.of(), Mode.PAPER,
                List.of())).anyMatch(problem -> problem.en().equals("Name at least one candidate."));
        assertThat(SecretBallot.problems(Body.GENERAL_ASSEMBLY, ElectedOffice.DIRECTOR, 1, List.of(" "), Mode.PAPER,
                List.of())).anyMatch(problem -> problem.en().contains("may not be empty"));
        assertThat(SecretBallot.problems(Body.GENERAL_ASSEMBLY, ElectedOffice.DIRECTOR, 1, ABC, Mode.ELECTRONIC,
                List.of())).singleElement().asString().contains("needs its list of electors");
        assertThat(SecretBallot.problems(Body.GENERAL_ASSEMBLY, ElectedOffice.DIRECTOR, 1, ABC, Mode.ELECTRONIC,
                List.of("u1", "u1"))).singleElement().asString().contains("Elector u1 is listed twice.");
        assertThat(SecretBallot.problems(Body.GENERAL_ASSEMBLY, ElectedOffice.DIRECTOR, 1, ABC, Mode.ELECTRONIC,
                List.of("u1", "u2"))).isEmpty();
    }

    // --- one elector's ballot

    @Test
    void aBallotChoosesAtMostAsManyAsTheSeats() {
        assertThat(SecretBallot.ballotProblems(List.of("A", "B"), ABC, 2)).isEmpty();
        assertThat(SecretBallot.ballotProblems(List.of("A", "B", "C"), ABC, 2)).singleElement().asString()
                .contains("Choose at most 2 candidates; you chose 3.");
    }

    @Test
    void fewerChoicesAndABlankBallotAreValid() {
        assertThat(SecretBallot.ballotProblems(List.of("A"), ABC, 2)).isEmpty();
        assertThat(SecretBallot.ballotProblems(List.of(), ABC, 2)).isEmpty();
    }

    @Test
    void aBallotForSomeoneElseOrTwiceForOneIsRefusedWithoutRepeatingTheNames() {
        assertThat(SecretBallot.ballotProblems(List.of("A", "A"), ABC, 2)).singleElement().asString()
                .contains("Choose a candidate at most once.");
        assertThat(SecretBallot.ballotProblems(List.of("Zhang"), ABC, 2)).singleElement().asString()
                .contains("1 of your choices are not candidates of this round.").doesNotContain("Zhang");
    }

    // --- the scrutineers' tally

    private static List<Words> tallyProblems(int issued, int cast, int valid, int invalid, Map<String, Integer> votes) {
        return new PaperTally(issued, cast, valid, invalid, votes).problems(List.of("A", "B"), 1);
    }

    @Test
    void aTallyThatAddsUpIsTaken() {
        assertThat(tallyProblems(100, 100, 98, 2, Map.of("A", 60, "B", 38))).isEmpty();
    }

    @Test
    void noMoreBallotsCastThanIssued() {
        assertThat(tallyProblems(100, 101, 101, 0, Map.of("A", 60, "B", 38))).singleElement().asString()
                .contains("More ballots cast (101) than issued (100).");
    }

    @Test
    void validAndInvalidMakeTheBallotsCast() {
        assertThat(tallyProblems(100, 100, 97, 2, Map.of("A", 60, "B", 37))).singleElement().asString()
                .contains("do not add up to the ballots cast (100)");
        assertThat(tallyProblems(100, 100, 99, 2, Map.of("A", 60, "B", 37))).hasSize(1);
    }

    @Test
    void noCandidateMoreVotesThanValidBallots() {
        assertThat(tallyProblems(100, 100, 100, 0, Map.of("A", 100, "B", 0))).isEmpty();
        assertThat(new PaperTally(100, 100, 100, 0, Map.of("A", 101, "B", 0)).problems(List.of("A", "B"), 2))
                .singleElement().asString().contains("A has more votes (101) than there are valid ballots (100).");
    }

    @Test
    void noMoreVotesThanSeatsTimesValidBallots() {
        assertThat(tallyProblems(100, 100, 100, 0, Map.of("A", 60, "B", 40))).isEmpty();
        assertThat(tallyProblems(100, 100, 100, 0, Map.of("A", 60, "B", 41))).singleElement().asString()
                .contains("More votes in all (101) than seats times valid ballots (1 × 100).");
    }

    @Test
    void everyCandidateOfTheRoundAndNoOther() {
        assertThat(tallyProblems(10, 10, 10, 0, Map.of("A", 6))).singleElement().asString()
                .contains("Enter the votes of candidate B.");
        assertThat(tallyProblems(10, 10, 10, 0, Map.of("A", 6, "B", 1, "X", 1))).singleElement().asString()
                .contains("X is not a candidate of this round.");
        assertThat(tallyProblems(10, 10, 10, 0, Map.of("A", -1, "B", 1))).singleElement().asString()
                .contains("may not be negative");
    }
}
