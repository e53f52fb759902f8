package cn.chia.governance.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Words;

/**
 * A task or a start form takes the variables of its form and nothing else. Every user task and start
 * event with a {@code camunda:formRef} gets, first of its listeners, a check of what a person sent
 * (Tasklist or REST, signed in): a variable its form does not have is refused, an input of the form is
 * checked by the form's own rules, and a read-only input may come back only unchanged. A refusal is a
 * {@link Refusal} naming the field, in the caller's language: 400 to the caller, the task stays open. The form is
 * the one the case sees: as deployed for the process definition the case runs on ({@link FormFields#of(DelegateTask)}),
 * so a case started before a form changed is held to its own version of the form.
 * <p>
 * The application's own calls (the applicants' API, the withdrawal API) run as no user and check their
 * input themselves.
 */
@Component
public class SubmittedFields extends AbstractProcessEnginePlugin {

    private static final Namespace CAMUNDA = BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS;

    private final ObjectProvider<JdbcTemplate> jdbc;

    SubmittedFields(ObjectProvider<JdbcTemplate> jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                String form = element.attributeNS(CAMUNDA, "formRef");
                if (form != null) {
                    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                            .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, SubmittedFields.this::checkTask);
                }
            }

            @Override
            public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                String form = element.attributeNS(CAMUNDA, "formRef");
                if (form != null) {
                    activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> {
                        if (byPerson()) {
                            Map<String, Object> sent = new LinkedHashMap<>();
                            execution.getVariableNames().forEach(name -> sent.put(name, execution.getVariable(name)));
                            // the identity number and telephone as sent, not as the variables hold them (masked)
                            sent.putAll(PersonalDataAtStart.sent());
                            refuse(problems(FormFields.ofStart(execution), sent, true));
                        }
                    }, 0);
                }
            }
        });
    }

    private void checkTask(DelegateTask task) {
        if (!byPerson()) {
            return;
        }
        Map<String, FormFields.Field> fields = FormFields.of(task);
        Map<String, Object> sent = new LinkedHashMap<>();
        for (VariableInstanceEntity variable : changedInThisCommand()) {
            FormFields.Field field = fields.get(variable.getName());
            if (field != null && field.readOnly() && unchanged(variable, task)) {
                continue;
            }
            sent.put(variable.getName(), variable.getTypedValue(true).getValue());
        }
        List<Words> problems = problems(fields, sent, false);
        fields.values().stream().filter(f -> f.required() && !f.readOnly() && !sent.containsKey(f.key()))
                .forEach(f -> {
                    Words problem = f.problem(task.getVariable(f.key()));
                    if (problem != null) {
                        problems.add(named(f, problem));
                    }
                });
        refuse(problems);
    }

    private static List<Words> problems(Map<String, FormFields.Field> fields, Map<String, Object> sent, boolean start) {
        List<Words> problems = new ArrayList<>();
        sent.forEach((name, value) -> {
            FormFields.Field field = fields.get(name);
            if (field == null) {
                problems.add(new Words("“" + name + "”不是此表单的字段。", "'" + name + "' is not a field of this form."));
            } else if (field.readOnly()) {
                problems.add(named(field, new Words("仅供查看，不能修改。", "is shown to be read, not changed.")));
            } else {
                Words problem = field.problem(value);
                if (problem != null) {
                    problems.add(named(field, problem));
                }
            }
        });
        if (start) {
            fields.values().stream().filter(f -> f.required() && !sent.containsKey(f.key()))
                    .forEach(f -> problems.add(named(f, new Words("为必填项。", "is required."))));
        }
        return problems;
    }

    /** “会议日期”（meetingDate）为必填项。 'Meeting date' (meetingDate) is required. */
    static Words named(FormFields.Field field, Words problem) {
        Words name = field.name();
        return new Words(name.zh() + problem.zh(), name.en() + " " + problem.en());
    }

    private static void refuse(List<Words> problems) {
        if (!problems.isEmpty()) {
            throw new Refusal(Words.join(problems));
        }
    }

    /** Tasklist and /engine-rest always act for a signed-in person; the application's own calls for none. */
    private static boolean byPerson() {
        return Context.getCommandContext().getAuthentication() != null;
    }

    /** The variables this command created or changed (what a form or a REST client just sent, among others). */
    static List<VariableInstanceEntity> changedInThisCommand() {
        DbEntityCache cache = Context.getCommandContext().getDbEntityManager().getDbEntityCache();
        return cache.getEntitiesByType(VariableInstanceEntity.class).stream()
                .filter(variable -> !cache.isDeleted(variable))
                .filter(variable -> cache.isTransient(variable) || dirty(cache.getCachedEntity(variable))
                        || variable.getByteArrayValueId() != null
                        && dirty(cache.getCachedEntity(ByteArrayEntity.class, variable.getByteArrayValueId())))
                .toList();
    }

    private static boolean dirty(CachedDbEntity cached) {
        return cached != null && (cached.getEntityState() == DbEntityState.TRANSIENT || cached.isDirty());
    }

    /**
     * Tasklist sends a read-only input back, possibly as text where the variable was a number. The value as it
     * stands in the database, in this transaction before the engine writes: the same words are no change, and
     * the variable keeps its type.
     */
    private boolean unchanged(VariableInstanceEntity variable, DelegateTask task) {
        Object sent = variable.getTypedValue(false).getValue();
        List<Map<String, Object>> rows = jdbc.getObject().queryForList(
                "select TYPE_, TEXT_, LONG_, DOUBLE_ from ACT_RU_VARIABLE where ID_ = ?", variable.getId());
        if (rows.isEmpty()) {
            return words(sent).isEmpty();
        }
        Map<String, Object> row = rows.get(0);
        Object text = row.get("TEXT_");
        Number number = (Number) (row.get("LONG_") != null ? row.get("LONG_") : row.get("DOUBLE_"));
        TypedValue stored = switch ((String) row.get("TYPE_")) {
            case "null" -> Variables.untypedNullValue();
            case "string" -> Variables.stringValue((String) text);
            case "long" -> Variables.longValue(number.longValue());
            case "integer" -> Variables.integerValue(number.intValue());
            case "short" -> Variables.shortValue(number.shortValue());
            case "double" -> Variables.doubleValue(number.doubleValue());
            case "boolean" -> Variables.booleanValue(number.longValue() == 1);
            default -> null;
        };
        if (stored == null || !words(stored.getValue()).equals(words(sent))) {
            return false;
        }
        if (variable.getTaskId() != null) {
            task.setVariableLocal(variable.getName(), stored);
        } else {
            variable.getExecution().setVariableLocal(variable.getName(), stored);
        }
        return true;
    }

    private static String words(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
