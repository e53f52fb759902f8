package cn.chia.governance.engine;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Puts the engine's guards in place before it starts: the allowlist of commands in front of both of its command
 * chains (so that a refusal comes before any transaction opens), and expressions that cannot reach reflection.
 */
@Component
class EngineGuards extends AbstractProcessEnginePlugin {

    private final ApplicationContext applicationContext;

    EngineGuards(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequiresNew() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequiresNew(new ArrayList<>());
        }
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(0, new CommandAllowlist(configuration));
        configuration.getCustomPreCommandInterceptorsTxRequiresNew().add(0, new CommandAllowlist(configuration));
        configuration.setExpressionManager(new NoReflectionInExpressions.ExpressionManager(applicationContext));
    }
}
