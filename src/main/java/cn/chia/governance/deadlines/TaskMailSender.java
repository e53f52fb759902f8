package cn.chia.governance.deadlines;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Language;
import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.process.Texts;
import cn.chia.governance.register.Notifier;
import cn.chia.governance.register.TaskMails;
import cn.chia.governance.register.TaskMails.Choices;
import cn.chia.governance.register.TaskMails.Kind;
import cn.chia.governance.register.TaskMails.Outcome;
import cn.chia.governance.register.TaskMails.Waiting;

/**
 * Sends the waiting mail about tasks, person by person, in each person's language ({@link Choices#language()}): one
 * mail per task when the person got none in the last {@code governance.task-mail.interval} (an hour), else, at the end
 * of that hour, one digest of what came in between. At the time of sending, a task completed or deleted in the
 * meantime is left out (and nothing is sent for it), a person who turned the mail off or has no address gets nothing.
 * Runs in the mail job ({@link TaskMailJob}) under the outbox's lock.
 */
@Component
public class TaskMailSender {

    private static final Logger LOG = LoggerFactory.getLogger(TaskMailSender.class);

    /** A name written "中文 English": the Chinese half, then the English one. */
    private static final Pattern BILINGUAL = Pattern.compile("^([^A-Za-z]*[\\u3400-\\u9fff][^A-Za-z]*?)\\s+([A-Za-z].*)$");

    /** When a send failed, the next try. */
    private static final Duration RETRY = Duration.ofMinutes(5);

    private final TaskMails mails;
    private final Notifier notifier;
    private final Texts texts;
    private final Clock clock;
    private final IdentityService identity;
    private final TaskService tasks;
    private final Duration interval;
    private final String tasklistUrl;

    TaskMailSender(TaskMails mails, Notifier notifier, Texts texts, Clock clock, IdentityService identity,
            TaskService tasks, GovernanceSettings settings) {
        this.mails = mails;
        this.notifier = notifier;
        this.texts = texts;
        this.clock = clock;
        this.identity = identity;
        this.tasks = tasks;
        this.interval = settings.taskMail().interval();
        this.tasklistUrl = settings.taskMail().tasklistUrl();
    }

    /** Sends what may be sent now; the time at which what has to wait may be sent, if anything waits. */
    public Optional<Instant> sendWaiting() {
        mails.lock();
        Map<String, List<Waiting>> byPerson = new LinkedHashMap<>();
        for (Waiting row : mails.waiting()) {
            byPerson.computeIfAbsent(row.userId(), person -> new ArrayList<>()).add(row);
        }
        Instant next = null;
        for (Map.Entry<String, List<Waiting>> person : byPerson.entrySet()) {
            Instant waitUntil = send(person.getKey(), person.getValue());
            if (waitUntil != null && (next == null || waitUntil.isBefore(next))) {
                next = waitUntil;
            }
        }
        return Optional.ofNullable(next);
    }

    /** Sends the person's waiting rows, or sets them aside; the time to try again when they must wait. */
    private Instant send(String userId, List<Waiting> rows) {
        if (!notifier.sendsMail()) {
            rows.forEach(row -> mails.done(row.id(), Outcome.NO_MAIL_SERVER));
            return null;
        }
        Choices choices = mails.choices(userId);
        if (!choices.mailEnabled()) {
            rows.forEach(row -> mails.done(row.id(), Outcome.MAIL_OFF));
            return null;
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
            rows.forEach(row -> mails.done(row.id(), Outcome.NO_ADDRESS));
            return null;
        }
        List<Item> open = new ArrayList<>();
        for (Waiting row : rows) {
            Task task = tasks.createTaskQuery().taskId(row.taskId()).singleResult();
            if (task == null) {
                mails.done(row.id(), Outcome.TASK_DONE);
            } else {
                open.add(new Item(row, task, TaskDeadline.caseOf(tasks, task.getId())));
            }
        }
        if (open.isEmpty()) {
            return null;
        }
        Optional<LocalDateTime> last = mails.lastMailTo(userId);
        LocalDateTime now = LocalDateTime.now(clock);
        if (last.isPresent() && last.get().plus(interval).isAfter(now)) {
            return last.get().plus(interval).atZone(clock.getZone()).toInstant();
        }
        Language language = choices.language();
        String name = name(user, language);
        String subject;
        String body;
        if (open.size() == 1) {
            Item item = open.get(0);
            subject = texts.get(language, "taskmail.subject." + item.row().kind(), half(item.task().getName(), language),
                    caseNumber(item), due(item, language));
            body = texts.get(language, "greeting", name) + "\n\n" + texts.get(language, "taskmail.intro." + item.row().kind())
                    + "\n\n" + describe(item, language) + "\n\n" + texts.get(language, "taskmail.footer");
        } else {
            subject = texts.get(language, "taskmail.subject.DIGEST", open.size());
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < open.size(); i++) {
                Item item = open.get(i);
                list.append(i + 1).append(". ").append(texts.get(language, "taskmail.kind." + item.row().kind()))
                        .append("\n").append(describe(item, language).indent(3)).append("\n");
            }
            body = texts.get(language, "greeting", name) + "\n\n" + texts.get(language, "taskmail.intro.DIGEST", open.size())
                    + "\n\n" + list.toString().stripTrailing() + "\n\n" + texts.get(language, "taskmail.footer");
        }
        try {
            notifier.mail(user.getEmail(), subject, body);
        } catch (MailException failed) {
            LOG.warn("Mail about {} task(s) to {} not sent, tried again in {}: {}", open.size(), userId, RETRY,
                    failed.getMessage());
            return clock.instant().plus(RETRY);
        }
        Outcome outcome = open.size() == 1 ? Outcome.SENT : Outcome.DIGEST;
        open.forEach(item -> mails.done(item.row().id(), outcome));
        return null;
    }

    private record Item(Waiting row, Task task, TaskDeadline.CaseOfTask of) {
    }

    private String describe(Item item, Language language) {
        String caseShown = caseNumber(item) + (item.of().title() == null ? "" : " " + item.of().title());
        return String.join("\n",
                texts.get(language, "taskmail.task", half(item.task().getName(), language)),
                texts.get(language, "taskmail.case", caseShown.strip()),
                texts.get(language, "taskmail.due", due(item, language)),
                texts.get(language, "taskmail.link", link(item.task().getId())));
    }

    /** The link straight to the task in Tasklist. */
    String link(String taskId) {
        return tasklistUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }

    private static String caseNumber(Item item) {
        return item.of().number() == null ? "" : item.of().number();
    }

    private static String due(Item item, Language language) {
        return item.task().getDueDate() == null ? "—"
                : Texts.date(language, TaskDeadlines.dueDay(item.task().getDueDate()));
    }

    /** The half of a name "中文 English" in the language; the whole name when it is not written so. */
    static String half(String name, Language language) {
        if (name == null) {
            return "";
        }
        Matcher bilingual = BILINGUAL.matcher(name.strip());
        if (!bilingual.matches()) {
            return name;
        }
        return language == Language.ZH ? bilingual.group(1).strip() : bilingual.group(2).strip();
    }

    /** The person's name as a letter addresses it: a Chinese name family name first, a Latin one given name first. */
    private static String name(User user, Language language) {
        String first = user.getFirstName() == null ? "" : user.getFirstName().strip();
        String last = user.getLastName() == null ? "" : user.getLastName().strip();
        String name = (first + last).matches(".*[A-Za-z].*") ? (first + " " + last).strip() : last + first;
        return name.isEmpty() ? user.getId() : half(name, language);
    }
}
