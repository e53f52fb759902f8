package cn.chia.governance.process;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * What every user task of every procedure shows besides its form, whoever may open it: the case's number and title as
 * the task's own variables (the columns of the Tasklist filters: a role that may read the task but not the whole case,
 * a branch, still sees whose case it is), and the case's history ({@link TaskVariables#CASE_HISTORY}): a line when
 * the case's first task is created (who opened it), one per task completed — when, which step, who, and what the
 * person entered in its form, in the form's words — and one per decision received ({@link DecisionAwaited}), in
 * Chinese and English. Kept as the case moves rather than read from the engine's history when a task is created:
 * the engine writes its history at the end of a transaction, so the step just completed, which created the task,
 * would be missing. Each task completed is also a line in the log, once it is committed. A ballot task is left alone: it holds no variable,
 * and its completion is recorded neither in the case nor in the log (an elector's task shows nobody else's vote, nor
 * who has voted so far).
 */
@Component
public class TaskSights extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(TaskSights.class);

    /** Forms whose entries are a person's vote. */
    static final Set<String> BALLOT_FORMS = Set.of("cast-ballot", "cast-secret-ballot");

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
            .withZone(ProcessConfiguration.ASSOCIATION_ZONE);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                String form = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                if (form == null || !BALLOT_FORMS.contains(form)) { // a ballot task holds no variable at all (docs/security.md)
                    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TaskSights::show);
                    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, TaskSights::recordDone);
                }
            }
        });
    }

    private static void show(DelegateTask task) {
        TaskVariables shown = new TaskVariables(task);
        shown.showCase();
        if (shown.caseHistory() == null) {
            TaskVariables of = new TaskVariables(task.getExecution());
            HistoricProcessInstance written = Context.getCommandContext().runWithoutAuthorization(() ->
                    Context.getProcessEngineConfiguration().getHistoryService().createHistoricProcessInstanceQuery()
                            .processInstanceId(task.getProcessInstanceId()).singleResult());
            // a case opened in this transaction is not yet in the history: opened now, by whoever is signed in
            of.record(written != null
                    ? when(written.getStartTime()) + " 立案 Case opened — " + who(written.getStartUserId())
                    : when(ClockUtil.getCurrentTime()) + " 立案 Case opened — " + who(signedIn()));
        }
    }

    private static void recordDone(DelegateTask task) {
        String person = signedIn() != null ? signedIn() : task.getAssignee();
        StringBuilder line = new StringBuilder(when(ClockUtil.getCurrentTime())).append(' ').append(task.getName())
                .append(" — ").append(who(person));
        TaskVariables entered = new TaskVariables(task);
        Set<String> changed = SubmittedFields.changedInThisCommand().stream().map(v -> v.getName())
                .collect(java.util.stream.Collectors.toSet());
        // in the words of the form the person filled in: the case's own version of it
        for (Map.Entry<String, FormFields.Field> input : FormFields.of(task).entrySet()) {
            FormFields.Field field = input.getValue();
            Object value = field.readOnly() || field.structured() || !changed.contains(input.getKey()) ? null
                    : entered.read(input.getKey());
            if (value != null && !value.toString().isBlank()) {
                line.append("；").append(field.label() == null ? field.key() : field.label()).append("：")
                        .append(field.words(value));
            }
        }
        new TaskVariables(task.getExecution()).record(line.toString());
        logOnceCommitted(task.getName(), task.getTaskDefinitionKey());
    }

    /**
     * The same event in the log, without what was entered (it may be personal data), once it happened: a completion
     * a later check refuses is rolled back, and its refusal is the line. The case number and the user of the line are
     * those of the log's context now: the engine has left it when the transaction commits.
     */
    private static void logOnceCommitted(String name, String taskKey) {
        Map<String, String> now = MDC.getCopyOfContextMap();
        Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED, committed -> {
            Map<String, String> then = MDC.getCopyOfContextMap();
            MDC.setContextMap(now == null ? Map.of() : now);
            try {
                LOG.info("Completed {} ({})", name, taskKey);
            } finally {
                MDC.setContextMap(then == null ? Map.of() : then);
            }
        });
    }

    static String when(Date date) {
        return date == null ? "" : WHEN.format(date.toInstant());
    }

    private static String signedIn() {
        Authentication caller = Context.getProcessEngineConfiguration().getIdentityService().getCurrentAuthentication();
        return caller == null ? null : caller.getUserId();
    }

    /** The person's name and account; an application sent through the public page has none. */
    private static String who(String userId) {
        if (userId == null) {
            return "申请人或系统 the applicant or the system";
        }
        IdentityService identity = Context.getProcessEngineConfiguration().getIdentityService();
        User user = Context.getCommandContext().runWithoutAuthorization(
                () -> identity.createUserQuery().userId(userId).singleResult());
        String first = user == null || user.getFirstName() == null ? "" : user.getFirstName().strip();
        String last = user == null || user.getLastName() == null ? "" : user.getLastName().strip();
        // a Chinese name family name first, without a space; a name in Latin letters as the header shows it
        String name = (first + last).matches(".*[A-Za-z].*") ? (first + " " + last).strip() : last + first;
        return name.isEmpty() ? userId : name + "（" + userId + "）";
    }
}
