package cn.chia.governance.charter;

import static cn.chia.governance.charter.Body.COUNCIL;
import static cn.chia.governance.charter.Body.GENERAL_ASSEMBLY;
import static cn.chia.governance.charter.Body.STANDING_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import cn.chia.governance.charter.RosterSubmission.Membership;
import cn.chia.governance.charter.RosterSubmission.Problem;
import cn.chia.governance.charter.RosterSubmission.Row;

/**
 * Other matters, honorary members: "upon recommendation of the Standing Council and approval of the Council", for
 * Chinese experts and foreigners alike; an honorary member pays no dues, and neither represents the members nor is
 * elected.
 */
class HonoraryMembershipRulesTest {

    private static final Map<Body, Integer> SEATS = Map.of(GENERAL_ASSEMBLY, 300, COUNCIL, 90, STANDING_COUNCIL, 30);
    private static final Charter CHARTER = Charter.withSeats(SEATS);
    private static final String REASONS = "Founded three national laboratories for industrial lasers.";

    // ---- who decides, by what majority

    @Test
    void onlyTheStandingCouncilRecommendsAndOnlyTheCouncilApproves() {
        assertThat(Matter.HONORARY_RECOMMENDATION.decidingBodies()).containsExactly(STANDING_COUNCIL);
        assertThat(Matter.HONORARY_MEMBERSHIP.decidingBodies()).containsExactly(COUNCIL);
        assertThatThrownBy(() -> CHARTER.decide(COUNCIL, Matter.HONORARY_RECOMMENDATION, 90, 0, new Votes(90, 0, 0)))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("The Council may not decide recommendation for honorary membership; only the Standing Council may.");
    }

    @Test
    void eachStepIsAnOrdinaryResolutionOfItsBody() {
        assertThat(CHARTER.resolutionRule(STANDING_COUNCIL, Matter.HONORARY_RECOMMENDATION))
                .isEqualTo(CHARTER.resolutionRule(STANDING_COUNCIL));
        assertThat(CHARTER.resolutionRule(COUNCIL, Matter.HONORARY_MEMBERSHIP)).isEqualTo(CHARTER.resolutionRule(COUNCIL));
        assertThat(CHARTER.resolutionRule(COUNCIL, Matter.HONORARY_MEMBERSHIP).describe(Comparison.MORE_THAN))
                .isEqualTo("more than two thirds of the directors present");
    }

    @ParameterizedTest(name = "{0}: {1} present, {2} in favour -> {3}")
    @CsvSource({
            // 21 executive directors present: two thirds is exactly 14
            "HONORARY_RECOMMENDATION, STANDING_COUNCIL, 21, 15, ADOPTED",
            "HONORARY_RECOMMENDATION, STANDING_COUNCIL, 21, 14, REJECTED",
            // 61 directors present (quorum of 90 seats): two thirds is 40.67, so 41
            "HONORARY_MEMBERSHIP, COUNCIL, 61, 41, ADOPTED",
            "HONORARY_MEMBERSHIP, COUNCIL, 61, 40, REJECTED",
            // all 90 directors present: two thirds is exactly 60
            "HONORARY_MEMBERSHIP, COUNCIL, 90, 61, ADOPTED",
            "HONORARY_MEMBERSHIP, COUNCIL, 90, 60, REJECTED",
    })
    void bothStepsNeedMoreThanTwoThirdsOfThosePresent(Matter matter, Body body, int present, int inFavour,
            Outcome expected) {
        Decision decision = CHARTER.decide(body, matter, present, 0, new Votes(inFavour, present - inFavour, 0));
        assertThat(decision.outcome()).isEqualTo(expected);
        assertThat(decision.matter()).isEqualTo(matter);
    }

    // ---- the proposal

    @Test
    void aChineseExpertNeedsNoNationalityAndIsRecordedAsChinese() {
        HonoraryProposal proposal = new HonoraryProposal("CHINESE", "王院士", "中国科学院", null, REASONS, "wang@example.org", null);
        assertThat(proposal.problems()).isEmpty();
        assertThat(proposal.registeredNationality()).isEqualTo(HonoraryProposal.CHINESE_NATIONALITY);
    }

    @Test
    void aForeignerNeedsANationality() {
        HonoraryProposal without = new HonoraryProposal("FOREIGN", "Anna Schmidt", "Fraunhofer ILT", " ", REASONS,
                "anna@example.org", "+49 241 8906 0");
        assertThat(without.problems()).containsOnlyKeys("honoreeNationality");
        assertThat(without.problems().get("honoreeNationality").zh()).startsWith("请填写国籍");
        assertThat(without.problems().get("honoreeNationality").en()).startsWith("Enter the nationality");
        HonoraryProposal with = new HonoraryProposal("FOREIGN", "Anna Schmidt", "Fraunhofer ILT", " Germany ", REASONS,
                "anna@example.org", "+49 241 8906 0");
        assertThat(with.problems()).isEmpty();
        assertThat(with.registeredNationality()).isEqualTo("Germany");
    }

