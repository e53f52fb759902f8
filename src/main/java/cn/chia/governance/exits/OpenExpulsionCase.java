package cn.chia.governance.exits;

import static cn.chia.governance.exits.ExpulsionCase.FACTS;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.ExpulsionCharge;
import cn.chia.governance.charter.Words;
import cn.chia.governance.process.FormFields;
import cn.chia.governance.process.NewCases;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.register.CaseNumbers;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;

/**
 * Opens an expulsion case as the start form does (REST clients skip the form): an active member, a
 * ground of the charter and the facts ({@link ExpulsionCharge}); one open case per member. Numbers it
 * (EXP-2026-0001).
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
        ExpulsionCase expulsion = ExpulsionCase.of(execution);
        Member member = MemberCases.activeMember(register, expulsion.membershipNumber());
        expulsion.charge().problems().entrySet().stream().findFirst().ifPresent(problem -> {
            throw problem.getKey().equals(FACTS)
                    ? MemberCases.withLimit(problem.getValue(), FormFields.maxLength("open-expulsion", FACTS))
                    : new Refusal(problem.getValue());
        });
        MemberCases.refuseSecondOpenCase(ExpulsionCase.openCases(runtime, member.membershipNumber()), member, new Words("除名", "expulsion"));

        String caseNumber = NewCases.assignCaseNumber(execution, caseNumbers, CaseNumbers.Kind.EXPULSION);
        expulsion.open(member.membershipNumber(), caseNumber, member.name());
    }
}
