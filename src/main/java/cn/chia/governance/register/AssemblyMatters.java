package cn.chia.governance.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.AssemblyMatterProposal;
import cn.chia.governance.charter.AssemblyMatterProposal.OnRoster;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.charter.Outcome;
import cn.chia.governance.charter.RosterBody;

/**
 * The General Assembly's matters as the register keeps them (table gov_assembly_matter): what was put before the
 * Assembly, with its document's reference, what the Assembly decided (the resolution), and what followed: the
 * authorities' answers for the Articles and termination, the roster entries a removal ended, the fee standard's text.
 * {@code GET /api/assembly/matters} reads it.
 */
@Component
public class AssemblyMatters {

    /** Where a matter stands. */
    public enum Status { OPEN, NOT_ADOPTED, ADOPTED, FILED, APPROVED, REFUSED }

    /** One matter as the register keeps it. */
    public record AssemblyMatter(String caseNumber, String kind, String title, String documentReference, String details,
            String feeStandard, String removed, Status status, LocalDate openedOn, String openedBy,
            String resolutionNumber, LocalDate decidedOn, String castReference, String mcaReference, String refusedBy,
            String refusalReason, LocalDate closedOn) {
    }

    private final JdbcClient jdbc;
    private final Rosters rosters;
    private final MeetingRecords minutes;
    private final Clock clock;

    public AssemblyMatters(JdbcClient jdbc, Rosters rosters, MeetingRecords minutes, Clock clock) {
        this.jdbc = jdbc;
        this.rosters = rosters;
        this.minutes = minutes;
        this.clock = clock;
    }

    /** The entries of these roster numbers as the charter's removal rule reads them; an unknown number is left out. */
    public Map<Long, OnRoster> onRosters(List<Long> rosterNumbers) {
        Map<Long, OnRoster> found = new TreeMap<>();
        for (Long number : rosterNumbers) {
            rosters.entry(number).ifPresent(entry -> found.put(number,
                    new OnRoster(entry.body(), entry.name(), entry.until() == null)));
        }
        return found;
    }

