package cn.chia.governance.register;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receipt secrets given again to applicants who lost theirs: the SHA-256 of the latest one of a case, which
 * replaces the one the case started with (kept by the case itself). The secret itself is never stored.
 */
@Component
public class ReceiptSecrets {

    private final JdbcClient jdbc;
    private final Clock clock;

    public ReceiptSecrets(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The hash of the secret given again for {@code caseNumber}, if one was. */
    public Optional<String> replacement(String caseNumber) {
        return jdbc.sql("SELECT secret_hash FROM gov_receipt_secret WHERE case_number = ?").param(caseNumber)
                .query(String.class).optional();
    }

    /** Records {@code secretHash} as the only secret of {@code caseNumber} from now on. */
    @Transactional
    public void replace(String caseNumber, String secretHash) {
        int updated = jdbc.sql("UPDATE gov_receipt_secret SET secret_hash = ?, issued_at = ? WHERE case_number = ?")
                .params(secretHash, LocalDateTime.now(clock), caseNumber).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO gov_receipt_secret (case_number, secret_hash, issued_at) VALUES (?, ?, ?)")
                    .params(caseNumber, secretHash, LocalDateTime.now(clock)).update();
        }
    }
}
