package cn.chia.governance.exits;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.WithdrawalNotice;
import cn.chia.governance.process.NewCases;
import cn.chia.governance.register.CaseNumbers;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;

/**
 * Receives a member's written notice of withdrawal as the start form does: an active member, the date of
 * the letter ({@link WithdrawalNotice}); one open withdrawal per member. Numbers it (WDR-2026-0001).
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
        WithdrawalCase withdrawal = WithdrawalCase.of(execution);
        Member member = MemberCases.activeMember(register, withdrawal.membershipNumber());
        LocalDate letterDate = withdrawal.letterDate();
        new WithdrawalNotice(letterDate, member.admittedOn(), LocalDate.now(clock)).problems().values().stream()
                .findFirst().ifPresent(problem -> {
                    throw new BadUserRequestException(problem);
                });
        MemberCases.refuseSecondOpenCase(WithdrawalCase.openCases(runtime, member.membershipNumber()), member, "withdrawal");

        String caseNumber = NewCases.assignCaseNumber(execution, caseNumbers, CaseNumbers.Kind.WITHDRAWAL);
        withdrawal.receive(member.membershipNumber(), letterDate, caseNumber, member.name());
    }
}
