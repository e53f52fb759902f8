package cn.chia.governance.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.chia.governance.identity.Roles;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.CardStatus;
import cn.chia.governance.register.MemberRegister.Member;
import cn.chia.governance.register.MemberRegister.MembershipCard;
import cn.chia.governance.register.MemberRegister.StatusChange;
import cn.chia.governance.register.Notifier;
import cn.chia.governance.register.PersonalData;
import cn.chia.governance.register.PersonalData.What;
import cn.chia.governance.register.Notifier.Notification;

/**
 * The member register, its CSV export and the messages of a case, for the Secretariat, managers and administrators;
 * identity numbers and telephones in full for the Secretariat only (each such read recorded), masked for the others.
 */
@RestController
class MemberRegisterController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final List<String> CSV_HEADER = List.of("membership_number", "case_number", "kind", "name", "email", "phone",
            "identity_number", "credit_code", "organisation", "field", "branch", "status", "admitted_on",
            "resolution_number", "deciding_body", "card_status");

    record MemberFile(Member member, List<StatusChange> history, MembershipCard card) {
    }

    private final MemberRegister register;
    private final Notifier notifier;
    private final Caller caller;
    private final PersonalData vault;

    MemberRegisterController(MemberRegister register, Notifier notifier, Caller caller, PersonalData vault) {
        this.register = register;
        this.notifier = notifier;
        this.caller = caller;
        this.vault = vault;
    }

    /**
     * The register, or the members of one status, kind and branch ({@code branch=} with no value: members of no
     * branch), as the dashboard's figures link to them.
     */
    @GetMapping("/api/members")
    List<Member> members(@RequestParam(required = false) MemberRegister.Status status,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String branch) {
        requireReader();
        return shown(register.list().stream()
                .filter(m -> status == null || m.status() == status)
                .filter(m -> kind == null || m.kind().equals(kind))
                .filter(m -> branch == null || (branch.isEmpty() ? m.branch() == null : branch.equals(m.branch())))
                .toList(), What.MEMBER_REGISTER);
    }

    @GetMapping("/api/members/{number}")
    MemberFile member(@PathVariable String number) {
        requireReader();
        Member member = register.find(number).orElseThrow(() -> Refusal.notFound("会员名册中没有会员 " + number + "。",
                "No member " + number + "."));
        return new MemberFile(shown(List.of(member), What.MEMBER_FILE).get(0), register.history(number),
                register.card(number).orElse(null));
    }

    @GetMapping("/api/members.csv")
    ResponseEntity<byte[]> membersAsCsv() {
        requireReader();
        Map<String, CardStatus> cards = register.cardStatuses();
        List<Member> members = shown(register.list(), What.MEMBER_REGISTER_CSV);
        String csv = Stream.concat(Stream.of(CSV_HEADER), members.stream().map(m -> row(m, cards.get(m.membershipNumber()))))
                .map(cells -> cells.stream().map(MemberRegisterController::cell).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "\uFEFF", "\r\n"));
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"members.csv\"")
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/api/cases/{caseNumber}/notifications")
    List<Notification> notifications(@PathVariable String caseNumber) {
        requireReader();
        if (!CASE_NUMBER.matcher(caseNumber).matches()) {
            throw new Refusal("案件编号形如 APP-2026-000123：字母、年份和序号。",
                    "A case number reads like APP-2026-000123: letters, the year and the number.");
        }
        return notifier.of(caseNumber);
    }

    private static final Pattern CASE_NUMBER = Pattern.compile("[A-Za-z]{2,5}-[0-9A-Za-z-]{1,60}");

    /**
     * The members as the caller may read them: in full for the Secretariat, each member with an identity number read
     * so recorded ({@code what}); masked for everyone else (docs/security.md, "Personal information").
     */
    private List<Member> shown(List<Member> members, What what) {
        if (!caller.isInOneOf(Roles.FULL_NUMBER_READERS)) {
            return members.stream().map(Member::masked).toList();
        }
        vault.recordReads(caller.userId(), members.stream().filter(m -> m.identityNumber() != null)
                .map(Member::caseNumber).toList(), what);
        return members;
    }

    private void requireReader() {
        caller.requireOneOf(Roles.REGISTER_READERS, "会员名册供秘书处、管理人员和系统管理员查阅。",
                "The member register is for the Secretariat, managers and administrators.");
    }

    private static List<String> row(Member m, CardStatus card) {
        return List.of(m.membershipNumber(), m.caseNumber(), m.kind(), text(m.name()), text(m.email()),
                text(m.phone()), text(m.identityNumber()), text(m.creditCode()), text(m.organisation()),
                text(m.field()), text(m.branch()), m.status().name(), m.admittedOn().toString(), m.resolutionNumber(),
                m.decidingBody(), card == null ? "" : card.name());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** RFC 4180 quoting; a cell Excel would read as a formula starts with an apostrophe. */
    private static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches("(?s).*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
