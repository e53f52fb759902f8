package cn.chia.governance.charter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A resident identity number (居民身份证号码) of the People's Republic of China, by which a person applying for
 * individual membership is identified (the charter's membership conditions, "1. Individual members", ask who applies):
 * GB 11643-1999, 18 characters: 6 digits of the address code, 8 of the date of birth (yyyyMMdd), 3 of the
 * sequence code and the check character computed by ISO 7064 MOD 11-2, with weights {@code 7 9 10 5 8 4 2 1 6 3 7 9
 * 10 5 8 4 2} and the characters {@code 1 0 X 9 8 7 6 5 4 3 2} for the remainders 0 to 10. The date of birth must
 * be a date of the calendar (no month 13, no 30 February) and not after today. A lower-case x is read as X.
 */
public final class ResidentIdentityNumber {

    /** The clause this rule implements. */
    public static final String CLAUSE = "GB 11643-1999 (公民身份号码 citizen identity number), ISO 7064 MOD 11-2";

    /** What may be wrong with a resident identity number, in the order the check finds it. */
    public enum Problem {
        /** Not 18 characters of 17 digits and a digit or X. */
        FORM("须为 18 位：17 位数字加 1 位数字或 X。", "It must be 18 characters: 17 digits and a digit or X."),
        /** The 7th to 14th characters are not a date of the calendar, or a date after today. */
        BIRTH_DATE("第 7 至 14 位的出生日期不是真实日期或晚于今天。",
                "Its 7th to 14th characters are not a real date of birth, or a date after today."),
        /** The 18th character is not the one the first 17 give. */
        CHECK_DIGIT("末位校验码不符，请核对号码。", "Its last character (the check digit) does not match: check the number.");

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

    private static final Pattern FORM = Pattern.compile("^[0-9]{17}[0-9X]$");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentIdentityNumber() {
    }

    /** The first problem of {@code number} on {@code today}, or none when it is a resident identity number. */
    public static Optional<Problem> problem(String number, LocalDate today) {
        String text = normal(number);
        if (!FORM.matcher(text).matches()) {
            return Optional.of(Problem.FORM);
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(text.substring(6, 10)), Integer.parseInt(text.substring(10, 12)),
                    Integer.parseInt(text.substring(12, 14)));
        } catch (DateTimeException notADate) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        if (birth.isAfter(today) || birth.getYear() < 1850) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        if (checkCharacter(text.substring(0, 17)) != text.charAt(17)) {
            return Optional.of(Problem.CHECK_DIGIT);
        }
        return Optional.empty();
    }

    /** The check character of the first 17 digits: ISO 7064 MOD 11-2 with the weights of GB 11643-1999. */
    public static char checkCharacter(String first17) {
        if (first17 == null || !first17.matches("[0-9]{17}")) {
            throw new Unacceptable("应为 17 位数字：" + first17 + "。", "17 digits expected: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    /** The number as it is kept: without surrounding spaces, a lower-case x as X. */
    public static String normal(String number) {
        return number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
