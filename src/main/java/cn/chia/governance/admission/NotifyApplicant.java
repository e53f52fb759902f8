package cn.chia.governance.admission;

import cn.chia.governance.process.Texts;
import cn.chia.governance.process.WaitingCase;

import static cn.chia.governance.admission.AdmissionVariables.CAST_NOTE;
import static cn.chia.governance.admission.AdmissionVariables.EMAIL;
import static cn.chia.governance.admission.AdmissionVariables.INFORMATION_REQUESTED;
import static cn.chia.governance.admission.AdmissionVariables.LANGUAGE;
import static cn.chia.governance.admission.AdmissionVariables.MEMBERSHIP_NUMBER;
import static cn.chia.governance.admission.AdmissionVariables.NOTICE;
import static cn.chia.governance.admission.AdmissionVariables.REASON;
import static cn.chia.governance.process.WaitingCase.CASE_TITLE;
import static cn.chia.governance.process.WaitingCase.RESOLUTION_NUMBER;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Language;
import cn.chia.governance.register.Notifier;

/** Tells the applicant, in the applicant's language, where the application stands; the notification task names the notice. */
@Component("notifyApplicant")
class NotifyApplicant implements JavaDelegate {

    /** Days the applicant has to answer a request for more information (the timer of the BPMN says P30D). */
    static final int DAYS_TO_ANSWER = 30;

    private final Notifier notifier;
    private final Texts texts;
    private final Clock clock;

    NotifyApplicant(Notifier notifier, Texts texts, Clock clock) {
        this.notifier = notifier;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        Language language = Language.of(execution.getVariable(LANGUAGE));
        String notice = (String) execution.getVariable(NOTICE);
        Object[] arguments = switch (notice) {
            case "DECLINED_BY_BRANCH", "REJECTED_IN_REVIEW" -> new Object[] {caseNumber, execution.getVariable(REASON)};
            case "INFORMATION_REQUESTED" -> new Object[] {caseNumber, execution.getVariable(INFORMATION_REQUESTED),
                    Texts.date(language, LocalDate.now(clock).plusDays(DAYS_TO_ANSWER))};
            case "LAPSED" -> new Object[] {caseNumber, DAYS_TO_ANSWER};
            case "REJECTED_BY_COUNCIL" -> new Object[] {caseNumber, execution.getVariable(RESOLUTION_NUMBER),
                    new WaitingCase(execution).decisionReason(language)};
            case "REFUSED_BY_CAST" -> new Object[] {caseNumber, execution.getVariable(CAST_NOTE)};
            case "ADMITTED" -> new Object[] {caseNumber, execution.getVariable(RESOLUTION_NUMBER),
                    execution.getVariable(MEMBERSHIP_NUMBER)};
            default -> throw new IllegalStateException("Unknown notice " + notice);
        };
        Texts.Message message = texts.notice(notice, language, (String) execution.getVariable(CASE_TITLE), arguments);
        notifier.notify(caseNumber, (String) execution.getVariable(EMAIL), message.subject(), message.body());
    }
}
