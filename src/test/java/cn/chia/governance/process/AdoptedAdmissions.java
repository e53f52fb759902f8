package cn.chia.governance.process;

import cn.chia.governance.admission.AdmissionCase;
import cn.chia.governance.admission.Applications;

import static cn.chia.governance.admission.AdmissionCase.FORWARD;
import static cn.chia.governance.admission.AdmissionCase.REVIEW_DECISION;
import static cn.chia.governance.process.WaitingCase.DECIDING_BODY;
import static cn.chia.governance.process.WaitingCase.DECISION_OUTCOME;
import static cn.chia.governance.process.WaitingCase.DECISION_REASON;
import static cn.chia.governance.process.WaitingCase.DECISION_TAKEN;
import static cn.chia.governance.process.WaitingCase.RESOLUTION_NUMBER;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import cn.chia.governance.Resolutions;

/**
 * Admissions adopted by the Council and waiting for their registration job ("Register the member and
 * issue the card", asynchronous): reviewed and forwarded, the meeting's decision delivered as a meeting
 * delivers it.
 */
public final class AdoptedAdmissions {

    private AdoptedAdmissions() {
    }

    /** An individual, writing in English, with an identity number that no other test uses. */
    public static Map<String, Object> applicant(String name) {
        return Applications.aPerson(name).inEnglish().build();
    }

    /** Starts, forwards and adopts an admission; returns its instance, waiting at the registration job. */
    public static ProcessInstance adopt(ProcessEngine engine, String name) {
        ProcessInstance instance = engine.getRuntimeService()
                .startProcessInstanceByKey(AdmissionCase.PROCESS_KEY, applicant(name));
        String review = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(AdmissionCase.Step.REVIEW_APPLICATION.id()).singleResult().getId();
        engine.getTaskService().complete(review, Map.of(REVIEW_DECISION, FORWARD));
        engine.getRuntimeService().createMessageCorrelation(DECISION_TAKEN)
                .processInstanceBusinessKey(instance.getBusinessKey())
                .setVariable(DECISION_OUTCOME, "ADOPTED")
                .setVariable(RESOLUTION_NUMBER, Resolutions.on(engine, instance.getBusinessKey(), "ADOPTED", "COUNCIL"))
                .setVariable(DECISION_REASON, "Adopted: 20 of 25 votes cast in favour.")
                .setVariable(DECIDING_BODY, "COUNCIL").correlateWithResult();
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult();
    }

    public static Job registrationJob(ProcessEngine engine, ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(AdmissionCase.Step.REGISTER_MEMBER.id()).singleResult();
    }
}
