package cn.chia.governance.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.chia.governance.admission.AdmissionCase;
import cn.chia.governance.admission.ApplicantDesk;
import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.register.Notifier;
import cn.chia.governance.register.ReceiptSecrets;
import jakarta.annotation.PreDestroy;

/**
 * A new receipt secret for an applicant who lost theirs, sent to the e-mail address of the application when the
 * address typed again is that one (compared without regard to case). The caller's answer is the same whatever
 * happens, and comes before anything is looked up: the work is done after the answer, so that neither the answer
 * nor its time tells whether the application exists or the address matches. The new secret replaces the old one
 * ({@link ReceiptSecrets}) in the same transaction as the letter is stored and sent; a failed send changes nothing.
 * At most {@link #PER_CASE} new secrets per case and hour, so that nobody floods an applicant's mailbox. Without
 * mail configured nothing is issued: a secret nobody receives would only lock the applicant out.
 */
@Component
class LostReceiptSecrets {

    private static final Logger LOG = LoggerFactory.getLogger(LostReceiptSecrets.class);

    /** New secrets per case and hour. */
    static final GovernanceSettings.Limit PER_CASE = new GovernanceSettings.Limit(3, Duration.ofHours(1));

    private final ApplicantDesk desk;
    private final ReceiptSecrets secrets;
    private final Notifier notifier;
    private final RateLimit rates;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExecutorService letters = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "new-receipt-secrets");
        thread.setDaemon(true);
        return thread;
    });

    LostReceiptSecrets(ApplicantDesk desk, ReceiptSecrets secrets, Notifier notifier, RateLimit rates,
            PlatformTransactionManager transactions, Clock clock) {
        this.desk = desk;
        this.secrets = secrets;
        this.notifier = notifier;
        this.rates = rates;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Asks for a new secret of {@code caseNumber} to be sent to {@code email}, if that is the application's address. */
    void ask(String caseNumber, String email) {
        LocalDate today = LocalDate.now(clock);
        letters.execute(() -> {
            try {
                issue(caseNumber, email.strip(), today);
            } catch (RuntimeException failed) {
                LOG.error("A new receipt secret for {} was not sent; the old one still works", caseNumber, failed);
            }
        });
    }

    private void issue(String caseNumber, String email, LocalDate today) {
        AdmissionCase.Contact contact = desk.contact(caseNumber).orElse(null);
        if (contact == null || contact.email() == null
                || !contact.email().strip().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT))) {
            LOG.info("A new receipt secret was asked for {} with an address that is not the application's", caseNumber);
            return;
        }
        if (!notifier.sendsMail()) {
            LOG.warn("A new receipt secret was asked for {}, but no mail server is configured: none was issued", caseNumber);
            return;
        }
        if (rates.count("new-secret-case|" + caseNumber, PER_CASE).isPresent()) {
            LOG.info("More than {} new receipt secrets asked for {} within {}: none issued", PER_CASE.limit(), caseNumber,
                    PER_CASE.window());
            return;
        }
        String secret = ReceiptSecret.fresh();
        transaction.executeWithoutResult(status -> {
            secrets.replace(caseNumber, ReceiptSecret.hashOf(secret).orElseThrow());
            desk.sendNewSecret(caseNumber, contact, secret, today);
        });
        LOG.info("A new receipt secret for {} was sent to the application's address", caseNumber);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        letters.shutdown();
        letters.awaitTermination(15, TimeUnit.SECONDS);
    }
}
