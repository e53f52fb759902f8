package cn.chia.governance.privacy;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.admission.AdmissionCase;
import cn.chia.governance.process.Refusal;

/**
 * Checks on the server what the Secretariat answers (REST clients skip the form; the form's own rules are checked
 * before): an outcome and the answer the person reads; a correction names at least one corrected value; a deletion
 * withdraws an application that is still open, and anything else that cannot be deleted (the register, an ended case,
 * kept by law) is refused with the reason.
 */
@Component("checkDataRequestAnswer")
class CheckDataRequestAnswer implements TaskListener {

    private final RuntimeService runtime;

    CheckDataRequestAnswer(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void notify(DelegateTask task) {
        DataRequestCase request = DataRequestCase.of(task);
        DataRequestCase.Outcome outcome = request.outcome();
        if (outcome == null) {
            throw new Refusal("请选择办理结果：已更正（CORRECTED）、已删除（DELETED）或拒绝（REFUSED）。",
                    "Choose what was done: CORRECTED, DELETED or REFUSED.");
        }
        String answer = request.answer();
        if (answer == null) {
            throw new Refusal("请填写答复：办理情况，或拒绝的理由。", "Enter the answer: what was done, or why it is refused.");
        }
        String name = null;
        String email = null;
        String phone = null;
        if (outcome == DataRequestCase.Outcome.CORRECTED) {
            name = request.correctedName();
            email = request.correctedEmail();
            phone = request.correctedPhone();
            if (name == null && email == null && phone == null) {
                throw new Refusal("已更正：请填写更正后的姓名、电子邮箱或电话，至少一项。",
                        "Corrected: enter the corrected name, e-mail or phone, at least one of them.");
            }
            if (name != null && name.length() < 2) {
                throw new Refusal("更正后的姓名或名称至少 2 个字。", "The corrected name has at least 2 characters.");
            }
        }
        if (outcome == DataRequestCase.Outcome.DELETED
                && (request.subject() != DataRequestCase.Subject.APPLICATION
                        || !AdmissionCase.isOpen(runtime, request.subjectNumber()))) {
            throw new Refusal("只有尚未办结的申请可以应申请人请求撤回删除；" + request.subjectNumber()
                    + " 不是尚未办结的申请。会员名册和已办结的案件依法保存：请选择“拒绝”并说明理由。",
                    "Only an open application can be withdrawn at the applicant's request; " + request.subjectNumber()
                    + " is not an open application. The register and ended cases are kept by law: choose Refused and"
                    + " give the reason.");
        }
        request.recordAnswer(outcome, answer, name, email, phone);
    }
}
