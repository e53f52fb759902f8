package cn.chia.governance.exits;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.register.MemberRegister;

/** Enters the expulsion in the register, revokes the card and closes the member's other open cases. */
@Component("expelMember")
class ExpelMember implements JavaDelegate {

    private final MemberRegister register;
    private final RuntimeService runtime;

    ExpelMember(MemberRegister register, RuntimeService runtime) {
        this.register = register;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ExpulsionCase expulsion = ExpulsionCase.of(execution);
        String number = expulsion.membershipNumber();
        String resolution = expulsion.resolutionNumber();
        register.expel(number, resolution, execution.getProcessBusinessKey());
        String reason = "Closed: member " + number + " was expelled by resolution " + resolution + " in case "
                + execution.getProcessBusinessKey() + ".";
        ExpulsionCase.everyOtherCaseOf(runtime, number, execution.getProcessInstanceId())
                .forEach(other -> runtime.deleteProcessInstance(other, reason));
    }
}
