package cn.chia.governance.admission;

import cn.chia.governance.process.FormFields;
import cn.chia.governance.process.Texts;

import static cn.chia.governance.admission.AdmissionCase.LANGUAGE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.chia.governance.charter.ApplicationRoute;
import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.MembershipApplication;
import cn.chia.governance.config.GovernanceSettings;

/** What the start form, the REST start and the applicants' API check of an application, the branch included. */
@Component
public class ApplicationCheck {

    /** The form of an application, whose rules name the lengths of its texts. */
    static final String FORM = "apply-for-membership";

    private final List<GovernanceSettings.Branch> branches;
    private final List<String> branchGroups;
    private final Clock clock;

    ApplicationCheck(GovernanceSettings governance, Clock clock) {
        this.clock = clock;
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

    /** The problem {@code problems} names for {@code field}, in {@code language}, with the lengths the form allows. */
    public static String problemText(Texts texts, Language language, String field) {
        FormFields.Field input = FormFields.of(FORM).get(field);
        return input == null ? texts.get(language, "problem." + field)
                : texts.get(language, "problem." + field, input.minLength(), input.maxLength());
    }

    /**
     * Field name to problem, in the order of the form: the application, its way to the Council ({@code branch} is a
     * branch group or null) and the language the applicant reads (none: Chinese, zh or en).
     */
    public Map<String, String> problems(MembershipApplication application, String branch, Object language) {
        Map<String, String> problems = application.problems(today());
        problems.putAll(new ApplicationRoute(application.applicantKind(), branch, branchGroups).problems());
        try {
            Language.of(language);
        } catch (IllegalArgumentException unknown) {
            problems.put(LANGUAGE, "Choose the language of the letters: zh (Chinese) or en (English).");
        }
        return problems;
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
