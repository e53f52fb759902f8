package cn.chia.governance.admission;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.admission.AdmissionCase.Notice;
import cn.chia.governance.charter.InformationRequest;
import cn.chia.governance.charter.Language;
import cn.chia.governance.process.Texts;
import cn.chia.governance.register.Notifier;

/** Tells the applicant, in the applicant's language, where the application stands; the notification task names the notice. */
@Component("notifyApplicant")
class NotifyApplicant implements JavaDelegate {

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
        AdmissionCase admission = AdmissionCase.of(execution);
        Language language = admission.language();
        Notice notice = admission.notice();
        Object[] arguments = switch (notice) {
            case DECLINED_BY_BRANCH, REJECTED_IN_REVIEW -> new Object[] {caseNumber, admission.reason()};
            case INFORMATION_REQUESTED -> new Object[] {caseNumber, admission.informationRequested(),
                    Texts.date(language, new InformationRequest(LocalDate.now(clock)).answerBy())};
            case LAPSED -> new Object[] {caseNumber, InformationRequest.DAYS_TO_ANSWER};
            case REJECTED_BY_COUNCIL -> new Object[] {caseNumber, admission.resolutionNumber(),
                    admission.decisionReason(language)};
            case REFUSED_BY_CAST -> new Object[] {caseNumber, admission.castNote()};
            case ADMITTED -> new Object[] {caseNumber, admission.resolutionNumber(), admission.membershipNumber()};
            case SECOND_APPLICATION, NEW_SECRET -> throw new IllegalStateException("No notification task sends " + notice);
        };
        Texts.Message message = texts.notice(notice.name(), language, admission.caseTitle(), arguments);
        notifier.notify(caseNumber, admission.email(), message.subject(), message.body());
    }
}
