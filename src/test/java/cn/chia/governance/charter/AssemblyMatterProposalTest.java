package cn.chia.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.chia.governance.charter.AssemblyMatterProposal.FollowUp;
import cn.chia.governance.charter.AssemblyMatterProposal.OnRoster;

class AssemblyMatterProposalTest {

    private static final Charter CHARTER = Charter.withSeats(Map.of(Body.GENERAL_ASSEMBLY, 300, Body.COUNCIL, 90,
            Body.STANDING_COUNCIL, 30));

    private static AssemblyMatterProposal matter(String kind) {
        return new AssemblyMatterProposal(kind, "关于修改章程的议案", "中高产会〔2026〕1号", null, null, null, Map.of());
    }

    private static AssemblyMatterProposal removal(String typed, Map<Long, OnRoster> rosters) {
        return new AssemblyMatterProposal("REMOVAL_FROM_OFFICE", "关于罢免理事的议案", "中高产会〔2026〕2号", null, null, typed,
                rosters);
    }

    @Test
    void theGeneralAssemblysSevenPowersAreItsMattersInTheCharterOrder() {
        assertThat(AssemblyMatterProposal.kinds()).containsExactly(Matter.ARTICLES_AMENDMENT, Matter.REMOVAL_FROM_OFFICE,
                Matter.COUNCIL_REPORTS, Matter.SUPERVISORS_REPORT, Matter.FEE_STANDARD, Matter.TERMINATION,
                Matter.OTHER_MAJOR_MATTER);
        assertThat(AssemblyMatterProposal.kinds()).allSatisfy(m -> assertThat(m.decidingBodies())
                .containsExactly(Body.GENERAL_ASSEMBLY));
    }

    @Test
    void everyKindWithATitleAndAReferenceMayGoBeforeTheAssemblyButTheFeeStandardAndARemovalNeedTheirDetails() {
        for (Matter kind : AssemblyMatterProposal.kinds()) {
            boolean needsDetails = kind == Matter.FEE_STANDARD || kind == Matter.REMOVAL_FROM_OFFICE;
            assertThat(matter(kind.name()).problems().isEmpty()).as(kind.name()).isEqualTo(!needsDetails);
        }
    }

    @Test
    void anElectionOfDirectorsIsASecretBallotNotAMatter() {
        assertThat(matter("ELECTION").problems()).containsOnlyKeys("matterKind").extractingByKey("matterKind")
                .asString().contains("无记名投票", "procedure ballot", "electingBody GENERAL_ASSEMBLY",
                        AssemblyMatterProposal.ELECTION_CLAUSE);
        assertThat(ElectedOffice.DIRECTOR.electedBy()).as("the ballot elects whom the Assembly removes")
                .isEqualTo(Body.GENERAL_ASSEMBLY);
        assertThat(ElectedOffice.SUPERVISOR.electedBy()).isEqualTo(Body.GENERAL_ASSEMBLY);
    }

    @Test
    void aMatterOfAnotherBodyIsNoMatterOfTheAssembly() {
        assertThat(matter("TERM_CHANGE").problems()).containsOnlyKeys("matterKind");
        assertThat(matter(null).problems()).containsOnlyKeys("matterKind");
    }

    @Test
    void everyProblemIsNamedAtOnceChineseFirst() {
        AssemblyMatterProposal empty = new AssemblyMatterProposal("FEE_STANDARD", " ", null, "<b>x</b>", "short", null,
                Map.of());
        assertThat(empty.problems()).containsOnlyKeys("matterTitle", "documentReference", "details", "feeStandard");
        assertThat(empty.problems().get("feeStandard").zh()).startsWith("请填写会费标准全文");
        assertThat(empty.problems().get("feeStandard").en()).contains(AssemblyMatterProposal.FEE_CLAUSE);
        assertThat(empty.problems().get("details").zh()).isEqualTo("说明含有 <script> 之类的标记，请填写纯文本。");
        assertThat(empty.problems().get("details").en()).contains("markup");
    }

    @Test
    void theFeeStandardNeedsItsTextOfTenCharactersAtLeast() {
        assertThat(new AssemblyMatterProposal("FEE_STANDARD", "会费标准", "中高产会〔2026〕3号", null, "个人会员每年二百元整。", null,
                Map.of()).problems()).isEmpty();
        assertThat(new AssemblyMatterProposal("FEE_STANDARD", "会费标准", "中高产会〔2026〕3号", null, "个人会员每年二百元", null,
                Map.of()).problems()).containsOnlyKeys("feeStandard");
    }