    /** A matter received: it waits for the General Assembly. */
    public void open(String caseNumber, Matter kind, AssemblyMatterProposal proposal, String openedBy) {
        String removed = kind != Matter.REMOVAL_FROM_OFFICE ? null
                : AssemblyMatterProposal.rosterNumbers(proposal.removedAsTyped()).stream()
                        .map(number -> rosters.entry(number).map(e -> e.name() + "（" + e.organisation() + "，"
                                + e.body().chineseTitle() + " " + e.body().title() + "，" + number + "）").orElse(String.valueOf(number)))
                        .collect(Collectors.joining("; "));
        jdbc.sql("""
                INSERT INTO gov_assembly_matter (case_number, kind, title, document_reference, details, fee_standard,
                    removed, status, opened_on, opened_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseNumber, kind.name(), proposal.title().strip(), proposal.documentReference().strip(),
                        blankToNull(proposal.details()),
                        kind == Matter.FEE_STANDARD ? proposal.feeStandard().strip() : null, removed, Status.OPEN.name(),
                        LocalDate.now(clock), openedBy)
                .update();
    }

    /** The Assembly did not adopt it: the case ends. */
    public void notAdopted(String caseNumber, String resolutionNumber, String reason) {
        decided(caseNumber, resolutionNumber, Outcome.REJECTED);
        jdbc.sql("UPDATE gov_assembly_matter SET status = ?, refused_by = ?, refusal_reason = ?, closed_on = ? WHERE case_number = ?")
                .params(Status.NOT_ADOPTED.name(), "GENERAL_ASSEMBLY", reason, LocalDate.now(clock), caseNumber).update();
    }

    /**
     * The Assembly adopted it: recorded as adopted, or, when the authorities must approve it, filed with them.
     *
     * @throws ResolutionRefused unless the minutes hold that adopting resolution of the General Assembly on the case
     */
    public void adopted(String caseNumber, String resolutionNumber, boolean filed) {
        decided(caseNumber, resolutionNumber, Outcome.ADOPTED);
        jdbc.sql("UPDATE gov_assembly_matter SET status = ?, closed_on = ? WHERE case_number = ?")
                .params((filed ? Status.FILED : Status.ADOPTED).name(), filed ? null : LocalDate.now(clock), caseNumber)
                .update();
    }

    /**
     * Ends, today, the roster entries the adopted removal names (and a removed director's seat on the Standing
     * Council), with the resolution as their basis, under the rosters' lock; a person who no longer serves is passed
     * over. Answers the entries ended.
     *
     * @throws ResolutionRefused unless the minutes hold the General Assembly's adopting resolution on the case
     */
    public List<Rosters.Entry> remove(String caseNumber, String resolutionNumber, List<Long> rosterNumbers) {
        minutes.decidedOn(resolutionNumber, caseNumber, Outcome.ADOPTED, Set.of(Matter.REMOVAL_FROM_OFFICE));
        rosters.lockRosters();
        List<Rosters.Entry> ended = new ArrayList<>();
        for (Long number : rosterNumbers) {
            Optional<Rosters.Entry> serving = rosters.entry(number).filter(e -> e.until() == null
                    && AssemblyMatterProposal.removable(e.body()));
            if (serving.isEmpty()) {
                continue;
            }
            ended.add(serving.get());
            if (serving.get().body() == RosterBody.COUNCIL) {
                rosters.serving(RosterBody.STANDING_COUNCIL).stream()
                        .filter(executive -> executive.person().isSameAs(serving.get().person())).forEach(ended::add);
            }
        }
        String reason = "会员代表大会罢免 Removed by the General Assembly, resolution " + resolutionNumber;
        for (Rosters.Entry entry : ended) {
            jdbc.sql("""
                    UPDATE gov_director SET serving_until = ?, left_reason = ?, left_case = ?, left_resolution = ?
                    WHERE id = ? AND serving_until IS NULL""")
                    .params(LocalDate.now(clock), reason, caseNumber, resolutionNumber, entry.rosterNumber()).update();
        }
        return ended;
    }

    /** Both authorities approved a filed matter. */
    public void approved(String caseNumber, String castReference, String mcaReference) {
        jdbc.sql("""
                UPDATE gov_assembly_matter SET status = ?, cast_reference = ?, mca_reference = ?, closed_on = ?
                WHERE case_number = ?""")
                .params(Status.APPROVED.name(), castReference, mcaReference, LocalDate.now(clock), caseNumber).update();
    }

    /** An authority refused a filed matter: who and why. */
    public void refused(String caseNumber, String refusedBy, String reason, String castReference) {
        jdbc.sql("""
                UPDATE gov_assembly_matter SET status = ?, refused_by = ?, refusal_reason = ?, cast_reference = ?,
                    closed_on = ?
                WHERE case_number = ?""")
                .params(Status.REFUSED.name(), refusedBy, reason, castReference, LocalDate.now(clock), caseNumber)
                .update();
    }

    /** Every matter, the latest first; of one kind when {@code kind} names one. */
    public List<AssemblyMatter> list(Optional<Matter> kind) {
        return kind.isPresent()
                ? jdbc.sql("SELECT * FROM gov_assembly_matter WHERE kind = ? ORDER BY opened_on DESC, case_number DESC")
                        .param(kind.get().name()).query(AssemblyMatters::matter).list()
                : jdbc.sql("SELECT * FROM gov_assembly_matter ORDER BY opened_on DESC, case_number DESC")
                        .query(AssemblyMatters::matter).list();
    }

    public Optional<AssemblyMatter> find(String caseNumber) {
        return jdbc.sql("SELECT * FROM gov_assembly_matter WHERE case_number = ?").param(caseNumber)
                .query(AssemblyMatters::matter).optional();
    }

    /** The membership fee standard in force: the last one the General Assembly adopted, if any. */
    public Optional<AssemblyMatter> feeStandard() {
        return jdbc.sql("""
                SELECT * FROM gov_assembly_matter WHERE kind = ? AND status = ?
                ORDER BY decided_on DESC, case_number DESC""")
                .params(Matter.FEE_STANDARD.name(), Status.ADOPTED.name()).query(AssemblyMatters::matter).list()
                .stream().findFirst();
    }

    private void decided(String caseNumber, String resolutionNumber, Outcome outcome) {
        MeetingRecords.Resolution resolution = minutes.decidedOn(resolutionNumber, caseNumber, outcome,
                Set.copyOf(AssemblyMatterProposal.kinds()));
        jdbc.sql("UPDATE gov_assembly_matter SET resolution_number = ?, decided_on = ? WHERE case_number = ?")
                .params(resolution.resolutionNumber(), resolution.decidedAt().toLocalDate(), caseNumber).update();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static AssemblyMatter matter(ResultSet rs, int row) throws SQLException {
        return new AssemblyMatter(rs.getString("case_number"), rs.getString("kind"), rs.getString("title"),
                rs.getString("document_reference"), rs.getString("details"), rs.getString("fee_standard"),
                rs.getString("removed"), Status.valueOf(rs.getString("status")),
                rs.getObject("opened_on", LocalDate.class), rs.getString("opened_by"), rs.getString("resolution_number"),
                rs.getObject("decided_on", LocalDate.class), rs.getString("cast_reference"), rs.getString("mca_reference"),
                rs.getString("refused_by"), rs.getString("refusal_reason"), rs.getObject("closed_on", LocalDate.class));
    }
}
