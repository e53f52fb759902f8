package cn.chia.governance.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.time.Clock;
import java.time.LocalDate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.chia.governance.charter.Language;
import cn.chia.governance.admission.ApplicantDesk;
import jakarta.annotation.PreDestroy;
import cn.chia.governance.register.CaseNumbers;
import cn.chia.governance.config.GovernanceSettings;

/**
 * The receipt given for a second application of a person or unit whose application is open. The anonymous
 * caller must not learn whether, or which, application is open for an identity number or credit code, so the
 * second application is answered as a first one is: {@code 201} with a case number of the same series (taken
 * from it, so that the next real case does not reveal a gap) and a receipt secret. With both, the status reads
 * as a new application's would (received by the named branch, under review, or on the Council's agenda, on the day
 * it was issued) and
 * an answer to a request for more information is refused as for any case that asks none. Nothing is stored: the
 * secret is an HMAC of the case number, of what the stage depends on and of the day, under a key kept in the engine's
 * properties. The real applicant is told by e-mail ({@link ApplicantDesk#tellOfSecondApplication}).
 */
@Component
class DecoyReceipts {

    private static final Logger LOG = LoggerFactory.getLogger(DecoyReceipts.class);

    static final String KEY_PROPERTY = "governance.decoy-receipt-key";

    /** How many days back a decoy's secret is recognised: a receipt followed after that reads as unknown. */
    static final int DAYS_KEPT = 400;

    private final CaseNumbers caseNumbers;
    private final TransactionTemplate transaction;
    private final ManagementService management;
    private final IdentityService identity;
    private final ApplicantDesk desk;
    private final List<String> branchGroups;
    private final Clock clock;
    private final ExecutorService letters = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "second-application-letters");
        thread.setDaemon(true);
        return thread;
    });
    private volatile byte[] key;

    DecoyReceipts(CaseNumbers caseNumbers, PlatformTransactionManager transactions, ManagementService management,
            IdentityService identity, ApplicantDesk desk, GovernanceSettings governance, Clock clock) {
        this.clock = clock;
        this.caseNumbers = caseNumbers;
        this.transaction = new TransactionTemplate(transactions);
        this.management = management;
        this.identity = identity;
        this.desk = desk;
        this.branchGroups = governance.branches().stream().map(GovernanceSettings.Branch::groupId).toList();
    }

    /** A case number of the series and the secret that shows it as a new application of this kind, received today. */
    ApplicationController.Receipt issue(boolean foreign, String branch, Language language) {
        String caseNumber = transaction.execute(status -> caseNumbers.next(CaseNumbers.Kind.APPLICATION));
        return new ApplicationController.Receipt(caseNumber,
                ReceiptSecret.grouped(secret(mac(), caseNumber, foreign, branch, language, LocalDate.now(clock))));
    }

    /**
     * Tells the applicant of the open case, by a letter sent after the answer: the answer to the second
     * application takes the same time whether the mail server is quick, slow or down.
     */
    void tellTheApplicant(String openCase) {
        LocalDate today = LocalDate.now(clock);
        letters.execute(() -> {
            try {
                desk.tellOfSecondApplication(openCase, today);
            } catch (RuntimeException failed) {
                LOG.error("The letter about a second application to the applicant of {} was not sent", openCase, failed);
            }
        });
    }

    @PreDestroy
    void stop() throws InterruptedException {
        letters.shutdown();
        letters.awaitTermination(15, TimeUnit.SECONDS);
    }

    /**
     * The status of a receipt this class issued, if {@code canonical} ({@link ReceiptSecret#canonical}) is its secret:
     * one issued on one of the last {@link #DAYS_KEPT} days, or one of the 32 hexadecimal characters given before
     * (which carry no date).
     */
    Optional<ApplicantDesk.Status> status(String caseNumber, String canonical) {
        byte[] given = canonical.getBytes(StandardCharsets.US_ASCII);
        boolean old = canonical.length() == 32;
        LocalDate today = LocalDate.now(clock);
        List<String> branches = new ArrayList<>(branchGroups);
        branches.add(null);
        Mac mac = mac();
        Optional<ApplicantDesk.Status> found = Optional.empty();
        for (int daysAgo = 0; daysAgo <= (old ? 0 : DAYS_KEPT); daysAgo++) {
            LocalDate day = today.minusDays(daysAgo);
            for (Language language : Language.values()) {
                for (String branch : branches) {
                    for (boolean foreign : new boolean[] {false, true}) {
                        if (foreign && branch != null) {
                            continue;
                        }
                        String candidate = old ? oldSecret(mac, caseNumber, foreign, branch, language)
                                : secret(mac, caseNumber, foreign, branch, language, day);
                        // every candidate is compared, so that the time does not tell which one matched
                        if (MessageDigest.isEqual(given, candidate.getBytes(StandardCharsets.US_ASCII)) && found.isEmpty()) {
                            found = Optional.of(desk.asReceived(caseNumber, foreign, branch, language, old ? null : day));
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The secret (canonical, 16 characters) of a receipt of this kind issued on {@code day}. */
    private static String secret(Mac mac, String caseNumber, boolean foreign, String branch, Language language,
            LocalDate day) {
        byte[] tag = mac.doFinal(String.join("\n", caseNumber, foreign ? "FOREIGN" : "", branch == null ? "" : branch,
                language.code(), day.toString()).getBytes(StandardCharsets.UTF_8));
        return ReceiptSecret.encode(Arrays.copyOf(tag, 10));
    }

    /** The secret of a receipt issued before the secrets were shortened: 32 hexadecimal characters, no date. */
    private static String oldSecret(Mac mac, String caseNumber, boolean foreign, String branch, Language language) {
        byte[] tag = mac.doFinal(String.join("\n", caseNumber, foreign ? "FOREIGN" : "", branch == null ? "" : branch,
                language.code()).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(Arrays.copyOf(tag, 16));
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The key, created on first use and kept in the engine's properties so that every node and restart shares it. */
    private byte[] key() {
        byte[] current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    Authentication caller = identity.getCurrentAuthentication();
                    identity.clearAuthentication();
                    try {
                        String stored = management.getProperties().get(KEY_PROPERTY);
                        if (stored == null) {
                            byte[] fresh = new byte[32];
                            new SecureRandom().nextBytes(fresh);
                            stored = HexFormat.of().formatHex(fresh);
                            management.setProperty(KEY_PROPERTY, stored);
                        }
                        key = HexFormat.of().parseHex(stored);
                    } finally {
                        if (caller != null) {
                            identity.setAuthentication(caller);
                        }
                    }
                }
                current = key;
            }
        }
        return current;
    }
}
