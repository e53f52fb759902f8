package cn.chia.governance.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.RosterBody;
import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.documents.AnnualReport.BodyMeetings;
import cn.chia.governance.documents.AnnualReport.MeetingLine;
import cn.chia.governance.documents.AnnualReport.MemberChange;
import cn.chia.governance.documents.AnnualReport.ResolutionLine;
import cn.chia.governance.documents.AnnualReport.RosterChange;
import cn.chia.governance.documents.AnnualReport.Tally;
import cn.chia.governance.documents.AnnualReport.TermState;
import cn.chia.governance.register.MeetingRecords;
import cn.chia.governance.register.MemberRegister.Status;
import cn.chia.governance.register.TermRecords;
import cn.chia.governance.register.TermRecords.Term;

/**
 * Reads the annual work report of a year from the register, in one read-only transaction. A member counts from the
 * day admitted to the day withdrawn or expelled (the first day the register records that status; the day admitted
 * when it records none), as the member register and the governance dashboard count them.
 */
@Component
public class AnnualReports {

    static final List<String> KINDS = List.of("INDIVIDUAL", "UNIT", "FOREIGN", "HONORARY");

    /** Each member with the day the register records it left (null while a member). */
    private static final String MEMBERS = """
            SELECT m.membership_number, m.name, m.kind, m.branch, m.status, m.admitted_on, m.resolution_number,
                   CASE WHEN m.status = 'ACTIVE' THEN NULL ELSE COALESCE(e.ended_on, m.admitted_on) END ended_on,
                   e.ended_reason, e.ended_by
            FROM gov_member m
            LEFT JOIN (SELECT membership_number, status, MIN(changed_on) ended_on, MIN(reason) ended_reason,
                              MIN(COALESCE(resolution_number, case_number)) ended_by
                       FROM gov_member_status WHERE status <> 'ACTIVE'
                       GROUP BY membership_number, status) e
                ON e.membership_number = m.membership_number AND e.status = m.status""";

    private final JdbcClient jdbc;
    private final TermRecords terms;
    private final GovernanceSettings settings;
    private final Clock clock;

    AnnualReports(JdbcClient jdbc, TermRecords terms, GovernanceSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.terms = terms;
        this.settings = settings;
        this.clock = clock;
    }

    /** The year's report; a year not yet begun has none to give (the caller refuses it). */
    @Transactional(readOnly = true)
    public AnnualReport of(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = to.isAfter(today) ? today : to;

        record Row(String number, String name, String kind, String branch, Status status, LocalDate admittedOn,
                String resolution, LocalDate endedOn, String endedReason, String endedBy) {
            boolean memberOn(LocalDate day) {
                return !admittedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
            }
        }
        List<Row> members = jdbc.sql(MEMBERS + " WHERE m.admitted_on <= ? ORDER BY m.membership_number").param(to)
                .query((rs, row) -> new Row(rs.getString("membership_number"), rs.getString("name"), rs.getString("kind"),
                        rs.getString("branch") == null ? "" : rs.getString("branch"), Status.valueOf(rs.getString("status")),
                        rs.getObject("admitted_on", LocalDate.class), rs.getString("resolution_number"),
                        rs.getObject("ended_on", LocalDate.class), rs.getString("ended_reason"), rs.getString("ended_by")))
                .list();
        List<MemberChange> admissions = new ArrayList<>();
        List<MemberChange> withdrawals = new ArrayList<>();
        List<MemberChange> expulsions = new ArrayList<>();
        Map<String, Long> byKind = new LinkedHashMap<>();
        KINDS.forEach(kind -> byKind.put(kind, 0L));
        Map<String, Long> byBranch = new LinkedHashMap<>();
        settings.branches().forEach(branch -> byBranch.put(branch.groupId(), 0L));
        for (Row m : members) {
            if (!m.admittedOn().isBefore(from)) {
                admissions.add(new MemberChange(m.number(), m.name(), m.kind(), m.branch(), m.admittedOn(), m.resolution(),
                        null));
            }
            if (m.endedOn() != null && !m.endedOn().isBefore(from) && !m.endedOn().isAfter(to)) {
                MemberChange gone = new MemberChange(m.number(), m.name(), m.kind(), m.branch(), m.endedOn(), m.endedBy(),
                        m.endedReason());
                (m.status() == Status.EXPELLED ? expulsions : withdrawals).add(gone);
            }
            if (m.memberOn(asOf)) {
                byKind.merge(m.kind(), 1L, Long::sum);
                byBranch.merge(m.branch(), 1L, Long::sum);
            }
        }
        withdrawals.sort(java.util.Comparator.comparing(MemberChange::on).thenComparing(MemberChange::membershipNumber));
        expulsions.sort(java.util.Comparator.comparing(MemberChange::on).thenComparing(MemberChange::membershipNumber));
        Map<String, String> branchNames = new LinkedHashMap<>();
        settings.branches().forEach(branch -> branchNames.put(branch.groupId(), branch.name()));
        List<Tally> kinds = byKind.entrySet().stream().map(e -> new Tally(e.getKey(), null, e.getValue())).toList();
        List<Tally> branches = new ArrayList<>(byBranch.entrySet().stream().filter(e -> !e.getKey().isEmpty())
                .map(e -> new Tally(e.getKey(), branchNames.get(e.getKey()), e.getValue())).toList());
        branches.add(new Tally("", null, byBranch.getOrDefault("", 0L)));

        return new AnnualReport(year, asOf, admissions, withdrawals, expulsions, meetings(from, to),
                resolutions(from, to), rosterChanges(from, to), term(from, to, asOf), kinds, List.copyOf(branches));
    }

