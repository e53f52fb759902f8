package cn.chia.governance.register;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Year;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues the association's case numbers, {@code PREFIX-YEAR-NUMBER} (MTG-2026-0001, RES-2026-0007,
 * APP-2026-000123, membership numbers CHIA-2026-000123).
 * <p>
 * Every kind but applications is numbered without gaps, in the caller's transaction (a row of
 * {@code gov_case_number} per kind and year, locked until the case's transaction ends; a rolled-back case returns its
 * number): resolutions and membership numbers are cited in the register and the documents, and the Secretariat opens
 * its cases one at a time. Applications come from the public, many at once: their numbers come from a database
 * sequence per year ({@code gov_case_app_<year>}), which no transaction holds, so that two applications never wait for
 * each other's number. A number taken by an application that then fails (a database fault, a refused start) is not
 * given again: application numbers may have gaps, never duplicates, and still follow the order of arrival on one node
 * (docs/benchmarks.md, "Case numbers"). An application refused because its applicant already has one open takes no
 * number (the check comes first), so a gap says nothing about anyone's application.
 */
@Component
public class CaseNumbers {

    public enum Kind {
        MEETING("MTG", 4), RESOLUTION("RES", 4), APPLICATION("APP", 6, true), EXPULSION("EXP", 4), TERM_CHANGE("TRM", 4),
        DIRECTOR_ADJUSTMENT("DIR", 4), DIRECTOR_ABSENCE("ABS", 4),
        WITHDRAWAL("WDR", 4),
        HONORARY_MEMBERSHIP("HON", 4),
        BALLOT("BAL", 4),
        ASSEMBLY_MATTER("GAM", 4),
        GENERAL_ELECTION("GEL", 4),
        PERSONAL_DATA_REQUEST("PDR", 4),
        MEMBER("CHIA", 6);

        final String prefix;
        final int digits;
        /** Numbered by a sequence, which may leave gaps, instead of the gapless counter. */
        final boolean bySequence;

        Kind(String prefix, int digits) {
            this(prefix, digits, false);
        }

        Kind(String prefix, int digits, boolean bySequence) {
            this.prefix = prefix;
            this.digits = digits;
            this.bySequence = bySequence;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate savepoint;
    private final TransactionTemplate apart;
    /** The sequences known to exist. */
    private final Set<String> sequences = ConcurrentHashMap.newKeySet();
    private final DataSource dataSource;
    private volatile Boolean postgres;

    public CaseNumbers(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public String next(Kind kind) {
        int year = Year.now(clock).getValue();
        long number = kind.bySequence ? fromSequence(kind.prefix, year) : increment(kind.prefix, year);
        return String.format("%s-%d-%0" + kind.digits + "d", kind.prefix, year, number);
    }

    private long fromSequence(String prefix, int year) {
        String sequence = "gov_case_" + prefix.toLowerCase(Locale.ROOT) + "_" + year;
        if (!sequences.contains(sequence)) {
            create(sequence, prefix, year);
        }
        String next = postgres() ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
        return jdbc.sql(next).query(Long.class).single();
    }

    /**
     * Creates the year's sequence if no node has, in a transaction of its own (H2 commits the open transaction at
     * any {@code CREATE}), starting after the last number the gapless counter gave that year (before this version
     * numbered applications, or before the year's first application on this version).
     */
    private void create(String sequence, String prefix, int year) {
        for (int attempt = 1; ; attempt++) {
            try {
                apart.executeWithoutResult(status -> {
                    long last = jdbc.sql("SELECT last_number FROM gov_case_number WHERE prefix = ? AND case_year = ?")
                            .params(prefix, year).query(Long.class).optional().orElse(0L);
                    jdbc.sql("CREATE SEQUENCE IF NOT EXISTS " + sequence + " START WITH " + (last + 1)).update();
                });
                sequences.add(sequence);
                return;
            } catch (DataAccessException twoNodesCreatedItAtOnce) {
                // PostgreSQL may refuse the second of two simultaneous CREATE … IF NOT EXISTS; by then it exists
                if (attempt == 3) {
                    throw twoNodesCreatedItAtOnce;
                }
            }
        }
    }

    private boolean postgres() {
        if (postgres == null) {
            try (Connection connection = dataSource.getConnection()) {
                postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                        .contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("The database does not say what it is.", e);
            }
        }
        return postgres;
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
