package cn.chia.governance.register;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Language;

/**
 * The outbox of mail about tasks (gov_task_mail), each person's choices about it (gov_task_mail_person), and the
 * deadline notices sent once per task (gov_task_deadline_notice). Written in the transaction of the engine's command
 * that creates or checks a task; read by the mail job after the commit.
 */
@Component
public class TaskMails {

    /** What a row tells: a new task, or a due date near. */
    public enum Kind { NEW_TASK, REMINDER }

    /** What became of a row. */
    public enum Outcome { SENT, DIGEST, TASK_DONE, MAIL_OFF, NO_ADDRESS, NO_MAIL_SERVER }

    /** A row waiting to be sent. */
    public record Waiting(long id, String userId, String taskId, Kind kind, LocalDateTime queuedAt) {
    }

    /** A person's choices: mail on or off, the language chosen (null: none), the language last seen in the webapps. */
    public record Choices(String userId, boolean mailEnabled, Language chosen, Language seen) {

        /** The language of the person's mail: chosen, else seen in the webapps, else Chinese. */
        public Language language() {
            return chosen != null ? chosen : seen != null ? seen : Language.ZH;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public TaskMails(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void queue(String userId, String taskId, Kind kind) {
        jdbc.sql("INSERT INTO gov_task_mail (user_id, task_id, kind, queued_at) VALUES (?, ?, ?, ?)")
                .params(userId, taskId, kind.name(), LocalDateTime.now(clock)).update();
    }

    /**
     * Holds the mail lock until the transaction ends: a second sender (another job, another node) waits here, and
     * then finds sent what the first one sent.
     */
    public void lock() {
        jdbc.sql("UPDATE gov_task_mail_lock SET locked_at = ? WHERE id = 1").param(LocalDateTime.now(clock)).update();
    }

    /** Every row not yet sent, oldest first. */
    public List<Waiting> waiting() {
        return jdbc.sql("SELECT id, user_id, task_id, kind, queued_at FROM gov_task_mail WHERE sent_at IS NULL ORDER BY id")
                .query((rs, row) -> new Waiting(rs.getLong("id"), rs.getString("user_id"), rs.getString("task_id"),
                        Kind.valueOf(rs.getString("kind")), rs.getObject("queued_at", LocalDateTime.class)))
                .list();
    }

    /** When the person was last sent a mail about tasks; empty if never. */
    public Optional<LocalDateTime> lastMailTo(String userId) {
        return jdbc.sql("""
                SELECT MAX(sent_at) FROM gov_task_mail WHERE user_id = ? AND outcome IN ('SENT', 'DIGEST')""")
                .param(userId).query((rs, row) -> Optional.ofNullable(rs.getObject(1, LocalDateTime.class))).single();
    }

    public void done(long id, Outcome outcome) {
        jdbc.sql("UPDATE gov_task_mail SET sent_at = ?, outcome = ? WHERE id = ? AND sent_at IS NULL")
                .params(LocalDateTime.now(clock), outcome.name(), id).update();
    }

    /** What became of the rows of a task, per person: for a test and an operator's question. */
    public List<String> outcomes(String taskId) {
        return jdbc.sql("SELECT user_id, kind, outcome FROM gov_task_mail WHERE task_id = ? ORDER BY id").param(taskId)
                .query((rs, row) -> rs.getString("user_id") + " " + rs.getString("kind") + " " + rs.getString("outcome"))
                .list();
    }

    public Choices choices(String userId) {
        return jdbc.sql("SELECT * FROM gov_task_mail_person WHERE user_id = ?").param(userId)
                .query((rs, row) -> new Choices(userId, rs.getBoolean("mail_enabled"), language(rs.getString("language")),
                        language(rs.getString("seen_language"))))
                .optional().orElse(new Choices(userId, true, null, null));
    }

    /** The person's choice; a null language keeps the one chosen before. */
    public Choices choose(String userId, boolean mailEnabled, Language language) {
        Choices before = choices(userId);
        Language chosen = language != null ? language : before.chosen();
        save(new Choices(userId, mailEnabled, chosen, before.seen()));
        return choices(userId);
    }

    /** The language the person's webapps show, as last seen. */
    public void seen(String userId, Language language) {
        Choices before = choices(userId);
        if (language != before.seen()) {
            save(new Choices(userId, before.mailEnabled(), before.chosen(), language));
        }
    }

    private void save(Choices choices) {
        String chosen = choices.chosen() == null ? null : choices.chosen().code();
        String seen = choices.seen() == null ? null : choices.seen().code();
        int updated = jdbc.sql("UPDATE gov_task_mail_person SET mail_enabled = ?, language = ?, seen_language = ? WHERE user_id = ?")
                .params(choices.mailEnabled(), chosen, seen, choices.userId()).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO gov_task_mail_person (user_id, mail_enabled, language, seen_language) VALUES (?, ?, ?, ?)")
                        .params(choices.userId(), choices.mailEnabled(), chosen, seen).update();
            } catch (DuplicateKeyException sameMoment) {
                jdbc.sql("UPDATE gov_task_mail_person SET mail_enabled = ?, language = ?, seen_language = ? WHERE user_id = ?")
                        .params(choices.mailEnabled(), chosen, seen, choices.userId()).update();
            }
        }
    }

    /** Records the task's notice of that kind; false when it was recorded before (by this node or another). */
    public boolean firstNotice(String taskId, String kind) {
        if (jdbc.sql("SELECT COUNT(*) FROM gov_task_deadline_notice WHERE task_id = ? AND kind = ?").params(taskId, kind)
                .query(Long.class).single() > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO gov_task_deadline_notice (task_id, kind, noticed_at) VALUES (?, ?, ?)")
                .params(taskId, kind, LocalDateTime.now(clock)).update();
        return true;
    }

    private static Language language(String code) {
        return code == null ? null : Language.of(code);
    }
}
