package cn.chia.governance.admission;

import static cn.chia.governance.admission.AdmissionCase.FORWARD;
import static cn.chia.governance.admission.AdmissionCase.MORE_INFORMATION;
import static cn.chia.governance.admission.AdmissionCase.REJECT;
import static cn.chia.governance.admission.AdmissionCase.REVIEW_DECISION;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Review the application": the Liaison Department forwards it to the Council, asks for more information (saying
 * what) or rejects it (saying why).
 */
@Component("checkReview")
class CheckReview implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        AdmissionCase admission = AdmissionCase.of(task);
        String decision = TaskInput.oneOf(REVIEW_DECISION, admission.reviewDecision(),
                List.of(FORWARD, MORE_INFORMATION, REJECT));
        if (MORE_INFORMATION.equals(decision)) {
            TaskInput.required(admission.informationRequested(), "Say what information the applicant should send.");
        } else if (REJECT.equals(decision)) {
            TaskInput.required(admission.reason(), "Give the reason for the rejection; the applicant is told.");
        }
    }
}
