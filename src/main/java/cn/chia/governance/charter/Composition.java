package cn.chia.governance.charter;

import java.util.ArrayList;
import java.util.List;

/**
 * The composition rules of the Council and the Standing Council. Static methods; integer arithmetic only.
 * Bad numbers (negative, a part larger than the whole, no directors) are refused with {@link InvalidTallyException}.
 */
public final class Composition {

    public static final String EXECUTIVE_LIMIT_CLAUSE = "Standing Council: executive directors at most one third of directors";
    public static final String FRONT_LINE_DIRECTORS_CLAUSE = "Council: three quarters of directors front-line scientific workers";
    public static final String FRONT_LINE_EXECUTIVES_CLAUSE = "Standing Council: two thirds of executive directors front-line scientific workers";
    public static final String RENEWAL_CLAUSE = "Council: at least one third of directors replaced each term";

    private Composition() {
    }

    /** ok iff executive directors do not exceed one third of the directors ({@code executives * 3 <= directors}). */
    public static CompositionCheck standingCouncilWithinLimit(int directors, int executiveDirectors) {
        requireWhole(directors, "directors");
        requirePart(executiveDirectors, "executive directors", directors, "directors");
        long limit = directors / 3;
        boolean ok = (long) executiveDirectors * 3 <= (long) directors;
        String reason = executiveDirectors + " executive directors for " + directors + " directors: "
                + (ok ? "within" : "exceeds") + " the limit of one third (at most " + limit + ").";
        return new CompositionCheck(ok, reason, EXECUTIVE_LIMIT_CLAUSE);
    }

    /** ok iff at least three quarters of the directors are front-line scientific workers ({@code frontLine * 4 >= directors * 3}). */
    public static CompositionCheck frontLineDirectorsSufficient(int directors, int frontLine) {
        requireWhole(directors, "directors");
        requirePart(frontLine, "front-line directors", directors, "directors");
        return atLeast(frontLine, directors, Fraction.THREE_QUARTERS, "directors are front-line scientific workers",
                FRONT_LINE_DIRECTORS_CLAUSE);
    }

    /** ok iff at least two thirds of the executive directors are front-line scientific workers ({@code frontLine * 3 >= executives * 2}). */
    public static CompositionCheck frontLineExecutivesSufficient(int executives, int frontLine) {
        requireWhole(executives, "executive directors");
        requirePart(frontLine, "front-line executive directors", executives, "executive directors");
        return atLeast(frontLine, executives, Fraction.TWO_THIRDS, "executive directors are front-line scientific workers",
                FRONT_LINE_EXECUTIVES_CLAUSE);
    }

    /** ok iff at least one third of the directors were replaced at the change of term ({@code replaced * 3 >= directors}). */
    public static CompositionCheck renewalSufficient(int directors, int replaced) {
        requireWhole(directors, "directors");
        requirePart(replaced, "replaced directors", directors, "directors");
        return atLeast(replaced, directors, Fraction.ONE_THIRD, "directors replaced", RENEWAL_CLAUSE);
    }

    /**
     * The composition rules that apply to a Council of {@code directors}, of whom {@code executives} sit on the
     * Standing Council: the executive limit and the front-line shares; the Standing Council's share only when it
     * has members. Empty for a Council without directors.
     */
    public static List<CompositionCheck> ofCouncil(int directors, int executives, int frontLineDirectors,
            int frontLineExecutives) {
        if (directors == 0) {
            return List.of();
        }
        List<CompositionCheck> checks = new ArrayList<>();
        checks.add(standingCouncilWithinLimit(directors, executives));
        checks.add(frontLineDirectorsSufficient(directors, frontLineDirectors));
        if (executives > 0) {
            checks.add(frontLineExecutivesSufficient(executives, frontLineExecutives));
        }
        return List.copyOf(checks);
    }

    private static CompositionCheck atLeast(int part, int whole, Fraction fraction, String what, String clause) {
        Rule rule = new Rule(clause, fraction, Base.SEATS, clause);
        int required = rule.requiredCount(whole, Comparison.AT_LEAST);
        boolean ok = rule.isMetBy(part, whole, Comparison.AT_LEAST);
        String reason = part + " of " + whole + " " + what + "; at least " + fraction.words() + " requires at least " + required + ".";
        return new CompositionCheck(ok, reason, clause);
    }

    private static void requireWhole(int whole, String noun) {
        if (whole < 1) {
            throw new InvalidTallyException("The number of " + noun + " must be at least 1: " + whole + ".");
        }
    }

    private static void requirePart(int part, String partNoun, int whole, String wholeNoun) {
        if (part < 0) {
            throw new InvalidTallyException("The number of " + partNoun + " cannot be negative: " + part + ".");
        }
        if (part > whole) {
            throw new InvalidTallyException("There cannot be more " + partNoun + " (" + part + ") than " + wholeNoun + " (" + whole + ").");
        }
    }
}
