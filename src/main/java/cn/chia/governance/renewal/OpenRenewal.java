package cn.chia.governance.renewal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.RenewalProposal;
import cn.chia.governance.charter.Words;
import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.process.NewCases;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.register.CaseNumbers;
import cn.chia.governance.register.TermRecords;

/**
 * Opens the renewal of the term (start listener): the charter's {@link RenewalProposal} checks the window before the
 * term's end and the candidate lists, every problem at once; a second renewal under way is refused. Then the case is
 * numbered (GEL-…) and the candidates put to the Council.
 */
@Component("openRenewal")
class OpenRenewal implements ExecutionListener {

    private final TermRecords terms;
    private final CaseNumbers caseNumbers;
    private final RuntimeService runtime;
    private final GovernanceSettings settings;
    private final Clock clock;

    OpenRenewal(TermRecords terms, CaseNumbers caseNumbers, RuntimeService runtime, GovernanceSettings settings,
            Clock clock) {
        this.terms = terms;
        this.caseNumbers = caseNumbers;
        this.runtime = runtime;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        NewCases.refuseChosenCaseNumber(execution);
        RenewalCase renewal = RenewalCase.of(execution);
        LocalDate termEnd = terms.currentTermEnd();
        RenewalProposal proposal = new RenewalProposal(LocalDate.now(clock), termEnd, settings.renewal().opensBefore(),
                renewal.directorSeats(), renewal.directorCandidates(), renewal.supervisorSeats(),
                renewal.supervisorCandidates());
        List<Words> problems = new ArrayList<>();
        problems.add(new Words("换届选举无法启动。", "The renewal cannot be opened:"));
        RenewalCase.otherRenewalUnderWay(runtime, execution.getProcessInstanceId()).ifPresent(other -> problems.add(
                new Words("换届选举 " + other + " 正在进行，请继续办理该案件。", "The renewal " + other
                        + " is under way: continue that case.")));
        problems.addAll(proposal.problems());
        if (problems.size() > 1) {
            throw new Refusal(Words.join(problems));
        }
        String caseNumber = NewCases.assignCaseNumber(execution, caseNumbers, CaseNumbers.Kind.GENERAL_ELECTION);
        renewal.open(caseNumber, "换届选举：本届任期 " + termEnd + " 届满，选举理事 " + proposal.directorSeats() + " 名、监事 "
                + proposal.supervisorSeats() + " 名 Renewal of the term ending on " + termEnd + ": "
                + proposal.directorSeats() + " directors, " + proposal.supervisorSeats() + " supervisors",
                termEnd, settings.renewal().castConsent());
    }
}
