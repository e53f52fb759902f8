package cn.chia.governance.filing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Language;
import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.process.Texts;
import cn.chia.governance.register.Notifier;

/** Reminds the Secretariat, in Chinese and English, that an authority has not answered; the case keeps waiting. */
@Component("remindSecretariat")
class RemindSecretariat implements JavaDelegate {

    private final Notifier notifier;
    private final Texts texts;
    private final String secretariat;

    RemindSecretariat(Notifier notifier, Texts texts,
            GovernanceSettings settings) {
        this.notifier = notifier;
        this.texts = texts;
        this.secretariat = settings.mail().from();
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        AuthorityAnswer silent = AuthorityAnswer.of(execution);
        Texts.Message chinese = reminder(silent, caseNumber, Language.ZH);
        Texts.Message english = reminder(silent, caseNumber, Language.EN);
        notifier.notify(caseNumber, secretariat, chinese.subject() + " / " + english.subject(),
                chinese.body() + "\n\n" + english.body());
    }

    private Texts.Message reminder(AuthorityAnswer silent, String caseNumber, Language language) {
        String submitted = silent.dossier().submittedOn()
                .map(day -> texts.get(language, "notice.AUTHORITY_SILENT.submitted", Texts.date(language, day)))
                .orElse("");
        Object[] arguments = {caseNumber, texts.get(language, "authority." + silent.authority().name()),
                silent.caseTitle(), submitted};
        return new Texts.Message(texts.get(language, "notice.AUTHORITY_SILENT.subject", arguments),
                texts.get(language, "notice.AUTHORITY_SILENT.body", arguments));
    }
}
