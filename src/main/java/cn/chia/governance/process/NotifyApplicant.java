package cn.chia.governance.process;

import static cn.chia.governance.process.AdmissionVariables.CAST_NOTE;
import static cn.chia.governance.process.AdmissionVariables.EMAIL;
import static cn.chia.governance.process.AdmissionVariables.INFORMATION_REQUESTED;
import static cn.chia.governance.process.AdmissionVariables.MEMBERSHIP_NUMBER;
import static cn.chia.governance.process.AdmissionVariables.NOTICE;
import static cn.chia.governance.process.AdmissionVariables.REASON;
import static cn.chia.governance.process.MeetingVariables.CASE_TITLE;
import static cn.chia.governance.process.MeetingVariables.DECISION_REASON;
import static cn.chia.governance.process.MeetingVariables.RESOLUTION_NUMBER;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.register.Notifier;

/** Tells the applicant where the application stands; the notification task names the notice. */
@Component("notifyApplicant")
class NotifyApplicant implements JavaDelegate {

    /** Days the applicant has to answer a request for more information (the timer of the BPMN says P30D). */
    static final int DAYS_TO_ANSWER = 30;

    private final Notifier notifier;
    private final Clock clock;

    NotifyApplicant(Notifier notifier, Clock clock) {
        this.notifier = notifier;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        String name = (String) execution.getVariable(CASE_TITLE);
        String subject;
        String text;
        switch ((String) execution.getVariable(NOTICE)) {
            case "DECLINED_BY_BRANCH" -> {
                subject = "Your application " + caseNumber + " was not recommended";
                text = "The branch you named declined to recommend your application. Reason: " + execution.getVariable(REASON);
            }
            case "REJECTED_IN_REVIEW" -> {
                subject = "Your application " + caseNumber + " was rejected";
                text = "The Liaison Department rejected your application. Reason: " + execution.getVariable(REASON);
            }
            case "INFORMATION_REQUESTED" -> {
                subject = "More information needed for your application " + caseNumber;
                text = "The Liaison Department asks for the following information: " + execution.getVariable(INFORMATION_REQUESTED)
                        + "\nPlease answer by " + LocalDate.now(clock).plusDays(DAYS_TO_ANSWER)
                        + "; without an answer the application lapses.";
            }
            case "LAPSED" -> {
                subject = "Your application " + caseNumber + " has lapsed";
                text = "We received no answer to our request for more information within " + DAYS_TO_ANSWER
                        + " days, so the application has lapsed. You are welcome to apply again.";
            }
            case "REJECTED_BY_COUNCIL" -> {
                subject = "Your application " + caseNumber + " was not adopted";
                text = "The application was not adopted by resolution " + execution.getVariable(RESOLUTION_NUMBER)
                        + ". " + execution.getVariable(DECISION_REASON);
            }
            case "REFUSED_BY_CAST" -> {
                subject = "Your application " + caseNumber + " was not approved by CAST";
                text = "The China Association for Science and Technology did not approve your membership. Reason: "
                        + execution.getVariable(CAST_NOTE);
            }
            case "ADMITTED" -> {
                subject = "Welcome to the China High-tech Industrialization Association";
                text = "Your application was adopted by resolution " + execution.getVariable(RESOLUTION_NUMBER)
                        + ". Your membership number is " + execution.getVariable(MEMBERSHIP_NUMBER)
                        + "; your membership card has been issued.";
            }
            default -> throw new IllegalStateException("Unknown notice " + execution.getVariable(NOTICE));
        }
        notifier.notify(caseNumber, (String) execution.getVariable(EMAIL), subject, "Dear " + name + ",\n\n" + text);
    }
}
