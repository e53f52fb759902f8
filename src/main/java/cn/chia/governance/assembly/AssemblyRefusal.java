package cn.chia.governance.assembly;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.chia.governance.assembly.AssemblyMatterCase.Refuser;

/**
 * Notes which authority refused the adopted matter on the refusal flow taken, for the register:
 * {@code ${assemblyRefusal.by(execution, 'CAST')}} names one of {@link Refuser}.
 */
@Component("assemblyRefusal")
public class AssemblyRefusal {

    public void by(DelegateExecution execution, String refuser) {
        AssemblyMatterCase.of(execution).refusedBy(Refuser.valueOf(refuser));
    }
}
