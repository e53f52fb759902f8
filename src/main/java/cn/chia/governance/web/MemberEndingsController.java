package cn.chia.governance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.chia.governance.charter.InactivityReason;
import cn.chia.governance.charter.Words;
import cn.chia.governance.identity.Roles;
import cn.chia.governance.exits.WithdrawalCase;
import cn.chia.governance.process.FormFields;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.register.InactivityReasons;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;
import cn.chia.governance.register.MemberRegister.Status;

/**
 * What keeps a membership alive or ends it: dues payments and participation recorded by the Secretariat,
 * the reasons that excuse not paying or not taking part, the secret printed on a card, and a member's own notice
 * of withdrawal (public: the card's secret is the proof).
 */
@RestController
class MemberEndingsController {

    record ActivityDate(LocalDate date) {
    }

    record CardSecret(String membershipNumber, String cardSecret) {
    }

    record WithdrawalReceived(String caseNumber) {
    }

    /** A reason for not paying or not taking part: {@code reason} a {@link InactivityReason.Kind}, {@code covers} DUES,
     * PARTICIPATION or BOTH (default), the period {@code from} to {@code until} (YYYY-MM-DD, both included). */
    record ReasonGiven(String reason, String covers, String from, String until, String note) {
    }

    /** The longest note of a reason (the column's width). */
    static final int NOTE_LENGTH = 1000;

    private final MemberRegister register;
    private final InactivityReasons reasons;
    private final RuntimeService runtime;
    private final Caller caller;
    private final Clock clock;

    MemberEndingsController(MemberRegister register, InactivityReasons reasons, RuntimeService runtime, Caller caller,
            Clock clock) {
        this.register = register;
        this.reasons = reasons;
        this.runtime = runtime;
        this.caller = caller;
        this.clock = clock;
    }

    @PostMapping("/api/members/{number}/dues")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void duesPaid(@PathVariable String number, @RequestBody ActivityDate paid) {
        requireClerk();
        register.recordDues(known(number), required(paid));
    }

    @PostMapping("/api/members/{number}/participation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void tookPart(@PathVariable String number, @RequestBody ActivityDate tookPart) {
        requireClerk();
        register.recordParticipation(known(number), required(tookPart));
    }

    /**
     * Records a member's reason for not paying dues or not taking part (charter: 2 years "without any reason"):
     * the days its period covers do not count towards the automatic withdrawal. Every problem is named, in the
     * caller's language, and nothing is recorded.
     */
    @PostMapping("/api/members/{number}/reasons")
    @ResponseStatus(HttpStatus.CREATED)
    InactivityReasons.Recorded giveReason(@PathVariable String number, @RequestBody(required = false) ReasonGiven given) {
        requireClerk();
        Member member = register.find(number).orElseThrow(() -> noMember(number));
        if (member.status() != Status.ACTIVE) {
            Words status = member.status().words();
            throw Refusal.conflict("会员 " + number + " " + status.zh() + "，已不是会员；理由只为在册会员登记。",
                    "Member " + number + " is " + status.en() + "; a reason is recorded for an active member only.");
        }
        ReasonGiven body = given == null ? new ReasonGiven(null, null, null, null, null) : given;
        List<Words> problems = new ArrayList<>();
        InactivityReason.Kind kind = choice(InactivityReason.Kind.class, body.reason(), new Words("理由", "reason"),
                problems);
        InactivityReason.Covers covers = body.covers() == null ? InactivityReason.Covers.BOTH
                : choice(InactivityReason.Covers.class, body.covers(), new Words("所涉义务", "covers"), problems);
        LocalDate from = day(body.from(), new Words("起始日期", "from"), problems);
        LocalDate until = day(body.until(), new Words("截止日期", "until"), problems);
        String note = body.note() == null || body.note().isBlank() ? null : body.note().strip();
        Words noteProblem = note == null ? null : FormFields.textProblem(note, NOTE_LENGTH, true);
        if (noteProblem != null) {
            problems.add(new Words("说明（note）" + noteProblem.zh(), "'note' " + noteProblem.en()));
        }
        if (from != null && until != null) {
            // the charter's rule states each problem in Chinese, then English
            InactivityReason.problems(from, until, member.admittedOn()).forEach(both -> problems.add(new Words(both, both)));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(Words.join(problems));
        }
        return reasons.record(member.membershipNumber(), new InactivityReason(kind, covers, from, until), note,
                caller.userId());
    }

