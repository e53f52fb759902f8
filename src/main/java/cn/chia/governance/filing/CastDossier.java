package cn.chia.governance.filing;

import java.time.LocalDate;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.chia.governance.process.CaseVariables;

/** The dossier of a foreign member's filing, as the Secretariat prepares it and sends it to CAST. */
public final class CastDossier extends CaseVariables {

    public static final String PROCESS_KEY = "foreign-member-filing";

    /** What the dossier holds (form prepare-dossier). */
    public static final String DOSSIER_SUMMARY = "dossierSummary";
    // its submission (form submit-to-cast)
    public static final String SUBMITTED_ON = "submittedOn";
    public static final String CAST_REFERENCE = "castReference";

    /** The task whose completion sends the dossier, and so the member's data, to CAST. */
    public static final String SUBMIT_TASK = "UserTask_SubmitToCast";

    private CastDossier(VariableScope scope) {
        super(scope);
    }

    public static CastDossier of(VariableScope scope) {
        return new CastDossier(scope);
    }

    /** The day the dossier was sent to CAST, when it was. */
    public Optional<LocalDate> submittedOn() {
        return value(SUBMITTED_ON) == null ? Optional.empty()
                : Optional.of(date(SUBMITTED_ON, "the date of submission"));
    }

    /** The day of submission as recorded, unchecked. */
    public Object submittedOnAsRecorded() {
        return value(SUBMITTED_ON);
    }

    public void recordSubmittedOn(LocalDate day) {
        set(SUBMITTED_ON, day.toString());
    }

    /** The reference CAST gave the dossier (or, in the term's extension, its review). */
    public String castReference() {
        return text(CAST_REFERENCE);
    }
}
