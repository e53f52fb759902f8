package cn.chia.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VoteCountTest {

    @Test
    void votesThatAddUpToThosePresentAreTaken() {
        assertThat(new VoteCount(new Votes(40, 15, 6), null).doesNotAddUp(Body.COUNCIL, 55, 6)).isEmpty();
    }

    @Test
    void oneShortWithoutDidNotVoteIsRefusedNamingTheGapAndTheClause() {
        assertThat(new VoteCount(new Votes(40, 15, 5), null).doesNotAddUp(Body.COUNCIL, 55, 6)).hasValueSatisfying(why ->
                assertThat(why.both()).startsWith("赞成 40 票、反对 15 票、弃权 5 票，合计 60 票，与出席理事 61 名（亲自出席 55 名，委托出席 6 名）不符，相差 1 名；")
                        .contains("1 not accounted for").endsWith("(Council: resolutions)"));
    }

    @Test
    void fiftyTwoForOfSixtyOneWithNobodyAgainstOrAbstainingIsAskedAbout() {
        assertThat(new VoteCount(new Votes(52, 0, 0), null).doesNotAddUp(Body.COUNCIL, 61, 0))
                .hasValueSatisfying(why -> assertThat(why.both()).contains("相差 9 名").contains("9 not accounted for"));
        assertThat(new VoteCount(new Votes(52, 0, 0), 9).doesNotAddUp(Body.COUNCIL, 61, 0)).isEmpty();
    }

    @Test
    void theShortfallRecordedAsDidNotVoteIsTaken() {
        assertThat(new VoteCount(new Votes(40, 15, 5), 1).doesNotAddUp(Body.COUNCIL, 55, 6)).isEmpty();
    }

    @Test
    void didNotVoteThatOvershootsOrIsNegativeIsRefused() {
        assertThat(new VoteCount(new Votes(40, 15, 5), 2).doesNotAddUp(Body.COUNCIL, 55, 6))
                .hasValueSatisfying(why -> assertThat(why.both()).contains("加未投票 2 名，合计 62 名").contains("make 62, not the 61"));
        assertThat(new VoteCount(new Votes(40, 15, 6), -1).doesNotAddUp(Body.COUNCIL, 55, 6))
                .hasValueSatisfying(why -> assertThat(why.both()).startsWith("未投票人数不能为负数：-1。"));
    }

    @Test
    void moreVotesThanPresentWithoutDidNotVoteAreTooMany() {
        assertThat(new VoteCount(new Votes(40, 15, 7), null).doesNotAddUp(Body.COUNCIL, 55, 6))
                .hasValueSatisfying(why -> assertThat(why.both()).contains("多出 1 票").contains("1 too many"));
    }
}