    @Test
    void anEmptyProposalNamesEveryRequiredField() {
        assertThat(new HonoraryProposal(null, null, null, null, null, null, null).problems().keySet()).containsExactly(
                "honoreeOrigin", "honoreeName", "honoreeOrganisation", "contributions", "honoreeEmail");
        assertThat(new HonoraryProposal("HONORARY", "王院士", "中科院", null, REASONS, "wang@example.org", null).problems())
                .containsOnlyKeys("honoreeOrigin");
    }

    @Test
    void theReasonsTakeTwentyCharactersAndNoMarkup() {
        String twenty = "x".repeat(HonoraryProposal.CONTRIBUTIONS_MIN);
        assertThat(proposalWithReasons(twenty).problems()).isEmpty();
        assertThat(proposalWithReasons(twenty.substring(1)).problems()).containsOnlyKeys("contributions");
        assertThat(proposalWithReasons("<script>alert(1)</script> and more words").problems()).containsOnlyKeys("contributions");
        assertThat(proposalWithReasons("Two lines:\nlasers and optics.").problems()).isEmpty();
    }

    @Test
    void theContactIsAValidEmailAndAnyPhoneIsAPhoneNumber() {
        assertThat(new HonoraryProposal("CHINESE", "王院士", "中科院", null, REASONS, "not-an-address", "12").problems())
                .containsOnlyKeys("honoreeEmail", "honoreePhone");
    }

    // ---- dues and the automatic withdrawal

    @ParameterizedTest
    @CsvSource({"INDIVIDUAL, true", "UNIT, true", "FOREIGN, true", "HONORARY, false"})
    void onlyAnHonoraryMemberCannotBeDeemedWithdrawn(String kind, boolean applies) {
        assertThat(Inactivity.appliesTo(kind)).isEqualTo(applies);
    }

    // ---- neither a representative nor elected

    @ParameterizedTest
    @EnumSource(RosterBody.class)
    void anHonoraryMemberIsOnNoRosterButAsSecretaryGeneral(RosterBody body) {
        Row honorary = row(body, new Membership(HonoraryProposal.KIND, true), "PRESIDENT");
        List<Problem> problems = roster(body, honorary).problems();
        assertThat(problems).extracting(Problem::field).containsExactly("membershipNumber");
        assertThat(problems.get(0).text()).contains("荣誉会员").contains("is an honorary member");
        assertThat(problems.get(0).clause()).isEqualTo(body == RosterBody.GENERAL_ASSEMBLY
                ? RosterSubmission.REPRESENTATIVES_CLAUSE : RosterSubmission.HONORARY_CLAUSE);

        Row ordinary = row(body, new Membership("INDIVIDUAL", true), "PRESIDENT");
        assertThat(roster(body, ordinary).problems()).as("an ordinary member of the same row").isEmpty();
    }

    @Test
    void theSecretaryGeneralIsAppointedNotElected() {
        Row honorary = row(RosterBody.OFFICERS, new Membership(HonoraryProposal.KIND, true), "SECRETARY_GENERAL");
        assertThat(roster(RosterBody.OFFICERS, honorary).problems()).isEmpty();
    }

    @Test
    void aForeignMemberMayStillBeElectedADirector() {
        Row foreign = row(RosterBody.COUNCIL, new Membership("FOREIGN", true), null);
        assertThat(roster(RosterBody.COUNCIL, foreign).problems()).isEmpty();
    }

    private static HonoraryProposal proposalWithReasons(String reasons) {
        return new HonoraryProposal("CHINESE", "王院士", "中国科学院", null, reasons, "wang@example.org", "010-6259 7000");
    }

    private static Row row(RosterBody body, Membership membership, String office) {
        return new Row("荣誉" + body.ordinal(), "单位", true, body == RosterBody.COUNCIL ? Boolean.FALSE : null,
                "CHIA-2026-000042", null, body == RosterBody.OFFICERS ? office : null, membership, null, true);
    }

    private static RosterSubmission roster(RosterBody body, Row row) {
        LocalDate today = LocalDate.of(2026, 5, 20);
        return new RosterSubmission(body, "第五届会员代表大会第一次会议选举", ActKind.ELECTION, today, today, null, 90, List.of(row));
    }
}
