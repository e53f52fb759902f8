package cn.chia.governance.register;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import cn.chia.governance.config.GovernanceSettings;

/**
 * Every message to an applicant or member: stored with its case, and sent by SMTP when mail is configured. Each mail
 * handed to the mail server is counted, sent or failed, by kind ({@code notice}: a case's message; {@code task}: a
 * person's mail about tasks), as {@code governance_mails_sent_total} and {@code governance_mails_failed_total}.
 */
@Component
public class Notifier {

    public enum Channel { STORED, SMTP }

    public record Notification(long id, String caseNumber, String recipient, String subject, String body,
            Channel channel, LocalDateTime sentAt) {
    }

    static final String NOTICE = "notice";
    static final String TASK = "task";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JavaMailSender mail;
    private final String from;
    private final MeterRegistry meters;

    public Notifier(JdbcClient jdbc, Clock clock, ObjectProvider<JavaMailSender> mail,
            GovernanceSettings settings, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mail = mail.getIfAvailable();
        this.from = settings.mail().from();
        this.meters = meters;
        // at 0 from the start, so that a rate or an alert has a series before the first mail
        for (String kind : new String[] {NOTICE, TASK}) {
            sent(kind);
            failed(kind);
        }
    }

    /** Stores the message and, with mail configured and an address, sends it; a failed send throws (and rolls back the caller). */
    public void notify(String caseNumber, String recipient, String subject, String body) {
        notify(caseNumber, recipient, subject, body, body);
    }

    /** Whether a message to an address is sent by SMTP (mail is configured), not only stored. */
    public boolean sendsMail() {
        return mail != null;
    }

    /**
     * As {@link #notify(String, String, String, String)}, storing {@code storedBody} in place of the body sent: for a
     * message carrying a secret that must not be kept.
     */
    public void notify(String caseNumber, String recipient, String subject, String body, String storedBody) {
        boolean bySmtp = mail != null && recipient != null && !recipient.isBlank();
        jdbc.sql("""
                INSERT INTO gov_notification (case_number, recipient, subject, body, channel, sent_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(caseNumber, recipient, subject, storedBody, (bySmtp ? Channel.SMTP : Channel.STORED).name(),
                        LocalDateTime.now(clock))
                .update();
        if (bySmtp) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(recipient);
            message.setSubject(subject);
            message.setText(body);
            send(NOTICE, message);
        }
    }

    /**
     * Sends a mail that belongs to no case and is not stored (a person's mail about tasks, which gov_task_mail keeps);
     * false when no mail server is configured. A failed send throws (and rolls back the caller).
     */
    public boolean mail(String recipient, String subject, String body) {
        if (mail == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(recipient);
        message.setSubject(subject);
        message.setText(body);
        send(TASK, message);
        return true;
    }

    private void send(String kind, SimpleMailMessage message) {
        try {
            mail.send(message);
        } catch (RuntimeException failed) {
            failed(kind).increment();
            throw failed;
        }
        sent(kind).increment();
    }

    private Counter sent(String kind) {
        return Counter.builder("governance.mails.sent").tag("kind", kind)
                .description("Mails the mail server accepted on this node since it started").register(meters);
    }

    private Counter failed(String kind) {
        return Counter.builder("governance.mails.failed").tag("kind", kind)
                .description("Mails the mail server refused or did not take (the step is tried again) on this node since it"
                        + " started").register(meters);
    }

    public List<Notification> of(String caseNumber) {
        return jdbc.sql("SELECT * FROM gov_notification WHERE case_number = ? ORDER BY id").param(caseNumber)
                .query((rs, row) -> new Notification(rs.getLong("id"), rs.getString("case_number"),
                        rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
                        Channel.valueOf(rs.getString("channel")), rs.getObject("sent_at", LocalDateTime.class)))
                .list();
    }
}
