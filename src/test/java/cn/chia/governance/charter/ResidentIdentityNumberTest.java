package cn.chia.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.chia.governance.charter.ResidentIdentityNumber.Problem;

class ResidentIdentityNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void theStandardsOwnExamplesAreResidentIdentityNumbers() {
        // GB 11643-1999's examples: a check digit X, and a person born in 1880
        assertThat(ResidentIdentityNumber.problem("11010519491231002X", TODAY)).isEmpty();
        assertThat(ResidentIdentityNumber.problem("440524188001010014", TODAY)).isEmpty();
        assertThat(ResidentIdentityNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdentityNumber.checkCharacter("44052418800101001")).isEqualTo('4');
    }

    @Test
    void aLowerCaseXIsReadAsX() {
        assertThat(ResidentIdentityNumber.problem("11010519491231002x", TODAY)).isEmpty();
        assertThat(ResidentIdentityNumber.normal(" 11010519491231002x ")).isEqualTo("11010519491231002X");
    }

    @Test
    void aWrongCheckDigitIsRefused() {
        assertThat(ResidentIdentityNumber.problem("110105194912310021", TODAY)).contains(Problem.CHECK_DIGIT);
        assertThat(ResidentIdentityNumber.problem("440524188001010015", TODAY)).contains(Problem.CHECK_DIGIT);
        // two digits swapped: the weights see it
        assertThat(ResidentIdentityNumber.problem("10110519491231002X", TODAY)).contains(Problem.CHECK_DIGIT);
    }

    @Test
    void everyRemainderHasItsCheckCharacter() {
        // remainders 0 to 10 give 1 0 X 9 8 7 6 5 4 3 2; one digit 1 adds its weight
        assertThat(ResidentIdentityNumber.checkCharacter("00000000000000000")).isEqualTo('1');
        assertThat(ResidentIdentityNumber.checkCharacter("00000000000000001")).isEqualTo('X'); // 2 -> X
        assertThat(ResidentIdentityNumber.checkCharacter("10000000000000000")).isEqualTo('5'); // 7 -> 5
        assertThat(ResidentIdentityNumber.checkCharacter("00000001000000000")).isEqualTo('0'); // 1 -> 0
        assertThat(ResidentIdentityNumber.checkCharacter("00100000000000000")).isEqualTo('2'); // 10 -> 2
        assertThat(ResidentIdentityNumber.checkCharacter("00000000000000010")).isEqualTo('8'); // 4 -> 8
    }

    @Test
    void theDateOfBirthMustBeADateOfTheCalendar() {
        assertThat(ResidentIdentityNumber.problem(valid("110105", "19801301", "001"), TODAY)).contains(Problem.BIRTH_DATE);
        assertThat(ResidentIdentityNumber.problem(valid("110105", "19800001", "001"), TODAY)).contains(Problem.BIRTH_DATE);
        assertThat(ResidentIdentityNumber.problem(valid("110105", "19800230", "001"), TODAY)).contains(Problem.BIRTH_DATE);
        assertThat(ResidentIdentityNumber.problem(valid("110105", "19990229", "001"), TODAY)).contains(Problem.BIRTH_DATE);
        assertThat(ResidentIdentityNumber.problem(valid("110105", "20000229", "123"), TODAY)).isEmpty();
        assertThat(ResidentIdentityNumber.problem(valid("110105", "19801232", "001"), TODAY)).contains(Problem.BIRTH_DATE);
        assertThat(ResidentIdentityNumber.problem(valid("110105", "19801231", "001"), TODAY)).isEmpty();
    }

    @Test
    void nobodyIsBornAfterToday() {
        assertThat(ResidentIdentityNumber.problem(valid("110105", "20261202", "001"), TODAY)).isEmpty();
        assertThat(ResidentIdentityNumber.problem(valid("110105", "20261203", "001"), TODAY)).contains(Problem.BIRTH_DATE);
    }

    @Test
    void anythingButSeventeenDigitsAndADigitOrXIsRefused() {
        assertThat(ResidentIdentityNumber.problem(null, TODAY)).contains(Problem.FORM);
        assertThat(ResidentIdentityNumber.problem("", TODAY)).contains(Problem.FORM);
        assertThat(ResidentIdentityNumber.problem("11010519491231002", TODAY)).contains(Problem.FORM);
        assertThat(ResidentIdentityNumber.problem("11010519491231002X1", TODAY)).contains(Problem.FORM);
        assertThat(ResidentIdentityNumber.problem("1101051949123100XX", TODAY)).contains(Problem.FORM);
        assertThat(ResidentIdentityNumber.problem("110105 9491231002X", TODAY)).contains(Problem.FORM);
        assertThat(ResidentIdentityNumber.problem("１１０１０５１９４９１２３１００２Ｘ", TODAY)).contains(Problem.FORM);
    }

    @Test
    void eachProblemReadsInBothLanguages() {
        for (Problem problem : Problem.values()) {
            assertThat(problem.in(Language.ZH)).matches(".*\\p{IsHan}.*");
            assertThat(problem.in(Language.EN)).matches("[\\x20-\\x7E]+");
        }
    }

    /** A number of that area, date of birth and sequence, with its right check digit. */
    static String valid(String area, String birth, String sequence) {
        String first17 = area + birth + sequence;
        return first17 + ResidentIdentityNumber.checkCharacter(first17);
    }
}
