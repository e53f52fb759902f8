package cn.chia.governance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import cn.chia.governance.charter.InactivityReason;
import cn.chia.governance.charter.Text;
import cn.chia.governance.identity.Roles;
import cn.chia.governance.exits.WithdrawalCase;
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
        refuseBadInput(() -> register.recordDues(known(number), required(paid)));
    }

    @PostMapping("/api/members/{number}/participation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void tookPart(@PathVariable String number, @RequestBody ActivityDate tookPart) {
        requireClerk();
        refuseBadInput(() -> register.recordParticipation(known(number), required(tookPart)));
    }

    /**
     * Records a member's reason for not paying dues or not taking part (charter: 2 years "without any reason"):
     * the days its period covers do not count towards the automatic withdrawal. Every problem is named, Chinese then
     * English, and nothing is recorded.
     */
    @PostMapping("/api/members/{number}/reasons")
    @ResponseStatus(HttpStatus.CREATED)
    InactivityReasons.Recorded giveReason(@PathVariable String number, @RequestBody(required = false) ReasonGiven given) {
        requireClerk();
        Member member = register.find(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "名册中没有会员 " + number + "。 No member " + number + " in the register."));
        if (member.status() != Status.ACTIVE) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "会员 " + number + " 已不是会员（" + member.status()
                    + "）；理由只为在册会员登记。 Member " + number + " is " + member.status()
                    + "; a reason is recorded for an active member only.");
        }
        ReasonGiven body = given == null ? new ReasonGiven(null, null, null, null, null) : given;
        List<String> problems = new ArrayList<>();
        InactivityReason.Kind kind = choice(InactivityReason.Kind.class, body.reason(), "reason", "理由", problems);
        InactivityReason.Covers covers = body.covers() == null ? InactivityReason.Covers.BOTH
                : choice(InactivityReason.Covers.class, body.covers(), "covers", "所涉义务", problems);
        LocalDate from = day(body.from(), "from", "起始日期", problems);
        LocalDate until = day(body.until(), "until", "截止日期", problems);
        String note = body.note() == null || body.note().isBlank() ? null : body.note().strip();
        String noteProblem = note == null ? null : Text.problem(note, NOTE_LENGTH, true);
        if (noteProblem != null) {
            problems.add("说明（note）不符合要求。 'note' " + noteProblem);
        }
        if (from != null && until != null) {
            problems.addAll(InactivityReason.problems(from, until, member.admittedOn()));
        }
        if (!problems.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, String.join(" ", problems));
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

    private static <E extends Enum<E>> E choice(Class<E> kind, String value, String field, String chinese,
            List<String> problems) {
        String allowed = Arrays.toString(kind.getEnumConstants());
        for (E constant : kind.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        problems.add("请选择" + chinese + "（" + field + "）：" + allowed + "。 Choose '" + field + "' from " + allowed
                + (value == null ? "." : "; got '" + value + "'."));
        return null;
    }

    private static LocalDate day(String value, String field, String chinese, List<String> problems) {
        try {
            if (value != null) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException notADay) {
            // named below
        }
        problems.add("请以 YYYY-MM-DD 填写" + chinese + "（" + field + "）。 Enter '" + field + "' as YYYY-MM-DD"
                + (value == null ? "." : "; got '" + value + "'."));
        return null;
    }

    /** A new secret for the member's card, shown this once to be printed on it; it replaces the previous one. */
    @PostMapping("/api/members/{number}/card-secret")
    CardSecret issueCardSecret(@PathVariable String number) {
        requireClerk();
        String membershipNumber = known(number);
        try {
            return new CardSecret(membershipNumber, register.issueCardSecret(membershipNumber));
        } catch (IllegalArgumentException noValidCard) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, noValidCard.getMessage());
        }
    }

    /** A member's written notice of withdrawal, proved by the secret on the card; a wrong number or secret is 404 alike. */
    @PostMapping("/api/withdrawals")
    @ResponseStatus(HttpStatus.ACCEPTED)
    WithdrawalReceived withdraw(@RequestBody CardSecret notice) {
        if (!register.cardSecretMatches(notice.membershipNumber(), notice.cardSecret())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No member with this number and card secret.");
        }
        return new WithdrawalReceived(runtime.startProcessInstanceByKey(WithdrawalCase.PROCESS_KEY,
                WithdrawalCase.notice(notice.membershipNumber(), LocalDate.now(clock))).getBusinessKey());
    }

    private String known(String number) {
        return register.find(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No member " + number + ".")).membershipNumber();
    }

    private static LocalDate required(ActivityDate body) {
        if (body == null || body.date() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Give the date as {\"date\": \"YYYY-MM-DD\"}.");
        }
        return body.date();
    }

    private static void refuseBadInput(Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException refused) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, refused.getMessage());
        }
    }

    private void requireClerk() {
        caller.requireOneOf(Roles.SECRETARIAT_CLERKS, "会费、参加活动、未缴费或未参加活动的理由及会员证密码由秘书处登记。"
                + " Dues, participation, reasons and card secrets are recorded by the Secretariat.");
    }
}
