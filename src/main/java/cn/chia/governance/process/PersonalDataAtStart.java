package cn.chia.governance.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.register.Masking;
import cn.chia.governance.register.MaskedEngineVariables;
import cn.chia.governance.register.PersonalData;

/**
 * Keeps full identity document numbers and telephone numbers out of the engine (docs/security.md, "Personal
 * information"). Whatever the door that starts a case of a procedure with {@link PersonalFields} (the applicants' API,
 * Tasklist's start form, {@code /engine-rest}'s {@code start} and {@code submit-form}, the Java API), the command comes
 * here before the engine sees its variables: the full values are taken out and the variables hold them masked, so
 * that neither the runtime nor the history (variable updates, submitted form fields) ever has them. The procedure's
 * start listener reads the full values ({@link #sent()}) to check the application, and keeps them in the vault
 * ({@link #keep}) once the case has its number; a start that skips the start listener (an administrator's start at
 * another activity) has them kept under the case's number when the command ends, in the same transaction.
 * <p>
 * At every start of the application, {@link MaskedEngineVariables} moves what cases of an earlier version left in the
 * engine's tables to the vault and masks it there.
 */
@Component
public class PersonalDataAtStart extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataAtStart.class);

    /** The full values taken out of the start that runs on this thread. */
    private static final ThreadLocal<Sent> SENT = new ThreadLocal<>();

    private static final class Sent {
        final Map<String, String> values = new LinkedHashMap<>();
        boolean kept;
    }

    private final ObjectProvider<PersonalFields> fields;
    private final ObjectProvider<PersonalData> vault;
    private final ObjectProvider<MaskedEngineVariables> engineTables;

    PersonalDataAtStart(ObjectProvider<PersonalFields> fields, ObjectProvider<PersonalData> vault,
            ObjectProvider<MaskedEngineVariables> engineTables) {
        this.fields = fields;
        this.vault = vault;
        this.engineTables = engineTables;
    }

    /**
     * The full values, by variable name, that the start running on this thread was sent for the variables of its
     * {@link PersonalFields}; empty when none were taken out (the variables then hold what was sent).
     */
    public static Map<String, String> sent() {
        Sent sent = SENT.get();
        return sent == null ? Map.of() : Map.copyOf(sent.values);
    }

    /** Keeps the full numbers of the new case {@code caseNumber} in the vault; the start listener calls it. */
    public void keep(String caseNumber, String identityNumber, String phone) {
        vault.getObject().keep(caseNumber, blankless(identityNumber), blankless(phone));
        Sent sent = SENT.get();
        if (sent != null) {
            sent.kept = true;
        }
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        if (configuration.getCustomPreCommandInterceptorsTxRequiresNew() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequiresNew(new ArrayList<>());
        }
        // after the allowlist, which the engine's guards put first: a refused start never gets here
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new TakeOut());
        configuration.getCustomPreCommandInterceptorsTxRequiresNew().add(new TakeOut());
    }

    /**
     * Once the application has started (the register's migrations run after the engine's schema exists, so not at the
     * engine's build), moves what cases of an earlier version left in the engine's tables.
     */
    @EventListener(ApplicationStartedEvent.class)
    public void moveWhatEarlierCasesLeftInTheEngine() {
        fields.orderedStream().forEach(procedure -> {
            int masked = engineTables.getObject().move(procedure.processKey(), procedure.identityNumbers(),
                    procedure.phones());
            if (masked > 0) {
                LOG.info("Personal data: {} values of {} in the engine's tables moved to the vault and masked", masked,
                        procedure.processKey());
            }
        });
    }

    private final class TakeOut extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            if (Context.getCommandContext() == null && (command instanceof StartProcessInstanceCmd
                    || command instanceof SubmitStartFormCmd || command instanceof StartProcessInstanceAtActivitiesCmd)) {
                return next.execute(new WithPersonalData<>(command));
            }
            return next.execute(command);
        }
    }

    /** A start whose personal data is taken out of its variables before it runs. */
    private final class WithPersonalData<T> implements Command<T> {

        private final Command<T> start;

        WithPersonalData(Command<T> start) {
            this.start = start;
        }

        @Override
        public T execute(CommandContext context) {
            VariableMap variables = variables(start);
            Optional<PersonalFields> procedure = variables == null ? Optional.empty()
                    : processKey(start, context).flatMap(key -> fields.orderedStream()
                            .filter(f -> f.processKey().equals(key)).findFirst());
            if (procedure.isEmpty()) {
                return start.execute(context);
            }
            Sent sent = new Sent();
            take(variables, procedure.get().identityNumbers(), Masking::identityNumber, sent);
            take(variables, procedure.get().phones(), Masking::phone, sent);
            if (sent.values.isEmpty()) {
                return start.execute(context);
            }
            Sent outer = SENT.get();
            SENT.set(sent);
            try {
                T started = start.execute(context);
                if (!sent.kept && started instanceof ProcessInstance instance && instance.getBusinessKey() != null) {
                    keep(instance.getBusinessKey(), first(sent, procedure.get().identityNumbers()),
                            first(sent, procedure.get().phones()));
                }
                return started;
            } finally {
                if (outer == null) {
                    SENT.remove();
                } else {
                    SENT.set(outer);
                }
            }
        }
    }

    private static void take(VariableMap variables, List<String> names, java.util.function.UnaryOperator<String> mask,
            Sent sent) {
        for (String name : names) {
            Object value = variables.get(name);
            if (value != null) {
                String full = value.toString();
                sent.values.put(name, full);
                variables.put(name, mask.apply(full));
            }
        }
    }

    private static String first(Sent sent, List<String> names) {
        return names.stream().map(sent.values::get).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The start's variables, which the command holds and passes on as they are; null when it has none. */
    private static VariableMap variables(Command<?> start) {
        if (start instanceof SubmitStartFormCmd) {
            return (VariableMap) read(start, "variables");
        }
        ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl) read(start, "instantiationBuilder");
        return builder == null || builder.getModificationBuilder() == null ? null
                : builder.getModificationBuilder().getProcessVariables();
    }

    private static Optional<String> processKey(Command<?> start, CommandContext context) {
        String key = null;
        String definitionId;
        if (start instanceof SubmitStartFormCmd) {
            definitionId = (String) read(start, "processDefinitionId");
        } else {
            ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl) read(start, "instantiationBuilder");
            key = builder.getProcessDefinitionKey();
            definitionId = builder.getProcessDefinitionId();
        }
        if (key == null && definitionId != null) {
            ProcessDefinitionEntity definition = context.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedProcessDefinitionById(definitionId);
            key = definition == null ? null : definition.getKey();
        }
        return Optional.ofNullable(key);
    }

    private static Object read(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                java.lang.reflect.Field field = type.getDeclaredField(name);
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
