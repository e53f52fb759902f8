package cn.chia.governance.charter;

import static cn.chia.governance.charter.Body.COUNCIL;
import static cn.chia.governance.charter.Body.GENERAL_ASSEMBLY;
import static cn.chia.governance.charter.Body.STANDING_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The same numbers read in the applicant's or member's language: Chinese and English. */
class ReasonInChineseTest {

    private final Charter charter = Charter.withSeats(Map.of(COUNCIL, 90, STANDING_COUNCIL, 30, GENERAL_ASSEMBLY, 300));

    @Test
    void quorumNotMetReadsInChineseAndEnglish() {
        QuorumCheck notMet = charter.checkQuorum(COUNCIL, 60, 0);
        assertThat(notMet.reason(Language.ZH)).isEqualTo("未达法定人数：90 名理事中 60 名出席；超过三分之二需至少 61 名。");
        assertThat(notMet.reason(Language.EN))
                .isEqualTo("Quorum not met: 60 of 90 directors present; more than two thirds requires at least 61.");
        assertThat(charter.checkQuorum(COUNCIL, 61, 0).reason(Language.ZH))
                .isEqualTo("已达法定人数：90 名理事中 61 名出席；超过三分之二需至少 61 名。");
    }

    @Test
    void atLeastReadsAsNotLessThanInChinese() {
        Charter civilCode = new Charter(Map.of(STANDING_COUNCIL, 30), Comparison.AT_LEAST, EnumSet.noneOf(Body.class));
        assertThat(civilCode.checkQuorum(STANDING_COUNCIL, 19, 0).reason(Language.ZH))
                .isEqualTo("未达法定人数：30 名常务理事中 19 名出席；不少于三分之二需至少 20 名。");
    }

    @Test
    void resolutionsReadInChineseWithTheBodysMembers() {
        Decision adopted = charter.decide(GENERAL_ASSEMBLY, 250, 0, new Votes(126, 100, 24));
        assertThat(adopted.reason(Language.ZH)).isEqualTo("通过：出席的 250 名会员代表中 126 名赞成；超过二分之一需至少 126 名。");
        Decision rejected = charter.decide(COUNCIL, Matter.DIRECTOR_ADJUSTMENT, 80, 0, new Votes(64, 16, 0));
        assertThat(rejected.reason(Language.ZH)).isEqualTo("未通过：出席的 80 名理事中 64 名赞成；超过五分之四需至少 65 名。");
        assertThat(rejected.reason(Language.EN))
                .isEqualTo("Rejected: 64 of 80 directors present voted in favour; more than four fifths requires at least 65.");
    }

    @Test
    void languageCodesOfTheApplicationPage() {
        assertThat(Language.of("zh-CN")).isEqualTo(Language.ZH);
        assertThat(Language.of("en")).isEqualTo(Language.EN);
        assertThat(Language.of(null)).isEqualTo(Language.ZH);
        assertThatThrownBy(() -> Language.of("fr")).isInstanceOf(IllegalArgumentException.class);
    }
}
