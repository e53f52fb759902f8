package cn.chia.governance.process;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * What every user task of every procedure shows besides its form, whoever may open it: the case's number and title as
 * the task's own variables (the columns of the Tasklist filters: a role that may read the task but not the whole case,
 * a branch, still sees whose case it is), and {@link TaskVariables#CASE_HISTORY}, the case's history until the task was created —
 * who did what, when, with what they entered — in Chinese and English, read from the engine's history when the task
 * is created. A ballot task has no history, and no history shows what anyone entered in a ballot.
 */
@Component
public class TaskSights extends AbstractProcessEnginePlugin {

    /** Forms whose entries are a person's vote: the history says who completed them, never what they chose. */
    static final Set<String> BALLOT_FORMS = Set.of("cast-ballot", "cast-secret-ballot");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
            .withZone(ProcessConfiguration.ASSOCIATION_ZONE);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                boolean ballot = BALLOT_FORMS.contains(element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef"));
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, task -> show(task, !ballot));
            }
        });
    }

    private static void show(DelegateTask task, boolean withHistory) {
        TaskVariables shown = new TaskVariables(task);
        shown.showCase();
        if (!withHistory) {
            return; // an elector's ballot does not show who else has voted so far
        }
        shown.showHistory(Context.getCommandContext().runWithoutAuthorization(
                () -> history(task.getProcessInstanceId(), task.getProcessDefinitionId())));
    }

    /** The case's history in lines, oldest first: its start, each completed task, each decision received. */
    static String history(String processInstanceId, String processDefinitionId) {
        var engine = Context.getProcessEngineConfiguration();
        HistoryService history = engine.getHistoryService();
        IdentityService identity = engine.getIdentityService();
        var model = engine.getRepositoryService().getBpmnModelInstance(processDefinitionId);
        List<String> lines = new ArrayList<>();
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance != null) {
            lines.add(when(instance.getStartTime()) + " 立案 Case opened — " + who(identity, instance.getStartUserId()));
        }
        Map<String, List<HistoricVariableUpdate>> entered = new HashMap<>();
        for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(processInstanceId)
                .variableUpdates().disableBinaryFetching().orderByTime().asc().list()) {
            if (detail instanceof HistoricVariableUpdate update && update.getActivityInstanceId() != null) {
                entered.computeIfAbsent(update.getActivityInstanceId(), id -> new ArrayList<>()).add(update);
            }
        }
        for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).finished().orderByHistoricActivityInstanceEndTime().asc()
                .orderPartiallyByOccurrence().asc().list()) {
            boolean task = "userTask".equals(step.getActivityType());
            boolean decision = "intermediateMessageCatch".equals(step.getActivityType());
            if (!task && !decision || step.isCanceled()) {
                continue;
            }
            StringBuilder line = new StringBuilder(when(step.getEndTime())).append(' ').append(step.getActivityName());
            if (task) {
                line.append(" — ").append(who(identity, step.getAssignee()));
                var element = model == null ? null : model.getModelElementById(step.getActivityId());
                String form = element == null ? null
                        : element.getAttributeValueNs(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS.getNamespaceUri(), "formRef");
                if (form != null && !BALLOT_FORMS.contains(form)) {
                    Map<String, FormFields.Field> fields = FormFields.of(form);
                    for (HistoricVariableUpdate update : entered.getOrDefault(step.getId(), List.of())) {
                        FormFields.Field field = fields.get(update.getVariableName());
                        if (field != null && !field.readOnly() && !field.structured() && update.getValue() != null
                                && !update.getValue().toString().isBlank()) {
                            line.append("；").append(field.label() == null ? field.key() : field.label()).append("：")
                                    .append(field.words(update.getValue()));
                        }
                    }
                }
            } else {
                Map<String, Object> sent = new HashMap<>();
                entered.getOrDefault(step.getId(), List.of()).forEach(u -> sent.put(u.getVariableName(), u.getValue()));
                if (sent.get(WaitingCase.RESOLUTION_NUMBER) != null) {
                    line.append("；决议 Resolution：").append(sent.get(WaitingCase.RESOLUTION_NUMBER));
                }
                for (String reason : List.of(WaitingCase.DECISION_REASON_ZH, WaitingCase.DECISION_REASON)) {
                    if (sent.get(reason) != null) {
                        line.append("；").append(sent.get(reason));
                    }
                }
            }
            lines.add(line.toString());
        }
        return lines.isEmpty() ? "（尚无记录 Nothing recorded yet）" : String.join("\n", lines);
    }

    private static String when(Date date) {
        return date == null ? "" : WHEN.format(date.toInstant());
    }

    /** The person's name and account; an application sent through the public page has no account. */
    private static String who(IdentityService identity, String userId) {
        if (userId == null) {
            return "申请人或系统 the applicant or the system";
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        String name = user == null ? "" : ((user.getLastName() == null ? "" : user.getLastName())
                + (user.getFirstName() == null ? "" : user.getFirstName())).strip();
        return name.isEmpty() ? userId : name + "（" + userId + "）";
    }
}
