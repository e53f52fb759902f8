package cn.chia.governance.admission;

import static cn.chia.governance.admission.AdmissionCase.FORWARD;
import static cn.chia.governance.admission.AdmissionCase.MORE_INFORMATION;
import static cn.chia.governance.admission.AdmissionCase.REJECT;
import static cn.chia.governance.admission.AdmissionCase.REVIEW_DECISION;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.admission.TaskInput.Choice;
import cn.chia.governance.charter.Words;

/**
 * "Review the application": the Liaison Department forwards it to the Council, asks for more information (saying
 * what) or rejects it (saying why).
 */
@Component("checkReview")
class CheckReview implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        AdmissionCase admission = AdmissionCase.of(task);
        String decision = TaskInput.oneOf(new Words("审核意见（" + REVIEW_DECISION + "）", REVIEW_DECISION),
                admission.reviewDecision(), List.of(new Choice(FORWARD, "提交理事会", "forward to the Council"),
                        new Choice(MORE_INFORMATION, "要求补充材料", "ask for more information"),
                        new Choice(REJECT, "不通过", "reject")));
        if (MORE_INFORMATION.equals(decision)) {
            TaskInput.required(admission.informationRequested(), new Words("请说明申请人应补充哪些材料。",
                    "Say what information the applicant should send."));
        } else if (REJECT.equals(decision)) {
            TaskInput.required(admission.reason(), new Words("请填写不通过的理由，该理由将告知申请人。",
                    "Give the reason for the rejection; the applicant is told."));
        }
    }
}
