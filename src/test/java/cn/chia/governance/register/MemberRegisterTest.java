package cn.chia.governance.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.register.MemberRegister.Member;
import cn.chia.governance.register.MemberRegister.MembershipCard;
import cn.chia.governance.register.MemberRegister.Status;

@GovernanceTest
class MemberRegisterTest {

    @Autowired
    MemberRegister register;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void anAdmissionEntersAnActiveMemberWithOneHistoryRowAndOneCard() {
        String caseNumber = uniqueCase();
        Member member = register.admit(caseNumber, individual("张伟"), "RES-2026-0042", "COUNCIL");

        LocalDate today = LocalDate.now(clock);
        assertThat(member.membershipNumber()).matches("CHIA-" + today.getYear() + "-\\d{6}");
        assertThat(member).extracting(Member::caseNumber, Member::name, Member::status, Member::admittedOn,
                Member::resolutionNumber, Member::decidingBody)
                .containsExactly(caseNumber, "张伟", Status.ACTIVE, today, "RES-2026-0042", "COUNCIL");
        assertThat(register.find(member.membershipNumber())).contains(member);
        assertThat(register.history(member.membershipNumber())).singleElement().satisfies(change -> {
            assertThat(change.status()).isEqualTo(Status.ACTIVE);
            assertThat(change.reason()).isEqualTo("Admitted by resolution RES-2026-0042");
            assertThat(change.caseNumber()).isEqualTo(caseNumber);
            assertThat(change.changedOn()).isEqualTo(today);
        });
        assertThat(register.card(member.membershipNumber())).get().extracting(MembershipCard::cardNumber,
                MembershipCard::issuedOn, MembershipCard::issuingBody, MembershipCard::revokedOn)
                .containsExactly("CARD-" + member.membershipNumber(), today,
                        "Council of the China High-tech Industrialization Association", null);
    }

    @Test
    void theStandingCouncilIssuesTheCardOfTheMembersItAdmits() {
        Member member = register.admit(uniqueCase(), unit("北京高科技有限公司"), "RES-2026-0043", "STANDING_COUNCIL");
        assertThat(register.card(member.membershipNumber()).orElseThrow().issuingBody())
                .isEqualTo("Standing Council of the China High-tech Industrialization Association");
        assertThat(member.creditCode()).isEqualTo("91110000123456789X");
    }

    @Test
    void aSecondAdmissionOfTheSameCaseWritesNothing() {
        String caseNumber = uniqueCase();
        Member first = register.admit(caseNumber, individual("李娜"), "RES-2026-0044", "COUNCIL");
        Member again = register.admit(caseNumber, individual("李娜"), "RES-2026-0044", "COUNCIL");

        assertThat(again).isEqualTo(first);
        assertThat(rows("gov_member", caseNumber)).isOne();
        assertThat(rows("gov_member_status", caseNumber)).isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gov_membership_card WHERE membership_number = ?")
                .param(first.membershipNumber()).query(Long.class).single()).isOne();
        assertThat(sequence(register.admit(uniqueCase(), individual("王芳"), "RES-2026-0045", "COUNCIL")))
                .as("the repeated admission used no number").isEqualTo(sequence(first) + 1);
    }

    @Test
    void membershipNumbersAreSequential() {
        Member first = register.admit(uniqueCase(), individual("刘洋"), "RES-2026-0046", "COUNCIL");
        Member second = register.admit(uniqueCase(), individual("陈静"), "RES-2026-0046", "COUNCIL");
        assertThat(sequence(second)).isEqualTo(sequence(first) + 1);
        assertThat(register.list()).extracting(Member::membershipNumber).isSorted()
                .containsSubsequence(first.membershipNumber(), second.membershipNumber());
    }

    @Test
    void onlyABodyThatMayAdmitAdmits() {
        String caseNumber = uniqueCase();
        assertThatThrownBy(() -> register.admit(caseNumber, individual("赵磊"), "RES-2026-0047", "GENERAL_ASSEMBLY"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("General Assembly");
        assertThat(rows("gov_member", caseNumber)).isZero();
    }

    static String uniqueCase() {
        return "APP-T-" + UUID.randomUUID();
    }

    static Applicant individual(String name) {
        return new Applicant("INDIVIDUAL", name, "member@example.org", "+86 10 6543 2100", "110101199001011234",
                null, "清华大学", "Materials", "branch-beijing");
    }

    static Applicant unit(String name) {
        return new Applicant("UNIT", name, "office@example.com", null, null, "91110000123456789X", name,
                "Semiconductors", null);
    }

    private long rows(String table, String caseNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE case_number = ?").param(caseNumber)
                .query(Long.class).single();
    }

    private static long sequence(Member member) {
        return Long.parseLong(member.membershipNumber().substring(member.membershipNumber().lastIndexOf('-') + 1));
    }
}
