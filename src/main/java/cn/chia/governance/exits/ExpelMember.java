package cn.chia.governance.exits;


import static cn.chia.governance.exits.ExpulsionVariables.MEMBERSHIP_NUMBER;
import static cn.chia.governance.process.WaitingCase.RESOLUTION_NUMBER;

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
        String number = (String) execution.getVariable(MEMBERSHIP_NUMBER);
        String resolution = (String) execution.getVariable(RESOLUTION_NUMBER);
        register.expel(number, resolution, execution.getProcessBusinessKey());
        String reason = "Closed: member " + number + " was expelled by resolution " + resolution + " in case "
                + execution.getProcessBusinessKey() + ".";
        runtime.createProcessInstanceQuery().variableValueEquals(MEMBERSHIP_NUMBER, number).list().stream()
                .filter(other -> !other.getId().equals(execution.getProcessInstanceId()))
                .forEach(other -> runtime.deleteProcessInstance(other.getId(), reason));
    }
}
