package cn.chia.governance.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Language;
import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.process.ProcessConfiguration;
import cn.chia.governance.process.Texts;
import cn.chia.governance.register.Notifier;
import cn.chia.governance.register.TaskMails;

/**
 * The daily check of the tasks' due dates (process {@code task-deadlines}): a task due within
 * {@code governance.due-dates.remind-before} (2 days) has its candidates reminded, once, by mail; a task whose due date
 * was yesterday or earlier is marked overdue with how late it is (the "overdue" Tasklist filter, its column "逾期
 * Late", updated each day) and the Secretariat is told, once per task, in Chinese and English, under the task's case.
 * Today is the engine's day, in Beijing.
 */
@Component("checkTaskDeadlines")
class CheckTaskDeadlines implements JavaDelegate {

    static final String REMINDED = "REMINDER";
    static final String ESCALATED = "OVERDUE";

    private final TaskService tasks;
    private final IdentityService identity;
    private final TaskMails mails;
    private final Notifier notifier;
    private final Texts texts;
    private final Clock clock;
    private final Period remindBefore;
    private final String secretariat;
    private final TaskMailSender sender;

    CheckTaskDeadlines(TaskService tasks, IdentityService identity, TaskMails mails, Notifier notifier, Texts texts,
            Clock clock, GovernanceSettings settings, TaskMailSender sender) {
        this.tasks = tasks;
        this.identity = identity;
        this.mails = mails;
        this.notifier = notifier;
        this.texts = texts;
        this.clock = clock;
        this.remindBefore = settings.dueDates().remindBefore();
        this.secretariat = settings.mail().from();
        this.sender = sender;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = LocalDate.now(clock.withZone(ProcessConfiguration.ASSOCIATION_ZONE));
        LocalDate horizon = today.plus(remindBefore);
        Date before = Date.from(horizon.plusDays(1).atStartOfDay(ProcessConfiguration.ASSOCIATION_ZONE).toInstant());
        boolean queued = false;
        for (Task task : tasks.createTaskQuery().dueBefore(before).initializeFormKeys().orderByDueDate().asc().list()) {
            LocalDate dueDay = TaskDeadlines.dueDay(task.getDueDate());
            long late = ChronoUnit.DAYS.between(dueDay, today);
            if (late >= 1) {
                overdue(task, dueDay, late);
            } else if (mails.firstNotice(task.getId(), REMINDED) && notifier.sendsMail()) {
                for (String person : people(task)) {
                    mails.queue(person, task.getId(), TaskMails.Kind.REMINDER);
                    queued = true;
                }
            }
        }
        if (queued) {
            TaskMailJob.sendSoon(Context.getCommandContext(), null);
        }
    }

    private void overdue(Task task, LocalDate dueDay, long late) {
        boolean ballot = task.getCamundaFormRef() != null
                && TaskDeadlines.BALLOT_FORMS.contains(task.getCamundaFormRef().getKey());
        if (!ballot) {
            TaskDeadline.markLate(tasks, task.getId(), late);
        }
        if (!mails.firstNotice(task.getId(), ESCALATED)) {
            return;
        }
        TaskDeadline.CaseOfTask of = TaskDeadline.caseOf(tasks, task.getId());
        String caseNumber = of.number() == null ? "TASK-" + task.getId() : of.number();
        String who = task.getAssignee() != null ? task.getAssignee() : String.join(", ", candidates(task));
        String subject = texts.get(Language.ZH, "taskoverdue.subject", TaskMailSender.half(task.getName(), Language.ZH),
                caseNumber, Texts.date(Language.ZH, dueDay), late) + " / "
                + texts.get(Language.EN, "taskoverdue.subject", TaskMailSender.half(task.getName(), Language.EN),
                        caseNumber, Texts.date(Language.EN, dueDay), late);
        String body = texts.get(Language.ZH, "taskoverdue.body", TaskMailSender.half(task.getName(), Language.ZH),
                caseNumber, Texts.date(Language.ZH, dueDay), late, who, sender.link(task.getId())) + "\n\n"
                + texts.get(Language.EN, "taskoverdue.body", TaskMailSender.half(task.getName(), Language.EN),
                        caseNumber, Texts.date(Language.EN, dueDay), late, who, sender.link(task.getId()));
        notifier.notify(caseNumber, secretariat, subject, body);
    }

    /** Who can take the task: its assignee, else the members of its candidate groups and its candidate users. */
    private Set<String> people(Task task) {
        return TaskDeadlines.people(task.getAssignee(), tasks.getIdentityLinksForTask(task.getId()),
                group -> identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list());
    }

    /** The task's candidate groups and users, as named in the notice. */
    private Set<String> candidates(Task task) {
        Set<String> named = new LinkedHashSet<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                named.add(link.getGroupId() != null ? link.getGroupId() : link.getUserId());
            }
        }
        return named;
    }
}
