package cn.chia.governance.renewal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps the Council's resolutions on the flows their adoption takes: the candidates
 * ({@code ${renewalDecisions.candidatesAdopted(execution)}}) and the secretary-general
 * ({@code ${renewalDecisions.secretaryGeneralAppointed(execution)}}).
 */
@Component("renewalDecisions")
public class RenewalDecisions {

    public void candidatesAdopted(DelegateExecution execution) {
        RenewalCase.of(execution).candidatesAdopted();
    }

    public void secretaryGeneralAppointed(DelegateExecution execution) {
        RenewalCase.of(execution).secretaryGeneralAppointed();
    }
}
