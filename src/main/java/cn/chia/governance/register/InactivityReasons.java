package cn.chia.governance.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.InactivityReason;
import cn.chia.governance.charter.InactivityReason.Covers;
import cn.chia.governance.charter.InactivityReason.Kind;

/**
 * The reasons the Secretariat records for a member's not paying dues or not taking part (illness, a posting abroad,
 * an exemption it grants), each with its period: the automatic withdrawal counts only time without a reason
 * ({@link InactivityReason}).
 */
@Component
public class InactivityReasons {

    /** A reason as recorded. */
    public record Recorded(long id, String membershipNumber, Kind kind, Covers covers, LocalDate from, LocalDate until,
            String note, LocalDate recordedOn, String recordedBy) {

        public InactivityReason reason() {
            return new InactivityReason(kind, covers, from, until);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public InactivityReasons(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the reason; the caller has checked it ({@link InactivityReason#problems}). */
    public Recorded record(String membershipNumber, InactivityReason reason, String note, String recordedBy) {
        jdbc.sql("""
                INSERT INTO gov_member_reason (membership_number, reason_kind, covers, valid_from, valid_until, note,
                    recorded_on, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(membershipNumber, reason.kind().name(), reason.covers().name(), reason.from(), reason.until(),
                        note, LocalDate.now(clock), recordedBy)
                .update();
        List<Recorded> all = of(membershipNumber);
        return all.get(all.size() - 1);
    }

    /** The member's reasons, in the order recorded. */
    public List<Recorded> of(String membershipNumber) {
        return jdbc.sql("SELECT * FROM gov_member_reason WHERE membership_number = ? ORDER BY id").param(membershipNumber)
                .query((rs, row) -> new Recorded(rs.getLong("id"), rs.getString("membership_number"),
                        Kind.valueOf(rs.getString("reason_kind")), Covers.valueOf(rs.getString("covers")),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
                        rs.getString("note"), rs.getObject("recorded_on", LocalDate.class), rs.getString("recorded_by")))
                .list();
    }

    /** The member's reasons as the charter weighs them. */
    public List<InactivityReason> reasonsOf(String membershipNumber) {
        return of(membershipNumber).stream().map(Recorded::reason).toList();
    }
}
