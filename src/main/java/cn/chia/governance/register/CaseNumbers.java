package cn.chia.governance.register;

import java.time.Clock;
import java.time.Year;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues the association's case numbers, {@code PREFIX-YEAR-NUMBER} (MTG-2026-0001, RES-2026-0007,
 * APP-2026-000123, membership numbers CHIA-2026-000123), without gaps and in the caller's transaction: a
 * rolled-back case returns its number.
 */
@Component
public class CaseNumbers {

    public enum Kind {
        MEETING("MTG", 4), RESOLUTION("RES", 4), APPLICATION("APP", 6), EXPULSION("EXP", 4), TERM_CHANGE("TRM", 4),
        DIRECTOR_ADJUSTMENT("DIR", 4), DIRECTOR_ABSENCE("ABS", 4),
        WITHDRAWAL("WDR", 4),
        HONORARY_MEMBERSHIP("HON", 4),
        BALLOT("BAL", 4),
        ASSEMBLY_MATTER("GAM", 4),
        GENERAL_ELECTION("GEL", 4),
        MEMBER("CHIA", 6);

        final String prefix;
        final int digits;

        Kind(String prefix, int digits) {
            this.prefix = prefix;
            this.digits = digits;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate savepoint;

    public CaseNumbers(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public String next(Kind kind) {
        int year = Year.now(clock).getValue();
        long number = increment(kind.prefix, year);
        return String.format("%s-%d-%0" + kind.digits + "d", kind.prefix, year, number);
    }

    private long increment(String prefix, int year) {
        int updated = jdbc.sql("UPDATE gov_case_number SET last_number = last_number + 1 WHERE prefix = ? AND case_year = ?")
                .params(prefix, year).update();
        if (updated == 0) {
            try {
                // within a savepoint: PostgreSQL refuses every further statement of a transaction whose statement
                // failed, so the race for the year's first number must not fail the caller's transaction
                savepoint.executeWithoutResult(status -> jdbc.sql(
                        "INSERT INTO gov_case_number (prefix, case_year, last_number) VALUES (?, ?, 1)")
                        .params(prefix, year).update());
                return 1;
            } catch (DuplicateKeyException firstOfTheYearTakenMeanwhile) {
                return increment(prefix, year);
            }
        }
        return jdbc.sql("SELECT last_number FROM gov_case_number WHERE prefix = ? AND case_year = ?")
                .params(prefix, year).query(Long.class).single();
    }
}
