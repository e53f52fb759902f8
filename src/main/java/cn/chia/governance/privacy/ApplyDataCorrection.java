package cn.chia.governance.privacy;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.admission.AdmissionCase;
import cn.chia.governance.register.MemberRegister;

/**
 * Writes the corrected name, e-mail or phone where it is safe: an application still open (its later letters go to the
 * corrected address) and the register's entry of the member; an ended case's history and the minutes keep what was
 * decided under.
 */
@Component("applyDataCorrection")
class ApplyDataCorrection implements JavaDelegate {

    private final RuntimeService runtime;
    private final HistoryService history;
    private final MemberRegister register;
    private final cn.chia.governance.register.PersonalData vault;

    ApplyDataCorrection(RuntimeService runtime, HistoryService history, MemberRegister register,
            cn.chia.governance.register.PersonalData vault) {
        this.runtime = runtime;
        this.vault = vault;
        this.history = history;
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DataRequestCase request = DataRequestCase.of(execution);
        String number = request.subjectNumber();
        String membershipNumber = number;
        if (request.subject() == DataRequestCase.Subject.APPLICATION) {
            AdmissionCase.correct(runtime, vault, number, request.correctedName(), request.correctedEmail(),
                    request.correctedPhone());
            membershipNumber = AdmissionCase.given(history, number).map(AdmissionCase.Given::membershipNumber)
                    .orElse(null);
        }
        if (membershipNumber != null) {
            register.correctContact(membershipNumber, request.correctedName(), request.correctedEmail(),
                    request.correctedPhone());
        }
    }
}
