package cn.chia.governance.term;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.chia.governance.term.TermExtensionCase.Refuser;

/**
 * Notes who refused the change on the refusal flow taken, for the register:
 * {@code ${termRefusal.by(execution, 'CAST')}} names one of {@link Refuser}.
 */
@Component("termRefusal")
public class TermRefusal {

    public void by(DelegateExecution execution, String refuser) {
        TermExtensionCase.of(execution).refusedBy(Refuser.valueOf(refuser));
    }
}
