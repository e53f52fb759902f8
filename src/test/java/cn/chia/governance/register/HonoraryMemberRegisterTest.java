package cn.chia.governance.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.Resolutions;
import cn.chia.governance.charter.Language;
import cn.chia.governance.register.MemberRegister.Member;

/**
 * The register enters an honorary member only on both resolutions the charter asks for, each in the minutes, adopted
 * on this very case, by its body: the Standing Council's recommendation and the Council's approval.
 */
@GovernanceTest
class HonoraryMemberRegisterTest {

    @Autowired
    MemberRegister register;
    @Autowired
    JdbcClient jdbc;

    @Test
    void bothResolutionsEnterAnHonoraryMemberOnceWithBothNumbers() {
        String caseNumber = uniqueCase();
        String recommendation = recorded(caseNumber, "HONORARY_RECOMMENDATION", "ADOPTED", "STANDING_COUNCIL");
        String approval = recorded(caseNumber, "HONORARY_MEMBERSHIP", "ADOPTED", "COUNCIL");

        Member member = register.awardHonoraryMembership(caseNumber, honoree(), "Germany", recommendation, approval);
        assertThat(member).extracting(Member::kind, Member::nationality, Member::recommendationResolution,
                Member::resolutionNumber, Member::decidingBody)
                .containsExactly("HONORARY", "Germany", recommendation, approval, "COUNCIL");
        assertThat(register.awardHonoraryMembership(caseNumber, honoree(), "Germany", recommendation, approval))
                .as("the same case awards once").isEqualTo(member);
    }

    @Test
    void withoutTheStandingCouncilsRecommendationNobodyIsEntered() {
        String caseNumber = uniqueCase();
        String approval = recorded(caseNumber, "HONORARY_MEMBERSHIP", "ADOPTED", "COUNCIL");
        assertRefused(caseNumber, approval, approval);
        String byTheCouncil = recorded(caseNumber, "HONORARY_RECOMMENDATION", "ADOPTED", "COUNCIL");
        assertRefused(caseNumber, byTheCouncil, approval);
        String rejected = recorded(caseNumber, "HONORARY_RECOMMENDATION", "REJECTED", "STANDING_COUNCIL");
        assertRefused(caseNumber, rejected, approval);
    }

    @Test
    void withoutTheCouncilsApprovalNobodyIsEntered() {
        String caseNumber = uniqueCase();
        String recommendation = recorded(caseNumber, "HONORARY_RECOMMENDATION", "ADOPTED", "STANDING_COUNCIL");
        assertRefused(caseNumber, recommendation, recommendation);
        assertRefused(caseNumber, recommendation, recorded(caseNumber, "HONORARY_MEMBERSHIP", "REJECTED", "COUNCIL"));
        assertRefused(caseNumber, recommendation, recorded(uniqueCase(), "HONORARY_MEMBERSHIP", "ADOPTED", "COUNCIL"));
        assertRefused(caseNumber, recommendation, recorded(caseNumber, "HONORARY_MEMBERSHIP", "ADOPTED", "STANDING_COUNCIL"));
    }

    @Test
    void anAdmissionCannotEnterAnHonoraryMember() {
        String caseNumber = uniqueCase();
        assertThatThrownBy(() -> register.admit(caseNumber, honoree(), Resolutions.admission(caseNumber, "COUNCIL"),
                "COUNCIL")).isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gov_member WHERE case_number = ?").param(caseNumber).query(Long.class)
                .single()).isZero();
    }

    private void assertRefused(String caseNumber, String recommendation, String approval) {
        assertThatThrownBy(() -> register.awardHonoraryMembership(caseNumber, honoree(), "Germany", recommendation,
                approval)).isInstanceOf(ResolutionRefused.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gov_member WHERE case_number = ?").param(caseNumber).query(Long.class)
                .single()).isZero();
    }

    private String recorded(String caseNumber, String matter, String outcome, String body) {
        return Resolutions.record(jdbc, caseNumber, matter, outcome, body);
    }

    private static Applicant honoree() {
        return new Applicant("HONORARY", "Anna Schmidt", "anna@example.org", null, null, null, "Fraunhofer ILT", null,
                null, Language.EN);
    }

    private static String uniqueCase() {
        return "HON-T-" + UUID.randomUUID();
    }
}
