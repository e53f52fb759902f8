package cn.chia.governance.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Words;

/** "Record the applicant's answer": the Secretariat records what the applicant sent. */
@Component("checkRecordedInformation")
class CheckRecordedInformation implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        TaskInput.required(AdmissionCase.of(task).informationProvided(),
                new Words("请登记申请人的答复。", "Record the applicant's answer."));
    }
}
