package cn.chia.governance.exits;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Status;

/**
 * Enters the expulsion in the register, revokes the card and closes the member's other open cases. A member who
 * withdrew between the vote and this step (a notice received, or the inactivity sweep) is not expelled: the case ends
 * by the error {@value #MEMBER_HAD_LEFT}, the register unchanged.
 */
@Component("expelMember")
class ExpelMember implements JavaDelegate {

    private final MemberRegister register;
    private final RuntimeService runtime;

    ExpelMember(MemberRegister register, RuntimeService runtime) {
        this.register = register;
        this.runtime = runtime;
    }

    static final String MEMBER_HAD_LEFT = "MemberHadLeft";

    @Override
    public void execute(DelegateExecution execution) {
        ExpulsionCase expulsion = ExpulsionCase.of(execution);
        String number = expulsion.membershipNumber();
        if (register.find(number).orElseThrow().status() == Status.WITHDRAWN) {
            throw new BpmnError(MEMBER_HAD_LEFT, "会员 " + number + " 在除名登记之前已退会。 Member " + number
                    + " withdrew before the expulsion was entered.");
        }
        String resolution = expulsion.resolutionNumber();
        register.expel(number, resolution, execution.getProcessBusinessKey());
        String reason = "已结束：会员 " + number + " 已由第 " + resolution + " 号决议除名（案件 " + execution.getProcessBusinessKey()
                + "）。 Closed: member " + number + " was expelled by resolution " + resolution + " in case "
                + execution.getProcessBusinessKey() + ".";
        ExpulsionCase.everyOtherCaseOf(runtime, number, execution.getProcessInstanceId())
                .forEach(other -> runtime.deleteProcessInstance(other, reason));
    }
}
