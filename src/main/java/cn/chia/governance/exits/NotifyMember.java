package cn.chia.governance.exits;

import cn.chia.governance.admission.AdmissionCase;
import cn.chia.governance.process.Texts;
import cn.chia.governance.process.WaitingCase;

import static cn.chia.governance.admission.AdmissionCase.NOTICE;
import static cn.chia.governance.exits.ExpulsionVariables.FACTS;
import static cn.chia.governance.exits.ExpulsionVariables.GROUND;
import static cn.chia.governance.exits.ExpulsionVariables.MEMBERSHIP_NUMBER;
import static cn.chia.governance.process.WaitingCase.RESOLUTION_NUMBER;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Language;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;
import cn.chia.governance.register.Notifier;

/** Tells a member, in the member's language, where an expulsion or withdrawal case stands, at the address in the register. */
@Component("notifyMember")
class NotifyMember implements JavaDelegate {

    /** Days the member has to answer an expulsion case (the timer of the BPMN says P30D). */
    static final int DAYS_TO_ANSWER = 30;

    private final MemberRegister register;
    private final Notifier notifier;
    private final Texts texts;
    private final Clock clock;

    NotifyMember(MemberRegister register, Notifier notifier, Texts texts, Clock clock) {
        this.register = register;
        this.notifier = notifier;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        Member member = register.find((String) execution.getVariable(MEMBERSHIP_NUMBER)).orElseThrow();
        Language language = member.language();
        String notice = (String) execution.getVariable(NOTICE);
        Object[] arguments = switch (notice) {
            case "EXPULSION_OPENED" -> new Object[] {caseNumber,
                    texts.get(language, "ground." + execution.getVariable(GROUND)), execution.getVariable(FACTS),
                    Texts.date(language, LocalDate.now(clock).plusDays(DAYS_TO_ANSWER))};
            case "EXPELLED", "EXPULSION_REJECTED" -> new Object[] {caseNumber, execution.getVariable(RESOLUTION_NUMBER),
                    new WaitingCase(execution).decisionReason(language)};
            case "WITHDRAWAL_RECEIVED" -> new Object[] {caseNumber,
                    register.card(member.membershipNumber()).orElseThrow().cardNumber()};
            case "WITHDRAWN" -> new Object[] {caseNumber};
            default -> throw new IllegalStateException("Unknown notice " + notice);
        };
        Texts.Message message = texts.notice(notice, language, member.name(), arguments);
        notifier.notify(caseNumber, member.email(), message.subject(), message.body());
    }
}
