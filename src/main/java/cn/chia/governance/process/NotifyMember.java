package cn.chia.governance.process;

import static cn.chia.governance.process.AdmissionVariables.NOTICE;
import static cn.chia.governance.process.ExpulsionVariables.CRIMINAL_OFFENCE;
import static cn.chia.governance.process.ExpulsionVariables.FACTS;
import static cn.chia.governance.process.ExpulsionVariables.GROUND;
import static cn.chia.governance.process.ExpulsionVariables.MEMBERSHIP_NUMBER;
import static cn.chia.governance.process.MeetingVariables.DECISION_REASON;
import static cn.chia.governance.process.MeetingVariables.RESOLUTION_NUMBER;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;
import cn.chia.governance.register.Notifier;

/** Tells a member where an expulsion or withdrawal case stands, at the address in the register. */
@Component("notifyMember")
class NotifyMember implements JavaDelegate {

    /** Days the member has to answer an expulsion case (the timer of the BPMN says P30D). */
    static final int DAYS_TO_ANSWER = 30;

    private final MemberRegister register;
    private final Notifier notifier;
    private final Clock clock;

    NotifyMember(MemberRegister register, Notifier notifier, Clock clock) {
        this.register = register;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        Member member = register.find((String) execution.getVariable(MEMBERSHIP_NUMBER)).orElseThrow();
        String subject;
        String text;
        switch ((String) execution.getVariable(NOTICE)) {
            case "EXPULSION_OPENED" -> {
                subject = "Expulsion case " + caseNumber + " opened against you";
                text = "The Secretariat has opened a case for your expulsion from the Association on the ground of "
                        + (CRIMINAL_OFFENCE.equals(execution.getVariable(GROUND))
                                ? "a violation of criminal law" : "a serious violation of the Articles of Association")
                        + ". The facts: " + execution.getVariable(FACTS)
                        + "\nYou may answer in writing by " + LocalDate.now(clock).plusDays(DAYS_TO_ANSWER)
                        + "; the Council or the Standing Council then decides by vote.";
            }
            case "EXPELLED" -> {
                subject = "You have been expelled from the Association";
                text = "By resolution " + execution.getVariable(RESOLUTION_NUMBER) + " you are expelled from the Association"
                        + " and your membership card is revoked. " + execution.getVariable(DECISION_REASON);
            }
            case "EXPULSION_REJECTED" -> {
                subject = "Expulsion case " + caseNumber + " is closed";
                text = "The expulsion was not adopted by resolution " + execution.getVariable(RESOLUTION_NUMBER)
                        + "; you remain a member. " + execution.getVariable(DECISION_REASON);
            }
            case "WITHDRAWAL_RECEIVED" -> {
                subject = "Your withdrawal " + caseNumber + " is received";
                text = "We received your notice of withdrawal. Please return your membership card "
                        + register.card(member.membershipNumber()).orElseThrow().cardNumber()
                        + " to the Secretariat; the withdrawal is recorded when it arrives.";
            }
            case "WITHDRAWN" -> {
                subject = "Your withdrawal from the Association is recorded";
                text = "We received your membership card; your withdrawal is recorded. Thank you for your membership.";
            }
            default -> throw new IllegalStateException("Unknown notice " + execution.getVariable(NOTICE));
        }
        notifier.notify(caseNumber, member.email(), subject, "Dear " + member.name() + ",\n\n" + text);
    }
}
