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
import cn.chia.governance.Resolutions;
import cn.chia.governance.register.MemberRegister.Member;
import cn.chia.governance.register.MemberRegister.MembershipCard;
import cn.chia.governance.register.MemberRegister.Status;
import cn.chia.governance.register.MemberRegister.StatusChange;

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
        String resolution = adopted(caseNumber, "COUNCIL");
        Member member = register.admit(caseNumber, individual("张伟"), resolution, "COUNCIL");

        LocalDate today = LocalDate.now(clock);
        assertThat(member.membershipNumber()).matches("CHIA-" + today.getYear() + "-\\d{6}");
        assertThat(member).extracting(Member::caseNumber, Member::name, Member::status, Member::admittedOn,
                Member::resolutionNumber, Member::decidingBody)
                .containsExactly(caseNumber, "张伟", Status.ACTIVE, today, resolution, "COUNCIL");
        assertThat(register.find(member.membershipNumber())).contains(member);
        assertThat(register.history(member.membershipNumber())).singleElement().satisfies(change -> {
            assertThat(change.status()).isEqualTo(Status.ACTIVE);
            assertThat(change.reason()).isEqualTo("Admitted by resolution " + resolution);
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
        String caseNumber = uniqueCase();
        Member member = register.admit(caseNumber, unit("北京高科技有限公司"), adopted(caseNumber, "STANDING_COUNCIL"),
                "STANDING_COUNCIL");
        assertThat(register.card(member.membershipNumber()).orElseThrow().issuingBody())
                .isEqualTo("Standing Council of the China High-tech Industrialization Association");
        assertThat(member.creditCode()).isEqualTo("91110000123456789X");
    }

    @Test
    void aSecondAdmissionOfTheSameCaseWritesNothing() {
        String caseNumber = uniqueCase();
        String resolution = adopted(caseNumber, "COUNCIL");
        Member first = register.admit(caseNumber, individual("李娜"), resolution, "COUNCIL");
        Member again = register.admit(caseNumber, individual("李娜"), resolution, "COUNCIL");

        assertThat(again).isEqualTo(first);
        assertThat(rows("gov_member", caseNumber)).isOne();
        assertThat(rows("gov_member_status", caseNumber)).isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gov_membership_card WHERE membership_number = ?")
                .param(first.membershipNumber()).query(Long.class).single()).isOne();
        assertThat(sequence(admitted(individual("王芳"))))
                .as("the repeated admission used no number").isEqualTo(sequence(first) + 1);
    }

    @Test
    void membershipNumbersAreSequential() {
        Member first = admitted(individual("刘洋"));
        Member second = admitted(individual("陈静"));
        assertThat(sequence(second)).isEqualTo(sequence(first) + 1);
        assertThat(register.list()).extracting(Member::membershipNumber).isSorted()
                .containsSubsequence(first.membershipNumber(), second.membershipNumber());
    }

    @Test
    void onlyABodyThatMayAdmitAdmits() {
        String caseNumber = uniqueCase();
        assertThatThrownBy(() -> register.admit(caseNumber, individual("赵磊"), adopted(caseNumber, "COUNCIL"),
                "GENERAL_ASSEMBLY"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("General Assembly");
        assertThat(rows("gov_member", caseNumber)).isZero();
    }

    @Test
    void aMadeUpResolutionAdmitsNobody() {
        String caseNumber = uniqueCase();
        assertThatThrownBy(() -> register.admit(caseNumber, individual("钱七"), "RES-2026-9999", "COUNCIL"))
                .isInstanceOf(ResolutionRefused.class)
                .hasMessage("会议记录中没有第 RES-2026-9999 号决议。 The minutes hold no resolution RES-2026-9999.");
        assertThatThrownBy(() -> register.admit(caseNumber, individual("钱七"), null, "COUNCIL"))
                .isInstanceOf(ResolutionRefused.class).hasMessageContaining("names no resolution");
        assertNothingWritten(caseNumber);
    }

    @Test
    void anotherCasesResolutionAdmitsNobody() {
        String caseNumber = uniqueCase();
        String otherCase = uniqueCase();
        String others = adopted(otherCase, "COUNCIL");
        assertThatThrownBy(() -> register.admit(caseNumber, individual("孙八"), others, "COUNCIL"))
                .isInstanceOf(ResolutionRefused.class)
                .hasMessageContaining("Resolution " + others + " decided case " + otherCase + ", not case " + caseNumber);
        assertNothingWritten(caseNumber);
        assertThat(register.admit(otherCase, individual("孙八"), others, "COUNCIL").caseNumber())
                .as("the other case itself is admitted by it").isEqualTo(otherCase);
    }

    @Test
    void aRejectedResolutionOrOneOnAnotherMatterOrByAnotherBodyAdmitsNobody() {
        String caseNumber = uniqueCase();
        String rejected = Resolutions.record(jdbc, caseNumber, "ADMISSION", "REJECTED", "COUNCIL");
        assertThatThrownBy(() -> register.admit(caseNumber, individual("周九"), rejected, "COUNCIL"))
                .isInstanceOf(ResolutionRefused.class).hasMessageContaining("was rejected, not adopted")
                .satisfies(refused -> assertThat(((ResolutionRefused) refused).words().zh())
                        .isEqualTo("第 " + rejected + " 号决议未获通过。"));
        String review = Resolutions.record(jdbc, caseNumber, "FOREIGN_MEMBER_REVIEW", "ADOPTED", "COUNCIL");
        assertThatThrownBy(() -> register.admit(caseNumber, individual("周九"), review, "COUNCIL"))
                .isInstanceOf(ResolutionRefused.class).hasMessageContaining("decided the matter 'Foreign member review', not 'Admission of a member' or 'Foreign member approval'.");
        String byStandingCouncil = adopted(caseNumber, "STANDING_COUNCIL");
        assertThatThrownBy(() -> register.admit(caseNumber, individual("周九"), byStandingCouncil, "COUNCIL"))
                .isInstanceOf(ResolutionRefused.class).hasMessageContaining("taken by the Standing Council");
        assertNothingWritten(caseNumber);
        assertThat(register.admit(caseNumber, individual("周九"), byStandingCouncil, "STANDING_COUNCIL").status())
                .as("the adopted resolution of the case, by its body, admits").isEqualTo(Status.ACTIVE);
    }

    @Test
    void theCouncilsApprovalOfAForeignMemberAdmits() {
        String caseNumber = uniqueCase();
        String approval = Resolutions.record(jdbc, caseNumber, "FOREIGN_MEMBER_APPROVAL", "ADOPTED", "COUNCIL");
        assertThat(register.admit(caseNumber, new Applicant("FOREIGN", "Marie Curie", "m@example.org", null, null, null,
                "Sorbonne", "Physics", null), approval, "COUNCIL").resolutionNumber()).isEqualTo(approval);
    }

    @Test
    void onlyAnExpulsionAdoptedOnThatVeryCaseExpels() {
        Member member = admitted(individual("吴十"));
        String expulsionCase = "EXP-T-" + UUID.randomUUID();
        String otherCase = "EXP-T-" + UUID.randomUUID();
        String rejected = Resolutions.record(jdbc, expulsionCase, "EXPULSION", "REJECTED", "COUNCIL");
        String others = Resolutions.record(jdbc, otherCase, "EXPULSION", "ADOPTED", "COUNCIL");
        String admission = adopted(expulsionCase, "COUNCIL");

        assertThatThrownBy(() -> register.expel(member.membershipNumber(), "RES-2026-9998", expulsionCase))
                .isInstanceOf(ResolutionRefused.class).hasMessageContaining("The minutes hold no resolution RES-2026-9998");
        assertThatThrownBy(() -> register.expel(member.membershipNumber(), others, expulsionCase))
                .isInstanceOf(ResolutionRefused.class).hasMessageContaining("decided case " + otherCase);
        assertThatThrownBy(() -> register.expel(member.membershipNumber(), rejected, expulsionCase))
                .isInstanceOf(ResolutionRefused.class).hasMessageContaining("was rejected, not adopted");
        assertThatThrownBy(() -> register.expel(member.membershipNumber(), admission, expulsionCase))
                .isInstanceOf(ResolutionRefused.class).hasMessageContaining("the matter 'Admission of a member'");
        assertThat(register.find(member.membershipNumber()).orElseThrow().status()).isEqualTo(Status.ACTIVE);
        assertThat(register.history(member.membershipNumber())).hasSize(1);
        assertThat(register.card(member.membershipNumber()).orElseThrow().revokedOn()).isNull();

        String adopted = Resolutions.record(jdbc, expulsionCase, "EXPULSION", "ADOPTED", "STANDING_COUNCIL");
        register.expel(member.membershipNumber(), adopted, expulsionCase);
        assertThat(register.find(member.membershipNumber()).orElseThrow().status()).isEqualTo(Status.EXPELLED);
        assertThat(register.history(member.membershipNumber())).last().extracting(StatusChange::resolutionNumber)
                .isEqualTo(adopted);
    }

    private String adopted(String caseNumber, String body) {
        return Resolutions.record(jdbc, caseNumber, "ADMISSION", "ADOPTED", body);
    }

    private Member admitted(Applicant applicant) {
        String caseNumber = uniqueCase();
        return register.admit(caseNumber, applicant, adopted(caseNumber, "COUNCIL"), "COUNCIL");
    }

    private void assertNothingWritten(String caseNumber) {
        assertThat(rows("gov_member", caseNumber)).isZero();
        assertThat(rows("gov_member_status", caseNumber)).isZero();
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
