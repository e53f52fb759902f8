package cn.chia.governance.admission;

import cn.chia.governance.process.NewCases;
import cn.chia.governance.process.Texts;

import static cn.chia.governance.admission.AdmissionVariables.BRANCH;
import static cn.chia.governance.admission.AdmissionVariables.BRANCH_RECOMMENDED;
import static cn.chia.governance.admission.AdmissionVariables.CASE_NUMBER;
import static cn.chia.governance.admission.AdmissionVariables.CREDIT_CODE;
import static cn.chia.governance.admission.AdmissionVariables.IDENTITY_NUMBER;
import static cn.chia.governance.admission.AdmissionVariables.LANGUAGE;
import static cn.chia.governance.admission.AdmissionVariables.PROCESS_KEY;
import static cn.chia.governance.process.WaitingCase.CASE_TITLE;
import static cn.chia.governance.process.WaitingCase.MATTER;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.charter.MembershipApplication;
import cn.chia.governance.register.CaseNumbers;

/**
 * Receives an application: checks it as the start form does (REST clients skip the form), refuses a
 * second open application of the same person or unit, numbers the case (APP-2026-000123), notes
 * whether the recommending branch has already recommended it by entering it itself, keeps the language the
 * applicant reads ({@code zh} unless {@code en} is chosen), and names the
 * first matter to decide (admission, or the review of a foreign member).
 */
@Component("receiveApplication")
class ReceiveApplication implements ExecutionListener {

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final CaseNumbers caseNumbers;
    private final ApplicationCheck check;
    private final Texts texts;

    ReceiveApplication(RuntimeService runtime, IdentityService identity, CaseNumbers caseNumbers,
            ApplicationCheck check, Texts texts) {
        this.texts = texts;
        this.runtime = runtime;
        this.identity = identity;
        this.caseNumbers = caseNumbers;
        this.check = check;
    }

    @Override
    public void notify(DelegateExecution execution) {
        NewCases.refuseChosenCaseNumber(execution);
        MembershipApplication application = Applications.read(execution);
        String branch = blankToNull(execution.getVariable(BRANCH));
        Map<String, String> problems = check.problems(application, branch, execution.getVariable(LANGUAGE));
        boolean foreign = MembershipApplication.FOREIGN.equals(application.applicantKind());
        if (!problems.isEmpty()) {
            throw new BadUserRequestException(texts.get(Language.ZH, "problem.incomplete") + problems.keySet().stream()
                    .map(field -> ApplicationCheck.problemText(texts, Language.ZH, field)).collect(Collectors.joining(""))
                    + " " + texts.get(Language.EN, "problem.incomplete") + " " + problems.entrySet().stream()
                    .map(p -> p.getKey() + ": " + p.getValue()).collect(Collectors.joining(" ")));
        }
        refuseSecondOpenApplication(application);

        String caseNumber = NewCases.assignCaseNumber(execution, caseNumbers, CaseNumbers.Kind.APPLICATION);
        List<String> starterGroups = startedByGroups();
        if (branch == null && !foreign) {
            branch = starterGroups.stream().filter(check.branchGroups()::contains).findFirst().orElse(null);
        }
        execution.setVariable(CASE_NUMBER, caseNumber);
        execution.setVariable(BRANCH, branch);
        execution.setVariable(LANGUAGE, Language.of(execution.getVariable(LANGUAGE)).code());
        execution.setVariable(BRANCH_RECOMMENDED, branch != null && starterGroups.contains(branch));
        execution.setVariable(MATTER, (foreign ? Matter.FOREIGN_MEMBER_REVIEW : Matter.ADMISSION).name());
        execution.setVariable(CASE_TITLE, application.applicantName().strip());
    }

    private void refuseSecondOpenApplication(MembershipApplication application) {
        String key = MembershipApplication.UNIT.equals(application.applicantKind()) ? CREDIT_CODE : IDENTITY_NUMBER;
        List<ProcessInstance> open = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .variableValueEquals(key, application.identifyingNumber()).list();
        if (!open.isEmpty()) {
            throw new OpenApplicationExists(application.applicantName().strip(), open.get(0).getBusinessKey());
        }
    }

    private List<String> startedByGroups() {
        Authentication user = identity.getCurrentAuthentication();
        return user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    }

    private static String blankToNull(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
