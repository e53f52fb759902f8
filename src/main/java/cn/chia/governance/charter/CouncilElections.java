package cn.chia.governance.charter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the new Council elects after the General Assembly has elected it (functions of the Council, item 2: "elect and
 * remove the executive director, vice chairman and chairman"): the executive directors ("The number of executive
 * directors shall not exceed one third of the number of directors and shall be elected by the Council by secret
 * ballot", {@link Composition#EXECUTIVE_LIMIT_CLAUSE}), one president and the vice presidents, each from among the new
 * Council's directors.
 */
public record CouncilElections(List<String> directors, int executiveSeats, List<String> executiveCandidates,
        List<String> presidentCandidates, int vicePresidentSeats, List<String> vicePresidentCandidates) {

    public static final String FROM_DIRECTORS_CLAUSE = "Council, power 2: elects the executive directors, the president"
            + " and the vice presidents from among its directors by secret ballot";

    public CouncilElections {
        directors = List.copyOf(Objects.requireNonNull(directors, "directors"));
        executiveCandidates = executiveCandidates == null ? List.of() : List.copyOf(executiveCandidates);
        presidentCandidates = presidentCandidates == null ? List.of() : List.copyOf(presidentCandidates);
        vicePresidentCandidates = vicePresidentCandidates == null ? List.of() : List.copyOf(vicePresidentCandidates);
    }

    /** The most executive directors the Council may elect: one third of its directors, rounded down. */
    public int executiveLimit() {
        return directors.size() / 3;
    }

    /** Every problem, in Chinese and English; empty when the elections may be held. */
    public List<Words> problems() {
        List<Words> problems = new ArrayList<>();
        if (executiveSeats < 1) {
            problems.add(new Words("常务理事应选名额至少为 1，而非 " + executiveSeats + "。",
                    "The executive directors' seats must be at least 1, not " + executiveSeats + "."));
        } else if ((long) executiveSeats * 3 > directors.size()) {
            problems.add(new Words("常务理事 " + executiveSeats + " 名超过理事 " + directors.size() + " 名的三分之一（至多 "
                    + executiveLimit() + " 名）。", executiveSeats + " executive directors for " + directors.size()
                    + " directors exceed one third (at most " + executiveLimit() + ") ("
                    + Composition.EXECUTIVE_LIMIT_CLAUSE + ")."));
        }
        if (vicePresidentSeats < 1) {
            problems.add(new Words("副会长应选名额至少为 1，而非 " + vicePresidentSeats + "。",
                    "The vice presidents' seats must be at least 1, not " + vicePresidentSeats + "."));
        }
        candidates("常务理事", "executive director", executiveSeats, executiveCandidates, problems);
        candidates("会长", "president", 1, presidentCandidates, problems);
        candidates("副会长", "vice president", vicePresidentSeats, vicePresidentCandidates, problems);
        return List.copyOf(problems);
    }

    private void candidates(String chinese, String english, int seats, List<String> candidates, List<Words> problems) {
        if (candidates.size() < Math.max(seats, 1)) {
            problems.add(new Words(chinese + "候选人 " + candidates.size() + " 名，少于应选名额 " + Math.max(seats, 1) + " 名。",
                    candidates.size() + " " + english + " candidates for " + Math.max(seats, 1) + " seats: there must be"
                    + " at least as many candidates as seats."));
        }
        Set<String> seen = new HashSet<>();
        for (String candidate : candidates) {
            String name = candidate == null ? "" : candidate.strip();
            if (!seen.add(name)) {
                problems.add(new Words(chinese + "候选人 " + name + " 重复。", "The " + english + " candidate " + name
                        + " is named twice."));
            } else if (!directors.contains(name)) {
                problems.add(new Words(chinese + "候选人 " + name + " 不是新一届理事会的理事。", "The " + english + " candidate " + name
                        + " is not a director of the new Council (" + FROM_DIRECTORS_CLAUSE + ")."));
            }
        }
    }
}
