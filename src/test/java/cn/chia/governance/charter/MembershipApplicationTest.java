package cn.chia.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MembershipApplicationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static MembershipApplication person(String email, String identityNumber, Boolean supports, Boolean willing) {
        return new MembershipApplication("INDIVIDUAL", "Zhang San", email, "+86 10 6851 2345", identityNumber, null,
                "China Academy of Space Technology", "Aerospace materials",
                "Led the development of heat-resistant composites.", supports, willing);
    }

    @Test
    void aCompleteApplicationOfAPersonHasNoProblem() {
        assertThat(person("zhang@example.org", "11010519491231002X", true, true).problems(TODAY)).isEmpty();
    }

    @Test
    void anApplicantMustSupportTheCharterAndBeWillingToJoin() {
        assertThat(person("zhang@example.org", "11010519491231002X", false, null).problems(TODAY))
                .containsOnlyKeys("supportsCharter", "willingToJoin");
    }

    @Test
    void everyMalformedFieldIsNamed() {
        MembershipApplication application = new MembershipApplication("MEMBER", " ", "no-at-sign", "12",
                "??", null, "x", "", "too short", true, true);
        assertThat(application.problems(TODAY)).containsOnlyKeys("applicantKind", "applicantName", "email", "phone",
                "identityNumber", "organisation", "field", "statement");
    }

    @Test
    void anEmptyApplicationNamesEveryFieldInsteadOfFailing() {
        MembershipApplication empty = new MembershipApplication(null, null, null, null, null, null, null, null, null,
                null, null);
        assertThat(empty.problems(TODAY)).containsOnlyKeys("applicantKind", "applicantName", "email", "phone",
                "identityNumber", "organisation", "field", "statement", "supportsCharter", "willingToJoin");
    }

    @Test
    void aUnitIsIdentifiedByItsUnifiedSocialCreditCode() {
        MembershipApplication unit = new MembershipApplication("UNIT", "CASC Materials Co., Ltd.", "office@casc.example",
                "010-68512345", null, "91110000100001234U", "CASC", "Materials", "Supplies composites to launch vehicles.",
                true, true);
        assertThat(unit.problems(TODAY)).isEmpty();
        assertThat(unit.identifyingNumber()).isEqualTo("91110000100001234U");
        MembershipApplication withLetterO = new MembershipApplication("UNIT", "CASC Materials Co., Ltd.",
                "office@casc.example", "010-68512345", null, "9111000010000123OU", "CASC", "Materials",
                "Supplies composites to launch vehicles.", true, true);
        assertThat(withLetterO.problems(TODAY)).containsOnlyKeys("creditCode");
    }

    @Test
    void controlCharactersAndOversizedTextAreRefused() {
        MembershipApplication application = new MembershipApplication("INDIVIDUAL", "Zhang\u0000San", "zhang@example.org",
                "+86 10 6851 2345", "11010519491231002X", null, "o".repeat(201), "Aerospace",
                "Led the development of heat-resistant composites.", true, true);
        assertThat(application.problems(TODAY)).containsOnlyKeys("applicantName", "organisation");
    }

    @Test
    void aPersonIsIdentifiedByAResidentIdentityNumberWithItsCheckDigitAndDateOfBirth() {
        assertThat(person("zhang@example.org", "11010519491231002x", true, true).identityNumber())
                .as("kept with a capital X").isEqualTo("11010519491231002X");
        MembershipApplication wrongDigit = person("zhang@example.org", "110105194912310021", true, true);
        assertThat(wrongDigit.problems(TODAY)).containsOnlyKeys("identityNumber");
        assertThat(wrongDigit.problems(TODAY).get("identityNumber")).contains("check digit");
        assertThat(wrongDigit.numberProblem("identityNumber", TODAY, Language.ZH)).contains("末位校验码不符，请核对号码。");
        String thirteenthMonth = ResidentIdentityNumberTest.valid("110105", "19491301", "002");
        assertThat(person("zhang@example.org", thirteenthMonth, true, true).problems(TODAY).get("identityNumber"))
                .contains("date of birth");
        assertThat(person("zhang@example.org", "P12345678", true, true).problems(TODAY))
                .as("a passport is not a resident identity number").containsOnlyKeys("identityNumber");
    }

    @Test
    void aForeignExpertIsIdentifiedByTheNumberOfAPassport() {
        MembershipApplication foreign = new MembershipApplication("FOREIGN", "John Smith", "john@example.org",
                "+44 20 7946 0000", "P12345678", null, "Imperial College", "Materials",
                "Led the development of heat-resistant composites.", true, true);
        assertThat(foreign.problems(TODAY)).isEmpty();
        assertThat(foreign.numberProblem("identityNumber", TODAY, Language.EN)).isEmpty();
    }

    @Test
    void aUnitsCreditCodeMustCarryItsCheckCharacter() {
        MembershipApplication unit = new MembershipApplication("UNIT", "CASC Materials Co., Ltd.", "office@casc.example",
                "010-68512345", null, "91110000100001234X", "CASC", "Materials", "Supplies composites to launch vehicles.",
                true, true);
        assertThat(unit.problems(TODAY)).containsOnlyKeys("creditCode");
        assertThat(unit.problems(TODAY).get("creditCode")).contains("check character");
        assertThat(unit.numberProblem("creditCode", TODAY, Language.ZH)).contains("末位校验码不符，请核对代码。");
    }
}
