package cn.chia.governance.charter;

import java.util.Objects;

/**
 * A threshold of the charter: a fraction of the seats or of those present, naming its clause.
 * {@code body} only supplies the member noun for {@link #describe}; it may be null ("members").
 */
public record Rule(String name, Fraction fraction, Base base, String clause, Body body) {

    public Rule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fraction, "fraction");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(clause, "clause");
    }

    /** A rule not tied to a body; {@link #describe} then speaks of "members". */
    public Rule(String name, Fraction fraction, Base base, String clause) {
        this(name, fraction, base, clause, null);
    }

    /**
     * The smallest count that meets the rule against {@code baseCount}.
     * May exceed {@code baseCount} when the rule cannot be met (e.g. "more than" of 0).
     *
     * @throws IllegalArgumentException if baseCount is negative
     * @throws ArithmeticException if the result does not fit an int
     */
    public int requiredCount(long baseCount, Comparison comparison) {
        requireBase(baseCount);
        Objects.requireNonNull(comparison, "comparison");
        long num = fraction.numerator();
        long den = fraction.denominator();
        // baseCount * num / den without overflow: split baseCount = q * den + r
        long whole = Math.multiplyExact(baseCount / den, num);
        long rest = (baseCount % den) * num;
        long floor = whole + rest / den;
        boolean exact = rest % den == 0;
        long required = switch (comparison) {
            case MORE_THAN -> floor + 1;
            case AT_LEAST -> exact ? floor : floor + 1;
        };
        return Math.toIntExact(required);
    }

    /**
     * Whether {@code count} meets the rule against {@code baseCount}, by cross-multiplication
     * ({@code count * den > baseCount * num}, or {@code >=} for AT_LEAST).
     */
    public boolean isMetBy(long count, long baseCount, Comparison comparison) {
        requireBase(baseCount);
        Objects.requireNonNull(comparison, "comparison");
        long left = Math.multiplyExact(count, (long) fraction.denominator());
        long right = Math.multiplyExact(baseCount, (long) fraction.numerator());
        return switch (comparison) {
            case MORE_THAN -> left > right;
            case AT_LEAST -> left >= right;
        };
    }

    /** E.g. "more than two thirds of the directors present" or "at least two thirds of the directors". */
    public String describe(Comparison comparison) {
        String noun = body == null ? "members" : body.memberNoun();
        return comparison.words() + " " + fraction.words() + " of the " + noun + (base == Base.PRESENT ? " present" : "");
    }

    /** E.g. "出席理事的超过三分之二" or "全体理事的至少三分之二". */
    public String describeInChinese(Comparison comparison) {
        String noun = body == null ? "会员" : body.chineseMemberNoun();
        return (base == Base.PRESENT ? "出席" : "全体") + noun + "的" + comparison.chineseWords() + fraction.chineseWords();
    }

    private static void requireBase(long baseCount) {
        if (baseCount < 0) {
            throw new Unacceptable("计算基数不能为负数：" + baseCount + "。", "The base count cannot be negative: " + baseCount);
        }
    }
}
