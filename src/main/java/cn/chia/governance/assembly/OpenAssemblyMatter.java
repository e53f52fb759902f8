package cn.chia.governance.assembly;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.AssemblyMatterProposal;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.charter.Words;
import cn.chia.governance.process.NewCases;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.register.AssemblyMatters;
import cn.chia.governance.register.CaseNumbers;

/**
 * Opens a matter of the General Assembly: asks the charter's {@link AssemblyMatterProposal} what is wrong with it
 * (REST clients skip the form), every problem at once and nothing recorded; numbers the case (GAM-2026-0001), enters
 * it in the register and puts it before the General Assembly.
 */
@Component("openAssemblyMatter")
class OpenAssemblyMatter implements ExecutionListener {

    private final AssemblyMatters matters;
    private final CaseNumbers caseNumbers;
    private final IdentityService identity;

    OpenAssemblyMatter(AssemblyMatters matters, CaseNumbers caseNumbers, IdentityService identity) {
        this.matters = matters;
        this.caseNumbers = caseNumbers;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateExecution execution) {
        NewCases.refuseChosenCaseNumber(execution);
        AssemblyMatterCase matter = AssemblyMatterCase.of(execution);
        AssemblyMatterProposal proposal = matter.proposal(matters.onRosters(
                AssemblyMatterProposal.rosterNumbers(matter.removedAsTyped())));
        Map<String, Words> problems = proposal.problems();
        if (!problems.isEmpty()) {
            throw new Refusal(Words.byField(new Words("会员代表大会议题无法受理。", "The matter cannot be received:"), problems));
        }
        Matter kind = AssemblyMatterProposal.kind(proposal.kind()).orElseThrow();
        String caseNumber = NewCases.assignCaseNumber(execution, caseNumbers, CaseNumbers.Kind.ASSEMBLY_MATTER);
        matter.open(caseNumber, kind);
        Authentication caller = identity.getCurrentAuthentication();
        matters.open(caseNumber, kind, proposal, caller == null ? null : caller.getUserId());
    }
}
