package cn.chia.governance.exits;

import static cn.chia.governance.exits.ExpulsionCase.MEMBER_ANSWER;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Words;
import cn.chia.governance.process.FormFields;

/** Checks on the server that the Secretariat recorded the member's answer to an expulsion case (REST clients skip the form). */
@Component("checkMemberAnswer")
class CheckMemberAnswer implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String answer = ExpulsionCase.of(task).memberAnswer();
        if (answer == null || answer.isBlank()) {
            throw MemberCases.withLimit(new Words("请登记会员的答复。", "Record the member's answer."),
                    FormFields.maxLength(task, MEMBER_ANSWER));
        }
    }
}
