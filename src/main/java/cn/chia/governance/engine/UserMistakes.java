package cn.chia.governance.engine;

import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How the engine logs a command that failed. Camunda's command context logs a {@link BadUserRequestException} at
 * DEBUG, but only when it is the exception itself: one thrown by a listener (a refused roll, a form's field, an
 * application that is incomplete) reaches it wrapped ("ENGINE-03051 There was an exception while invoking the
 * TaskListener") and is logged as ENGINE-16004 at ERROR with its whole stack, some 130 lines for each ordinary
 * mistake of a user. Here a failure whose cause is a refusal of the user's input (a {@link BadUserRequestException}
 * or a form field's validator) is one line at INFO on the logger {@value #LOGGER} (who, and the refusal as the user
 * reads it), and the engine's own line goes to DEBUG; every other failure is logged by the engine as before: ERROR,
 * with its stack.
 */
@Component
class UserMistakes extends AbstractProcessEnginePlugin {

    static final String LOGGER = "cn.chia.governance.UserMistakes";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        CommandContextFactory factory = new CommandContextFactory() {
            @Override
            public CommandContext createCommandContext() {
                return new CommandContext(processEngineConfiguration) {
                    @Override
                    protected boolean shouldLogFine(Throwable exception) {
                        Optional<Throwable> mistake = userMistake(exception);
                        if (mistake.isEmpty()) {
                            return super.shouldLogFine(exception);
                        }
                        Authentication user = getAuthentication();
                        LOG.info("Refused for {}: {}", user == null ? "the application" : user.getUserId(),
                                oneLine(mistake.get().getMessage()));
                        return true;
                    }
                };
            }
        };
        factory.setProcessEngineConfiguration(configuration); // the engine sets it only on a factory of its own
        configuration.setCommandContextFactory(factory);
    }

    /** The refusal of the user's input among the causes of {@code exception}, if that is what it is. */
    static Optional<Throwable> userMistake(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof BadUserRequestException || cause instanceof FormFieldValidatorException) {
                return Optional.of(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }
}
