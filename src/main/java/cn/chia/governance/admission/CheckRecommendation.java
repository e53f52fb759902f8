package cn.chia.governance.admission;

import static cn.chia.governance.admission.AdmissionCase.DECLINE;
import static cn.chia.governance.admission.AdmissionCase.RECOMMEND;
import static cn.chia.governance.admission.AdmissionCase.RECOMMENDATION;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Recommend the candidate": the branch recommends or declines, and gives the reason for declining. */
@Component("checkRecommendation")
class CheckRecommendation implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        AdmissionCase admission = AdmissionCase.of(task);
        if (DECLINE.equals(TaskInput.oneOf(RECOMMENDATION, admission.recommendation(), List.of(RECOMMEND, DECLINE)))) {
            TaskInput.required(admission.reason(), "Give the reason for declining; the applicant is told.");
        }
    }
}
