package cn.chia.governance.process;

import static cn.chia.governance.process.AuthorityVariables.AUTHORITY;
import static cn.chia.governance.process.AuthorityVariables.SUBMITTED_ON;
import static cn.chia.governance.process.MeetingVariables.CASE_TITLE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.chia.governance.register.Notifier;

/** Reminds the Secretariat that an authority has not answered; the case keeps waiting. */
@Component("remindSecretariat")
class RemindSecretariat implements JavaDelegate {

    private final Notifier notifier;
    private final String secretariat;

    RemindSecretariat(Notifier notifier, @Value("${governance.mail.from:secretariat@chia.example}") String secretariat) {
        this.notifier = notifier;
        this.secretariat = secretariat;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object authority = execution.getVariable(AUTHORITY);
        String caseNumber = execution.getProcessBusinessKey();
        notifier.notify(caseNumber, secretariat, authority + " has not answered on " + caseNumber,
                authority + " has not yet answered on " + caseNumber + " (" + execution.getVariable(CASE_TITLE) + ")"
                        + (execution.hasVariable(SUBMITTED_ON) ? ", submitted on " + execution.getVariable(SUBMITTED_ON) : "")
                        + ". Ask for the state of the file; the case keeps waiting.");
    }
}
