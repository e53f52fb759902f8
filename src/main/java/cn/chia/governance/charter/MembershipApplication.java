package cn.chia.governance.charter;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An application for membership as the charter's membership conditions ask for it: who applies
 * (a person, or a unit with its unified social credit code), contact, field and organisation, the
 * statement of influence in the field, support of the charter and the will to join.
 * {@link #problems(LocalDate)} names every field that is missing or malformed, in words for the applicant.
 * A person is identified by the resident identity number ({@link ResidentIdentityNumber}, GB 11643-1999), a unit by
 * its unified social credit code ({@link UnifiedSocialCreditCode}, GB 32100-2015), a foreign expert by the number of
 * a passport or other identity document. A person's identity number is kept with a capital X.
 */
public record MembershipApplication(String applicantKind, String applicantName, String email, String phone,
        String identityNumber, String creditCode, String organisation, String field, String statement,
        Boolean supportsCharter, Boolean willingToJoin) {

    public MembershipApplication {
        if (INDIVIDUAL.equals(applicantKind) && identityNumber != null) {
            identityNumber = ResidentIdentityNumber.normal(identityNumber);
        }
    }

    public static final String INDIVIDUAL = "INDIVIDUAL";
    public static final String UNIT = "UNIT";
    public static final String FOREIGN = "FOREIGN";

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 -]{5,19}$");
    private static final Pattern IDENTITY_DOCUMENT = Pattern.compile("^[A-Za-z0-9]{6,32}$");

    /**
     * Field name to problem, in the order of the form; empty when the application may be received. {@code today}: the
     * day of the application, after which no date of birth lies.
     */
    public Map<String, String> problems(LocalDate today) {
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
            numberProblem("creditCode", today, Language.EN)
                    .ifPresent(problem -> problems.put("creditCode", "Enter the unit's unified social credit code. " + problem));
        } else if (INDIVIDUAL.equals(applicantKind)) {
            numberProblem("identityNumber", today, Language.EN).ifPresent(problem -> problems.put("identityNumber",
                    "Enter the person's resident identity number. " + problem));
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

    /**
     * What is wrong with the number that identifies a person ({@code identityNumber}, GB 11643-1999) or a unit
     * ({@code creditCode}, GB 32100-2015), in {@code language}; none for a correct number, another field or another
     * kind of applicant (a foreign expert's document is only checked for its form).
     */
    public Optional<String> numberProblem(String field, LocalDate today, Language language) {
        if ("identityNumber".equals(field) && INDIVIDUAL.equals(applicantKind)) {
            return ResidentIdentityNumber.problem(identityNumber, today).map(problem -> problem.in(language));
        }
        if ("creditCode".equals(field) && UNIT.equals(applicantKind)) {
            return UnifiedSocialCreditCode.problem(creditCode).map(problem -> problem.in(language));
        }
        return Optional.empty();
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
