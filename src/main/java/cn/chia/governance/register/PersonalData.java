package cn.chia.governance.register;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The vault of personal data (gov_personal_data): the full identity document number and telephone number of a case's
 * applicant or honoree, which the engine's variables hold only masked; and the record of every read of a full number
 * (gov_unmasked_read), which administrators read. Written in the engine's transaction.
 */
@Component
public class PersonalData {

    /** A case's full numbers; either may be null. */
    public record Kept(String caseNumber, String identityNumber, String phone) {
    }

    /** Through what a full number was read. */
    public enum What {
        /** A reviewer's or the Secretariat's {@code GET /api/cases/{case}/personal-data}. */
        CASE_PERSONAL_DATA,
        /** The member register's list, {@code GET /api/members}. */
        MEMBER_REGISTER,
        /** A member's file, {@code GET /api/members/{number}}. */
        MEMBER_FILE,
        /** The register's export, {@code GET /api/members.csv}. */
        MEMBER_REGISTER_CSV
    }

    /** One read of a full number: who, when (the association's time), which case, through what. */
    public record Read(long id, String userId, LocalDateTime readAt, String caseNumber, What what) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    public PersonalData(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /** Keeps the full numbers of {@code caseNumber}, replacing what was kept; a null number is kept as none. */
    public void keep(String caseNumber, String identityNumber, String phone) {
        LocalDateTime now = LocalDateTime.now(clock);
        int updated = jdbc.sql("UPDATE gov_personal_data SET identity_number = ?, phone = ?, kept_at = ? WHERE case_number = ?")
                .params(identityNumber, phone, now, caseNumber).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO gov_personal_data (case_number, identity_number, phone, kept_at) VALUES (?, ?, ?, ?)")
                    .params(caseNumber, identityNumber, phone, now).update();
        }
    }

    /** Keeps what is not kept yet of {@code caseNumber}: a number already kept stays (moving old cases, idempotent). */
    public void keepIfNone(String caseNumber, String identityNumber, String phone) {
        Optional<Kept> kept = find(caseNumber);
        if (kept.isEmpty()) {
            keep(caseNumber, identityNumber, phone);
        } else if ((kept.get().identityNumber() == null && identityNumber != null)
                || (kept.get().phone() == null && phone != null)) {
            keep(caseNumber, kept.get().identityNumber() != null ? kept.get().identityNumber() : identityNumber,
                    kept.get().phone() != null ? kept.get().phone() : phone);
        }
    }

    /** Forgets the full numbers of {@code caseNumber} (the retention of personal data); nothing when none are kept. */
    public void forget(String caseNumber) {
        jdbc.sql("DELETE FROM gov_personal_data WHERE case_number = ?").param(caseNumber).update();
    }

    /** The full numbers of {@code caseNumber}, if any are kept. */
    public Optional<Kept> find(String caseNumber) {
        return jdbc.sql("SELECT case_number, identity_number, phone FROM gov_personal_data WHERE case_number = ?")
                .param(caseNumber)
                .query((rs, row) -> new Kept(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    /** The cases whose identity document number is {@code identityNumber}, running or ended. */
    public List<String> casesOf(String identityNumber) {
        return jdbc.sql("SELECT case_number FROM gov_personal_data WHERE identity_number = ? ORDER BY case_number")
                .param(identityNumber).query(String.class).list();
    }

    /** Records that {@code userId} read the full numbers of {@code caseNumber} through {@code what}. */
    public void recordRead(String userId, String caseNumber, What what) {
        recordReads(userId, List.of(caseNumber), what);
    }

    /** Records that {@code userId} read the full numbers of each of {@code caseNumbers} through {@code what}, at once. */
    public void recordReads(String userId, List<String> caseNumbers, What what) {
        if (caseNumbers.isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        batch.batchUpdate("INSERT INTO gov_unmasked_read (user_id, read_at, case_number, what) VALUES (?, ?, ?, ?)",
                caseNumbers.stream().map(c -> new Object[] {userId, now, c, what.name()}).toList());
    }

    /** The reads of full numbers, newest first, of one case or of all ({@code caseNumber} null), at most {@code limit}. */
    public List<Read> reads(String caseNumber, int limit) {
        String where = caseNumber == null ? "" : " WHERE case_number = :caseNumber";
        var statement = jdbc.sql("SELECT id, user_id, read_at, case_number, what FROM gov_unmasked_read" + where
                + " ORDER BY id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY");
        if (caseNumber != null) {
            statement = statement.param("caseNumber", caseNumber);
        }
        return statement.query((rs, row) -> new Read(rs.getLong(1), rs.getString(2),
                rs.getTimestamp(3).toLocalDateTime(), rs.getString(4), What.valueOf(rs.getString(5)))).list();
    }
}
