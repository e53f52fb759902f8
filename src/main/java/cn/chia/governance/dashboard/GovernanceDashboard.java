package cn.chia.governance.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

import cn.chia.governance.admission.AdmissionCase.Step;
import cn.chia.governance.admission.ApplicantDesk;
import cn.chia.governance.admission.ApplicantDesk.Stage;
import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.MeetingCadence;
import cn.chia.governance.charter.Outcome;
import cn.chia.governance.charter.RenewalProposal;
import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.dashboard.Figures.BodyMeetings;
import cn.chia.governance.dashboard.Figures.CaseLink;
import cn.chia.governance.dashboard.Figures.Count;
import cn.chia.governance.dashboard.Figures.Group;
import cn.chia.governance.dashboard.Figures.IncidentCase;
import cn.chia.governance.dashboard.Figures.IncidentGroup;
import cn.chia.governance.dashboard.Figures.Incidents;
import cn.chia.governance.dashboard.Figures.MeetingDecisions;
import cn.chia.governance.dashboard.Figures.MeetingHeld;
import cn.chia.governance.dashboard.Figures.Members;
import cn.chia.governance.dashboard.Figures.Month;
import cn.chia.governance.dashboard.Figures.MonthDecisions;
import cn.chia.governance.dashboard.Figures.OverdueGroup;
import cn.chia.governance.dashboard.Figures.OverdueTask;
import cn.chia.governance.dashboard.Figures.OverdueTasks;
import cn.chia.governance.dashboard.Figures.StageFigure;
import cn.chia.governance.dashboard.Figures.TermCountdown;
import cn.chia.governance.register.MeetingCadences;
import cn.chia.governance.register.MeetingCadences.BodyCadence;
import cn.chia.governance.register.MemberRegister.Status;
import cn.chia.governance.register.MeetingRecords;
import cn.chia.governance.register.TermRecords;
import cn.chia.governance.register.TermRecords.Term;

/**
 * The figures of the governance dashboard, read with a few aggregate queries over the register's tables and the
 * engine's runtime and history tables; nothing is written. Whoever may read them reads
 * every case (managers, the Secretariat, administrators), so no figure is narrowed by Camunda's authorizations.
 */
@Component
public class GovernanceDashboard {

    static final String ADMISSION = "membership-admission";
    static final String RENEWAL = "general-election";
    /** The months the members' and the decisions' figures go back, the current one included. */
    static final int MONTHS = 12;
    /** The overdue tasks and incidents named one by one. */
    static final int NAMED = 10;
    /** The meetings of a body listed. */
    static final int MEETINGS_LISTED = 100;
    static final List<String> KINDS = List.of("INDIVIDUAL", "UNIT", "FOREIGN", "HONORARY");
    /** The key of the members of no branch. */
    static final String NO_BRANCH = "";

    private final JdbcClient jdbc;
    private final MeetingCadences cadences;
    private final TermRecords terms;
    private final GovernanceSettings settings;
    private final Clock clock;
    /** Reads the figures side by side: five at most per answer, a few answers at once. */
    private final ExecutorService readers = Executors.newFixedThreadPool(READERS, runnable -> {
        Thread thread = new Thread(runnable, "dashboard-reader");
        thread.setDaemon(true);
        return thread;
    });
    private static final int READERS = 5;

