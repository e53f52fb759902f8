package cn.chia.governance.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.Matter;

/** The register of members, their status history and membership cards; written in the engine's transaction. */
@Component
public class MemberRegister {

    public enum Status { ACTIVE, WITHDRAWN, EXPELLED }

    public record Member(String membershipNumber, String caseNumber, String kind, String name, String email,
            String phone, String identityNumber, String creditCode, String organisation, String field, String branch,
            Status status, LocalDate admittedOn, String resolutionNumber, String decidingBody) {
    }

    public record StatusChange(Status status, LocalDate changedOn, String reason, String resolutionNumber,
            String caseNumber) {
    }

    public record MembershipCard(String cardNumber, String membershipNumber, LocalDate issuedOn, String issuingBody,
            LocalDate revokedOn) {
    }

    static final String ASSOCIATION = "China High-tech Industrialization Association";
    private static final Set<String> KINDS = Set.of("INDIVIDUAL", "UNIT", "FOREIGN");

    private final JdbcClient jdbc;
    private final CaseNumbers caseNumbers;
    private final Clock clock;

    public MemberRegister(JdbcClient jdbc, CaseNumbers caseNumbers, Clock clock) {
        this.jdbc = jdbc;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
    }

    /** Enters the admitted applicant as an active member with a card; the same case admits only once. */
    public Member admit(String caseNumber, Applicant applicant, String resolutionNumber, String decidingBody) {
        Optional<Member> admitted = byCase(caseNumber);
        if (admitted.isPresent()) {
            return admitted.get();
        }
        if (!KINDS.contains(applicant.kind())) {
            throw new IllegalArgumentException("An applicant is INDIVIDUAL, UNIT or FOREIGN, not " + applicant.kind() + ".");
        }
        Body body = Body.valueOf(decidingBody);
        if (!Matter.ADMISSION.mayBeDecidedBy(body)) {
            throw new IllegalArgumentException("The " + body.title() + " does not admit members.");
        }
        String number = caseNumbers.next(CaseNumbers.Kind.MEMBER);
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                INSERT INTO gov_member (membership_number, case_number, kind, name, email, phone, identity_number,
                    credit_code, organisation, field, branch, status, admitted_on, resolution_number, deciding_body)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(number, caseNumber, applicant.kind(), applicant.name(), applicant.email(), applicant.phone(),
                        applicant.identityNumber(), applicant.creditCode(), applicant.organisation(), applicant.field(),
                        applicant.branch(), Status.ACTIVE.name(), today, resolutionNumber, body.name())
                .update();
        jdbc.sql("""
                INSERT INTO gov_member_status (membership_number, status, changed_on, reason, resolution_number, case_number)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(number, Status.ACTIVE.name(), today, "Admitted by resolution " + resolutionNumber,
                        resolutionNumber, caseNumber)
                .update();
        jdbc.sql("""
                INSERT INTO gov_membership_card (card_number, membership_number, issued_on, issuing_body)
                VALUES (?, ?, ?, ?)""")
                .params("CARD-" + number, number, today, body.title() + " of the " + ASSOCIATION)
                .update();
        return find(number).orElseThrow();
    }

    public Optional<Member> find(String membershipNumber) {
        return jdbc.sql("SELECT * FROM gov_member WHERE membership_number = ?").param(membershipNumber)
                .query(MemberRegister::member).optional();
    }

    public List<Member> list() {
        return jdbc.sql("SELECT * FROM gov_member ORDER BY membership_number").query(MemberRegister::member).list();
    }

    public List<StatusChange> history(String membershipNumber) {
        return jdbc.sql("SELECT * FROM gov_member_status WHERE membership_number = ? ORDER BY id")
                .param(membershipNumber)
                .query((rs, row) -> new StatusChange(Status.valueOf(rs.getString("status")),
                        rs.getObject("changed_on", LocalDate.class), rs.getString("reason"),
                        rs.getString("resolution_number"), rs.getString("case_number")))
                .list();
    }

    public Optional<MembershipCard> card(String membershipNumber) {
        return jdbc.sql("SELECT * FROM gov_membership_card WHERE membership_number = ?").param(membershipNumber)
                .query((rs, row) -> new MembershipCard(rs.getString("card_number"), rs.getString("membership_number"),
                        rs.getObject("issued_on", LocalDate.class), rs.getString("issuing_body"),
                        rs.getObject("revoked_on", LocalDate.class)))
                .optional();
    }

    private Optional<Member> byCase(String caseNumber) {
        return jdbc.sql("SELECT * FROM gov_member WHERE case_number = ?").param(caseNumber)
                .query(MemberRegister::member).optional();
    }

    private static Member member(ResultSet rs, int row) throws SQLException {
        return new Member(rs.getString("membership_number"), rs.getString("case_number"), rs.getString("kind"),
                rs.getString("name"), rs.getString("email"), rs.getString("phone"), rs.getString("identity_number"),
                rs.getString("credit_code"), rs.getString("organisation"), rs.getString("field"),
                rs.getString("branch"), Status.valueOf(rs.getString("status")),
                rs.getObject("admitted_on", LocalDate.class), rs.getString("resolution_number"),
                rs.getString("deciding_body"));
    }
}
