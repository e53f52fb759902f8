package cn.chia.governance.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.MeetingCadence;
import cn.chia.governance.config.GovernanceSettings;

/**
 * The General Assembly's term: its end as elected (configuration) and every request to change it,
 * with the Council's resolution and the answers of CAST and the Ministry of Civil Affairs.
 */
@Component
public class TermRecords {

    public enum Kind { POSTPONEMENT, EARLY_CHANGE }

    public enum Status { REQUESTED, APPROVED, REFUSED }

    public record TermChange(String caseNumber, Kind kind, LocalDate previousTermEnd, LocalDate requestedTermEnd,
            String reason, Status status, String resolutionNumber, String castReference, String mcaReference,
            String refusedBy, String refusalReason, LocalDate openedOn, LocalDate closedOn) {
    }

    public record Term(LocalDate electedTermEnd, LocalDate currentTermEnd, List<TermChange> changes) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LocalDate electedTermEnd;

    public TermRecords(JdbcClient jdbc, Clock clock,
            GovernanceSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.electedTermEnd = settings.generalAssembly().termEnd();
    }

    /** The first day of the current term: 5 years before its end as elected. */
    public LocalDate termStart() {
        return MeetingCadence.termStart(electedTermEnd);
    }

    /** The end of the current term as elected, from which the 1 year of extension counts. */
    public LocalDate electedTermEnd() {
        return electedTermEnd;
    }

    /** The end of the current term: as elected, or as last changed with every approval. */
    public LocalDate currentTermEnd() {
        return jdbc.sql("""
                SELECT requested_term_end FROM gov_term_change WHERE status = 'APPROVED'
                ORDER BY closed_on DESC, case_number DESC""")
                .query(LocalDate.class).list().stream().findFirst().orElse(electedTermEnd);
    }

    public Term term() {
        return new Term(electedTermEnd, currentTermEnd(), jdbc.sql("SELECT * FROM gov_term_change ORDER BY case_number")
                .query((rs, row) -> new TermChange(rs.getString("case_number"), Kind.valueOf(rs.getString("change_kind")),
                        rs.getObject("previous_term_end", LocalDate.class),
                        rs.getObject("requested_term_end", LocalDate.class), rs.getString("reason"),
                        Status.valueOf(rs.getString("status")), rs.getString("resolution_number"),
                        rs.getString("cast_reference"), rs.getString("mca_reference"), rs.getString("refused_by"),
                        rs.getString("refusal_reason"), rs.getObject("opened_on", LocalDate.class),
                        rs.getObject("closed_on", LocalDate.class)))
                .list());
    }

    public void request(String caseNumber, Kind kind, LocalDate previousTermEnd, LocalDate requestedTermEnd,
            String reason) {
        jdbc.sql("""
                INSERT INTO gov_term_change (case_number, change_kind, previous_term_end, requested_term_end, reason,
                    status, opened_on) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(caseNumber, kind.name(), previousTermEnd, requestedTermEnd, reason, Status.REQUESTED.name(),
                        LocalDate.now(clock))
                .update();
    }

    public void approve(String caseNumber, String resolutionNumber, String castReference, String mcaReference) {
        jdbc.sql("""
                UPDATE gov_term_change SET status = ?, resolution_number = ?, cast_reference = ?, mca_reference = ?,
                    closed_on = ? WHERE case_number = ? AND status = ?""")
                .params(Status.APPROVED.name(), resolutionNumber, castReference, mcaReference, LocalDate.now(clock),
                        caseNumber, Status.REQUESTED.name())
                .update();
    }

    public void refuse(String caseNumber, String refusedBy, String reason, String resolutionNumber) {
        jdbc.sql("""
                UPDATE gov_term_change SET status = ?, refused_by = ?, refusal_reason = ?, resolution_number = ?,
                    closed_on = ? WHERE case_number = ? AND status = ?""")
                .params(Status.REFUSED.name(), refusedBy, reason, resolutionNumber, LocalDate.now(clock), caseNumber,
                        Status.REQUESTED.name())
                .update();
    }
}
