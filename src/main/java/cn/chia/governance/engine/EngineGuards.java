package cn.chia.governance.engine;

import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Puts the engine's guards in place before it starts: the allowlist of commands in front of both of its command
 * chains (so that a refusal comes before any transaction opens), with the user in the log's context before it
 * ({@link UserInTheLog}), and expressions that cannot reach reflection.
 */
@Component
class EngineGuards extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(EngineGuards.class);

    private final ApplicationContext applicationContext;
    /** Stored filters whose query holds an expression other than the current user and their groups. */
    private final Set<String> quarantined = ConcurrentHashMap.newKeySet();

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
        configuration.getCustomPreCommandInterceptorsTxRequired().add(0, new CommandAllowlist(configuration, quarantined));
        configuration.getCustomPreCommandInterceptorsTxRequiresNew().add(0, new CommandAllowlist(configuration, quarantined));
        // before the allowlist, so that its refusals name the user too
        configuration.getCustomPreCommandInterceptorsTxRequired().add(0, new UserInTheLog(configuration));
        configuration.getCustomPreCommandInterceptorsTxRequiresNew().add(0, new UserInTheLog(configuration));
        configuration.setExpressionManager(new NoReflectionInExpressions.ExpressionManager(applicationContext));
    }

    /** Stored filters saved before the allowlist checked them: any with another expression is no longer executed. */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        for (Filter filter : engine.getFilterService().createTaskFilterQuery().list()) {
            if (CommandAllowlist.hasForeignExpressions(filter)) {
                quarantined.add(filter.getId());
                LOG.error("Tasklist filter '{}' ({}) holds an expression other than ${currentUser()} and "
                        + "${currentUserGroups()}: it is not executed until it is corrected or deleted in Admin.",
                        filter.getName(), filter.getId());
            }
        }
    }
}
