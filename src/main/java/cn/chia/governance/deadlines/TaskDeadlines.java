package cn.chia.governance.deadlines;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.process.ProcessConfiguration;
import cn.chia.governance.register.Notifier;
import cn.chia.governance.register.TaskMails;

/**
 * A due date on every user task of every procedure, and mail to the people who can take it. One create listener for
 * every user task, added when a model is deployed (a new procedure gets it without a line): it sets the task's Camunda
 * due date from the settings ({@link DueDates}) unless the model set one, shows it on the task's form in both
 * languages ({@link TaskDeadline}), and, with a mail server configured, puts a row per person in the outbox
 * ({@link TaskMails}): the assignee, else every member of the candidate groups and every candidate user. The rows are
 * written in the transaction that creates the task and sent after its commit by a job ({@link TaskMailJob}); a task
 * rolled back sends nothing. Appended after the model's own listeners, so that an assignee or due date they set counts.
 * A ballot task gets no variable (it holds none, docs/security.md), but its due date and its mail.
 */
@Component
public class TaskDeadlines extends AbstractProcessEnginePlugin {

    /** Forms whose entries are a person's vote: no variable on these tasks. */
    static final Set<String> BALLOT_FORMS = Set.of("cast-ballot", "cast-secret-ballot");

    private final DueDates dueDates;
    private final ObjectProvider<TaskMails> mails;
    private final ObjectProvider<Notifier> notifier;
    private final ObjectProvider<TaskMailSender> sender;

    TaskDeadlines(GovernanceSettings settings, ObjectProvider<TaskMails> mails, ObjectProvider<Notifier> notifier,
            ObjectProvider<TaskMailSender> sender) {
        this.dueDates = new DueDates(settings.dueDates(), settings.privacy());
        this.mails = mails;
        this.notifier = notifier;
        this.sender = sender;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                String form = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
                boolean ballot = form != null && BALLOT_FORMS.contains(form);
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, task -> created(task, ballot));
            }
        });
        if (configuration.getCustomJobHandlers() == null) {
            configuration.setCustomJobHandlers(new ArrayList<>());
        }
        configuration.getCustomJobHandlers().add(new TaskMailJob(sender));
    }

    private void created(DelegateTask task, boolean ballot) {
        if (task.getDueDate() == null) {
            ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(ProcessConfiguration.ASSOCIATION_ZONE);
            task.setDueDate(Date.from(now.plus(dueDates.of(task.getTaskDefinitionKey())).toInstant()));
        }
        if (!ballot) {
            new TaskDeadline(task).show(dueDay(task.getDueDate()));
        }
        if (notifier.getObject().sendsMail()) {
            for (String person : people(task)) {
                mails.getObject().queue(person, task.getId(), TaskMails.Kind.NEW_TASK);
            }
            TaskMailJob.sendSoon(Context.getCommandContext(), null);
        }
    }

    static LocalDate dueDay(Date due) {
        return due.toInstant().atZone(ProcessConfiguration.ASSOCIATION_ZONE).toLocalDate();
    }

    /** Who can take the task: its assignee, else the members of its candidate groups and its candidate users. */
    static Set<String> people(DelegateTask task) {
        IdentityService identity = Context.getProcessEngineConfiguration().getIdentityService();
        return people(task.getAssignee(), task.getCandidates(), group -> Context.getCommandContext()
                .runWithoutAuthorization(() -> identity.createUserQuery().memberOfGroup(group).orderByUserId().asc()
                        .list()));
    }

    /**
     * Who can take a task assigned to {@code assignee} (null: none) with the identity links {@code links}: the
     * assignee, else the candidate users and the members ({@code membersOf}) of the candidate groups.
     */
    static Set<String> people(String assignee, Collection<? extends IdentityLink> links,
            Function<String, List<User>> membersOf) {
        Set<String> people = new LinkedHashSet<>();
        if (assignee != null) {
            people.add(assignee);
            return people;
        }
        for (IdentityLink link : links) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getUserId() != null) {
                people.add(link.getUserId());
            } else if (link.getGroupId() != null) {
                membersOf.apply(link.getGroupId()).stream().map(User::getId).forEach(people::add);
            }
        }
        return people;
    }
}
