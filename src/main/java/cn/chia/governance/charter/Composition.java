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

    private static final Words DIRECTORS = new Words("理事", "directors");
    private static final Words EXECUTIVES = new Words("常务理事", "executive directors");

    private Composition() {
    }

    /** ok iff executive directors do not exceed one third of the directors ({@code executives * 3 <= directors}). */
    public static CompositionCheck standingCouncilWithinLimit(int directors, int executiveDirectors) {
        requireWhole(directors, DIRECTORS);
        requirePart(executiveDirectors, EXECUTIVES, directors, DIRECTORS);
        boolean ok = (long) executiveDirectors * 3 <= (long) directors;
        return new CompositionCheck(ok, limit(executiveDirectors, directors), EXECUTIVE_LIMIT_CLAUSE);
    }

    /** "31 executive directors for 90 directors: exceeds the limit of one third (at most 30)." */
    static Words limit(int executiveDirectors, int directors) {
        boolean ok = (long) executiveDirectors * 3 <= (long) directors;
        long limit = directors / 3;
        return new Words("常务理事 " + executiveDirectors + " 名，理事 " + directors + " 名：" + (ok ? "未超过" : "超过")
                + "理事人数三分之一的上限（至多 " + limit + " 名）。", executiveDirectors + " executive directors for "
                + directors + " directors: " + (ok ? "within" : "exceeds") + " the limit of one third (at most " + limit + ").");
    }

    /** ok iff at least three quarters of the directors are front-line scientific workers ({@code frontLine * 4 >= directors * 3}). */
    public static CompositionCheck frontLineDirectorsSufficient(int directors, int frontLine) {
        requireWhole(directors, DIRECTORS);
        requirePart(frontLine, new Words("一线理事", "front-line directors"), directors, DIRECTORS);
        return atLeast(frontLine, directors, Fraction.THREE_QUARTERS, new Words("理事", "directors"),
                new Words("为一线科技工作者", "are front-line scientific workers"), FRONT_LINE_DIRECTORS_CLAUSE);
    }

    /** ok iff at least two thirds of the executive directors are front-line scientific workers ({@code frontLine * 3 >= executives * 2}). */
    public static CompositionCheck frontLineExecutivesSufficient(int executives, int frontLine) {
        requireWhole(executives, EXECUTIVES);
        requirePart(frontLine, new Words("一线常务理事", "front-line executive directors"), executives, EXECUTIVES);
        return atLeast(frontLine, executives, Fraction.TWO_THIRDS, new Words("常务理事", "executive directors"),
                new Words("为一线科技工作者", "are front-line scientific workers"), FRONT_LINE_EXECUTIVES_CLAUSE);
    }

    /** ok iff at least one third of the directors were replaced at the change of term ({@code replaced * 3 >= directors}). */
    public static CompositionCheck renewalSufficient(int directors, int replaced) {
        requireWhole(directors, DIRECTORS);
        requirePart(replaced, new Words("更换的理事", "replaced directors"), directors, DIRECTORS);
        return atLeast(replaced, directors, Fraction.ONE_THIRD, new Words("理事", "directors"), new Words("已更换", "replaced"),
                RENEWAL_CLAUSE);
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

    /** "75 of 100 directors are front-line scientific workers; …" and "100 名理事中 75 名为一线科技工作者；…". */
    private static CompositionCheck atLeast(int part, int whole, Fraction fraction, Words noun, Words what, String clause) {
        Rule rule = new Rule(clause, fraction, Base.SEATS, clause);
        int required = rule.requiredCount(whole, Comparison.AT_LEAST);
        boolean ok = rule.isMetBy(part, whole, Comparison.AT_LEAST);
        Words reason = new Words(whole + " 名" + noun.zh() + "中 " + part + " 名" + what.zh() + "；不少于" + fraction.chineseWords()
                + "需至少 " + required + " 名。", part + " of " + whole + " " + noun.en() + " " + what.en() + "; at least "
                + fraction.words() + " requires at least " + required + ".");
        return new CompositionCheck(ok, reason, clause);
    }

    private static void requireWhole(int whole, Words noun) {
        if (whole < 1) {
            throw new InvalidTallyException(noun.zh() + "人数至少为 1：" + whole + "。",
                    "The number of " + noun.en() + " must be at least 1: " + whole + ".");
        }
    }

    private static void requirePart(int part, Words partNoun, int whole, Words wholeNoun) {
        if (part < 0) {
            throw new InvalidTallyException(partNoun.zh() + "人数不能为负数：" + part + "。",
                    "The number of " + partNoun.en() + " cannot be negative: " + part + ".");
        }
        if (part > whole) {
            throw new InvalidTallyException(partNoun.zh() + "（" + part + " 名）不能多于" + wholeNoun.zh() + "（" + whole + " 名）。",
                    "There cannot be more " + partNoun.en() + " (" + part + ") than " + wholeNoun.en() + " (" + whole + ").");
        }
    }
}
