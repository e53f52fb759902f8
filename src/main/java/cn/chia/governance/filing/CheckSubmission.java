package cn.chia.governance.filing;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.process.Dates;
import cn.chia.governance.process.FormFields;
import cn.chia.governance.process.Refusal;

/** Checks the record of a dossier sent to CAST: a date not in the future and CAST's reference. */
@Component("checkSubmission")
class CheckSubmission implements TaskListener {

    private final Clock clock;

    CheckSubmission(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        CastDossier dossier = CastDossier.of(task);
        LocalDate submittedOn = Dates.of(dossier.submittedOnAsRecorded(), "the date of submission");
        if (submittedOn.isAfter(LocalDate.now(clock))) {
            throw new Refusal("报送日期 " + submittedOn + " 在将来。", "The date of submission, " + submittedOn
                    + ", lies in the future.");
        }
        String reference = dossier.castReference();
        if (reference == null || reference.isBlank()) {
            int longest = FormFields.maxLength(task, CastDossier.CAST_REFERENCE);
            throw new Refusal("请登记中国科协给出的文号（至多 " + longest + " 个字符）。", "Record the reference CAST gave the"
                    + " dossier (at most " + longest + " characters).");
        }
        dossier.recordSubmittedOn(submittedOn);
    }
}
