package cn.chia.governance.exits;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Language;
import cn.chia.governance.process.Texts;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;

/** Tells a member, in the member's language, where a withdrawal stands: the {@link WithdrawalCase.Notice} its task names. */
@Component("notifyMemberOfWithdrawal")
class NotifyMemberOfWithdrawal implements JavaDelegate {

    private final MemberRegister register;
    private final MemberNotices notices;
    private final Texts texts;

    NotifyMemberOfWithdrawal(MemberRegister register, MemberNotices notices, Texts texts) {
        this.register = register;
        this.notices = notices;
        this.texts = texts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        WithdrawalCase withdrawal = WithdrawalCase.of(execution);
        Member member = register.find(withdrawal.membershipNumber()).orElseThrow();
        Language language = member.language();
        String card = register.card(member.membershipNumber()).orElseThrow().cardNumber();
        WithdrawalCase.Notice notice = withdrawal.notice();
        if (notice == WithdrawalCase.Notice.WITHDRAWN && withdrawal.cardLost()) {
            notice = WithdrawalCase.Notice.CARD_VOID; // a case opened before this version, whose card was declared lost
        }
        Object[] arguments = switch (notice) {
            case WITHDRAWAL_RECEIVED -> new Object[] {caseNumber, card,
                    Texts.date(language, withdrawal.receivedOn(null)), Texts.date(language, withdrawal.cardReturnDue())};
            case WITHDRAWN -> new Object[] {caseNumber};
            case CARD_VOID -> new Object[] {caseNumber, card, withdrawal.cardLost() ? texts.get(language, "card.void.LOST")
                    : texts.get(language, "card.void.NOT_RETURNED", Texts.date(language, withdrawal.cardReturnDue()))};
        };
        notices.send(member, caseNumber, notice, arguments);
    }
}
