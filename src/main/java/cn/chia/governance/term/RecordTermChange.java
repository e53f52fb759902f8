package cn.chia.governance.term;

import cn.chia.governance.filing.AuthorityVariables;

import static cn.chia.governance.filing.AuthorityVariables.AUTHORITY_NOTE;
import static cn.chia.governance.filing.AuthorityVariables.CAST_REFERENCE;
import static cn.chia.governance.process.WaitingCase.DECISION_REASON;
import static cn.chia.governance.process.WaitingCase.RESOLUTION_NUMBER;
import static cn.chia.governance.term.TermVariables.MCA_REFERENCE;
import static cn.chia.governance.term.TermVariables.REFUSED_BY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.chia.governance.register.TermRecords;

/** Records in the register how a request to change the term ended: the new term end, or who refused and why. */
@Configuration(proxyBeanMethods = false)
class RecordTermChange {

    @Bean
    JavaDelegate recordNewTermEnd(TermRecords terms) {
        return execution -> terms.approve(execution.getProcessBusinessKey(), text(execution, RESOLUTION_NUMBER),
                text(execution, CAST_REFERENCE), text(execution, MCA_REFERENCE));
    }

    @Bean
    JavaDelegate recordTermRefusal(TermRecords terms) {
        return execution -> {
            boolean byCouncil = "COUNCIL".equals(execution.getVariable(REFUSED_BY));
            terms.refuse(execution.getProcessBusinessKey(), text(execution, REFUSED_BY),
                    text(execution, byCouncil ? DECISION_REASON : AUTHORITY_NOTE), text(execution, RESOLUTION_NUMBER));
        };
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }
}
