package cn.chia.governance.engine;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.impl.ProcessEngineLogger;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Words;

/**
 * How the engine logs a command that failed: once. Camunda's command context logs a {@link BadUserRequestException}
 * at DEBUG, but only when it is the exception itself: one thrown by a listener (a refused roll, a form's field, an
 * application that is incomplete) reaches it wrapped ("ENGINE-03051 There was an exception while invoking the
 * TaskListener") and is logged as ENGINE-16004 at ERROR with its whole stack, some 130 lines for each ordinary
 * mistake of a user. Here a failure whose cause is a refusal of the user's input (a {@link BadUserRequestException},
 * a form field's validator, a task someone else claimed first, any refusal said to the user in both languages, a
 * {@link Words.Said}, or an id a person named that names nothing, a task completed meanwhile) is one line at INFO on the logger {@value #LOGGER} (who, and the refusal as the user reads it),
 * and the engine's own line goes to DEBUG; every other failure is logged by the engine as before: ERROR, with its
 * stack.
 * <p>
 * The job executor logs a failed job a second time (ENGINE-14006, WARN, with the same stack) after the command
 * context logged it: that second line is left out for what the command context logged, and kept for what it did not
 * (a failure of the commit, outside the command context; a concurrent change, which the engine logs at DEBUG).
 */
@Component
class UserMistakes extends AbstractProcessEnginePlugin {

    static final String LOGGER = "cn.chia.governance.UserMistakes";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    /**
     * How the engine says that an id it was given names nothing ("Cannot find task with id x: task is null", "task x
     * doesn't exist: task is null"): for a person, a task someone else completed meanwhile or a wrong address.
     */
    private static final Pattern LOOKED_UP_NOTHING = Pattern.compile(
            "(?i)(doesn't exist|does not exist|cannot find|not found|no deployed)[^\\n]*: \\w+ is null$");

    /** What a command context logged, at INFO here or at ERROR by the engine; held weakly, as the failure is handled. */
    private static final Set<Throwable> LOGGED = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        CommandContextFactory factory = new CommandContextFactory() {
            @Override
            public CommandContext createCommandContext() {
                return new CommandContext(processEngineConfiguration) {
                    /** The engine's INFO for a task claimed meanwhile carries the stack: the line below says it. */
                    @Override
                    protected boolean shouldLogInfo(Throwable exception) {
                        return mistake(exception).isEmpty() && super.shouldLogInfo(exception);
                    }

                    @Override
                    protected boolean shouldLogFine(Throwable exception) {
                        Optional<Throwable> mistake = mistake(exception);
                        if (mistake.isEmpty()) {
                            boolean fine = super.shouldLogFine(exception);
                            if (!fine) {
                                LOGGED.add(exception); // the engine logs it next: ENGINE-16004, ERROR, with its stack
                            }
                            return fine;
                        }
                        Authentication user = getAuthentication();
                        LOG.info("Refused for {}: {}", user == null ? "the application" : user.getUserId(),
                                oneLine(mistake.get().getMessage()));
                        LOGGED.add(exception);
                        return true;
                    }

                    /** A refusal of what the person sent, or an id a person named that names nothing. */
                    private Optional<Throwable> mistake(Throwable exception) {
                        return userMistake(exception).or(() -> getAuthentication() != null
                                && exception instanceof ProcessEngineException && exception.getMessage() != null
                                && LOOKED_UP_NOTHING.matcher(exception.getMessage()).find()
                                        ? Optional.of(exception) : Optional.empty());
                    }
                };
            }
        };
        factory.setProcessEngineConfiguration(configuration); // the engine sets it only on a factory of its own
        configuration.setCommandContextFactory(factory);
        // one handler for every engine of the JVM (Camunda keeps it in a static field); each does the same
        ExecuteJobHelper.LOGGING_HANDLER = (jobId, failure) -> {
            if (!logged(failure)) {
                ProcessEngineLogger.JOB_EXECUTOR_LOGGER.exceptionWhileExecutingJob(jobId, failure);
            }
        };
    }

    /** Whether a command context logged this failure, or one it wraps. */
    static boolean logged(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (LOGGED.contains(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** The refusal of the user's input among the causes of {@code exception}, if that is what it is. */
    static Optional<Throwable> userMistake(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof BadUserRequestException || cause instanceof FormFieldValidatorException
                    || cause instanceof Words.Said || cause instanceof TaskAlreadyClaimedException) {
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
