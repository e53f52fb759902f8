package cn.chia.governance.exits;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.WithdrawalNotice;
import cn.chia.governance.charter.Words;
import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.process.NewCases;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.register.CaseNumbers;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;

/**
 * Receives a member's written notice of withdrawal as the start form does: an active member, the date of
 * the letter and the day it was received, today unless given ({@link WithdrawalNotice}); one open withdrawal per
 * member. Numbers it (WDR-2026-0001) and sets the last day to return the card
 * ({@code governance.withdrawal.card-return-days} after the receipt).
 */
@Component("receiveWithdrawalNotice")
class ReceiveWithdrawalNotice implements ExecutionListener {

    private final MemberRegister register;
    private final RuntimeService runtime;
    private final CaseNumbers caseNumbers;
    private final Clock clock;
    private final int cardReturnDays;

    ReceiveWithdrawalNotice(MemberRegister register, RuntimeService runtime, CaseNumbers caseNumbers, Clock clock,
            GovernanceSettings settings) {
        this.register = register;
        this.runtime = runtime;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
        this.cardReturnDays = settings.withdrawal().cardReturnDays();
    }

    @Override
    public void notify(DelegateExecution execution) {
        NewCases.refuseChosenCaseNumber(execution);
        WithdrawalCase withdrawal = WithdrawalCase.of(execution);
        Member member = MemberCases.activeMember(register, withdrawal.membershipNumber());
        LocalDate today = LocalDate.now(clock);
        WithdrawalNotice notice = new WithdrawalNotice(withdrawal.letterDate(), withdrawal.receivedOn(today),
                member.admittedOn(), today);
        notice.problems().values().stream().findFirst().ifPresent(problem -> {
            throw new Refusal(problem);
        });
        MemberCases.refuseSecondOpenCase(WithdrawalCase.openCases(runtime, member.membershipNumber()), member, new Words("退会", "withdrawal"));

        String caseNumber = NewCases.assignCaseNumber(execution, caseNumbers, CaseNumbers.Kind.WITHDRAWAL);
        withdrawal.receive(member.membershipNumber(), notice.letterDate(), notice.receivedOn(),
                notice.cardDueOn(cardReturnDays), caseNumber, member.name());
    }
}
