package cn.chia.governance.exits;

import java.util.List;

import cn.chia.governance.charter.Words;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;

/** Checks shared by the procedures that end a membership: an active member, one open case per procedure. */
final class MemberCases {

    private MemberCases() {
    }

    static Member activeMember(MemberRegister register, String membershipNumber) {
        if (membershipNumber == null || membershipNumber.isBlank()) {
            throw new Refusal("请填写会员编号（CHIA-年份-六位数字）。", "Enter the membership number (CHIA-YYYY-NNNNNN).");
        }
        String number = membershipNumber.strip();
        Member member = register.find(number).orElseThrow(() ->
                new Refusal("会员名册中没有会员 " + number + "。", "No member " + number + " in the register."));
        if (member.status() != MemberRegister.Status.ACTIVE) {
            Words status = member.status() == MemberRegister.Status.WITHDRAWN ? new Words("已退会", "withdrawn")
                    : new Words("已除名", "expelled");
            throw new Refusal("会员 " + number + "（" + member.name() + "）" + status.zh() + "（" + member.status()
                    + "），已不是会员。", "Member " + number + " (" + member.name() + ") is " + status.en() + " ("
                    + member.status() + "), no longer a member.");
        }
        return member;
    }

    /** {@code openCases}: the business keys of the member's open cases of the {@code procedure} ("除名", "expulsion"). */
    static void refuseSecondOpenCase(List<String> openCases, Member member, Words procedure) {
        if (!openCases.isEmpty()) {
            throw new Refusal(member.name() + " 的" + procedure.zh() + "案件 " + openCases.get(0) + " 正在办理中，请继续办理该案件。",
                    "A " + procedure.en() + " case of " + member.name() + " is already open: " + openCases.get(0)
                            + ". Continue that case instead.");
        }
    }

    /** A refusal of a text the form limits: the problem, with the form's limit. */
    static Refusal withLimit(Words problem, int maxLength) {
        String sentence = problem.en().endsWith(".") ? problem.en().substring(0, problem.en().length() - 1) : problem.en();
        String chinese = problem.zh().endsWith("。") ? problem.zh().substring(0, problem.zh().length() - 1) : problem.zh();
        return new Refusal(chinese + "（至多 " + maxLength + " 个字符）。", sentence + " (at most " + maxLength + " characters).");
    }
}
