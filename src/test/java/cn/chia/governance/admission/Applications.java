package cn.chia.governance.admission;

import static cn.chia.governance.admission.AdmissionCase.APPLICANT_KIND;
import static cn.chia.governance.admission.AdmissionCase.APPLICANT_NAME;
import static cn.chia.governance.admission.AdmissionCase.BRANCH;
import static cn.chia.governance.admission.AdmissionCase.CREDIT_CODE;
import static cn.chia.governance.admission.AdmissionCase.EMAIL;
import static cn.chia.governance.admission.AdmissionCase.FIELD;
import static cn.chia.governance.admission.AdmissionCase.IDENTITY_NUMBER;
import static cn.chia.governance.admission.AdmissionCase.IDENTITY_NUMBER_CONSENT;
import static cn.chia.governance.admission.AdmissionCase.LANGUAGE;
import static cn.chia.governance.admission.AdmissionCase.ORGANISATION;
import static cn.chia.governance.admission.AdmissionCase.PHONE;
import static cn.chia.governance.admission.AdmissionCase.PRIVACY_CONSENT;
import static cn.chia.governance.admission.AdmissionCase.PRIVACY_NOTICE_VERSION;
import static cn.chia.governance.admission.AdmissionCase.STATEMENT;
import static cn.chia.governance.admission.AdmissionCase.SUPPORTS_CHARTER;
import static cn.chia.governance.admission.AdmissionCase.WILLING_TO_JOIN;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import cn.chia.governance.charter.MembershipApplication;
import cn.chia.governance.charter.ResidentIdentityNumber;
import cn.chia.governance.charter.UnifiedSocialCreditCode;
import cn.chia.governance.config.GovernanceSettings;

/**
 * Applications for membership as tests send them: to the start of {@code membership-admission}, to the applicants'
 * API, or to the engine's REST API. Each application is complete and may be received; its identity number or credit
 * code is one no other application of this JVM (nor, by the clock, of a run before) has, so that none is refused as a
 * second open application unless a test says so. It carries the consent to the notice on personal information in force
 * ({@link #NOTICE_VERSION}) and, from a person or a foreign expert, the separate consent for the identity number.
 * <pre>
 * Applications.aPerson("Zhang San").withBranch("branch-beijing").build()
 * Applications.aForeignExpert("John Smith").inEnglish().build()
 * </pre>
 */
public final class Applications {

    /** The version of the notice on personal information in force (application.yaml, the setting's default). */
    public static final String NOTICE_VERSION = new GovernanceSettings.Privacy(null, null, null, null, null).noticeVersion();

    private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 1000);

    private Applications() {
    }

    /** A person (INDIVIDUAL) with a resident identity number of its own. */
    public static Builder aPerson(String name) {
        return new Builder(MembershipApplication.INDIVIDUAL, name).withIdentityNumber(residentIdentityNumber())
                .with(IDENTITY_NUMBER_CONSENT, true);
    }

    /** A unit (UNIT) with a unified social credit code of its own. */
    public static Builder aUnit(String name) {
        return new Builder(MembershipApplication.UNIT, name).withCreditCode(creditCode());
    }

    /**
     * A resident identity number no other of this JVM (nor, by the clock, of a run before) has, with a real date of
     * birth between 1950 and 2004 and its check digit (GB 11643-1999): the counter spread over the address code, the
     * day of birth and the sequence code.
     */
    public static String residentIdentityNumber() {
        long n = NEXT.incrementAndGet();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n % 20_000);
        String first17 = String.format("%06d%s%03d", 110_000 + (n / 20_000_000L) % 800_000,
                birth.format(DateTimeFormatter.BASIC_ISO_DATE), (n / 20_000) % 1000);
        return first17 + ResidentIdentityNumber.checkCharacter(first17);
    }

    /** A unified social credit code no other of this JVM has, with its check character (GB 32100-2015). */
    public static String creditCode() {
        String first17 = "91110000" + String.format("%09d", NEXT.incrementAndGet() % 1_000_000_000L);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    /** A foreign expert (FOREIGN), who applies directly, with a passport number of its own. */
    public static Builder aForeignExpert(String name) {
        return new Builder(MembershipApplication.FOREIGN, name)
                .withIdentityNumber("P" + String.format("%012d", NEXT.incrementAndGet())).with(IDENTITY_NUMBER_CONSENT, true);
    }

    /** An application; each {@link #build()} gives a new map of what it holds then. */
    public static final class Builder {

        private final Map<String, Object> variables = new LinkedHashMap<>();

        private Builder(String kind, String name) {
            variables.put(APPLICANT_KIND, kind);
            variables.put(APPLICANT_NAME, name);
            variables.put(EMAIL, "applicant@example.org");
            variables.put(PHONE, "+86 10 6851 2345");
            variables.put(ORGANISATION, "China Academy of Space Technology");
            variables.put(FIELD, "Aerospace materials");
            variables.put(STATEMENT, "Led the development of heat-resistant composites used in three launch vehicles.");
            variables.put(SUPPORTS_CHARTER, true);
            variables.put(WILLING_TO_JOIN, true);
            variables.put(PRIVACY_CONSENT, true);
            variables.put(PRIVACY_NOTICE_VERSION, NOTICE_VERSION);
        }

        /** Recommended by (or to be recommended by) the branch, a group id such as {@code branch-beijing}. */
        public Builder withBranch(String branch) {
            return with(BRANCH, branch);
        }

        /** The applicant reads English ({@code en}); without it, no language is sent and the applicant reads Chinese. */
        public Builder inEnglish() {
            return inLanguage("en");
        }

        public Builder inLanguage(String language) {
            return with(LANGUAGE, language);
        }

        public Builder named(String name) {
            return with(APPLICANT_NAME, name);
        }

        public Builder withIdentityNumber(String identityNumber) {
            return with(IDENTITY_NUMBER, identityNumber);
        }

        public Builder withCreditCode(String creditCode) {
            return with(CREDIT_CODE, creditCode);
        }

        public Builder withEmail(String email) {
            return with(EMAIL, email);
        }

        public Builder withStatement(String statement) {
            return with(STATEMENT, statement);
        }

        /** Any value for any variable, a wrong one too (a test of what is refused). */
        public Builder with(String name, Object value) {
            variables.put(name, value);
            return this;
        }

        /** Leaves the variable out. */
        public Builder without(String name) {
            variables.remove(name);
            return this;
        }

        /** The variables (or the applicants' API's JSON body), a new map the test may change. */
        public Map<String, Object> build() {
            return new HashMap<>(variables);
        }

        /** As the engine's REST API takes them: {@code {"value": …, "type": …}} per variable. */
        public Map<String, Object> asRestVariables() {
            Map<String, Object> rest = new HashMap<>();
            variables.forEach((name, value) -> {
                Map<String, Object> variable = new HashMap<>();
                variable.put("value", value);
                if (value instanceof Boolean || value instanceof String) {
                    variable.put("type", value.getClass().getSimpleName());
                }
                rest.put(name, variable);
            });
            return rest;
        }
    }
}
