package cn.chia.governance.exits;

import cn.chia.governance.process.Dates;
import cn.chia.governance.process.NewCases;

import static cn.chia.governance.process.WaitingCase.CASE_TITLE;
import static cn.chia.governance.exits.WithdrawalVariables.CASE_NUMBER;
import static cn.chia.governance.exits.WithdrawalVariables.LETTER_DATE;
import static cn.chia.governance.exits.WithdrawalVariables.MEMBERSHIP_NUMBER;
import static cn.chia.governance.exits.WithdrawalVariables.PROCESS_KEY;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.register.CaseNumbers;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;

/**
 * Receives a member's written notice of withdrawal as the start form does: an active member, the date of
 * the letter (not in the future, not before the admission); one open withdrawal per member. Numbers it
 * (WDR-2026-0001).
 */
@Component("receiveWithdrawalNotice")
class ReceiveWithdrawalNotice implements ExecutionListener {

    private final MemberRegister register;
    private final RuntimeService runtime;
    private final CaseNumbers caseNumbers;
    private final Clock clock;

    ReceiveWithdrawalNotice(MemberRegister register, RuntimeService runtime, CaseNumbers caseNumbers, Clock clock) {
        this.register = register;
        this.runtime = runtime;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        NewCases.refuseChosenCaseNumber(execution);
        Member member = MemberCases.activeMember(register, execution.getVariable(MEMBERSHIP_NUMBER));
        LocalDate letterDate = Dates.of(execution.getVariable(LETTER_DATE), "the date of the letter");
        if (letterDate.isAfter(LocalDate.now(clock))) {
            throw new BadUserRequestException("The date of the letter (" + letterDate + ") is in the future.");
        }
        if (letterDate.isBefore(member.admittedOn())) {
            throw new BadUserRequestException("The date of the letter (" + letterDate
                    + ") is before the member's admission on " + member.admittedOn() + ".");
        }
        MemberCases.refuseSecondOpenCase(runtime, PROCESS_KEY, member, "withdrawal");

        String caseNumber = NewCases.assignCaseNumber(execution, caseNumbers, CaseNumbers.Kind.WITHDRAWAL);
        execution.setVariable(MEMBERSHIP_NUMBER, member.membershipNumber());
        execution.setVariable(LETTER_DATE, letterDate.toString());
        execution.setVariable(CASE_NUMBER, caseNumber);
        execution.setVariable(CASE_TITLE, member.name());
    }
}
