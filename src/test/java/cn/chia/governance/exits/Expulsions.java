package cn.chia.governance.exits;

import static cn.chia.governance.exits.ExpulsionCase.FACTS;
import static cn.chia.governance.exits.ExpulsionCase.GROUND;
import static cn.chia.governance.exits.ExpulsionCase.MEMBERSHIP_NUMBER;

import java.util.HashMap;
import java.util.Map;

import cn.chia.governance.charter.ExpulsionCharge.Ground;

/**
 * The variables an expulsion case starts with, for every test that opens one:
 * {@code Expulsions.anExpulsion().ofMember(number).onGround(CRIMINAL_OFFENCE).withFacts("…").build()}.
 * What a test does not say is left out, so that the case starts without it.
 */
public final class Expulsions {

    private final Map<String, Object> variables = new HashMap<>();

    private Expulsions() {
    }

    public static Expulsions anExpulsion() {
        return new Expulsions();
    }

    public Expulsions ofMember(String membershipNumber) {
        variables.put(MEMBERSHIP_NUMBER, membershipNumber);
        return this;
    }

    public Expulsions onGround(Ground ground) {
        return onGround(ground.name());
    }

    /** A ground as a REST client may send it, one of the charter's or not. */
    public Expulsions onGround(String ground) {
        variables.put(GROUND, ground);
        return this;
    }

    public Expulsions withFacts(String facts) {
        variables.put(FACTS, facts);
        return this;
    }

    /** A new, modifiable map of the variables. */
    public Map<String, Object> build() {
        return new HashMap<>(variables);
    }
}
