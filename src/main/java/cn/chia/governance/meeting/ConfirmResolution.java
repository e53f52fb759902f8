package cn.chia.governance.meeting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.process.Refusal;

/**
 * The clerk's last look at an item's tally: {@link MeetingCase#CONFIRM} numbers the resolution, {@link
 * MeetingCase#CORRECT} takes the clerk back to the votes, as entered, to correct them. Nothing is numbered before the
 * clerk confirms; an answer that is neither is refused and the task stays with the clerk.
 */
@Component("confirmResolution")
class ConfirmResolution implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        MeetingCase item = MeetingCase.of(task);
        String choice = item.lastLookChoice();
        if (MeetingCase.CORRECT.equals(choice)) {
            item.tellTheClerk("已退回更正：请核对并更正 " + item.caseNumber() + " 的票数，尚未作出决议。 Back to correct the votes on "
                    + item.caseNumber() + ": nothing has been numbered yet.");
        } else if (!MeetingCase.CONFIRM.equals(choice)) {
            throw new Refusal("请选择“确认并编号决议”（" + MeetingCase.CONFIRM + "）或“返回更正票数”（" + MeetingCase.CORRECT
                    + "）；收到：" + choice + "。", "Choose either to confirm and number the resolution (" + MeetingCase.CONFIRM
                    + ") or to go back and correct the votes (" + MeetingCase.CORRECT + "); got: " + choice + ".");
        }
    }
}
