package cn.chia.governance.term;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.chia.governance.register.TermRecords;

/** Records in the register how a request to change the term ended: the new term end, or who refused and why. */
@Configuration(proxyBeanMethods = false)
class RecordTermChange {

    @Bean
    JavaDelegate recordNewTermEnd(TermRecords terms) {
        return execution -> {
            TermExtensionCase change = TermExtensionCase.of(execution);
            terms.approve(execution.getProcessBusinessKey(), change.resolutionNumber(), change.castReference(),
                    change.mcaReference());
        };
    }

    @Bean
    JavaDelegate recordTermRefusal(TermRecords terms) {
        return execution -> {
            TermExtensionCase change = TermExtensionCase.of(execution);
            terms.refuse(execution.getProcessBusinessKey(), change.refusedBy(), change.refusalReason(),
                    change.resolutionNumber());
        };
    }
}
