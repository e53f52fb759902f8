package cn.chia.governance.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.HonoraryProposal;
import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.charter.Outcome;
import cn.chia.governance.charter.Words;

/** The register of members, their status history and membership cards; written in the engine's transaction. */
@Component
public class MemberRegister {

    /** Where a member stands, with its words: 在册 active, 已退会 withdrawn, 已除名 expelled. */
    public enum Status {
        ACTIVE("在册", "active"), WITHDRAWN("已退会", "withdrawn"), EXPELLED("已除名", "expelled");

        private final String chinese;
        private final String english;

        Status(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        public Words words() {
            return new Words(chinese, english);
        }
    }

    public record Member(String membershipNumber, String caseNumber, String kind, String name, String email,
            String phone, String identityNumber, String creditCode, String organisation, String field, String branch,
            Status status, LocalDate admittedOn, String resolutionNumber, String decidingBody, LocalDate lastDuesOn,
            LocalDate lastParticipationOn, LocalDate warnedOfWithdrawalOn, Language language, String nationality,
            String recommendationResolution) {

        /** The member as shown to whoever's work does not need the full numbers: identity number and telephone masked. */
        public Member masked() {
            return new Member(membershipNumber, caseNumber, kind, name, email, Masking.phone(phone),
                    Masking.identityNumber(identityNumber), creditCode, organisation, field, branch, status, admittedOn,
                    resolutionNumber, decidingBody, lastDuesOn, lastParticipationOn, warnedOfWithdrawalOn, language,
                    nationality, recommendationResolution);
        }
    }

    public record StatusChange(Status status, LocalDate changedOn, String reason, String resolutionNumber,
            String caseNumber) {
    }

    /**
     * {@code revokedOn}: the day the card stopped proving membership; {@code status}: where the card is, and for a
     * member who withdrew by notice, whether it came back ({@code returnedOn}) or was declared void ({@code voidedOn},
     * {@code voidReason}).
     */
    public record MembershipCard(String cardNumber, String membershipNumber, LocalDate issuedOn, String issuingBody,
            LocalDate revokedOn, CardStatus status, LocalDate returnedOn, LocalDate voidedOn, String voidReason) {
    }

    /**
     * A card is {@code VALID} while the member is a member; {@code AWAITING_RETURN} once the member withdrew by notice,
     * then {@code RETURNED}, or {@code VOID} when not returned in time or declared lost; {@code REVOKED} by an
     * expulsion or an automatic withdrawal.
     */
    public enum CardStatus { VALID, AWAITING_RETURN, RETURNED, VOID, REVOKED }

    static final String ASSOCIATION = "China High-tech Industrialization Association";
    private static final Set<String> KINDS = Set.of("INDIVIDUAL", "UNIT", "FOREIGN");
    /** Letters and digits that cannot be mistaken for one another on a printed card. */
    private static final String SECRET_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int SECRET_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The matters whose adopted resolution admits a member: an admission, or the Council's approval of a foreign member. */
    private static final Set<Matter> ADMITTING = Set.of(Matter.ADMISSION, Matter.FOREIGN_MEMBER_APPROVAL);

    private final JdbcClient jdbc;
    private final CaseNumbers caseNumbers;
    private final MeetingRecords minutes;
    private final Clock clock;

    public MemberRegister(JdbcClient jdbc, CaseNumbers caseNumbers, MeetingRecords minutes, Clock clock) {
        this.jdbc = jdbc;
        this.caseNumbers = caseNumbers;
        this.minutes = minutes;
        this.clock = clock;
    }

    /**
     * Enters the admitted applicant as an active member with a card; the same case admits only once. The
     * resolution must be in the minutes, adopted on this very case (an admission, or a foreign member's
     * approval), by the deciding body named.
     *
     * @throws ResolutionRefused otherwise; nothing is written
     */
    public Member admit(String caseNumber, Applicant applicant, String resolutionNumber, String decidingBody) {
        Optional<Member> admitted = byCase(caseNumber);
        if (admitted.isPresent()) {
            return admitted.get();
        }
        if (!KINDS.contains(applicant.kind())) {
            throw new RecordRefused("申请人须为个人（INDIVIDUAL）、单位（UNIT）或外籍专家（FOREIGN），而非“" + applicant.kind() + "”。",
                    "An applicant is a person (INDIVIDUAL), a unit (UNIT) or a foreign expert (FOREIGN), not '"
                            + applicant.kind() + "'.");
        }
        Body body = Body.valueOf(decidingBody);
        if (!Matter.ADMISSION.mayBeDecidedBy(body)) {
            throw new RecordRefused(body.chineseTitle() + "不接纳会员。", "The " + body.title() + " does not admit members.");
        }
        MeetingRecords.Resolution resolution = minutes.decidedOn(resolutionNumber, caseNumber, Outcome.ADOPTED, ADMITTING);
        if (!resolution.body().equals(body.name())) {
            throw new ResolutionRefused("第 " + resolutionNumber + " 号决议不是由" + body.chineseTitle() + "作出的。", "Resolution "
                    + resolutionNumber + " was taken by the " + Body.valueOf(resolution.body()).title() + ", not by the "
                    + body.title() + ".");
        }
        return find(enter(caseNumber, applicant, null, null, resolutionNumber, body,
                "Admitted by resolution " + resolutionNumber)).orElseThrow();
    }

