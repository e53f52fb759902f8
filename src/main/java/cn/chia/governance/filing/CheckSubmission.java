package cn.chia.governance.filing;

import cn.chia.governance.process.Dates;
import cn.chia.governance.process.FormFields;

import static cn.chia.governance.filing.AuthorityVariables.CAST_REFERENCE;
import static cn.chia.governance.filing.AuthorityVariables.SUBMITTED_ON;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks the record of a dossier sent to CAST: a date not in the future and CAST's reference. */
@Component("checkSubmission")
class CheckSubmission implements TaskListener {

    private final Clock clock;

    CheckSubmission(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate submittedOn = Dates.of(task.getVariable(SUBMITTED_ON), "the date of submission");
        if (submittedOn.isAfter(LocalDate.now(clock))) {
            throw new BadUserRequestException("The date of submission, " + submittedOn + ", lies in the future.");
        }
        Object reference = task.getVariable(CAST_REFERENCE);
        if (reference == null || reference.toString().isBlank()) {
            throw new BadUserRequestException("Record the reference CAST gave the dossier (at most "
                    + FormFields.maxLength("submit-to-cast", CAST_REFERENCE) + " characters).");
        }
        task.setVariable(SUBMITTED_ON, submittedOn.toString());
    }
}
