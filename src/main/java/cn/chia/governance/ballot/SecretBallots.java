package cn.chia.governance.ballot;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.SecretBallot;
import cn.chia.governance.charter.Words;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.register.AlreadyRecorded;
import cn.chia.governance.register.BallotRecords;

/**
 * The ballot box. Completing an elector's ballot task, whatever the door (Tasklist's form, {@code /engine-rest}'s
 * complete or submit-form, the Java API), comes here before the engine sees the choices: the command is replaced by
 * one that checks the caller is the task's elector, checks the ballot, adds it to the round's counters
 * ({@link BallotRecords#cast}) and completes the task <em>without any variable</em>. The choices are therefore never
 * a variable: not in the runtime tables, not in the history (variables, details, form fields), not in the
 * operation log. Every other completion goes on unchanged.
 * <p>
 * It runs after the engine's allowlist of commands (which first decides whether the caller may complete tasks at
 * all) and before the transaction opens, so a refused ballot writes nothing.
 */
@Component
class SecretBallots extends AbstractProcessEnginePlugin {

    static final Words NOT_YOUR_BALLOT = new Words("只有选举人本人可以投出自己的选票。", "Only the elector may cast their own ballot.");

    /** The refusal of a ballot cast by anyone but its elector: 403, in the caller's language. */
    static final class NotYourBallot extends AuthorizationException implements Words.Said {

        private static final long serialVersionUID = 1L;

        NotYourBallot() {
            super(NOT_YOUR_BALLOT.both());
        }

        @Override
        public Words words() {
            return NOT_YOUR_BALLOT;
        }
    }

    private final ObjectProvider<BallotRecords> ballots;

    SecretBallots(ObjectProvider<BallotRecords> ballots) {
        this.ballots = ballots;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        if (configuration.getCustomPreCommandInterceptorsTxRequiresNew() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequiresNew(new ArrayList<>());
        }
        // last of the pre-interceptors: after the allowlist, which the engine's guards put first
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new BallotBox());
        configuration.getCustomPreCommandInterceptorsTxRequiresNew().add(new BallotBox());
    }

    private final class BallotBox extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            if (Context.getCommandContext() == null
                    && (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd)) {
                return next.execute(new CastIfBallot<>(command));
            }
            return next.execute(command);
        }
    }

    /** Completes a task; an elector's ballot task by casting the ballot it carries. */
    private final class CastIfBallot<T> implements Command<T> {

        private final Command<T> completion;

        CastIfBallot(Command<T> completion) {
            this.completion = completion;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T execute(CommandContext context) {
            String taskId = (String) read(completion, "taskId");
            TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
            if (task == null || !BallotCase.CAST_BALLOT.equals(task.getTaskDefinitionKey())
                    || !BallotCase.PROCESS_KEY.equals(task.getExecution().getProcessDefinition().getKey())) {
                return completion.execute(context);
            }
            String elector = context.getAuthenticatedUserId();
            if (elector == null || !Objects.equals(elector, task.getAssignee())) {
                throw new NotYourBallot();
            }
            Map<String, Object> sent = (Map<String, Object>) read(completion,
                    completion instanceof SubmitTaskFormCmd ? "properties" : "variables");
            List<String> choices = BallotCase.choices(sent);
            BallotCase ballot = BallotCase.of(task.getExecution());
            List<Words> problems = SecretBallot.ballotProblems(choices, ballot.roundCandidates(), ballot.roundSeats());
            if (!problems.isEmpty()) {
                throw new Refusal(Words.join(problems));
            }
            String key = ballot.caseNumber();
            int round = ballot.round();
            if (ballots.getObject().hasVoted(key, round, elector)) {
                throw new Refusal(BallotRecords.VOTED_ALREADY);
            }
            try {
                ballots.getObject().cast(key, round, elector, choices);
            } catch (AlreadyRecorded refused) {
                throw new Refusal(refused.words());
            }
            new CompleteTaskCmd(taskId, null).execute(context);
            return (T) Variables.createVariables();
        }
    }

    private static Object read(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(command);
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            } catch (IllegalAccessException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }
        return null;
    }
}
