package cn.chia.governance.register;

/**
 * How an identity document number and a telephone number are shown to whoever's work does not need them: the middle
 * replaced by {@code *}, as many as it has characters, so that the number is recognised but not read. A resident
 * identity number keeps its first 6 (the place of registration) and last 4 characters, {@code 110105********1239};
 * a telephone number its first 3 and last 4, {@code 138****5678}. A value too short for that keeps less, so that at
 * least 4 characters (all of a value of 4 or fewer) are always hidden: a passport number {@code E12345678} reads
 * {@code E12****78}. Plain Java, no framework: the one rule, used wherever a number is shown
 * (docs/security.md, "Personal information").
 */
public final class Masking {

    /** The character that stands for a hidden one. */
    public static final char HIDDEN = '*';
    /** No masked value shows fewer hidden characters than this (unless it is shorter). */
    static final int LEAST_HIDDEN = 4;

    private Masking() {
    }

    /** An identity document number (resident identity card, passport) masked; null stays null. */
    public static String identityNumber(String number) {
        return mask(number, 6, 4);
    }

    /** A telephone number masked; null stays null. */
    public static String phone(String number) {
        return mask(number, 3, 4);
    }

    /** Whether {@code value} is shown masked (has a hidden character). */
    public static boolean isMasked(String value) {
        return value != null && value.indexOf(HIDDEN) >= 0;
    }

    /**
     * {@code value} without its surrounding spaces, with all but at most {@code front} leading and {@code back}
     * trailing characters hidden, and never fewer than {@link #LEAST_HIDDEN} hidden; a blank value is returned
     * unchanged. A masked value masked again stays as it is.
     */
    static String mask(String value, int front, int back) {
        if (value == null || value.isBlank()) {
            return value;
        }
        int[] characters = value.strip().codePoints().toArray();
        int length = characters.length;
        int hidden = Math.min(length, Math.max(LEAST_HIDDEN, length - front - back));
        int shown = length - hidden;
        int end = Math.min(back, shown / 2);
        int start = Math.min(front, shown - end);
        end = shown - start;
        StringBuilder masked = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            if (i < start || i >= length - end) {
                masked.appendCodePoint(characters[i]);
            } else {
                masked.append(HIDDEN);
            }
        }
        return masked.toString();
    }
}
