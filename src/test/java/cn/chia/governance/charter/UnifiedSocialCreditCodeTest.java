package cn.chia.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.chia.governance.charter.UnifiedSocialCreditCode.Problem;

class UnifiedSocialCreditCodeTest {

    @Test
    void realCodesPass() {
        assertThat(UnifiedSocialCreditCode.problem("91350100M000100Y43")).isEmpty();
        assertThat(UnifiedSocialCreditCode.problem("91110000100001234U")).isEmpty();
        assertThat(UnifiedSocialCreditCode.problem("52100000500021338P")).isEmpty();
        assertThat(UnifiedSocialCreditCode.problem(" 91350100M000100Y43 ")).isEmpty();
    }

    @Test
    void theCheckCharacterIsThirtyOneLessTheWeightedSumModuloThirtyOne() {
        assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(UnifiedSocialCreditCode.checkCharacter("91110000100001234")).isEqualTo('U');
        // a sum divisible by 31 gives 31, which is written 0
        assertThat(UnifiedSocialCreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
        // a sum of 1 gives 30, the last character of the alphabet
        assertThat(UnifiedSocialCreditCode.checkCharacter("10000000000000000")).isEqualTo('Y');
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        assertThat(UnifiedSocialCreditCode.problem("91350100M000100Y44")).contains(Problem.CHECK_CHARACTER);
        assertThat(UnifiedSocialCreditCode.problem("91110000100001234X")).contains(Problem.CHECK_CHARACTER);
        // two characters swapped
        assertThat(UnifiedSocialCreditCode.problem("19350100M000100Y43")).contains(Problem.CHECK_CHARACTER);
    }

    @Test
    void lettersOutsideTheCodesAlphabetAndLettersInTheDivisionAreRefused() {
        for (String letter : new String[] {"I", "O", "S", "V", "Z", "a"}) {
            assertThat(UnifiedSocialCreditCode.problem("91350100M000100Y4" + letter)).as(letter).contains(Problem.FORM);
        }
        assertThat(UnifiedSocialCreditCode.problem("9135A100M000100Y43")).contains(Problem.FORM);
        assertThat(UnifiedSocialCreditCode.problem("91350100M000100Y4")).contains(Problem.FORM);
        assertThat(UnifiedSocialCreditCode.problem(null)).contains(Problem.FORM);
        assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacter("9135010OM000100Y4"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachProblemReadsInBothLanguages() {
        for (Problem problem : Problem.values()) {
            assertThat(problem.in(Language.ZH)).matches(".*\\p{IsHan}.*");
            assertThat(problem.in(Language.EN)).matches("[\\x20-\\x7E]+");
        }
    }
}
