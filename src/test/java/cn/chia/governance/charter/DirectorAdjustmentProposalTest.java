package cn.chia.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import cn.chia.governance.charter.DirectorAdjustmentProposal.Kind;

class DirectorAdjustmentProposalTest {

    static final UnaryOperator<String> LENGTHS = field -> "2 to 100";

    @Test
    void anAdditionNamesTheNewDirectorAndTheirOrganisation() {
        assertThat(addition("Wang Fang", "Tsinghua University", List.of()).problems(LENGTHS)).isEmpty();
        assertThat(addition(null, " ", List.of()).problems(LENGTHS)).containsOnlyKeys("newDirectorName",
                "newDirectorOrganisation").containsEntry("newDirectorName", "Enter the new director's name in 2 to 100 characters.");
    }

    @Test
    void aDirectorWhoServesAlreadyIsNotAddedButANamesakeOfAnotherOrganisationIs() {
        assertThat(addition("Li Ming", "Test Institute", List.of("TEST INSTITUTE")).problems(LENGTHS))
                .containsExactlyEntriesOf(Map.of("newDirectorName", "Li Ming of Test Institute already serves on the Council."));
        assertThat(addition("Li Ming", "Tsinghua University", List.of("Test Institute")).problems(LENGTHS)).isEmpty();
    }

    @Test
    void aRemovalConcernsExactlyOneServingDirector() {
        assertThat(removal("17", null, List.of(17L)).problems(LENGTHS)).isEmpty();
        assertThat(removal("17", null, List.of(17L)).concernedDirector()).contains(17L);
        assertThat(removal("999999", null, List.of()).problems(LENGTHS))
                .containsEntry("directorId", "No director with roster number 999999 serves on the Council.");
        assertThat(removal(null, "Chen Jing", List.of(3L)).problems(LENGTHS)).isEmpty();
        assertThat(removal(null, "Chen Jing", List.of()).problems(LENGTHS))
                .containsEntry("directorName", "No director named Chen Jing serves on the Council.");
        assertThat(removal(null, null, List.of()).problems(LENGTHS))
                .containsEntry("directorId", "Enter the roster number or the name of the director concerned.");
    }

    @Test
    void aNameTwoServingDirectorsShareAsksForTheRosterNumber() {
        DirectorAdjustmentProposal shared = removal(null, "Chen Jing", List.of(3L, 9L));
        assertThat(shared.problems(LENGTHS)).containsEntry("directorName",
                "2 directors named Chen Jing serve (roster numbers 3, 9); enter the roster number.");
        assertThat(shared.concernedDirector()).isEmpty();
    }

    @Test
    void aReplacementBothEndsAServiceAndBringsANewDirector() {
        DirectorAdjustmentProposal replacement = new DirectorAdjustmentProposal(Kind.REPLACE, null, "Li Ming", List.of(),
                null, null, List.of(), "Changed employer");
        assertThat(replacement.problems(LENGTHS).keySet()).containsExactly("directorName", "newDirectorName",
                "newDirectorOrganisation");
        assertThat(Kind.ADD.endsAService()).isFalse();
        assertThat(Kind.REMOVE.bringsANewDirector()).isFalse();
    }

    @Test
    void everyProposalSaysWhy() {
        DirectorAdjustmentProposal withoutReason = new DirectorAdjustmentProposal(Kind.REMOVE, "17", null, List.of(17L),
                null, null, List.of(), "  ");
        assertThat(withoutReason.problems(LENGTHS)).containsExactlyEntriesOf(
                Map.of("reason", "Give the reason for the adjustment."));
    }

    @Test
    void onlyTheThreeKindsAreKnown() {
        assertThat(Kind.of("PROMOTE")).isEmpty();
        assertThat(DirectorAdjustmentProposal.UNKNOWN_KIND)
                .isEqualTo("Choose the kind of adjustment, one of [ADD, REPLACE, REMOVE].");
    }

    private static DirectorAdjustmentProposal addition(String name, String organisation, List<String> namesakes) {
        return new DirectorAdjustmentProposal(Kind.ADD, null, null, List.of(), name, organisation, namesakes,
                "A vacancy in the field of materials");
    }

    private static DirectorAdjustmentProposal removal(String id, String name, List<Long> serving) {
        return new DirectorAdjustmentProposal(Kind.REMOVE, id, name, serving, null, null, List.of(),
                "Absent from three consecutive Council meetings without reason");
    }
}
