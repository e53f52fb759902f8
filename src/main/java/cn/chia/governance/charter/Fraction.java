package cn.chia.governance.charter;

/** A fraction of the charter, such as 2/3. Requires 1 <= denominator and 0 <= numerator <= denominator. */
public record Fraction(int numerator, int denominator) {

    public static final Fraction ONE_HALF = new Fraction(1, 2);
    public static final Fraction ONE_THIRD = new Fraction(1, 3);
    public static final Fraction TWO_THIRDS = new Fraction(2, 3);
    public static final Fraction THREE_QUARTERS = new Fraction(3, 4);
    public static final Fraction FOUR_FIFTHS = new Fraction(4, 5);

    private static final String[] CARDINALS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
    private static final String[] CHINESE_NUMERALS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final String[] ORDINALS = {null, null, "half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"};

    public Fraction {
        if (denominator < 1 || numerator < 0 || numerator > denominator) {
            throw new Unacceptable("不是章程的分数：" + numerator + "/" + denominator + "。",
                    "Not a charter fraction: " + numerator + "/" + denominator);
        }
    }

    /** In words: "one half", "two thirds", "four fifths", "one third", "three quarters"; otherwise "7/12". */
    public String words() {
        if (denominator < 2 || denominator >= ORDINALS.length || numerator < 1) {
            return numerator + "/" + denominator;
        }
        String ordinal = ORDINALS[denominator];
        if (numerator > 1) {
            ordinal = "half".equals(ordinal) ? "halves" : ordinal + "s";
        }
        return CARDINALS[numerator] + " " + ordinal;
    }

    /** In Chinese: "二分之一", "三分之二", "五分之四"; otherwise "7/12". */
    public String chineseWords() {
        if (denominator < 2 || denominator >= CHINESE_NUMERALS.length || numerator < 1) {
            return numerator + "/" + denominator;
        }
        return CHINESE_NUMERALS[denominator] + "分之" + CHINESE_NUMERALS[numerator];
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