    GovernanceDashboard(JdbcClient jdbc, MeetingCadences cadences, TermRecords terms, GovernanceSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.cadences = cadences;
        this.terms = terms;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The figures as of now. The five groups that grow with the cases (members, applications, overdue tasks,
     * meetings, decisions) are read at once, each on a connection of its own (docs/benchmarks.md, "The governance
     * dashboard"): the answer waits for the slowest, not for their sum. Each reads committed data as of its own
     * start, a few milliseconds apart; nothing is written.
     */
    public Figures figures() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        Timestamp instant = Timestamp.from(clock.instant());
        CompletableFuture<Members> members = read(() -> members(today));
        CompletableFuture<List<StageFigure>> applications = read(
                () -> applications(instant, latestDefinitions().get(ADMISSION)));
        CompletableFuture<OverdueTasks> overdue = read(() -> overdueTasks(instant));
        CompletableFuture<List<BodyMeetings>> bodies = read(() -> bodies(today));
        CompletableFuture<List<MonthDecisions>> decisions = read(() -> decisions(today));
        TermCountdown term = term(today);
        Incidents incidents = incidents();
        return new Figures(now, members.join(), applications.join(), overdue.join(), bodies.join(), decisions.join(),
                term, ReportDeadlines.next(settings.annualReport(), today), incidents);
    }

    private <T> CompletableFuture<T> read(Supplier<T> figure) {
        return CompletableFuture.supplyAsync(figure, readers);
    }

    @PreDestroy
    void stop() {
        readers.shutdown();
    }

    // ---- members

    private record MemberEvents(YearMonth month, String kind, String branch, Status status, long count) {
    }

    private Members members(LocalDate today) {
        List<MemberEvents> events = new ArrayList<>(jdbc.sql("""
                SELECT EXTRACT(YEAR FROM admitted_on) y, EXTRACT(MONTH FROM admitted_on) m, kind, branch, COUNT(*) n
                FROM gov_member
                GROUP BY EXTRACT(YEAR FROM admitted_on), EXTRACT(MONTH FROM admitted_on), kind, branch""")
                .query((rs, row) -> new MemberEvents(month(rs), rs.getString("kind"), branch(rs), Status.ACTIVE,
                        rs.getLong("n")))
                .list());
        events.addAll(jdbc.sql("""
                SELECT EXTRACT(YEAR FROM ended_on) y, EXTRACT(MONTH FROM ended_on) m, kind, branch, status, COUNT(*) n
                FROM (SELECT m.membership_number, m.kind, m.branch, m.status,
                             COALESCE(MIN(s.changed_on), m.admitted_on) ended_on
                      FROM gov_member m
                      LEFT JOIN gov_member_status s ON s.membership_number = m.membership_number AND s.status = m.status
                      WHERE m.status IN (?, ?)
                      GROUP BY m.membership_number, m.kind, m.branch, m.status, m.admitted_on) ended
                GROUP BY EXTRACT(YEAR FROM ended_on), EXTRACT(MONTH FROM ended_on), kind, branch, status""")
                .params(Status.WITHDRAWN.name(), Status.EXPELLED.name())
                .query((rs, row) -> new MemberEvents(month(rs), rs.getString("kind"), branch(rs),
                        Status.valueOf(rs.getString("status")), rs.getLong("n")))
                .list());
        Map<String, String> branchNames = new LinkedHashMap<>();
        settings.branches().forEach(branch -> branchNames.put(branch.groupId(), branch.name()));
        Set<String> branches = new LinkedHashSet<>(branchNames.keySet());
        events.stream().map(MemberEvents::branch).filter(b -> !b.equals(NO_BRANCH))
                .collect(Collectors.toCollection(TreeSet::new)).forEach(branches::add);
        branches.add(NO_BRANCH);
        Set<String> kinds = new LinkedHashSet<>(KINDS);
        events.forEach(e -> kinds.add(e.kind()));

        YearMonth current = YearMonth.from(today);
        List<Month> months = new ArrayList<>();
        for (YearMonth month = current.minusMonths(MONTHS - 1); !month.isAfter(current); month = month.plusMonths(1)) {
            YearMonth end = month;
            // the current month counts every change recorded, so that it is the register as it stands
            List<MemberEvents> upTo = month.equals(current) ? events
                    : events.stream().filter(e -> !e.month().isAfter(end)).toList();
            months.add(new Month(month, count(upTo), active(upTo, kinds, MemberEvents::kind),
                    active(upTo, branches, MemberEvents::branch)));
        }
        List<Group> byKind = kinds.stream().map(kind -> new Group(kind, null,
                count(events.stream().filter(e -> e.kind().equals(kind)).toList()))).toList();
        List<Group> byBranch = branches.stream().map(branch -> new Group(branch, branchNames.get(branch),
                count(events.stream().filter(e -> e.branch().equals(branch)).toList()))).toList();
        return new Members(count(events), byKind, byBranch, months);
    }

    /** Members by status after these events: admitted less those who left, those who withdrew, those expelled. */
    private static Count count(List<MemberEvents> events) {
        long[] byStatus = new long[Status.values().length];
        events.forEach(e -> byStatus[e.status().ordinal()] += e.count());
        long left = byStatus[Status.WITHDRAWN.ordinal()] + byStatus[Status.EXPELLED.ordinal()];
        return new Count(byStatus[Status.ACTIVE.ordinal()] - left, byStatus[Status.WITHDRAWN.ordinal()],
                byStatus[Status.EXPELLED.ordinal()]);
    }

    private static Map<String, Long> active(List<MemberEvents> events, Set<String> keys,
            Function<MemberEvents, String> key) {
        Map<String, Long> active = new LinkedHashMap<>();
        keys.forEach(k -> active.put(k, 0L));
        events.forEach(e -> active.merge(key.apply(e), e.status() == Status.ACTIVE ? e.count() : -e.count(), Long::sum));
        return active;
    }

    // ---- applications

    private List<StageFigure> applications(Timestamp now, String admissionDefinition) {
        Map<String, Stage> stageOf = new LinkedHashMap<>();
        Arrays.stream(Step.values()).forEach(step -> ApplicantDesk.runningStage(step)
                .ifPresent(stage -> stageOf.put(step.id(), stage)));
        List<Object> params = new ArrayList<>();
        stageOf.forEach((activity, stage) -> {
            params.add(activity);
            params.add(stage.name());
        });
        params.add(ADMISSION);
        params.addAll(stageOf.keySet());
        record Waiting(Stage stage, long count, Timestamp middle, Timestamp oldest) {
        }
        // one pass over the admission's waiting executions (no DISTINCT: an admission has no parallel paths, so a case
        // waits at one activity of a stage at a time); the execution's own PROC_DEF_KEY_ rather than a join with the
        // definitions, whose versions made the planner expect a few rows and look each case up one by one
        Map<Stage, Waiting> waiting = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT stage, COUNT(*) n, MIN(started) oldest,
                       PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY started DESC) middle
                FROM (SELECT CASE e.ACT_ID_ %s END stage, p.START_TIME_ started
                      FROM ACT_RU_EXECUTION e
                      JOIN ACT_HI_PROCINST p ON p.ID_ = e.PROC_INST_ID_
                      WHERE e.PROC_DEF_KEY_ = ? AND e.ACT_ID_ IN (%s)) w
                GROUP BY stage"""
                .formatted("WHEN ? THEN ? ".repeat(stageOf.size()), String.join(", ", stageOf.keySet().stream()
                        .map(activity -> "?").toList())))
                .params(params)
                .query((rs, row) -> new Waiting(Stage.valueOf(rs.getString("stage")), rs.getLong("n"),
                        rs.getTimestamp("middle"), rs.getTimestamp("oldest")))
                .list().forEach(w -> waiting.put(w.stage(), w));
        return new LinkedHashSet<>(stageOf.values()).stream().map(stage -> {
            List<String> activities = stageOf.entrySet().stream().filter(e -> e.getValue() == stage)
                    .map(Map.Entry::getKey).toList();
            Waiting w = waiting.get(stage);
            return w == null ? new StageFigure(stage, 0, null, null, null, activities, admissionDefinition)
                    : new StageFigure(stage, w.count(), days(w.middle(), now), days(w.oldest(), now),
                            oldestCase(activities, w.oldest()), activities, admissionDefinition);
        }).toList();
    }

    /** The case that has waited longest at one of {@code activities}: started at {@code started} (first by number). */
    private CaseLink oldestCase(List<String> activities, Timestamp started) {
        List<Object> params = new ArrayList<>();
        params.add(started);
        params.add(ADMISSION);
        params.addAll(activities);
        return jdbc.sql("""
                SELECT p.BUSINESS_KEY_ case_number, p.ID_ instance FROM ACT_HI_PROCINST p
                JOIN ACT_RU_EXECUTION e ON e.PROC_INST_ID_ = p.ID_
                WHERE p.START_TIME_ = ? AND e.PROC_DEF_KEY_ = ? AND e.ACT_ID_ IN (%s)
                ORDER BY p.BUSINESS_KEY_ FETCH FIRST 1 ROWS ONLY"""
                .formatted(String.join(", ", activities.stream().map(activity -> "?").toList())))
                .params(params)
                .query((rs, row) -> new CaseLink(rs.getString("case_number"), rs.getString("instance")))
                .optional().orElse(null);
    }

    /** Whole days from {@code from} to {@code now}. */
    private static long days(Timestamp from, Timestamp now) {
        return ChronoUnit.DAYS.between(from.toInstant(), now.toInstant());
    }

    // ---- tasks past their due date

    private OverdueTasks overdueTasks(Timestamp now) {
        long withDueDate = jdbc.sql("SELECT COUNT(*) FROM ACT_RU_TASK WHERE DUE_DATE_ IS NOT NULL")
                .query(Long.class).single();
        List<OverdueGroup> groups = overdueGroups(now);
        List<OverdueTask> named = jdbc.sql("""
                SELECT t.NAME_ task_name, t.DUE_DATE_ due, d.NAME_ process_name, e.BUSINESS_KEY_ case_number,
                       t.PROC_INST_ID_ instance
                FROM ACT_RU_TASK t
                LEFT JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_
                LEFT JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_
                WHERE t.DUE_DATE_ < ?
                ORDER BY t.DUE_DATE_, t.ID_ FETCH FIRST %d ROWS ONLY""".formatted(NAMED))
                .param(now)
                .query((rs, row) -> new OverdueTask(rs.getString("task_name"), time(rs, "due"),
                        rs.getString("process_name"), new CaseLink(rs.getString("case_number"), rs.getString("instance"))))
                .list();
        return new OverdueTasks(withDueDate, groups.stream().mapToLong(OverdueGroup::count).sum(), groups, named);
    }

    /** The open tasks past their due date at {@code now}, by process definition and task, most first (one query). */
    List<OverdueGroup> overdueGroups(Timestamp now) {
        return jdbc.sql("""
                SELECT d.KEY_ process_key, d.NAME_ process_name, t.PROC_DEF_ID_ definition, t.TASK_DEF_KEY_ task_key,
                       t.NAME_ task_name, COUNT(*) n, MIN(t.DUE_DATE_) earliest
                FROM ACT_RU_TASK t LEFT JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_
                WHERE t.DUE_DATE_ < ?
                GROUP BY d.KEY_, d.NAME_, t.PROC_DEF_ID_, t.TASK_DEF_KEY_, t.NAME_
                ORDER BY COUNT(*) DESC, MIN(t.DUE_DATE_)""")
                .param(now)
                .query((rs, row) -> new OverdueGroup(rs.getString("process_key"), rs.getString("process_name"),
                        rs.getString("definition"),
                        rs.getString("task_key"), rs.getString("task_name"), rs.getLong("n"), time(rs, "earliest")))
                .list();
    }

    /** An engine time stamp in the association's time. */
    private LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp time = rs.getTimestamp(column);
        return time == null ? null : LocalDateTime.ofInstant(time.toInstant(), clock.getZone());
    }

    // ---- the bodies' meetings

    private List<BodyMeetings> bodies(LocalDate today) {
        List<BodyCadence> bodies = cadences.all();
        LocalDate yearAgo = today.minusMonths(MONTHS);
        LocalDate since = bodies.stream().map(b -> b.cadence().termStart()).filter(yearAgo::isAfter).findFirst()
                .orElse(yearAgo);
        Map<Body, List<MeetingHeld>> held = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT business_key, body, meeting_date, by_communication FROM gov_meeting
                WHERE status = ? AND meeting_date >= ? ORDER BY meeting_date DESC, business_key DESC""")
                .params(MeetingRecords.Status.HELD.name(), since)
                .query((rs, row) -> Map.entry(Body.valueOf(rs.getString("body")), new MeetingHeld(
                        rs.getString("business_key"), rs.getObject("meeting_date", LocalDate.class),
                        rs.getBoolean("by_communication"))))
                .list().forEach(m -> held.computeIfAbsent(m.getKey(), body -> new ArrayList<>()).add(m.getValue()));
        return bodies.stream().map(body -> {
            MeetingCadence cadence = body.cadence();
            List<MeetingHeld> meetings = held.getOrDefault(body.body(), List.of());
            long inLastYear = meetings.stream().filter(m -> m.date().isAfter(yearAgo)).count();
            return new BodyMeetings(body.body(), body.lastHeld() == null ? null : new MeetingHeld(
                    body.lastHeld().businessKey(), body.lastHeld().meetingDate(), body.lastHeld().byCommunication()),
                    cadence.dueBy().orElse(null),
                    cadence.daysLeft(today).isPresent() ? cadence.daysLeft(today).getAsInt() : null,
                    cadence.state(today), cadence.clause(), inLastYear,
                    MeetingCadence.interval(body.body()).map(p -> (int) (MONTHS / p.toTotalMonths())).orElse(null),
                    meetings.stream().limit(MEETINGS_LISTED).toList());
        }).toList();
    }

    // ---- decisions

    private List<MonthDecisions> decisions(LocalDate today) {
        YearMonth current = YearMonth.from(today);
        YearMonth first = current.minusMonths(MONTHS - 1);
        record Decided(YearMonth month, String meeting, Body body, Outcome outcome, long count) {
            long adopted() {
                return outcome == Outcome.ADOPTED ? count : 0;
            }

            long rejected() {
                return outcome == Outcome.REJECTED ? count : 0;
            }
        }
        List<Decided> decided = jdbc.sql("""
                SELECT EXTRACT(YEAR FROM decided_at) y, EXTRACT(MONTH FROM decided_at) m, meeting_key, body, outcome,
                       COUNT(*) n
                FROM gov_resolution WHERE decided_at >= ?
                GROUP BY EXTRACT(YEAR FROM decided_at), EXTRACT(MONTH FROM decided_at), meeting_key, body, outcome
                ORDER BY meeting_key""")
                .param(first.atDay(1).atStartOfDay())
                .query((rs, row) -> new Decided(month(rs), rs.getString("meeting_key"), Body.valueOf(rs.getString("body")),
                        Outcome.valueOf(rs.getString("outcome")), rs.getLong("n")))
                .list();
        List<MonthDecisions> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
            YearMonth of = month;
            Map<String, MeetingDecisions> meetings = new LinkedHashMap<>();
            decided.stream().filter(d -> d.month().equals(of)).forEach(d -> meetings.merge(d.meeting(),
                    new MeetingDecisions(d.meeting(), d.body(), d.adopted(), d.rejected()),
                    (a, b) -> new MeetingDecisions(a.number(), a.body(), a.adopted() + b.adopted(),
                            a.rejected() + b.rejected())));
            months.add(new MonthDecisions(month, meetings.values().stream().mapToLong(MeetingDecisions::adopted).sum(),
                    meetings.values().stream().mapToLong(MeetingDecisions::rejected).sum(),
                    List.copyOf(meetings.values())));
        }
        return months;
    }

    // ---- the term

    private TermCountdown term(LocalDate today) {
        Term term = terms.term();
        Optional<CaseLink> renewal = jdbc.sql("""
                SELECT e.BUSINESS_KEY_ case_number, e.ID_ instance FROM ACT_RU_EXECUTION e
                JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_
                WHERE d.KEY_ = ? AND e.ID_ = e.PROC_INST_ID_ ORDER BY e.BUSINESS_KEY_""")
                .param(RENEWAL)
                .query((rs, row) -> new CaseLink(rs.getString("case_number"), rs.getString("instance")))
                .list().stream().findFirst();
        return new TermCountdown(term.termStart(), term.electedTermEnd(), term.currentTermEnd(),
                ChronoUnit.DAYS.between(today, term.currentTermEnd()),
                RenewalProposal.opensOn(term.currentTermEnd(), settings.renewal().opensBefore()), renewal.orElse(null),
                term.changes().stream().filter(c -> c.status() == TermRecords.Status.REQUESTED).toList());
    }

    // ---- incidents

    private Incidents incidents() {
        List<IncidentGroup> groups = incidentGroups();
        List<IncidentCase> latest = jdbc.sql("""
                SELECT d.NAME_ process_name, i.ACTIVITY_ID_ activity, i.INCIDENT_TYPE_ type, i.INCIDENT_TIMESTAMP_ since,
                       e.BUSINESS_KEY_ case_number, i.PROC_INST_ID_ instance
                FROM ACT_RU_INCIDENT i
                LEFT JOIN ACT_RE_PROCDEF d ON d.ID_ = i.PROC_DEF_ID_
                LEFT JOIN ACT_RU_EXECUTION e ON e.ID_ = i.PROC_INST_ID_
                ORDER BY i.INCIDENT_TIMESTAMP_ DESC, i.ID_ FETCH FIRST %d ROWS ONLY""".formatted(NAMED))
                .query((rs, row) -> new IncidentCase(rs.getString("process_name"), rs.getString("activity"),
                        rs.getString("type"), time(rs, "since"),
                        new CaseLink(rs.getString("case_number"), rs.getString("instance"))))
                .list();
        return new Incidents(groups.stream().mapToLong(IncidentGroup::count).sum(), groups, latest);
    }

    /** The open incidents by process definition, activity and type, most first (one query). */
    List<IncidentGroup> incidentGroups() {
        return jdbc.sql("""
                SELECT d.KEY_ process_key, d.NAME_ process_name, i.PROC_DEF_ID_ definition, i.ACTIVITY_ID_ activity,
                       i.INCIDENT_TYPE_ type, COUNT(*) n
                FROM ACT_RU_INCIDENT i LEFT JOIN ACT_RE_PROCDEF d ON d.ID_ = i.PROC_DEF_ID_
                GROUP BY d.KEY_, d.NAME_, i.PROC_DEF_ID_, i.ACTIVITY_ID_, i.INCIDENT_TYPE_
                ORDER BY COUNT(*) DESC, d.KEY_""")
                .query((rs, row) -> new IncidentGroup(rs.getString("process_key"), rs.getString("process_name"),
                        rs.getString("definition"),
                        rs.getString("activity"), rs.getString("type"), rs.getLong("n")))
                .list();
    }

    /** The latest version of each process definition, by key. */
    private Map<String, String> latestDefinitions() {
        Map<String, String> latest = new LinkedHashMap<>();
        jdbc.sql("SELECT KEY_, ID_ FROM ACT_RE_PROCDEF WHERE TENANT_ID_ IS NULL ORDER BY KEY_, VERSION_")
                .query((rs, row) -> Map.entry(rs.getString("KEY_"), rs.getString("ID_")))
                .list().forEach(d -> latest.put(d.getKey(), d.getValue()));
        return latest;
    }

    private static YearMonth month(ResultSet rs) throws SQLException {
        return YearMonth.of(rs.getInt("y"), rs.getInt("m"));
    }

    private static String branch(ResultSet rs) throws SQLException {
        String branch = rs.getString("branch");
        return branch == null ? NO_BRANCH : branch;
    }
}
