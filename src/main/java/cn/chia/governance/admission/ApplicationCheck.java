package cn.chia.governance.admission;

import cn.chia.governance.process.FormFields;
import cn.chia.governance.process.Texts;

import static cn.chia.governance.admission.AdmissionCase.IDENTITY_NUMBER_CONSENT;
import static cn.chia.governance.admission.AdmissionCase.LANGUAGE;
import static cn.chia.governance.admission.AdmissionCase.PRIVACY_CONSENT;
import static cn.chia.governance.admission.AdmissionCase.PRIVACY_NOTICE_VERSION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.chia.governance.admission.AdmissionCase.PrivacyConsent;
import cn.chia.governance.charter.ApplicationRoute;
import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.MembershipApplication;
import cn.chia.governance.config.GovernanceSettings;

/**
 * What the start form, the REST start and the applicants' API check of an application, the branch and the consent to
 * the notice on personal information included.
 */
@Component
public class ApplicationCheck {

    /** The form of an application, whose rules name the lengths of its texts. */
    static final String FORM = "apply-for-membership";

    private final List<GovernanceSettings.Branch> branches;
    private final List<String> branchGroups;
    private final Clock clock;
    private final String noticeVersion;

    ApplicationCheck(GovernanceSettings governance, Clock clock) {
        this.clock = clock;
        this.noticeVersion = governance.privacy().noticeVersion();
        this.branches = governance.branches();
        this.branchGroups = branches.stream().map(GovernanceSettings.Branch::groupId).toList();
    }

    /**
     * The problem {@code problems} names for {@code field} of {@code application}, in {@code language}, with the
     * lengths the form allows, and what is wrong with a person's identity number or a unit's credit code.
     */
    public static String problemText(Texts texts, Language language, String field, MembershipApplication application,
            LocalDate today) {
        Optional<String> number = application.numberProblem(field, today, language);
        if (number.isPresent()) {
            String what = "identityNumber".equals(field) ? "problem.residentIdentityNumber" : "problem." + field;
            return texts.get(language, what) + (language == Language.ZH ? "" : " ") + number.get();
        }
        return problemText(texts, language, field);
    }

    /**
     * The problem {@code problems} names for {@code field} of {@code application}, in {@code language}: as
     * {@link #problemText(Texts, Language, String, MembershipApplication, LocalDate)} does, the version of the notice
     * in force named.
     */
    public String problemText(Texts texts, Language language, String field, MembershipApplication application) {
        return PRIVACY_NOTICE_VERSION.equals(field) ? texts.get(language, "problem." + field, noticeVersion)
                : problemText(texts, language, field, application, today());
    }

    /** The problem {@code problems} names for {@code field}, in {@code language}, with the lengths the form allows. */
    public static String problemText(Texts texts, Language language, String field) {
        FormFields.Field input = FormFields.of(FORM).get(field);
        return input == null ? texts.get(language, "problem." + field)
                : texts.get(language, "problem." + field, input.minLength(), input.maxLength());
    }

    /**
     * Field name to problem, in the order of the form: the application, its way to the Council ({@code branch} is a
     * branch group or null), the consent to the notice on personal information ({@link #consentProblems}) and the
     * language the applicant reads (none: Chinese, zh or en).
     */
    public Map<String, String> problems(MembershipApplication application, PrivacyConsent consent, String branch,
            Object language) {
        Map<String, String> problems = application.problems(today());
        problems.putAll(new ApplicationRoute(application.applicantKind(), branch, branchGroups).problems());
        problems.putAll(consentProblems(application.applicantKind(), consent));
        try {
            Language.of(language);
        } catch (IllegalArgumentException unknown) {
            problems.put(LANGUAGE, "Choose the language of the letters: zh (Chinese) or en (English).");
        }
        return problems;
    }

    /**
     * What is wrong with the consent to the notice on personal information (docs/security.md, "Personal information"):
     * it must be given, to the notice in force ({@code governance.privacy.notice-version}), and, when a person or a
     * foreign expert gives an identity or passport number (sensitive personal information, PIPL art. 28, 29),
     * separately for that number. A unit gives no such number and needs no such consent.
     */
    public Map<String, String> consentProblems(String applicantKind, PrivacyConsent consent) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!Boolean.TRUE.equals(consent.consented())) {
            problems.put(PRIVACY_CONSENT, "Read the notice on personal information and consent to it: without the"
                    + " consent no application is received.");
        }
        if (!Objects.equals(noticeVersion, consent.noticeVersion())) {
            problems.put(PRIVACY_NOTICE_VERSION, (consent.noticeVersion() == null
                    ? "Name the version of the notice on personal information that was consented to."
                    : "The notice on personal information has changed since it was consented to.")
                    + " Read the notice in force, version " + noticeVersion + ", and consent to it.");
        }
        boolean givesIdentityNumber = MembershipApplication.INDIVIDUAL.equals(applicantKind)
                || MembershipApplication.FOREIGN.equals(applicantKind);
        if (givesIdentityNumber && !Boolean.TRUE.equals(consent.identityNumberConsent())) {
            problems.put(IDENTITY_NUMBER_CONSENT, "Consent separately to the processing of the identity document"
                    + " number (sensitive personal information): without it no application with a resident identity or"
                    + " passport number is received.");
        }
        return problems;
    }

    /** The version of the notice on personal information in force. */
    public String noticeVersion() {
        return noticeVersion;
    }

    /** The time of an application, by the engine's clock. */
    java.util.Date now() {
        return java.util.Date.from(clock.instant());
    }

    /** The day of an application, by the engine's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    List<String> branchGroups() {
        return branchGroups;
    }

    /** The name of the branch whose group this is ("北京分支机构 Beijing Branch"); null for none. */
    String branchName(String branchGroup) {
        return branches.stream().filter(b -> b.groupId().equals(branchGroup)).map(GovernanceSettings.Branch::name)
                .findFirst().orElse(null);
    }
}
