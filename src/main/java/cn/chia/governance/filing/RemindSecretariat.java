package cn.chia.governance.filing;

import cn.chia.governance.process.Dates;

import cn.chia.governance.process.Texts;

import static cn.chia.governance.filing.AuthorityVariables.AUTHORITY;
import static cn.chia.governance.filing.AuthorityVariables.SUBMITTED_ON;
import static cn.chia.governance.process.WaitingCase.CASE_TITLE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Language;
import cn.chia.governance.register.Notifier;
import cn.chia.governance.config.GovernanceSettings;

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
        Texts.Message chinese = reminder(execution, caseNumber, Language.ZH);
        Texts.Message english = reminder(execution, caseNumber, Language.EN);
        notifier.notify(caseNumber, secretariat, chinese.subject() + " / " + english.subject(),
                chinese.body() + "\n\n" + english.body());
    }

    private Texts.Message reminder(DelegateExecution execution, String caseNumber, Language language) {
        // the BPMN names the authority as the English text says it: "CAST" or "the Ministry of Civil Affairs"
        String authority = String.valueOf(execution.getVariable(AUTHORITY)).contains("Ministry") ? "MINISTRY_OF_CIVIL_AFFAIRS" : "CAST";
        String submitted = execution.hasVariable(SUBMITTED_ON)
                ? texts.get(language, "notice.AUTHORITY_SILENT.submitted",
                        Texts.date(language, Dates.of(execution.getVariable(SUBMITTED_ON), "the date of submission")))
                : "";
        Object[] arguments = {caseNumber, texts.get(language, "authority." + authority), execution.getVariable(CASE_TITLE), submitted};
        return new Texts.Message(texts.get(language, "notice.AUTHORITY_SILENT.subject", arguments),
                texts.get(language, "notice.AUTHORITY_SILENT.body", arguments));
    }
}
