package cn.chia.governance.charter;

import static cn.chia.governance.charter.Comparison.AT_LEAST;
import static cn.chia.governance.charter.Comparison.MORE_THAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleTest {

    private static Rule rule(int numerator, int denominator) {
        return new Rule("test", new Fraction(numerator, denominator), Base.PRESENT, "test clause");
    }

    @ParameterizedTest(name = "{0}/{1} of {2}: more than needs {3}, at least needs {4}")
    @CsvSource({
            // num, den, base, moreThan, atLeast
            "2, 3, 0, 1, 0",
            "2, 3, 1, 1, 1",
            "2, 3, 2, 2, 2",
            "2, 3, 3, 3, 2",
            "2, 3, 4, 3, 3",
            "2, 3, 5, 4, 4",
            "2, 3, 6, 5, 4",
            "2, 3, 60, 41, 40",
            "2, 3, 61, 41, 41",
            "2, 3, 90, 61, 60",
            "2, 3, 91, 61, 61",
            "2, 3, 92, 62, 62",
            "1, 2, 0, 1, 0",
            "1, 2, 1, 1, 1",
            "1, 2, 2, 2, 1",
            "1, 2, 3, 2, 2",
            "1, 2, 100, 51, 50",
            "1, 2, 101, 51, 51",
            "4, 5, 0, 1, 0",
            "4, 5, 1, 1, 1",
            "4, 5, 4, 4, 4",
            "4, 5, 5, 5, 4",
            "4, 5, 6, 5, 5",
            "4, 5, 50, 41, 40",
            "4, 5, 51, 41, 41",
            "4, 5, 54, 44, 44",
            "4, 5, 55, 45, 44",
            "1, 3, 90, 31, 30",
            "1, 3, 91, 31, 31",
            "3, 4, 100, 76, 75",
            "3, 4, 101, 76, 76",
    })
    void requiredCountIsTheSmallestCountMeetingTheRule(int num, int den, long base, int moreThan, int atLeast) {
        Rule rule = rule(num, den);
        assertThat(rule.requiredCount(base, MORE_THAN)).isEqualTo(moreThan);
        assertThat(rule.requiredCount(base, AT_LEAST)).isEqualTo(atLeast);
        assertThat(rule.isMetBy(moreThan, base, MORE_THAN)).isTrue();
        assertThat(rule.isMetBy(moreThan - 1, base, MORE_THAN)).isFalse();
        assertThat(rule.isMetBy(atLeast, base, AT_LEAST)).isTrue();
        assertThat(rule.isMetBy(atLeast - 1, base, AT_LEAST)).isFalse();
    }

    @Test
    void exactlyTwoThirdsIsNotMoreThanTwoThirdsButIsAtLeastTwoThirds() {
        Rule rule = rule(2, 3);
        assertThat(rule.isMetBy(60, 90, MORE_THAN)).isFalse();
        assertThat(rule.isMetBy(60, 90, AT_LEAST)).isTrue();
        assertThat(rule.isMetBy(61, 90, MORE_THAN)).isTrue();
    }

    @Test
    void exactlyOneHalfIsNotMoreThanOneHalfButIsAtLeastOneHalf() {
        Rule rule = rule(1, 2);
        assertThat(rule.isMetBy(50, 100, MORE_THAN)).isFalse();
        assertThat(rule.isMetBy(50, 100, AT_LEAST)).isTrue();
        assertThat(rule.isMetBy(51, 100, MORE_THAN)).isTrue();
    }

    @Test
    void exactlyFourFifthsIsNotMoreThanFourFifthsButIsAtLeastFourFifths() {
        Rule rule = rule(4, 5);
        assertThat(rule.isMetBy(40, 50, MORE_THAN)).isFalse();
        assertThat(rule.isMetBy(40, 50, AT_LEAST)).isTrue();
        assertThat(rule.isMetBy(41, 50, MORE_THAN)).isTrue();
    }

    @Test
    void moreThanAnythingOfNothingCannotBeMet() {
        Rule rule = rule(2, 3);
        assertThat(rule.requiredCount(0, MORE_THAN)).isEqualTo(1);
        assertThat(rule.isMetBy(0, 0, MORE_THAN)).isFalse();
        assertThat(rule.isMetBy(0, 0, AT_LEAST)).isTrue();
    }

    @Test
    void largeBasesDoNotOverflow() {
        Rule rule = rule(2, 3);
        assertThat(rule.requiredCount(3_000_000_000L, MORE_THAN)).isEqualTo(2_000_000_001);
        assertThat(rule.requiredCount(3_000_000_000L, AT_LEAST)).isEqualTo(2_000_000_000);
        assertThat(rule.isMetBy(2_000_000_000L, 3_000_000_000L, MORE_THAN)).isFalse();
        assertThatThrownBy(() -> rule.requiredCount(Long.MAX_VALUE, MORE_THAN)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void aNegativeBaseIsRefused() {
        assertThatThrownBy(() -> rule(1, 2).requiredCount(-1, MORE_THAN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule(1, 2).isMetBy(0, -1, AT_LEAST)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNegativeCountNeverMeetsARule() {
        assertThat(rule(0, 2).isMetBy(-1, 0, AT_LEAST)).isFalse();
    }

    @Test
    void describeNamesTheReadingTheFractionAndTheMembers() {
        Rule present = new Rule("Council resolution", Fraction.TWO_THIRDS, Base.PRESENT, "Council: resolutions", Body.COUNCIL);
        assertThat(present.describe(MORE_THAN)).isEqualTo("more than two thirds of the directors present");
        assertThat(present.describe(AT_LEAST)).isEqualTo("at least two thirds of the directors present");
        Rule seats = new Rule("General Assembly quorum", Fraction.TWO_THIRDS, Base.SEATS, "General Assembly: quorum",
                Body.GENERAL_ASSEMBLY);
        assertThat(seats.describe(MORE_THAN)).isEqualTo("more than two thirds of the representatives");
        assertThat(rule(1, 2).describe(MORE_THAN)).isEqualTo("more than one half of the members present");
    }

    @Test
    void fractionsReadInWords() {
        assertThat(Fraction.ONE_HALF.words()).isEqualTo("one half");
        assertThat(Fraction.TWO_THIRDS.words()).isEqualTo("two thirds");
        assertThat(Fraction.FOUR_FIFTHS.words()).isEqualTo("four fifths");
        assertThat(Fraction.ONE_THIRD.words()).isEqualTo("one third");
        assertThat(Fraction.THREE_QUARTERS.words()).isEqualTo("three quarters");
        assertThat(new Fraction(2, 2).words()).isEqualTo("two halves");
        assertThat(new Fraction(7, 12).words()).isEqualTo("7/12");
        assertThat(new Fraction(1, 1).words()).isEqualTo("1/1");
    }

    @Test
    void fractionsOutsideZeroToOneAreRefused() {
        assertThatThrownBy(() -> new Fraction(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Fraction(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Fraction(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
