package cn.chia.governance.admission;

import cn.chia.governance.process.SubmittedFields;

import static cn.chia.governance.admission.AdmissionVariables.DECLINE;
import static cn.chia.governance.admission.AdmissionVariables.FORWARD;
import static cn.chia.governance.admission.AdmissionVariables.INFORMATION_PROVIDED;
import static cn.chia.governance.admission.AdmissionVariables.INFORMATION_REQUESTED;
import static cn.chia.governance.admission.AdmissionVariables.MORE_INFORMATION;
import static cn.chia.governance.admission.AdmissionVariables.REASON;
import static cn.chia.governance.admission.AdmissionVariables.RECOMMEND;
import static cn.chia.governance.admission.AdmissionVariables.RECOMMENDATION;
import static cn.chia.governance.admission.AdmissionVariables.REJECT;
import static cn.chia.governance.admission.AdmissionVariables.REVIEW_DECISION;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks on the server what a reviewer submits (REST clients skip the form): a known decision, and the
 * text the applicant will be told. Refused input leaves the task open with a message. The lengths are the
 * forms' own rules, checked by {@link SubmittedFields} for a person and by the applicants' API for an applicant.
 */
@Component("checkDecision")
class CheckDecision implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        switch (task.getTaskDefinitionKey()) {
            case "UserTask_RecommendCandidate" -> {
                String recommendation = oneOf(task, RECOMMENDATION, List.of(RECOMMEND, DECLINE));
                if (DECLINE.equals(recommendation)) {
                    required(task, REASON, "Give the reason for declining; the applicant is told.");
                }
            }
            case "UserTask_ReviewApplication" -> {
                String decision = oneOf(task, REVIEW_DECISION, List.of(FORWARD, MORE_INFORMATION, REJECT));
                if (MORE_INFORMATION.equals(decision)) {
                    required(task, INFORMATION_REQUESTED, "Say what information the applicant should send.");
                } else if (REJECT.equals(decision)) {
                    required(task, REASON, "Give the reason for the rejection; the applicant is told.");
                }
            }
            case "UserTask_RecordInformation" ->
                    required(task, INFORMATION_PROVIDED, "Record the applicant's answer.");
            default -> throw new IllegalStateException("No check for task " + task.getTaskDefinitionKey());
        }
    }

    private static String oneOf(DelegateTask task, String name, List<String> allowed) {
        Object value = task.getVariable(name);
        if (value == null || !allowed.contains(value.toString())) {
            throw new BadUserRequestException("Choose " + name + ", one of " + allowed + "; got " + value + ".");
        }
        return value.toString();
    }

    private static void required(DelegateTask task, String name, String message) {
        Object value = task.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new BadUserRequestException(message);
        }
    }
}