    private List<BodyMeetings> meetings(LocalDate from, LocalDate to) {
        Map<Body, List<MeetingLine>> held = new LinkedHashMap<>();
        for (Body body : Body.values()) {
            held.put(body, new ArrayList<>());
        }
        jdbc.sql("""
                SELECT m.business_key, m.body, m.meeting_date, m.by_communication,
                       (SELECT COUNT(*) FROM gov_resolution r WHERE r.meeting_key = m.business_key) resolutions
                FROM gov_meeting m WHERE m.status = ? AND m.meeting_date >= ? AND m.meeting_date <= ?
                ORDER BY m.meeting_date, m.business_key""")
                .params(MeetingRecords.Status.HELD.name(), from, to)
                .query((rs, row) -> Map.entry(Body.valueOf(rs.getString("body")), new MeetingLine(rs.getString("business_key"),
                        rs.getObject("meeting_date", LocalDate.class), rs.getBoolean("by_communication"),
                        rs.getInt("resolutions"))))
                .list().forEach(m -> held.get(m.getKey()).add(m.getValue()));
        return held.entrySet().stream().map(e -> new BodyMeetings(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private List<ResolutionLine> resolutions(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT r.resolution_number, r.meeting_key, r.body, m.meeting_date, r.matter, r.case_number, r.title,
                       r.votes_for, r.votes_against, r.abstentions, r.outcome
                FROM gov_resolution r JOIN gov_meeting m ON m.business_key = r.meeting_key
                WHERE m.meeting_date >= ? AND m.meeting_date <= ? ORDER BY r.resolution_number""")
                .params(from, to)
                .query((rs, row) -> new ResolutionLine(rs.getString("resolution_number"), rs.getString("meeting_key"),
                        rs.getString("body"), rs.getObject("meeting_date", LocalDate.class), rs.getString("matter"),
                        rs.getString("case_number"), rs.getString("title"), rs.getInt("votes_for"),
                        rs.getInt("votes_against"), rs.getInt("abstentions"), rs.getString("outcome")))
                .list();
    }

    private List<RosterChange> rosterChanges(LocalDate from, LocalDate to) {
        List<RosterChange> changes = new ArrayList<>(jdbc.sql("""
                SELECT body, name, organisation, serving_from, appointed_resolution, appointed_case, basis_kind
                FROM gov_director WHERE serving_from >= ? AND serving_from <= ?""")
                .params(from, to)
                .query((rs, row) -> new RosterChange(RosterBody.valueOf(rs.getString("body")), rs.getString("name"),
                        rs.getString("organisation"), true, rs.getObject("serving_from", LocalDate.class),
                        first(rs.getString("appointed_resolution"), rs.getString("appointed_case"), rs.getString("basis_kind"))))
                .list());
        changes.addAll(jdbc.sql("""
                SELECT body, name, organisation, serving_until, left_resolution, left_case, left_reason
                FROM gov_director WHERE serving_until >= ? AND serving_until <= ?""")
                .params(from, to)
                .query((rs, row) -> new RosterChange(RosterBody.valueOf(rs.getString("body")), rs.getString("name"),
                        rs.getString("organisation"), false, rs.getObject("serving_until", LocalDate.class),
                        first(rs.getString("left_resolution"), rs.getString("left_case"), rs.getString("left_reason"))))
                .list());
        changes.sort(java.util.Comparator.comparing(RosterChange::on).thenComparing(RosterChange::body)
                .thenComparing(RosterChange::name));
        return changes;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private TermState term(LocalDate from, LocalDate to, LocalDate asOf) {
        Term term = terms.term();
        return new TermState(term.termStart(), term.electedTermEnd(), term.currentTermEnd(),
                ChronoUnit.DAYS.between(asOf, term.currentTermEnd()),
                term.changes().stream().filter(c -> within(c.openedOn(), from, to) || within(c.closedOn(), from, to)).toList());
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