    /** The member, its first status and its card; answers the new membership number. */
    private String enter(String caseNumber, Applicant applicant, String nationality, String recommendation,
            String resolutionNumber, Body body, String reason) {
        String number = caseNumbers.next(CaseNumbers.Kind.MEMBER);
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                INSERT INTO gov_member (membership_number, case_number, kind, name, email, phone, identity_number,
                    credit_code, organisation, field, branch, status, admitted_on, resolution_number, deciding_body,
                    language, nationality, recommendation_resolution)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(number, caseNumber, applicant.kind(), applicant.name(), applicant.email(), applicant.phone(),
                        applicant.identityNumber(), applicant.creditCode(), applicant.organisation(), applicant.field(),
                        applicant.branch(), Status.ACTIVE.name(), today, resolutionNumber, body.name(),
                        applicant.language().code(), nationality, recommendation)
                .update();
        jdbc.sql("""
                INSERT INTO gov_member_status (membership_number, status, changed_on, reason, resolution_number, case_number)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(number, Status.ACTIVE.name(), today, reason, resolutionNumber, caseNumber)
                .update();
        jdbc.sql("""
                INSERT INTO gov_membership_card (card_number, membership_number, issued_on, issuing_body)
                VALUES (?, ?, ?, ?)""")
                .params("CARD-" + number, number, today, body.title() + " of the " + ASSOCIATION)
                .update();
        return number;
    }

    private static void decidedBy(MeetingRecords.Resolution resolution, Body body) {
        if (!resolution.body().equals(body.name())) {
            throw new ResolutionRefused("第 " + resolution.resolutionNumber() + " 号决议不是由" + body.chineseTitle() + "作出的。",
                    "Resolution " + resolution.resolutionNumber() + " was taken by the "
                            + Body.valueOf(resolution.body()).title() + ", not by the " + body.title() + ".");
        }
    }

    /**
     * Enters an honorary member (kind {@value HonoraryProposal#KIND}) with a card, on the Standing Council's
     * recommendation and the Council's approval; the same case awards only once. Both resolutions must be in the
     * minutes, adopted on this very case, each by its body ({@value HonoraryProposal#CLAUSE}).
     *
     * @throws ResolutionRefused otherwise; nothing is written
     */
    public Member awardHonoraryMembership(String caseNumber, Applicant honoree, String nationality,
            String recommendation, String approval) {
        Optional<Member> awarded = byCase(caseNumber);
        if (awarded.isPresent()) {
            return awarded.get();
        }
        if (!HonoraryProposal.KIND.equals(honoree.kind())) {
            throw new RecordRefused("荣誉会员的类别须为荣誉会员（" + HonoraryProposal.KIND + "），而非“" + honoree.kind() + "”。",
                    "An honorary member is of kind " + HonoraryProposal.KIND + " (honorary member), not '" + honoree.kind()
                            + "'.");
        }
        decidedBy(minutes.decidedOn(recommendation, caseNumber, Outcome.ADOPTED, Set.of(Matter.HONORARY_RECOMMENDATION)),
                Body.STANDING_COUNCIL);
        decidedBy(minutes.decidedOn(approval, caseNumber, Outcome.ADOPTED, Set.of(Matter.HONORARY_MEMBERSHIP)),
                Body.COUNCIL);
        return find(enter(caseNumber, honoree, nationality, recommendation, approval, Body.COUNCIL,
                "Honorary membership on the Standing Council's recommendation " + recommendation
                        + ", approved by the Council's resolution " + approval)).orElseThrow();
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
                        rs.getObject("revoked_on", LocalDate.class), CardStatus.valueOf(rs.getString("status")),
                        rs.getObject("returned_on", LocalDate.class), rs.getObject("voided_on", LocalDate.class),
                        rs.getString("void_reason")))
                .optional();
    }

    /** Each member's card status, by membership number. */
    public java.util.Map<String, CardStatus> cardStatuses() {
        java.util.Map<String, CardStatus> statuses = new java.util.HashMap<>();
        jdbc.sql("SELECT membership_number, status FROM gov_membership_card").query((rs, row) ->
                statuses.put(rs.getString("membership_number"), CardStatus.valueOf(rs.getString("status")))).list();
        return statuses;
    }

    public List<Member> active() {
        return jdbc.sql("SELECT * FROM gov_member WHERE status = ? ORDER BY membership_number")
                .param(Status.ACTIVE.name()).query(MemberRegister::member).list();
    }

    /** Records a dues payment; the register keeps the latest. */
    public void recordDues(String membershipNumber, LocalDate paidOn) {
        if (find(membershipNumber).filter(m -> HonoraryProposal.KIND.equals(m.kind())).isPresent()) {
            throw new RecordRefused("会员 " + membershipNumber + " 是荣誉会员，不缴纳会费。", "Member " + membershipNumber
                    + " is an honorary member, who pays no dues (" + HonoraryProposal.CLAUSE + ").");
        }
        recordActivity(membershipNumber, "last_dues_on", paidOn, new Words("缴纳会费", "dues payment"));
    }

    /** Records the member's participation in an activity of the association; the register keeps the latest. */
    public void recordParticipation(String membershipNumber, LocalDate tookPartOn) {
        recordActivity(membershipNumber, "last_participation_on", tookPartOn, new Words("参加活动", "participation"));
    }

    /** Notes that the member was warned of the automatic withdrawal due on that day. */
    public void warnedOfWithdrawal(String membershipNumber, LocalDate withdrawnOn) {
        jdbc.sql("UPDATE gov_member SET warned_of_withdrawal_on = ? WHERE membership_number = ?")
                .params(withdrawnOn, membershipNumber).update();
    }

    /**
     * The member is expelled by the resolution; the card is revoked. The same case expels only once. The
     * resolution must be in the minutes, an expulsion adopted on this very case.
     *
     * @throws ResolutionRefused otherwise; nothing is written
     */
    public void expel(String membershipNumber, String resolutionNumber, String caseNumber) {
        minutes.decidedOn(resolutionNumber, caseNumber, Outcome.ADOPTED, Set.of(Matter.EXPULSION));
        end(membershipNumber, Status.EXPELLED, "Expelled by resolution " + resolutionNumber + " in case " + caseNumber,
                resolutionNumber, caseNumber, LocalDate.now(clock), CardStatus.REVOKED);
    }

    /** The member has withdrawn (the reason says how); the card is revoked. The same case withdraws only once. */
    public void withdraw(String membershipNumber, String reason, String caseNumber) {
        end(membershipNumber, Status.WITHDRAWN, reason, null, caseNumber, LocalDate.now(clock), CardStatus.REVOKED);
    }

    /**
     * The member has withdrawn by written notice, on the day it was received ("free withdrawal"): the card no longer
     * proves membership and is awaited back. The same case withdraws only once.
     */
    public void withdrawByNotice(String membershipNumber, LocalDate receivedOn, String reason, String caseNumber) {
        end(membershipNumber, Status.WITHDRAWN, reason, null, caseNumber, receivedOn, CardStatus.AWAITING_RETURN);
    }

    /** The card of a member who withdrew came back on that day; recorded once. */
    public void cardReturned(String membershipNumber, LocalDate returnedOn) {
        jdbc.sql("UPDATE gov_membership_card SET status = ?, returned_on = ? WHERE membership_number = ? AND status = ?")
                .params(CardStatus.RETURNED.name(), returnedOn, membershipNumber, CardStatus.AWAITING_RETURN.name())
                .update();
    }

    /** The card of a member who withdrew is declared void today, for the reason given (not returned in time, lost). */
    public void voidCard(String membershipNumber, String reason) {
        jdbc.sql("""
                UPDATE gov_membership_card SET status = ?, voided_on = ?, void_reason = ?
                WHERE membership_number = ? AND status = ?""")
                .params(CardStatus.VOID.name(), LocalDate.now(clock), reason, membershipNumber,
                        CardStatus.AWAITING_RETURN.name())
                .update();
    }

    /**
     * Corrects the member's name, e-mail address or phone number, as the member asked and the Secretariat agreed (a
     * personal-data request); {@code null} leaves a value as it is. The resolutions and minutes keep the name they
     * were decided under. False when the register has no such member.
     */
    public boolean correctContact(String membershipNumber, String name, String email, String phone) {
        Optional<Member> member = find(membershipNumber);
        if (member.isEmpty()) {
            return false;
        }
        Member m = member.get();
        jdbc.sql("UPDATE gov_member SET name = ?, email = ?, phone = ? WHERE membership_number = ?")
                .params(name == null ? m.name() : name, email == null ? m.email() : email,
                        phone == null ? m.phone() : phone, membershipNumber)
                .update();
        return true;
    }

    /**
     * Gives the member's card a new secret, to be printed on it, and returns it: the register keeps only a
     * salted hash, so this is the one time it can be read. A new secret replaces the previous one.
     */
    public String issueCardSecret(String membershipNumber) {
        MembershipCard card = card(membershipNumber).filter(c -> c.revokedOn() == null).orElseThrow(() ->
                new RecordRefused("会员 " + membershipNumber + " 没有有效的会员证。",
                        "Member " + membershipNumber + " holds no valid membership card."));
        StringBuilder secret = new StringBuilder();
        for (int i = 0; i < SECRET_LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                secret.append('-');
            }
            secret.append(SECRET_ALPHABET.charAt(RANDOM.nextInt(SECRET_ALPHABET.length())));
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String saltHex = HexFormat.of().formatHex(salt);
        jdbc.sql("UPDATE gov_membership_card SET secret_salt = ?, secret_hash = ? WHERE card_number = ?")
                .params(saltHex, hash(saltHex, secret.toString()), card.cardNumber()).update();
        return secret.toString();
    }

    /** Whether the secret is the one printed on the member's valid card (case, spaces and dashes do not matter). */
    public boolean cardSecretMatches(String membershipNumber, String secret) {
        if (membershipNumber == null || secret == null) {
            return false;
        }
        return jdbc.sql("SELECT secret_salt, secret_hash FROM gov_membership_card "
                        + "WHERE membership_number = ? AND revoked_on IS NULL AND secret_hash IS NOT NULL")
                .param(membershipNumber)
                .query((rs, row) -> MessageDigest.isEqual(
                        hash(rs.getString("secret_salt"), secret).getBytes(StandardCharsets.US_ASCII),
                        rs.getString("secret_hash").getBytes(StandardCharsets.US_ASCII)))
                .optional().orElse(false);
    }

    private void recordActivity(String membershipNumber, String column, LocalDate on, Words what) {
        Member member = find(membershipNumber).orElseThrow(() -> noMember(membershipNumber));
        if (member.status() != Status.ACTIVE) {
            throw new RecordRefused("会员 " + membershipNumber + " " + member.status().words().zh() + "；只为在册会员登记"
                    + what.zh() + "。", "Member " + membershipNumber + " is " + member.status().words().en()
                    + "; only an active member's " + what.en() + " is recorded.");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new RecordRefused(what.zh() + "的日期（" + on + "）不能晚于今天。",
                    "The date of the " + what.en() + " (" + on + ") is in the future.");
        }
        if (on.isBefore(member.admittedOn())) {
            throw new RecordRefused(what.zh() + "的日期（" + on + "）不能早于该会员入会之日 " + member.admittedOn() + "。",
                    "The date of the " + what.en() + " (" + on + ") is before the member's admission on "
                            + member.admittedOn() + ".");
        }
        jdbc.sql("UPDATE gov_member SET " + column + " = ? WHERE membership_number = ? AND (" + column
                + " IS NULL OR " + column + " < ?)").params(on, membershipNumber, on).update();
    }

    private void end(String membershipNumber, Status status, String reason, String resolutionNumber, String caseNumber,
            LocalDate on, CardStatus card) {
        Member member = find(membershipNumber).orElseThrow(() -> noMember(membershipNumber));
        if (member.status() != Status.ACTIVE) {
            List<StatusChange> history = history(membershipNumber);
            if (caseNumber.equals(history.get(history.size() - 1).caseNumber())) {
                return;
            }
            throw new AlreadyRecorded("会员 " + membershipNumber + " " + member.status().words().zh() + "。",
                    "Member " + membershipNumber + " is already " + member.status().words().en() + ".");
        }
        jdbc.sql("UPDATE gov_member SET status = ? WHERE membership_number = ?")
                .params(status.name(), membershipNumber).update();
        jdbc.sql("""
                INSERT INTO gov_member_status (membership_number, status, changed_on, reason, resolution_number, case_number)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(membershipNumber, status.name(), on, reason, resolutionNumber, caseNumber)
                .update();
        jdbc.sql("UPDATE gov_membership_card SET revoked_on = ?, status = ? WHERE membership_number = ? AND revoked_on IS NULL")
                .params(on, card.name(), membershipNumber).update();
    }

    private static RecordRefused noMember(String membershipNumber) {
        return new RecordRefused("会员名册中没有会员 " + membershipNumber + "。", "No member " + membershipNumber + ".");
    }

    private static String hash(String saltHex, String secret) {
        String normalised = secret.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(HexFormat.of().parseHex(saltHex));
            return HexFormat.of().formatHex(sha256.digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException notInThisJvm) {
            throw new IllegalStateException(notInThisJvm);
        }
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
                rs.getString("deciding_body"), rs.getObject("last_dues_on", LocalDate.class),
                rs.getObject("last_participation_on", LocalDate.class),
                rs.getObject("warned_of_withdrawal_on", LocalDate.class), Language.of(rs.getString("language")),
                rs.getString("nationality"), rs.getString("recommendation_resolution"));
    }
}
