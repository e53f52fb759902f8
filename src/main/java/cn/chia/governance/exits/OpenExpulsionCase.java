package cn.chia.governance.exits;

import cn.chia.governance.process.FormFields;
import cn.chia.governance.process.NewCases;

import static cn.chia.governance.exits.ExpulsionVariables.CASE_NUMBER;
import static cn.chia.governance.exits.ExpulsionVariables.FACTS;
import static cn.chia.governance.exits.ExpulsionVariables.GROUND;
import static cn.chia.governance.exits.ExpulsionVariables.GROUNDS;
import static cn.chia.governance.exits.ExpulsionVariables.MEMBERSHIP_NUMBER;
import static cn.chia.governance.exits.ExpulsionVariables.PROCESS_KEY;
import static cn.chia.governance.process.WaitingCase.CASE_TITLE;
import static cn.chia.governance.process.WaitingCase.MATTER;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Matter;
import cn.chia.governance.register.CaseNumbers;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;

/**
 * Opens an expulsion case as the start form does (REST clients skip the form): an active member, a
 * ground of the charter, the facts; one open case per member. Numbers it (EXP-2026-0001).
 */
@Component("openExpulsionCase")
class OpenExpulsionCase implements ExecutionListener {

    private final MemberRegister register;
    private final RuntimeService runtime;
    private final CaseNumbers caseNumbers;

    OpenExpulsionCase(MemberRegister register, RuntimeService runtime, CaseNumbers caseNumbers) {
        this.register = register;
        this.runtime = runtime;
        this.caseNumbers = caseNumbers;
    }

    @Override
    public void notify(DelegateExecution execution) {
        NewCases.refuseChosenCaseNumber(execution);
        Member member = MemberCases.activeMember(register, execution.getVariable(MEMBERSHIP_NUMBER));
        Object ground = execution.getVariable(GROUND);
        if (ground == null || !GROUNDS.contains(ground.toString())) {
            throw new BadUserRequestException("Choose the ground of the expulsion, one of " + GROUNDS + "; got " + ground + ".");
        }
        Object facts = execution.getVariable(FACTS);
        if (facts == null || facts.toString().isBlank()) {
            throw new BadUserRequestException("State the facts the member is charged with (at most "
                    + FormFields.maxLength("open-expulsion", FACTS) + " characters).");
        }
        MemberCases.refuseSecondOpenCase(runtime, PROCESS_KEY, member, "expulsion");

        String caseNumber = NewCases.assignCaseNumber(execution, caseNumbers, CaseNumbers.Kind.EXPULSION);
        execution.setVariable(MEMBERSHIP_NUMBER, member.membershipNumber());
        execution.setVariable(CASE_NUMBER, caseNumber);
        execution.setVariable(MATTER, Matter.EXPULSION.name());
        execution.setVariable(CASE_TITLE, member.name());
    }
}
