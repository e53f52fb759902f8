package cn.chia.governance.ballot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import cn.chia.governance.identity.Roles;

/**
 * The variables an election by secret ballot starts with, as the Secretariat's start form or a REST client sends
 * them: {@code Ballots.ofDirectors(2).among("A", "B", "C").onPaper().build()}; and electors to vote with.
 */
public final class Ballots {

    private final Map<String, Object> variables = new LinkedHashMap<>();

    private Ballots(String body, String office, int seats) {
        variables.put(BallotCase.ELECTING_BODY, body);
        variables.put(BallotCase.OFFICE, office);
        variables.put(BallotCase.SEATS, seats);
        variables.put(BallotCase.MODE, "PAPER");
    }

    /** The General Assembly elects {@code seats} directors. */
    public static Ballots ofDirectors(int seats) {
        return new Ballots("GENERAL_ASSEMBLY", "DIRECTOR", seats);
    }

    /** Any body, any office, as sent. */
    public static Ballots of(String body, String office, int seats) {
        return new Ballots(body, office, seats);
    }

    /** The candidates, as a JSON list. */
    public Ballots among(String... candidates) {
        variables.put(BallotCase.CANDIDATES, json(List.of(candidates)));
        return this;
    }

    public Ballots onPaper() {
        variables.put(BallotCase.MODE, "PAPER");
        return this;
    }

    /** An electronic ballot of these electors (user ids), as a JSON list. */
    public Ballots electronically(List<String> electors) {
        variables.put(BallotCase.MODE, "ELECTRONIC");
        variables.put(BallotCase.ELECTORS, json(electors));
        return this;
    }

    public Ballots with(String name, Object value) {
        variables.put(name, value);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(variables);
    }

    /** A JSON list of texts. */
    public static String json(List<String> names) {
        return names.stream().map(name -> "\"" + name.replace("\"", "\\\"") + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    /** Users who may vote in Tasklist (group electors), created once with the given password. */
    public static List<String> electors(IdentityService identity, String prefix, int count, String password) {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String id = prefix + i;
            if (identity.createUserQuery().userId(id).count() == 0) {
                User user = identity.newUser(id);
                user.setFirstName("Elector");
                user.setLastName(String.valueOf(i));
                user.setPassword(password);
                identity.saveUser(user);
                identity.createMembership(id, Roles.ELECTORS);
            }
            ids.add(id);
        }
        return ids;
    }
}
