package cn.chia.governance.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.MeetingCadence;
import cn.chia.governance.charter.TermChangeRequest;
import cn.chia.governance.config.GovernanceSettings;

/**
 * The General Assembly's term: its start and end as the last renewal elected them (or as configured, before any
 * renewal), and every request to change it,
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

    /**
     * The current term: its first day, its end as elected and as changed, and the renewal that elected it with the
     * General Assembly's resolution ({@code null} for the term as configured); every request to change a term.
     */
    public record Term(LocalDate termStart, LocalDate electedTermEnd, LocalDate currentTermEnd, String electedBy,
            String resolutionNumber, List<TermChange> changes) {
    }

    /** A term the renewal of the term recorded: from the General Assembly's election, five years on. */
    public record ElectedTerm(String caseNumber, LocalDate termStart, LocalDate termEnd, String resolutionNumber) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LocalDate configuredTermEnd;

    public TermRecords(JdbcClient jdbc, Clock clock,
            GovernanceSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.configuredTermEnd = settings.generalAssembly().termEnd();
    }

    /** The term the last renewal elected, if any; while none, the configured term applies. */
    public Optional<ElectedTerm> electedTerm() {
        return jdbc.sql("SELECT * FROM gov_term ORDER BY term_start DESC")
                .query((rs, row) -> new ElectedTerm(rs.getString("case_number"),
                        rs.getObject("term_start", LocalDate.class), rs.getObject("term_end", LocalDate.class),
                        rs.getString("resolution_number")))
                .list().stream().findFirst();
    }

    /**
     * The first day of the current term: the day the General Assembly elected it, or, for the configured term,
     * 5 years before its end.
     */
    public LocalDate termStart() {
        return electedTerm().map(ElectedTerm::termStart).orElseGet(() -> MeetingCadence.termStart(configuredTermEnd));
    }

    /** The end of the current term as elected, from which the 1 year of extension counts. */
    public LocalDate electedTermEnd() {
        return electedTerm().map(ElectedTerm::termEnd).orElse(configuredTermEnd);
    }

    /**
     * The end of the current term: as elected, or as last changed with every approval of a change requested during
     * this term (a change of the term before does not move the new one; the changes requested before any renewal
     * belong to the configured term).
     */
    public LocalDate currentTermEnd() {
        Optional<ElectedTerm> elected = electedTerm();
        LocalDate start = elected.map(ElectedTerm::termStart).orElseGet(() -> MeetingCadence.termStart(configuredTermEnd));
        return jdbc.sql("""
                SELECT requested_term_end FROM gov_term_change WHERE status = 'APPROVED'
                    AND (term_start = ? OR term_start IS NULL AND ?)
                ORDER BY closed_on DESC, case_number DESC""")
                .params(start, elected.isEmpty())
                .query(LocalDate.class).list().stream().findFirst()
                .orElse(elected.map(ElectedTerm::termEnd).orElse(configuredTermEnd));
    }

    /**
     * Records the term the General Assembly elected on {@code electedOn}: it starts that day and ends
     * {@value TermChangeRequest#TERM_YEARS} years on, superseding the configured term and the one before.
     */
    public ElectedTerm recordElectedTerm(String caseNumber, LocalDate electedOn, String resolutionNumber) {
        ElectedTerm term = new ElectedTerm(caseNumber, electedOn, electedOn.plusYears(TermChangeRequest.TERM_YEARS),
                resolutionNumber);
        jdbc.sql("INSERT INTO gov_term (case_number, term_start, term_end, resolution_number, recorded_at) VALUES (?, ?, ?, ?, ?)")
                .params(caseNumber, term.termStart(), term.termEnd(), resolutionNumber, LocalDateTime.now(clock))
                .update();
        return term;
    }

    public Term term() {
        Optional<ElectedTerm> elected = electedTerm();
        return new Term(termStart(), electedTermEnd(), currentTermEnd(), elected.map(ElectedTerm::caseNumber).orElse(null),
                elected.map(ElectedTerm::resolutionNumber).orElse(null),
                jdbc.sql("SELECT * FROM gov_term_change ORDER BY case_number")
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
                    status, opened_on, term_start) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseNumber, kind.name(), previousTermEnd, requestedTermEnd, reason, Status.REQUESTED.name(),
                        LocalDate.now(clock), termStart())
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
