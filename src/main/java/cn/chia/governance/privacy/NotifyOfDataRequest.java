package cn.chia.governance.privacy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Language;
import cn.chia.governance.process.Texts;
import cn.chia.governance.register.Notifier;

/**
 * Tells the person, in their language, that the request is received and by when it is answered, or what was done: the
 * {@link DataRequestCase.Notice} its task names. A corrected e-mail address gets the answer.
 */
@Component("notifyOfDataRequest")
class NotifyOfDataRequest implements JavaDelegate {

    private final Notifier notifier;
    private final Texts texts;

    NotifyOfDataRequest(Notifier notifier, Texts texts) {
        this.notifier = notifier;
        this.texts = texts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DataRequestCase request = DataRequestCase.of(execution);
        String caseNumber = execution.getProcessBusinessKey();
        Language language = request.language();
        String kind = language == Language.ZH ? request.kind().words().zh() : request.kind().words().en();
        DataRequestCase.Notice notice = request.notice();
        Object[] arguments = switch (notice) {
            case DATA_REQUEST_RECEIVED -> new Object[] {caseNumber, kind, request.subjectNumber(),
                    Texts.date(language, request.requestedOn()), Texts.date(language, request.answerBy())};
            case DATA_REQUEST_ANSWERED -> new Object[] {caseNumber, kind, request.subjectNumber(),
                    texts.get(language, "data-request.outcome." + request.outcome().name()), request.answer()};
        };
        String name = request.correctedName() != null ? request.correctedName() : request.personName();
        String address = request.correctedEmail() != null ? request.correctedEmail() : request.personEmail();
        Texts.Message message = texts.notice(notice.name(), language, name, arguments);
        notifier.notify(caseNumber, address, message.subject(), message.body());
    }
}
