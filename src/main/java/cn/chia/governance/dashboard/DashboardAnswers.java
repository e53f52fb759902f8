package cn.chia.governance.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import cn.chia.governance.config.GovernanceSettings;

import jakarta.annotation.PreDestroy;

/**
 * The dashboard's answers: the last figures while they are fresh; older ones still at once, while new ones are computed
 * in the background for the next reader; none or too old, computed while the reader waits (settings
 * {@code governance.dashboard.*}). The figures say when they were read ({@link Figures#now()}, shown on the page as
 * "数据截至 As of"), so nobody takes a figure for newer than it is. At 100 000 cases computing them takes longer than a
 * reader should wait for a page (docs/benchmarks.md, "The governance dashboard"); the figures move at the pace of
 * meetings and reviews, not of seconds.
 */
@Component
public class DashboardAnswers {

    private record Answer(Figures figures, Instant readAt) {
    }

    private final Supplier<Figures> compute;
    private final Clock clock;
    private final Duration freshFor;
    private final Duration keptFor;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dashboard-refresh");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Answer last;

    @Autowired
    DashboardAnswers(GovernanceDashboard dashboard, Clock clock, GovernanceSettings settings) {
        this(dashboard::figures, clock, settings.dashboard());
    }

    DashboardAnswers(Supplier<Figures> compute, Clock clock, GovernanceSettings.Dashboard settings) {
        this.compute = compute;
        this.clock = clock;
        this.freshFor = settings.freshFor();
        this.keptFor = settings.keptFor();
    }

    public Figures figures() {
        Answer answer = last;
        Instant now = clock.instant();
        if (answer == null || freshFor.isZero() || !now.isBefore(answer.readAt().plus(keptFor))) {
            return read().figures();
        }
        if (!now.isBefore(answer.readAt().plus(freshFor)) && refreshing.compareAndSet(false, true)) {
            background.execute(() -> {
                try {
                    read();
                } finally {
                    refreshing.set(false);
                }
            });
        }
        return answer.figures();
    }

    private Answer read() {
        Instant readAt = clock.instant();
        Answer answer = new Answer(compute.get(), readAt);
        Answer before = last;
        if (before == null || !before.readAt().isAfter(readAt)) {
            last = answer;
        }
        return answer;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
