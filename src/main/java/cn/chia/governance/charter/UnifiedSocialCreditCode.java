package cn.chia.governance.charter;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The unified social credit code (统一社会信用代码) that identifies a unit applying for unit membership (the
 * charter's membership conditions, "2. Unit members": legally established enterprises, institutions and social
 * organisations): GB 32100-2015, 18 characters of the alphabet {@code 0-9 A-H J-N P-R T-U W-Y} (no I, O, S, V, Z):
 * the registration authority, the kind of unit, 6 digits of the administrative division, the 9 characters of the
 * organisation code and a check character. Each of the first 17 characters counts as its place in the alphabet
 * (0 to 30), weighted {@code 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28}; the check character is the one at
 * {@code 31 - sum mod 31}, where 31 is 0.
 */
public final class UnifiedSocialCreditCode {

    /** The clause this rule implements. */
    public static final String CLAUSE = "GB 32100-2015 (法人和其他组织统一社会信用代码编码规则)";

    /** What may be wrong with a unified social credit code, in the order the check finds it. */
    public enum Problem {
        /** Not 18 characters of the code's alphabet, the 3rd to 8th digits. */
        FORM("须为 18 位数字或大写字母（不含 I、O、S、V、Z），第 3 至 8 位为数字。",
                "It must be 18 digits or capital letters (not I, O, S, V or Z), its 3rd to 8th characters digits."),
        /** The 18th character is not the one the first 17 give. */
        CHECK_CHARACTER("末位校验码不符，请核对代码。", "Its last character (the check character) does not match: check the code.");

        private final String chinese;
        private final String english;

        Problem(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        public String in(Language language) {
            return language == Language.ZH ? chinese : english;
        }
    }

    /** The 31 characters of the code, each counting as its place. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final Pattern FORM = Pattern.compile("^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$");
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    /** The first problem of {@code code}, or none when it is a unified social credit code. */
    public static Optional<Problem> problem(String code) {
        String text = code == null ? "" : code.strip();
        if (!FORM.matcher(text).matches()) {
            return Optional.of(Problem.FORM);
        }
        if (checkCharacter(text.substring(0, 17)) != text.charAt(17)) {
            return Optional.of(Problem.CHECK_CHARACTER);
        }
        return Optional.empty();
    }

    /** The check character of the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new Unacceptable("应为 17 个字符：" + first17 + "。", "17 characters expected: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new Unacceptable("统一社会信用代码中没有字符 " + first17.charAt(i) + "。",
                        "Not a character of a unified social credit code: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
