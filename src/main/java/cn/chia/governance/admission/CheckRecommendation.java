package cn.chia.governance.admission;

import static cn.chia.governance.admission.AdmissionCase.DECLINE;
import static cn.chia.governance.admission.AdmissionCase.RECOMMEND;
import static cn.chia.governance.admission.AdmissionCase.RECOMMENDATION;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.admission.TaskInput.Choice;
import cn.chia.governance.charter.Words;

/** "Recommend the candidate": the branch recommends or declines, and gives the reason for declining. */
@Component("checkRecommendation")
class CheckRecommendation implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        AdmissionCase admission = AdmissionCase.of(task);
        if (DECLINE.equals(TaskInput.oneOf(new Words("推荐意见（" + RECOMMENDATION + "）", RECOMMENDATION),
                admission.recommendation(), List.of(new Choice(RECOMMEND, "推荐", "recommend"),
                        new Choice(DECLINE, "不推荐", "decline"))))) {
            TaskInput.required(admission.reason(), new Words("请填写不推荐的理由，该理由将告知申请人。",
                    "Give the reason for declining; the applicant is told."));
        }
    }
}