    /** The member's reasons, in the order recorded. */
    @GetMapping("/api/members/{number}/reasons")
    List<InactivityReasons.Recorded> reasons(@PathVariable String number) {
        requireClerk();
        return reasons.of(known(number));
    }

    /** The words of each choice a REST client sends, by its code. */
    private static final Map<Enum<?>, Words> CHOICES = Map.of(
            InactivityReason.Kind.ILLNESS, new Words("疾病", "illness"),
            InactivityReason.Kind.POSTING_ABROAD, new Words("派驻国外", "posting abroad"),
            InactivityReason.Kind.EXEMPTION, new Words("本会免除", "exemption by the Association"),
            InactivityReason.Covers.DUES, new Words("会费", "dues"),
            InactivityReason.Covers.PARTICIPATION, new Words("参加活动", "participation"),
            InactivityReason.Covers.BOTH, new Words("会费和参加活动", "both"));

    /** One of the codes, or null and the problem: the choices in words, each with its code. */
    private static <E extends Enum<E>> E choice(Class<E> kind, String value, Words field, List<Words> problems) {
        for (E constant : kind.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        List<E> choices = List.of(kind.getEnumConstants());
        problems.add(new Words("请选择" + field.zh() + "（" + field.en() + "）：" + choices.stream()
                .map(c -> CHOICES.get(c).zh() + "（" + c.name() + "）").collect(Collectors.joining("、"))
                + (value == null ? "" : "；收到的是“" + value + "”") + "。",
                "Choose '" + field.en() + "' from " + choices + ": " + choices.stream().map(c -> CHOICES.get(c).en())
                        .collect(Collectors.joining(", ")) + (value == null ? "." : "; got '" + value + "'.")));
        return null;
    }

    private static LocalDate day(String value, Words field, List<Words> problems) {
        try {
            if (value != null) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException notADay) {
            // named below
        }
        problems.add(new Words("请以 YYYY-MM-DD（年-月-日）填写" + field.zh() + "（" + field.en() + "）"
                + (value == null ? "" : "；收到的是“" + value + "”") + "。",
                "Enter '" + field.en() + "' as YYYY-MM-DD" + (value == null ? "." : "; got '" + value + "'.")));
        return null;
    }

    /** A new secret for the member's card, shown this once to be printed on it; it replaces the previous one. */
    @PostMapping("/api/members/{number}/card-secret")
    CardSecret issueCardSecret(@PathVariable String number) {
        requireClerk();
        String membershipNumber = known(number);
        return new CardSecret(membershipNumber, register.issueCardSecret(membershipNumber));
    }

    /** A member's written notice of withdrawal, proved by the secret on the card; a wrong number or secret is 404 alike. */
    @PostMapping("/api/withdrawals")
    @ResponseStatus(HttpStatus.ACCEPTED)
    WithdrawalReceived withdraw(@RequestBody CardSecret notice) {
        if (!register.cardSecretMatches(notice.membershipNumber(), notice.cardSecret())) {
            throw Refusal.notFound("没有与此会员编号和会员证密码相符的会员。", "No member with this number and card secret.");
        }
        return new WithdrawalReceived(runtime.startProcessInstanceByKey(WithdrawalCase.PROCESS_KEY,
                WithdrawalCase.notice(notice.membershipNumber(), LocalDate.now(clock))).getBusinessKey());
    }

    private String known(String number) {
        return register.find(number).orElseThrow(() -> noMember(number)).membershipNumber();
    }

    private static Refusal noMember(String number) {
        return Refusal.notFound("会员名册中没有会员 " + number + "。", "No member " + number + ".");
    }

    private static LocalDate required(ActivityDate body) {
        if (body == null || body.date() == null) {
            throw new Refusal("请以 {\"date\": \"YYYY-MM-DD\"} 给出日期。", "Give the date as {\"date\": \"YYYY-MM-DD\"}.");
        }
        return body.date();
    }

    private void requireClerk() {
        caller.requireOneOf(Roles.SECRETARIAT_CLERKS, "会费、参加活动、未缴费或未参加活动的理由及会员证密码由秘书处登记。",
                "Dues, participation, reasons and card secrets are recorded by the Secretariat.");
    }
}
