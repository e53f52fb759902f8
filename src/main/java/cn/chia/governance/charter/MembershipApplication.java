package cn.chia.governance.charter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An application for membership as the charter's membership conditions ask for it: who applies
 * (a person, or a unit with its unified social credit code), contact, field and organisation, the
 * statement of influence in the field, support of the charter and the will to join.
 * {@link #problems()} names every field that is missing or malformed, in words for the applicant.
 */
public record MembershipApplication(String applicantKind, String applicantName, String email, String phone,
        String identityNumber, String creditCode, String organisation, String field, String statement,
        Boolean supportsCharter, Boolean willingToJoin) {

    public static final String INDIVIDUAL = "INDIVIDUAL";
    public static final String UNIT = "UNIT";
    public static final String FOREIGN = "FOREIGN";

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 -]{5,19}$");
    private static final Pattern IDENTITY_DOCUMENT = Pattern.compile("^[A-Za-z0-9]{6,32}$");
    /** GB 32100-2015: 18 characters of digits and capitals without I, O, Z, S, V. */
    private static final Pattern CREDIT_CODE = Pattern.compile("^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$");

    /** Field name to problem, in the order of the form; empty when the application may be received. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (applicantKind == null || !List.of(INDIVIDUAL, UNIT, FOREIGN).contains(applicantKind)) {
            problems.put("applicantKind", "Choose whether a person (INDIVIDUAL), a unit (UNIT) or a foreign expert (FOREIGN) applies.");
        }
        text(problems, "applicantName", applicantName, 2, 100, false, "the name of the applicant");
        if (blank(email)) {
            problems.put("email", "Enter an e-mail address.");
        } else if (!EMAIL.matcher(email).matches() || Text.problem(email, 254, false) != null) {
            problems.put("email", "Enter a valid e-mail address, such as name@example.org.");
        }
        if (blank(phone)) {
            problems.put("phone", "Enter a telephone number.");
        } else if (!PHONE.matcher(phone).matches()) {
            problems.put("phone", "Enter a telephone number of 6 to 20 digits, spaces or hyphens, optionally starting with +.");
        }
        if (UNIT.equals(applicantKind)) {
            if (blank(creditCode) || !CREDIT_CODE.matcher(creditCode).matches()) {
                problems.put("creditCode", "Enter the unit's unified social credit code: 18 characters, digits and capital letters.");
            }
        } else if (blank(identityNumber) || !IDENTITY_DOCUMENT.matcher(identityNumber).matches()) {
            problems.put("identityNumber", "Enter the number of the identity document: 6 to 32 letters and digits.");
        }
        text(problems, "organisation", organisation, 2, 200, false, "the organisation");
        text(problems, "field", field, 2, 100, false, "the field of work");
        text(problems, "statement", statement, 20, 4000, true, "a statement of the applicant's influence in the field");
        if (!Boolean.TRUE.equals(supportsCharter)) {
            problems.put("supportsCharter", "A member must support the Articles of Association (membership condition 1).");
        }
        if (!Boolean.TRUE.equals(willingToJoin)) {
            problems.put("willingToJoin", "A member must be willing to join the Association (membership condition 2).");
        }
        return problems;
    }

    /** The document that identifies the applicant: the credit code of a unit, the identity number of a person. */
    public String identifyingNumber() {
        return UNIT.equals(applicantKind) ? creditCode : identityNumber;
    }

    /** {@code lines}: a multi-line field (a textarea of the form), where line breaks and tabs are text. */
    private static void text(Map<String, String> problems, String key, String value, int min, int max, boolean lines,
            String what) {
        if (blank(value)) {
            problems.put(key, "Enter " + what + ".");
        } else if (value.strip().length() < min || value.length() > max) {
            problems.put(key, "Enter " + what + " in " + min + " to " + max + " characters.");
        } else if (value.chars().anyMatch(c -> (Character.isISOControl(c) || c == '\u2028' || c == '\u2029')
                && !(lines && (c == '\n' || c == '\r' || c == '\t')))) {
            problems.put(key, "Remove the control characters" + (lines ? "" : " and line breaks") + " from " + what + ".");
        } else if (Text.problem(value, max, lines) != null) {
            problems.put(key, "Enter " + what + " as plain text, without markup such as <script>.");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