    @Test
    void aRemovalNamesServingDirectorsAndSupervisorsOnly() {
        Map<Long, OnRoster> rosters = Map.of(1L, new OnRoster(RosterBody.COUNCIL, "王理事", true),
                2L, new OnRoster(RosterBody.SUPERVISORS, "赵监事", true),
                3L, new OnRoster(RosterBody.GENERAL_ASSEMBLY, "张代表", true),
                4L, new OnRoster(RosterBody.COUNCIL, "钱理事", false),
                5L, new OnRoster(RosterBody.OFFICERS, "孙会长", true));
        assertThat(removal("1, 2", rosters).problems()).isEmpty();
        assertThat(removal("1，2、1", rosters).problems()).isEmpty();
        assertThat(removal("3, 4, 5, 6, x", rosters).problems()).containsOnlyKeys("removedRosterNumbers")
                .extractingByKey("removedRosterNumbers").asString()
                .contains("张代表", "孙会长", "removes directors and supervisors only", "钱理事", "no longer serves",
                        "6：名册中无此编号", "not roster numbers: x", AssemblyMatterProposal.REMOVAL_CLAUSE);
        assertThat(removal(" ", rosters).problems()).containsOnlyKeys("removedRosterNumbers");
        assertThat(removal("1,".repeat(501), rosters).problems()).containsOnlyKeys("removedRosterNumbers");
        assertThat(AssemblyMatterProposal.rosterNumbers(" 12, 15、12 x")).containsExactly(12L, 15L);
    }

    @Test
    void theArticlesAndTerminationGoToTheAuthoritiesARemovalToTheRostersTheRestIsRecorded() {
        assertThat(AssemblyMatterProposal.followUp(Matter.ARTICLES_AMENDMENT)).isEqualTo(FollowUp.AUTHORITIES);
        assertThat(AssemblyMatterProposal.followUp(Matter.TERMINATION)).isEqualTo(FollowUp.AUTHORITIES);
        assertThat(AssemblyMatterProposal.followUp(Matter.REMOVAL_FROM_OFFICE)).isEqualTo(FollowUp.ROSTERS);
        assertThat(AssemblyMatterProposal.followUp(Matter.FEE_STANDARD)).isEqualTo(FollowUp.RECORD);
        assertThat(AssemblyMatterProposal.followUp(Matter.COUNCIL_REPORTS)).isEqualTo(FollowUp.RECORD);
    }

    /** 300 representatives: the quorum is more than 200 present; a resolution more than half of those present. */
    @ParameterizedTest
    @CsvSource({
            "MORE_THAN, 201, 101, ADOPTED",
            "MORE_THAN, 201, 100, REJECTED",
            "MORE_THAN, 202, 102, ADOPTED",
            "MORE_THAN, 202, 101, REJECTED",
            "AT_LEAST, 202, 101, ADOPTED",
            "AT_LEAST, 202, 100, REJECTED"})
    void everyAssemblyMatterIsAdoptedByMoreThanHalfOfTheRepresentativesPresent(Comparison comparison, int present,
            int inFavour, Outcome outcome) {
        Charter charter = new Charter(Map.of(Body.GENERAL_ASSEMBLY, 300), comparison, java.util.Set.of());
        for (Matter kind : AssemblyMatterProposal.kinds()) {
            assertThat(charter.decide(Body.GENERAL_ASSEMBLY, kind, present, 0, new Votes(inFavour, present - inFavour, 0))
                    .outcome()).as(kind + " " + comparison).isEqualTo(outcome);
        }
    }

    @Test
    void theAssemblyMeetsWithMoreThanTwoThirdsOfItsRepresentatives() {
        assertThat(CHARTER.checkQuorum(Body.GENERAL_ASSEMBLY, 201, 0).met()).isTrue();
        assertThat(CHARTER.checkQuorum(Body.GENERAL_ASSEMBLY, 200, 0).met()).isFalse();
        Charter atLeast = new Charter(Map.of(Body.GENERAL_ASSEMBLY, 300), Comparison.AT_LEAST, java.util.Set.of());
        assertThat(atLeast.checkQuorum(Body.GENERAL_ASSEMBLY, 200, 0).met()).isTrue();
        assertThat(atLeast.checkQuorum(Body.GENERAL_ASSEMBLY, 199, 0).met()).isFalse();
    }
}
