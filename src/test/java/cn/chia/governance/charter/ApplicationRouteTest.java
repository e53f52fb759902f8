package cn.chia.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ApplicationRouteTest {

    static final List<String> BRANCHES = List.of("branch-beijing", "branch-shanghai");

    @Test
    void aForeignExpertAppliesDirectlyWithoutABranch() {
        assertThat(new ApplicationRoute(MembershipApplication.FOREIGN, null, BRANCHES).problems()).isEmpty();
    }

    @Test
    void aForeignExpertNamesNoBranchNotEvenABranchOfTheAssociation() {
        assertThat(new ApplicationRoute(MembershipApplication.FOREIGN, "branch-beijing", BRANCHES).problems())
                .containsOnlyKeys("branch").containsEntry("branch",
                        "A foreign member applies directly; the Council reviews without a branch.");
        assertThat(new ApplicationRoute(MembershipApplication.FOREIGN, "branch-nowhere", BRANCHES).problems())
                .containsEntry("branch", "A foreign member applies directly; the Council reviews without a branch.");
    }

    @Test
    void aPersonOrAUnitAppliesByItselfOrThroughABranchOfTheAssociation() {
        for (String kind : List.of(MembershipApplication.INDIVIDUAL, MembershipApplication.UNIT)) {
            assertThat(new ApplicationRoute(kind, null, BRANCHES).problems()).as(kind).isEmpty();
            assertThat(new ApplicationRoute(kind, "branch-shanghai", BRANCHES).problems()).as(kind).isEmpty();
        }
    }

    @Test
    void aBranchThatIsNotTheAssociationsIsRefusedNamingTheBranches() {
        assertThat(new ApplicationRoute(MembershipApplication.INDIVIDUAL, "branch-nowhere", BRANCHES).problems())
                .containsOnlyKeys("branch").containsEntry("branch",
                        "Choose a branch of the Association, one of [branch-beijing, branch-shanghai].");
    }
}
