package cn.chia.governance.honorary;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.HonoraryProposal;
import cn.chia.governance.charter.Words;
import cn.chia.governance.process.NewCases;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.process.PersonalDataAtStart;
import cn.chia.governance.register.CaseNumbers;

/**
 * Opens a proposal of honorary membership: asks the charter's {@link HonoraryProposal} what is wrong with it (REST
 * clients skip the form), refuses a second open proposal for the same person, numbers the case (HON-2026-0001) and
 * puts it before the Standing Council for its recommendation.
 */
@Component("openHonoraryProposal")
class OpenHonoraryProposal implements ExecutionListener {

    private final RuntimeService runtime;
    private final CaseNumbers caseNumbers;
    private final PersonalDataAtStart personalData;

    OpenHonoraryProposal(RuntimeService runtime, CaseNumbers caseNumbers, PersonalDataAtStart personalData) {
        this.runtime = runtime;
        this.caseNumbers = caseNumbers;
        this.personalData = personalData;
    }

    @Override
    public void notify(DelegateExecution execution) {
        NewCases.refuseChosenCaseNumber(execution);
        HonoraryMembershipCase honorary = HonoraryMembershipCase.of(execution);
        HonoraryProposal proposal = honorary.proposal(PersonalDataAtStart.sent());
        Map<String, Words> problems = proposal.problems();
        if (!problems.isEmpty()) {
            throw new Refusal(Words.byField(new Words("荣誉会员提名无法受理。", "The proposal cannot be received:"), problems));
        }
        String name = proposal.name().strip();
        String organisation = proposal.organisation().strip();
        Optional<String> open = HonoraryMembershipCase.openFor(runtime, name, organisation);
        if (open.isPresent()) {
            throw new Refusal("已有关于 " + name + "（" + organisation + "）的荣誉会员案件 " + open.get() + "，请继续办理该案件。",
                    "A proposal for " + name + " of " + organisation + " is already open: " + open.get()
                            + ". Continue that case instead.");
        }
        String caseNumber = NewCases.assignCaseNumber(execution, caseNumbers, CaseNumbers.Kind.HONORARY_MEMBERSHIP);
        personalData.keep(caseNumber, null, proposal.phone());
        String nationality = proposal.registeredNationality();
        honorary.open(caseNumber, "荣誉会员：" + name + "（" + organisation + "，" + nationality + "） Honorary membership for "
                + name + " (" + organisation + ", " + nationality + ")");
    }
}
