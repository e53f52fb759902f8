package cn.chia.governance.exits;

import cn.chia.governance.admission.AdmissionCase;

import static cn.chia.governance.admission.AdmissionCase.MEMBERSHIP_NUMBER;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;

/** Checks shared by the procedures that end a membership: an active member, one open case per procedure. */
final class MemberCases {

    private MemberCases() {
    }

    static Member activeMember(MemberRegister register, Object membershipNumber) {
        if (membershipNumber == null || membershipNumber.toString().isBlank()) {
            throw new BadUserRequestException("Enter the membership number (CHIA-YYYY-NNNNNN).");
        }
        String number = membershipNumber.toString().strip();
        Member member = register.find(number).orElseThrow(() ->
                new BadUserRequestException("No member " + number + " in the register."));
        if (member.status() != MemberRegister.Status.ACTIVE) {
            throw new BadUserRequestException("Member " + number + " (" + member.name() + ") is "
                    + member.status() + ", no longer a member.");
        }
        return member;
    }

    static void refuseSecondOpenCase(RuntimeService runtime, String processKey, Member member, String procedure) {
        List<ProcessInstance> open = runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .variableValueEquals(MEMBERSHIP_NUMBER, member.membershipNumber()).list();
        if (!open.isEmpty()) {
            throw new BadUserRequestException("A " + procedure + " case of " + member.name() + " is already open: "
                    + open.get(0).getBusinessKey() + ". Continue that case instead.");
        }
    }
}
