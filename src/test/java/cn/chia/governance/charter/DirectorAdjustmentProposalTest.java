package cn.chia.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import cn.chia.governance.charter.DirectorAdjustmentProposal.Kind;

class DirectorAdjustmentProposalTest {

    static final Function<String, Words> LENGTHS = field -> new Words("2 至 100", "2 to 100");

    /** The problems in English. */
    private static Map<String, String> en(Map<String, Words> problems) {
        Map<String, String> english = new LinkedHashMap<>();
        problems.forEach((field, problem) -> english.put(field, problem.en()));
        return english;
    }

    @Test
    void anAdditionNamesTheNewDirectorAndTheirOrganisation() {
        assertThat(en(addition("Wang Fang", "Tsinghua University", List.of()).problems(LENGTHS))).isEmpty();
        assertThat(en(addition(null, " ", List.of()).problems(LENGTHS))).containsOnlyKeys("newDirectorName",
                "newDirectorOrganisation").containsEntry("newDirectorName", "Enter the new director's name in 2 to 100 characters.");
    }

    @Test
    void aDirectorWhoServesAlreadyIsNotAddedButANamesakeOfAnotherOrganisationIs() {
        assertThat(en(addition("Li Ming", "Test Institute", List.of("TEST INSTITUTE")).problems(LENGTHS)))
                .containsExactlyEntriesOf(Map.of("newDirectorName", "Li Ming of Test Institute already serves on the Council."));
        assertThat(en(addition("Li Ming", "Tsinghua University", List.of("Test Institute")).problems(LENGTHS))).isEmpty();
    }

    @Test
    void aRemovalConcernsExactlyOneServingDirector() {
        assertThat(en(removal("17", null, List.of(17L)).problems(LENGTHS))).isEmpty();
        assertThat(removal("17", null, List.of(17L)).concernedDirector()).contains(17L);
        assertThat(en(removal("999999", null, List.of()).problems(LENGTHS)))
                .containsEntry("directorId", "No director with roster number 999999 serves on the Council.");
        assertThat(en(removal(null, "Chen Jing", List.of(3L)).problems(LENGTHS))).isEmpty();
        assertThat(en(removal(null, "Chen Jing", List.of()).problems(LENGTHS)))
                .containsEntry("directorName", "No director named Chen Jing serves on the Council.");
        assertThat(en(removal(null, null, List.of()).problems(LENGTHS)))
                .containsEntry("directorId", "Enter the roster number or the name of the director concerned.");
    }

    @Test
    void aNameTwoServingDirectorsShareAsksForTheRosterNumber() {
        DirectorAdjustmentProposal shared = removal(null, "Chen Jing", List.of(3L, 9L));
        assertThat(en(shared.problems(LENGTHS))).containsEntry("directorName",
                "2 directors named Chen Jing serve (roster numbers 3, 9); enter the roster number.");
        assertThat(shared.concernedDirector()).isEmpty();
    }

    @Test
    void aReplacementBothEndsAServiceAndBringsANewDirector() {
        DirectorAdjustmentProposal replacement = new DirectorAdjustmentProposal(Kind.REPLACE, null, "Li Ming", List.of(),
                null, null, List.of(), "Changed employer");
        assertThat(en(replacement.problems(LENGTHS)).keySet()).containsExactly("directorName", "newDirectorName",
                "newDirectorOrganisation");
        assertThat(Kind.ADD.endsAService()).isFalse();
        assertThat(Kind.REMOVE.bringsANewDirector()).isFalse();
    }

    @Test
    void everyProposalSaysWhy() {
        DirectorAdjustmentProposal withoutReason = new DirectorAdjustmentProposal(Kind.REMOVE, "17", null, List.of(17L),
                null, null, List.of(), "  ");
        assertThat(en(withoutReason.problems(LENGTHS))).containsExactlyEntriesOf(
                Map.of("reason", "Give the reason for the adjustment."));
    }

    @Test
    void onlyTheThreeKindsAreKnown() {
        assertThat(Kind.of("PROMOTE")).isEmpty();
        assertThat(DirectorAdjustmentProposal.UNKNOWN_KIND).isEqualTo(new Words(
                "请选择调整方式：增补理事（ADD）、更换理事（REPLACE）、免去理事（REMOVE）。",
                "Choose the kind of adjustment: add a director (ADD), replace a director (REPLACE), remove a director (REMOVE)."));
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
