package cn.chia.governance.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The masking rule of identity numbers and telephone numbers, at its boundaries. */
class MaskingTest {

    @Test
    void aResidentIdentityNumberKeepsItsFirstSixAndLastFourCharacters() {
        assertThat(Masking.identityNumber("110105194912311239")).isEqualTo("110105********1239");
        assertThat(Masking.identityNumber("11010519491231002X")).isEqualTo("110105********002X");
    }

    @Test
    void aMobileNumberKeepsItsFirstThreeAndLastFourDigits() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void aTelephoneNumberWithSpacesIsMaskedCharacterByCharacter() {
        assertThat(Masking.phone("+86 10 6851 2345")).isEqualTo("+86*********2345");
        assertThat(Masking.phone("  13812345678 ")).as("surrounding spaces dropped").isEqualTo("138****5678");
    }

    @Test
    void aPassportNumberShorterThanTheRuleStillHidesFourCharacters() {
        assertThat(Masking.identityNumber("E12345678")).isEqualTo("E12****78");
        assertThat(Masking.identityNumber("P000000000123")).isEqualTo("P0000****0123");
        assertThat(Masking.identityNumber("P00000000012")).isEqualTo("P000****0012");
    }

    @Test
    void exactlyTenCharactersOfAnIdentityNumberAreNotAllShown() {
        assertThat(Masking.identityNumber("1234567890")).isEqualTo("123****890");
        assertThat(Masking.identityNumber("12345678901234")).as("14: the rule leaves exactly 4 hidden")
                .isEqualTo("123456****1234");
        assertThat(Masking.identityNumber("1234567890123")).as("13: one fewer shown in front")
                .isEqualTo("12345****0123");
    }

    @Test
    void aPhoneOfElevenKeepsSevenButOfTenKeepsSix() {
        assertThat(Masking.phone("1381234567")).isEqualTo("138****567");
    }

    @Test
    void aValueOfFourOrFewerIsHiddenWhole() {
        assertThat(Masking.identityNumber("1234")).isEqualTo("****");
        assertThat(Masking.phone("12")).isEqualTo("**");
        assertThat(Masking.phone("12345")).isEqualTo("1****");
    }

    @Test
    void nothingStaysNothing() {
        assertThat(Masking.identityNumber(null)).isNull();
        assertThat(Masking.phone(null)).isNull();
        assertThat(Masking.phone("")).isEmpty();
        assertThat(Masking.identityNumber("  ")).isEqualTo("  ");
    }

    @Test
    void aMaskedValueMaskedAgainStaysAsItIs() {
        assertThat(Masking.identityNumber("110105********1239")).isEqualTo("110105********1239");
        assertThat(Masking.phone("138****5678")).isEqualTo("138****5678");
        assertThat(Masking.isMasked("138****5678")).isTrue();
        assertThat(Masking.isMasked("13812345678")).isFalse();
        assertThat(Masking.isMasked(null)).isFalse();
    }
}
