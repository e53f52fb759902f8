package cn.chia.governance.process;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.EventSubscriptionDeclaration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.Matter;

/**
 * A case that waits for a body's decision ({@link WaitingCase#DECISION_TAKEN}) has no user task: it waits at a
 * message catch event, so no Tasklist filter, which lists tasks, can show it. While it waits, it therefore keeps a
 * task of its own in Tasklist, "等待理事会决定 Waiting for the Council's decision": a task without a procedure step
 * (a stand-alone task), carrying the case's number and title and, per body that may decide its matter, a mark
 * ({@link TaskVariables#waitsFor(Body)}) by which the Secretariat's filter of that body finds it. The decision completes it, and a
 * case ended otherwise deletes it; nobody but an administrator can claim or complete it (the Secretariat reads every
 * task but works only on its own), so it cannot move the case. One listener for every such wait, whatever the
 * procedure, added when a model is deployed: a new procedure that waits for a decision gets it without a line.
 */
@Component
public class DecisionAwaited extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                boolean awaitsDecision = EventSubscriptionDeclaration.getDeclarationsForScope(activity).values()
                        .stream().anyMatch(d -> WaitingCase.DECISION_TAKEN.equals(d.getUnresolvedEventName()));
                if (awaitsDecision) {
                    // appended: runs after the event's own listeners, which declare the matter awaited
                    activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) DecisionAwaited::open);
                    activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) DecisionAwaited::close);
                }
            }
        });
    }

    /**
     * Cases that already waited when this listener came (an upgrade) get their task at the start: the same as a case
     * that starts to wait now.
     */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        configuration.getCommandExecutorTxRequired().execute(context -> {
            // one query for the cases that have their task already, not one per waiting case
            Set<Object> withTask = engine.getRuntimeService().createVariableInstanceQuery()
                    .variableName(TaskVariables.WAITING_CASE).list().stream().map(VariableInstance::getValue)
                    .collect(Collectors.toSet());
            for (Execution waiting : engine.getRuntimeService().createExecutionQuery()
                    .messageEventSubscriptionName(WaitingCase.DECISION_TAKEN).list()) {
                if (!withTask.contains(waiting.getProcessInstanceId())) {
                    open(context.getExecutionManager().findExecutionById(waiting.getId()));
                }
            }
            return null;
        });
    }

    private static void open(DelegateExecution execution) {
        WaitingCase waiting = new WaitingCase(execution);
        Set<Body> bodies = bodies(waiting.declaredMatter());
        String chinese = bodies.stream().map(Body::chineseTitle).collect(Collectors.joining("或"));
        String english = bodies.stream().map(b -> "the " + b.title()).collect(Collectors.joining(" or "));
        Context.getCommandContext().runWithoutAuthorization(() -> {
            TaskService tasks = Context.getProcessEngineConfiguration().getTaskService();
            Task task = tasks.newTask();
            task.setName("等待" + chinese + "决定 Waiting for " + english + "'s decision");
            task.setDescription("本案件等待" + chinese + "在会议上作出决定；秘书处将其列入会议议程。决定记录后，此任务自动完成，无需办理。"
                    + " The case waits for " + english + " to decide at a meeting; the Secretariat puts it on a"
                    + " meeting's agenda. The task completes itself when the decision is recorded: nothing to do here.");
            tasks.saveTask(task);
            new TaskVariables(Context.getCommandContext().getTaskManager().findTaskById(task.getId()))
                    .standFor(execution.getProcessInstanceId(), waiting.caseNumber(), waiting.caseTitle(), bodies);
            return null;
        });
    }

    private static void close(DelegateExecution execution) {
        boolean decided = !((ExecutionEntity) execution).isCanceled();
        if (decided) {
            WaitingCase waiting = new WaitingCase(execution);
            StringBuilder line = new StringBuilder(TaskSights.when(ClockUtil.getCurrentTime())).append(' ')
                    .append(execution.getCurrentActivityName());
            if (waiting.resolutionNumber() != null) {
                line.append("；决议 Resolution：").append(waiting.resolutionNumber());
            }
            Object chinese = waiting.decisionReason(Language.ZH);
            Object english = waiting.decisionReason(Language.EN);
            if (chinese != null) {
                line.append("；").append(chinese);
            }
            if (english != null && !english.equals(chinese)) {
                line.append("；").append(english);
            }
            new TaskVariables(execution).record(line.toString());
        }
        Context.getCommandContext().runWithoutAuthorization(() -> {
            TaskService tasks = Context.getProcessEngineConfiguration().getTaskService();
            for (Task task : tasks.createTaskQuery()
                    .taskVariableValueEquals(TaskVariables.WAITING_CASE, execution.getProcessInstanceId()).list()) {
                if (decided) {
                    tasks.complete(task.getId());
                } else {
                    tasks.deleteTask(task.getId(), "案件已结束 The case ended");
                }
            }
            return null;
        });
    }

    /** The bodies that may decide the matter declared; every body when a case declared none it knows. */
    private static Set<Body> bodies(String matter) {
        for (Matter known : Matter.values()) {
            if (known.name().equals(matter)) {
                return known.decidingBodies();
            }
        }
        return EnumSet.allOf(Body.class);
    }
}
