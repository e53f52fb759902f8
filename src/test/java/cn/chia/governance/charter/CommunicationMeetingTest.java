package cn.chia.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.chia.governance.charter.CommunicationMeeting.Vote;

class CommunicationMeetingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void theCouncilAndTheStandingCouncilMayMeetByCommunicationTheGeneralAssemblyMayNot() {
        assertThat(new CommunicationMeeting(Body.COUNCIL, DAY, "台风 Typhoon", DAY, true).problems()).isEmpty();
        assertThat(new CommunicationMeeting(Body.STANDING_COUNCIL, DAY, "台风 Typhoon", DAY, true).problems()).isEmpty();
        assertThat(new CommunicationMeeting(Body.GENERAL_ASSEMBLY, DAY, "台风 Typhoon", DAY, true).problems())
                .singleElement().extracting(CommunicationMeeting.Problem::words).isEqualTo(new Words(
                        "会员代表大会不得以通讯方式召开：章程只允许理事会和常务理事会在特殊情况下以通讯方式召开会议。",
                        "The General Assembly may not meet by communication: the charter allows only the Council and"
                        + " the Standing Council to meet so, in special circumstances."));
    }

    @Test
    void aMeetingByCommunicationStatesItsSpecialCircumstances() {
        assertThat(new CommunicationMeeting(Body.COUNCIL, DAY, " ", DAY, true).problems()).extracting(p -> p.en())
                .containsExactly("Describe the special circumstances that call for a meeting by communication.");
        assertThat(new CommunicationMeeting(Body.COUNCIL, DAY, null, DAY, true).problems()).hasSize(1);
    }

    @Test
    void theVotesAreDueOnTheMeetingsDayOrLaterNeverBefore() {
        assertThat(new CommunicationMeeting(Body.COUNCIL, DAY, "台风 Typhoon", DAY.minusDays(1), true).problems())
                .extracting(p -> p.en()).containsExactly("The votes cannot be due (2026-11-30) before the meeting's day"
                        + " (2026-12-01).");
        assertThat(new CommunicationMeeting(Body.COUNCIL, DAY, "台风 Typhoon", DAY, true).problems()).isEmpty();
        assertThat(new CommunicationMeeting(Body.COUNCIL, DAY, "台风 Typhoon", null, true).problems())
                .extracting(p -> p.en()).containsExactly("Enter the day by which the votes are due.");
    }

    @Test
    void votesByNameNeedARecordedRoster() {
        assertThat(new CommunicationMeeting(Body.STANDING_COUNCIL, DAY, "台风 Typhoon", DAY, false).problems())
                .extracting(p -> p.en()).containsExactly("The Standing Council has no recorded roster on the meeting's"
                        + " day: a meeting by communication votes by name, so record the body's roster first.");
    }

    @Test
    void theTallyCountsEachVoteByName() {
        Votes votes = CommunicationMeeting.tally(List.of(Vote.FOR, Vote.FOR, Vote.AGAINST, Vote.ABSTAIN, Vote.FOR));
        assertThat(votes).isEqualTo(new Votes(3, 1, 1));
        assertThat(CommunicationMeeting.tally(List.of())).isEqualTo(new Votes(0, 0, 0));
    }

    @Test
    void twoOfThreeVotersInFavourAreNotMoreThanTwoThirdsThreeOfThreeAre() {
        Charter charter = Charter.withSeats(java.util.Map.of(Body.COUNCIL, 4));
        Votes twoOfThree = CommunicationMeeting.tally(List.of(Vote.FOR, Vote.FOR, Vote.AGAINST));
        Votes threeOfThree = CommunicationMeeting.tally(List.of(Vote.FOR, Vote.FOR, Vote.FOR));
        assertThat(charter.decide(Body.COUNCIL, Matter.ADMISSION, 3, 0, twoOfThree).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(charter.decide(Body.COUNCIL, Matter.ADMISSION, 3, 0, threeOfThree).outcome()).isEqualTo(Outcome.ADOPTED);
    }
}
