package cn.chia.governance.admission;

import cn.chia.governance.process.NewCases;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.process.Texts;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.charter.MembershipApplication;
import cn.chia.governance.process.PersonalDataAtStart;
import cn.chia.governance.register.CaseNumbers;
import cn.chia.governance.register.PersonalData;

/**
 * Receives an application: checks it as the start form does (REST clients skip the form), refuses a
 * second open application of the same person or unit (a person found by the identity number in the vault), keeps the
 * full identity number and telephone in the vault and only their masked form in the variables, numbers the case
 * (APP-2026-000123), notes whether the recommending branch has already recommended it by entering it itself, keeps
 * the language the applicant reads ({@code zh} unless {@code en} is chosen), keeps the consent to the notice on
 * personal information (refused without it, or with one to a notice no longer in force; a start through the engine
 * that names no version is the starter's attestation of the notice in force) with its version and time, and names
 * the first matter to decide (admission, or the review of a foreign member).
 */
@Component("receiveApplication")
class ReceiveApplication implements ExecutionListener {

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final CaseNumbers caseNumbers;
    private final ApplicationCheck check;
    private final Texts texts;
    private final PersonalData vault;
    private final PersonalDataAtStart personalData;

    ReceiveApplication(RuntimeService runtime, IdentityService identity, CaseNumbers caseNumbers,
            ApplicationCheck check, Texts texts, PersonalData vault, PersonalDataAtStart personalData) {
        this.texts = texts;
        this.vault = vault;
        this.personalData = personalData;
        this.runtime = runtime;
        this.identity = identity;
        this.caseNumbers = caseNumbers;
        this.check = check;
    }

    @Override
    public void notify(DelegateExecution execution) {
        NewCases.refuseChosenCaseNumber(execution);
        AdmissionCase admission = AdmissionCase.of(execution);
        // as sent: the identity number and telephone that were taken out of the variables before they were written
        MembershipApplication application = admission.application(PersonalDataAtStart.sent());
        String branch = admission.namedBranch();
        // a start through the engine that names no version: the clerk or branch attests the notice in force
        AdmissionCase.PrivacyConsent sent = admission.privacyConsent();
        AdmissionCase.PrivacyConsent consent = sent.noticeVersion() != null ? sent
                : new AdmissionCase.PrivacyConsent(sent.consented(), check.noticeVersion(), sent.identityNumberConsent());
        Map<String, String> problems = check.problems(application, consent, branch, admission.chosenLanguage());
        boolean foreign = MembershipApplication.FOREIGN.equals(application.applicantKind());
        if (!problems.isEmpty()) {
            throw new Refusal(texts.get(Language.ZH, "problem.incomplete") + problems.keySet().stream()
                    .map(field -> check.problemText(texts, Language.ZH, field, application))
                    .collect(Collectors.joining("")), texts.get(Language.EN, "problem.incomplete") + " "
                    + problems.entrySet().stream().map(p -> p.getKey() + ": " + p.getValue()).collect(Collectors.joining(" ")));
        }
        AdmissionCase.openCaseOf(runtime, vault, application).ifPresent(open -> {
            throw new OpenApplicationExists(application.applicantName().strip(), open);
        });

        String caseNumber = NewCases.assignCaseNumber(execution, caseNumbers, CaseNumbers.Kind.APPLICATION);
        List<String> starterGroups = startedByGroups();
        if (branch == null && !foreign) {
            branch = starterGroups.stream().filter(check.branchGroups()::contains).findFirst().orElse(null);
        }
        boolean unit = MembershipApplication.UNIT.equals(application.applicantKind());
        personalData.keep(caseNumber, unit ? null : application.identityNumber(), application.phone());
        admission.receive(application, caseNumber, foreign ? Matter.FOREIGN_MEMBER_REVIEW : Matter.ADMISSION,
                application.applicantName().strip(), branch, check.branchName(branch), admission.language(),
                branch != null && starterGroups.contains(branch), consent.noticeVersion(), check.now());
    }

    private List<String> startedByGroups() {
        Authentication user = identity.getCurrentAuthentication();
        return user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    }
}
