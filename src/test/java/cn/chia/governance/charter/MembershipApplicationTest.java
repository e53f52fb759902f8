package cn.chia.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MembershipApplicationTest {

    private static MembershipApplication person(String email, String identityNumber, Boolean supports, Boolean willing) {
        return new MembershipApplication("INDIVIDUAL", "Zhang San", email, "+86 10 6851 2345", identityNumber, null,
                "China Academy of Space Technology", "Aerospace materials",
                "Led the development of heat-resistant composites.", supports, willing);
    }

    @Test
    void aCompleteApplicationOfAPersonHasNoProblem() {
        assertThat(person("zhang@example.org", "110105194912310021", true, true).problems()).isEmpty();
    }

    @Test
    void anApplicantMustSupportTheCharterAndBeWillingToJoin() {
        assertThat(person("zhang@example.org", "110105194912310021", false, null).problems())
                .containsOnlyKeys("supportsCharter", "willingToJoin");
    }

    @Test
    void everyMalformedFieldIsNamed() {
        MembershipApplication application = new MembershipApplication("MEMBER", " ", "no-at-sign", "12",
                "??", null, "x", "", "too short", true, true);
        assertThat(application.problems()).containsOnlyKeys("applicantKind", "applicantName", "email", "phone",
                "identityNumber", "organisation", "field", "statement");
    }

    @Test
    void anEmptyApplicationNamesEveryFieldInsteadOfFailing() {
        MembershipApplication empty = new MembershipApplication(null, null, null, null, null, null, null, null, null,
                null, null);
        assertThat(empty.problems()).containsOnlyKeys("applicantKind", "applicantName", "email", "phone",
                "identityNumber", "organisation", "field", "statement", "supportsCharter", "willingToJoin");
    }

    @Test
    void aUnitIsIdentifiedByItsUnifiedSocialCreditCode() {
        MembershipApplication unit = new MembershipApplication("UNIT", "CASC Materials Co., Ltd.", "office@casc.example",
                "010-68512345", null, "91110000100001234X", "CASC", "Materials", "Supplies composites to launch vehicles.",
                true, true);
        assertThat(unit.problems()).isEmpty();
        assertThat(unit.identifyingNumber()).isEqualTo("91110000100001234X");
        MembershipApplication withLetterO = new MembershipApplication("UNIT", "CASC Materials Co., Ltd.",
                "office@casc.example", "010-68512345", null, "9111000010000123O4", "CASC", "Materials",
                "Supplies composites to launch vehicles.", true, true);
        assertThat(withLetterO.problems()).containsOnlyKeys("creditCode");
    }

    @Test
    void controlCharactersAndOversizedTextAreRefused() {
        MembershipApplication application = new MembershipApplication("INDIVIDUAL", "Zhang\u0000San", "zhang@example.org",
                "+86 10 6851 2345", "110105194912310021", null, "o".repeat(201), "Aerospace",
                "Led the development of heat-resistant composites.", true, true);
        assertThat(application.problems()).containsOnlyKeys("applicantName", "organisation");
    }
}
