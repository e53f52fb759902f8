package cn.chia.governance.engine;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.MDC;

/**
 * Every line the engine logs while it works for a person names that person: the user signed in (the identity
 * service's current authentication, whatever the door: Tasklist, {@code /engine-rest}, this application's API) is in
 * the log's context as {@value #USER} for the whole command, and what was there before is put back after it. The
 * engine itself puts the case number there ({@code caseNumber}, application.yaml). A job has no user.
 */
final class UserInTheLog extends CommandInterceptor {

    /** ECS's field for the user's id: nested as {@code "user":{"id":…}} in structured logs. */
    static final String USER = "user.id";

    private final ProcessEngineConfigurationImpl configuration;

    UserInTheLog(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
        Authentication caller = Context.getCommandContext() == null
                ? configuration.getIdentityService().getCurrentAuthentication()
                : null;
        if (caller == null || caller.getUserId() == null) {
            return next.execute(command);
        }
        String before = MDC.get(USER);
        MDC.put(USER, caller.getUserId());
        try {
            return next.execute(command);
        } finally {
            if (before == null) {
                MDC.remove(USER);
            } else {
                MDC.put(USER, before);
            }
        }
    }
}
