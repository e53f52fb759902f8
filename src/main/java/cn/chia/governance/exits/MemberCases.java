package cn.chia.governance.exits;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;

/** Checks shared by the procedures that end a membership: an active member, one open case per procedure. */
final class MemberCases {

    private MemberCases() {
    }

    static Member activeMember(MemberRegister register, String membershipNumber) {
        if (membershipNumber == null || membershipNumber.isBlank()) {
            throw new BadUserRequestException("Enter the membership number (CHIA-YYYY-NNNNNN).");
        }
        String number = membershipNumber.strip();
        Member member = register.find(number).orElseThrow(() ->
                new BadUserRequestException("No member " + number + " in the register."));
        if (member.status() != MemberRegister.Status.ACTIVE) {
            throw new BadUserRequestException("Member " + number + " (" + member.name() + ") is "
                    + member.status() + ", no longer a member.");
        }
        return member;
    }

    /** {@code openCases}: the business keys of the member's open cases of the {@code procedure}. */
    static void refuseSecondOpenCase(List<String> openCases, Member member, String procedure) {
        if (!openCases.isEmpty()) {
            throw new BadUserRequestException("A " + procedure + " case of " + member.name() + " is already open: "
                    + openCases.get(0) + ". Continue that case instead.");
        }
    }

    /** A refusal of a text the form limits: the problem, with the form's limit. */
    static String withLimit(String problem, int maxLength) {
        String sentence = problem.endsWith(".") ? problem.substring(0, problem.length() - 1) : problem;
        return sentence + " (at most " + maxLength + " characters).";
    }
}
