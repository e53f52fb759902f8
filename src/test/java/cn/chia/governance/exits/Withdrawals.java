package cn.chia.governance.exits;

import static cn.chia.governance.exits.WithdrawalCase.LETTER_DATE;
import static cn.chia.governance.exits.WithdrawalCase.MEMBERSHIP_NUMBER;

import java.util.HashMap;
import java.util.Map;

/**
 * The variables a voluntary withdrawal starts with, the member's written notice, for every test that starts
 * one: {@code Withdrawals.aNotice().ofMember(number).datedOn("2026-05-18").build()}. The date is given as a
 * clerk or a REST client types it, so that a test may give a malformed one.
 */
public final class Withdrawals {

    private final Map<String, Object> variables = new HashMap<>();

    private Withdrawals() {
    }

    public static Withdrawals aNotice() {
        return new Withdrawals();
    }

    public Withdrawals ofMember(String membershipNumber) {
        variables.put(MEMBERSHIP_NUMBER, membershipNumber);
        return this;
    }

    public Withdrawals datedOn(String letterDate) {
        variables.put(LETTER_DATE, letterDate);
        return this;
    }

    /** The day the Secretariat received the notice (left out: today). */
    public Withdrawals receivedOn(String receivedOn) {
        variables.put(WithdrawalCase.RECEIVED_ON, receivedOn);
        return this;
    }

    /** A new, modifiable map of the variables. */
    public Map<String, Object> build() {
        return new HashMap<>(variables);
    }
}
