package cn.chia.governance.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.annotation.PreDestroy;

import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.dashboard.Figures.IncidentGroup;
import cn.chia.governance.dashboard.Figures.OverdueGroup;

/**
 * The association's figures for Prometheus (docs/operations.md, "Metrics"): the open cases at each activity of each
 * process, the tasks past their due date, the open incidents, the cases started today, and the job executor's backlog.
 * Each is one query (the tasks and incidents are the dashboard's own), all read together in the background at most once
 * per {@code governance.metrics.figures-max-age} ({@link LatestReading}), never while a scrape waits. A series is
 * added when a reading first finds it and then stays, at 0 once emptied: they are bounded by the processes' activities
 * and tasks, never by cases.
 */
@Component
class AssociationMeters implements MeterBinder {

    static final String CASES_OPEN = "governance.cases.open";
    static final String CASES_STARTED_TODAY = "governance.cases.started.today";
    static final String TASKS_OVERDUE = "governance.tasks.overdue";
    static final String INCIDENTS_OPEN = "governance.incidents.open";
    static final String JOBS_DUE = "governance.jobs.due";
    static final String JOBS_DUE_OLDEST = "governance.jobs.due.oldest";
    static final String JOBS_FAILED = "governance.jobs.failed";
    static final String FIGURES_AGE = "governance.figures.age";

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            CASES_OPEN, "Open cases waiting at each activity of each process, as Cockpit counts them (a case with "
                    + "parallel paths at one activity counts once per path)",
            CASES_STARTED_TODAY, "Process instances started since midnight in Beijing, by process "
                    + "(process=membership-admission: applications received today)",
            TASKS_OVERDUE, "Open tasks past their due date, by process and task",
            INCIDENTS_OPEN, "Open incidents, by process and incident type",
            JOBS_DUE, "Jobs due now that no job executor holds (retries left, not suspended)",
            JOBS_DUE_OLDEST, "How long the longest-waiting due job has waited since it became due",
            JOBS_FAILED, "Jobs with no retries left (each has an incident)",
            FIGURES_AGE, "How old the figures of governance_* gauges are (they are read at most every "
                    + "governance.metrics.figures-max-age)");

    /** Label value of a task or incident outside any process. */
    static final String NONE = "none";

    /** One time series: a metric and its labels. */
    record Series(String metric, Tags tags) {
    }

    private final GovernanceDashboard dashboard;
    private final JdbcClient jdbc;
    private final Clock engineClock;
    private final LatestReading<Map<Series, Double>> figures;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "metrics-reader");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Series> registered = ConcurrentHashMap.newKeySet();
    private volatile MeterRegistry registry;

    AssociationMeters(GovernanceDashboard dashboard, JdbcClient jdbc, Clock clock, GovernanceSettings settings) {
        this.dashboard = dashboard;
        this.jdbc = jdbc;
        this.engineClock = clock;
        this.figures = new LatestReading<>(this::read, settings.metrics().figuresMaxAge(), Clock.systemUTC(), reader);
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        this.registry = meters;
        for (String always : new String[] {JOBS_DUE, JOBS_FAILED}) {
            gauge(new Series(always, Tags.empty()));
        }
        Gauge.builder(JOBS_DUE_OLDEST, this, m -> m.value(new Series(JOBS_DUE_OLDEST, Tags.empty())))
                .description(DESCRIPTIONS.get(JOBS_DUE_OLDEST)).baseUnit("seconds").register(meters);
        Gauge.builder(FIGURES_AGE, this, m -> m.figures.age().map(age -> age.toMillis() / 1000.0).orElse(Double.NaN))
                .description(DESCRIPTIONS.get(FIGURES_AGE)).baseUnit("seconds").register(meters);
    }

    /** The first reading once the application is ready, so that the first scrape finds figures. */
    @EventListener(ApplicationReadyEvent.class)
    void readOnceReady() {
        figures.get();
    }

    @PreDestroy
    void stop() {
        reader.shutdownNow();
    }

    /** The latest reading's value of a series (0 when it did not find it), NaN before the first reading. */
    private double value(Series series) {
        return figures.get().map(reading -> reading.value().getOrDefault(series, 0.0)).orElse(Double.NaN);
    }

    private void gauge(Series series) {
        if (registered.add(series)) {
            Gauge.builder(series.metric(), this, m -> m.value(series)).tags(series.tags())
                    .description(DESCRIPTIONS.get(series.metric())).register(registry);
        }
    }

    /** Reads every figure (five queries, on the reader's thread) and adds the series not seen before. */
    private Map<Series, Double> read() {
        Instant now = engineClock.instant();
        Timestamp at = Timestamp.from(now);
        Map<Series, Double> read = new HashMap<>();
        // the waiting executions, as Cockpit counts an activity's instances: one pass, no sort (counting distinct cases
        // instead took about 3 times as long at 100 000 cases), a case with parallel paths at one activity once per path
        jdbc.sql("""
                SELECT PROC_DEF_KEY_ process, ACT_ID_ activity, COUNT(*) n
                FROM ACT_RU_EXECUTION WHERE IS_ACTIVE_ = ? AND ACT_ID_ IS NOT NULL
                GROUP BY PROC_DEF_KEY_, ACT_ID_""")
                .param(true)
                .query(rs -> {
                    read.merge(new Series(CASES_OPEN, Tags.of("process", label(rs.getString("process")),
                            "activity", rs.getString("activity"))), (double) rs.getLong("n"), Double::sum);
                });
        Timestamp midnight = Timestamp.from(LocalDate.now(engineClock).atStartOfDay(engineClock.getZone()).toInstant());
        jdbc.sql("SELECT PROC_DEF_KEY_ process, COUNT(*) n FROM ACT_HI_PROCINST WHERE START_TIME_ >= ? GROUP BY PROC_DEF_KEY_")
                .param(midnight)
                .query(rs -> {
                    read.merge(new Series(CASES_STARTED_TODAY, Tags.of("process", label(rs.getString("process")))),
                            (double) rs.getLong("n"), Double::sum);
                });
        for (OverdueGroup group : dashboard.overdueGroups(at)) {
            read.merge(new Series(TASKS_OVERDUE, Tags.of("process", label(group.processKey()),
                    "task", label(group.taskKey()))), (double) group.count(), Double::sum);
        }
        for (IncidentGroup group : dashboard.incidentGroups()) {
            read.merge(new Series(INCIDENTS_OPEN, Tags.of("process", label(group.processKey()),
                    "type", label(group.type()))), (double) group.count(), Double::sum);
        }
        jdbc.sql("""
                SELECT SUM(due) due, MIN(CASE WHEN due = 1 THEN since END) oldest, SUM(failed) failed
                FROM (SELECT CASE WHEN RETRIES_ > 0 AND SUSPENSION_STATE_ = 1 AND (DUEDATE_ IS NULL OR DUEDATE_ <= ?)
                                   AND (LOCK_OWNER_ IS NULL OR LOCK_EXP_TIME_ < ?) THEN 1 ELSE 0 END due,
                             COALESCE(DUEDATE_, CREATE_TIME_) since,
                             CASE WHEN RETRIES_ = 0 THEN 1 ELSE 0 END failed
                      FROM ACT_RU_JOB) j""")
                .params(at, at)
                .query(rs -> {
                    read.put(new Series(JOBS_DUE, Tags.empty()), (double) rs.getLong("due"));
                    read.put(new Series(JOBS_FAILED, Tags.empty()), (double) rs.getLong("failed"));
                    Timestamp oldest = rs.getTimestamp("oldest");
                    read.put(new Series(JOBS_DUE_OLDEST, Tags.empty()), oldest == null ? 0.0
                            : Math.max(0, Duration.between(oldest.toInstant(), now).toMillis() / 1000.0));
                });
        read.keySet().stream().filter(series -> !series.metric().equals(JOBS_DUE_OLDEST)).forEach(this::gauge);
        return Map.copyOf(read);
    }

    private static String label(String value) {
        return value == null ? NONE : value;
    }
}
