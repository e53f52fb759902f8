package cn.chia.governance;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * The database's part of the health, component {@code db} of {@code /actuator/health} and of the readiness check
 * (docs/operations.md, "Health checks for a load balancer"): UP when the database hands out a connection that answers
 * within {@link #ANSWER_WITHIN}. It stands in for Spring Boot's own check (same bean name), which waits on the
 * connection without a limit: a database that hangs would hold a thread per probe and answer the load balancer never.
 * Here the check runs on a thread of its own, one at a time: a probe waits for it at most {@link #ANSWER_WITHIN} and
 * is DOWN beyond; a probe that finds a check still waiting joins it instead of starting another.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

    static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "database-health");
        thread.setDaemon(true);
        return thread;
    });
    private Future<Health> underWay;

    DatabaseHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        Future<Health> check;
        synchronized (this) {
            if (underWay == null || underWay.isDone()) {
                underWay = checker.submit(this::check);
            }
            check = underWay;
        }
        try {
            return check.get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            return Health.down().withDetail("reason", "no answer within " + ANSWER_WITHIN.toSeconds() + " s").build();
        } catch (ExecutionException failed) {
            return Health.down(failed.getCause() instanceof Exception cause ? cause : failed).build();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Health.down().build();
        }
    }

    /** A connection from the pool (which waits for one at most its connection-timeout), checked by the driver. */
    private Health check() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid((int) ANSWER_WITHIN.toSeconds()) ? Health.up().build() : Health.down().build();
        }
    }

    @PreDestroy
    void stop() {
        checker.shutdownNow();
    }
}
