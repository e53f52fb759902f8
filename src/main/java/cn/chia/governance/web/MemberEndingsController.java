package cn.chia.governance.web;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import cn.chia.governance.identity.Roles;
import cn.chia.governance.exits.WithdrawalCase;
import cn.chia.governance.register.MemberRegister;

/**
 * What keeps a membership alive or ends it: dues payments and participation recorded by the Secretariat,
 * the secret printed on a card, and a member's own notice of withdrawal (public: the card's secret is
 * the proof).
 */
@RestController
class MemberEndingsController {

    record ActivityDate(LocalDate date) {
    }

    record CardSecret(String membershipNumber, String cardSecret) {
    }

    record WithdrawalReceived(String caseNumber) {
    }

    private final MemberRegister register;
    private final RuntimeService runtime;
    private final Caller caller;
    private final Clock clock;

    MemberEndingsController(MemberRegister register, RuntimeService runtime, Caller caller, Clock clock) {
        this.register = register;
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
        caller.requireOneOf(Roles.SECRETARIAT_CLERKS, "Dues, participation and card secrets are recorded by the Secretariat.");
    }
}
