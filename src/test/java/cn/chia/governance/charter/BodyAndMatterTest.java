package cn.chia.governance.charter;

import static cn.chia.governance.charter.Body.COUNCIL;
import static cn.chia.governance.charter.Body.GENERAL_ASSEMBLY;
import static cn.chia.governance.charter.Body.STANDING_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.chia.governance.Glossary;

class BodyAndMatterTest {

    private final Charter charter = Charter.withSeats(Map.of(GENERAL_ASSEMBLY, 300, COUNCIL, 90, STANDING_COUNCIL, 30));

    @Test
    void bodiesHaveTitlesAndMemberNouns() {
        assertThat(GENERAL_ASSEMBLY.title()).isEqualTo("General Assembly");
        assertThat(COUNCIL.title()).isEqualTo("Council");
        assertThat(STANDING_COUNCIL.title()).isEqualTo("Standing Council");
        assertThat(GENERAL_ASSEMBLY.memberNoun()).isEqualTo("representatives");
        assertThat(COUNCIL.memberNoun()).isEqualTo("directors");
        assertThat(STANDING_COUNCIL.memberNoun()).isEqualTo("executive directors");
        assertThat(STANDING_COUNCIL.memberNounSingular()).isEqualTo("executive director");
    }

    @Test
    void mattersHaveTitles() {
        assertThat(Matter.ADMISSION.title()).isEqualTo("Admission of a member");
        assertThat(Matter.FOREIGN_MEMBER_REVIEW.title()).isEqualTo("Foreign member review");
        assertThat(Matter.FOREIGN_MEMBER_APPROVAL.title()).isEqualTo("Foreign member approval");
        assertThat(Matter.EXPULSION.title()).isEqualTo("Expulsion of a member");
        assertThat(Matter.TERM_CHANGE.title()).isEqualTo("Term change");
        assertThat(Matter.DIRECTOR_NOMINATION.title()).isEqualTo("Nomination for a mid-term adjustment of directors");
        assertThat(Matter.DIRECTOR_ADJUSTMENT.title()).isEqualTo("Mid-term adjustment of directors");
        assertThat(Matter.HONORARY_RECOMMENDATION.title()).isEqualTo("Recommendation for honorary membership");
        assertThat(Matter.HONORARY_MEMBERSHIP.title()).isEqualTo("Honorary membership");
    }

    @ParameterizedTest
    @EnumSource(Matter.class)
    void everyMatterHasAChineseTitleInTheGlossarysTerms(Matter matter) {
        assertThat(matter.chineseTitle()).as(matter.name()).containsPattern("\\p{IsHan}").doesNotContainPattern("[A-Za-z]");
        assertThat(Glossary.read().missingIn(matter.title(), matter.chineseTitle())).as(matter.name()).isEmpty();
    }

    @Test
    void councilOrStandingCouncilDecideAdmissionForeignMemberReviewAndExpulsion() {
        assertThat(Matter.ADMISSION.decidingBodies()).containsExactly(COUNCIL, STANDING_COUNCIL);
        assertThat(Matter.FOREIGN_MEMBER_REVIEW.decidingBodies()).containsExactly(COUNCIL, STANDING_COUNCIL);
        assertThat(Matter.EXPULSION.decidingBodies()).containsExactly(COUNCIL, STANDING_COUNCIL);
    }

    @Test
    void onlyTheCouncilDecidesForeignMemberApprovalTermChangeDirectorAdjustmentAndHonoraryMembership() {
        assertThat(Matter.FOREIGN_MEMBER_APPROVAL.decidingBodies()).containsExactly(COUNCIL);
        assertThat(Matter.TERM_CHANGE.decidingBodies()).containsExactly(COUNCIL);
        assertThat(Matter.DIRECTOR_ADJUSTMENT.decidingBodies()).containsExactly(COUNCIL);
        assertThat(Matter.HONORARY_MEMBERSHIP.decidingBodies()).containsExactly(COUNCIL);
    }

    @ParameterizedTest
    @EnumSource(Matter.class)
    void mayBeDecidedByAgreesWithDecidingBodies(Matter matter) {
        for (Body body : Body.values()) {
            assertThat(matter.mayBeDecidedBy(body)).isEqualTo(matter.decidingBodies().contains(body));
        }
        boolean assembly = AssemblyMatterProposal.kinds().contains(matter);
        assertThat(matter.mayBeDecidedBy(GENERAL_ASSEMBLY)).isEqualTo(assembly);
        assertThat(matter.mayBeDecidedBy(COUNCIL))
                .isEqualTo(!assembly && matter != Matter.DIRECTOR_NOMINATION && matter != Matter.HONORARY_RECOMMENDATION);
        if (assembly) {
            assertThat(matter.decidingBodies()).as("the General Assembly's powers are its own").containsExactly(GENERAL_ASSEMBLY);
        }
    }

    @Test
    void onlyTheStandingCouncilNominatesAMidTermAdjustmentOfDirectors() {
        assertThat(Matter.DIRECTOR_NOMINATION.decidingBodies()).containsExactly(STANDING_COUNCIL);
        assertThatThrownBy(() -> charter.decide(COUNCIL, Matter.DIRECTOR_NOMINATION, 90, 0, new Votes(90, 0, 0)))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("The Council may not decide nomination for a mid-term adjustment of directors; only the Standing Council may.");
    }

    @Test
    void decidingBodiesCannotBeChanged() {
        assertThatThrownBy(() -> Matter.ADMISSION.decidingBodies().add(GENERAL_ASSEMBLY))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theStandingCouncilMayNotApproveAForeignMember() {
        assertThatThrownBy(() -> charter.decide(STANDING_COUNCIL, Matter.FOREIGN_MEMBER_APPROVAL, 30, 0, new Votes(30, 0, 0)))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("The Standing Council may not decide foreign member approval; only the Council may.");
    }

    @Test
    void theGeneralAssemblyMayNotAdmitAMember() {
        assertThatThrownBy(() -> charter.decide(GENERAL_ASSEMBLY, Matter.ADMISSION, 300, 0, new Votes(300, 0, 0)))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("The General Assembly may not decide admission of a member; only the Council or the Standing Council may.");
    }

    @Test
    void theStandingCouncilMayNotAdjustDirectors() {
        assertThatThrownBy(() -> charter.resolutionRule(STANDING_COUNCIL, Matter.DIRECTOR_ADJUSTMENT))
                .isInstanceOf(InvalidTallyException.class)
                .hasMessage("The Standing Council may not decide mid-term adjustment of directors; only the Council may.");
    }

    @ParameterizedTest
    @EnumSource(Matter.class)
    void everyBodyMayDecideExactlyItsMatters(Matter matter) {
        for (Body body : Body.values()) {
            int seats = charter.seats(body);
            if (matter.mayBeDecidedBy(body)) {
                assertThat(charter.decide(body, matter, seats, 0, new Votes(seats, 0, 0)).outcome()).isEqualTo(Outcome.ADOPTED);
            } else {
                assertThatThrownBy(() -> charter.decide(body, matter, seats, 0, new Votes(seats, 0, 0)))
                        .isInstanceOf(InvalidTallyException.class)
                        .hasMessageStartingWith("The " + body.title() + " may not decide ");
            }
        }
    }
}
