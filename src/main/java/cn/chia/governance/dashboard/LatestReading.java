package cn.chia.governance.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The latest reading of something that costs a query, for whoever asks often (Prometheus, every 15 to 60 seconds, on
 * every node): asked for it, it answers the reading it has at once and, once that is older than {@code maxAge}, starts
 * the next one in the background, one at a time. So the asker never waits for the database, a slow database holds one
 * thread and no more, and the database is read at most once per {@code maxAge} however often it is asked. A reading
 * that fails keeps the one before, which grows old ({@link #age()}).
 */
final class LatestReading<T> {

    private static final Logger LOG = LoggerFactory.getLogger(LatestReading.class);

    /** A reading and when it was taken. */
    record Reading<T>(T value, Instant at) {
    }

    private final Supplier<T> read;
    private final Duration maxAge;
    private final Clock clock;
    private final Executor reader;
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile Reading<T> latest;

    /** {@code clock}: the wall clock (not the engine's, which tests move); {@code reader} runs the reads. */
    LatestReading(Supplier<T> read, Duration maxAge, Clock clock, Executor reader) {
        this.read = read;
        this.maxAge = maxAge;
        this.clock = clock;
        this.reader = reader;
    }

    /** The latest reading, empty before the first; starts the next one when it is due and none is under way. */
    Optional<Reading<T>> get() {
        Reading<T> known = latest;
        if ((known == null || !clock.instant().isBefore(known.at().plus(maxAge))) && reading.compareAndSet(false, true)) {
            try {
                reader.execute(this::readNow);
            } catch (RuntimeException refused) {
                reading.set(false);
                throw refused;
            }
        }
        return Optional.ofNullable(known);
    }

    /** How old the latest reading is; empty before the first. */
    Optional<Duration> age() {
        Reading<T> known = latest;
        return known == null ? Optional.empty() : Optional.of(Duration.between(known.at(), clock.instant()));
    }

    private void readNow() {
        try {
            Instant started = clock.instant();
            latest = new Reading<>(read.get(), started);
        } catch (RuntimeException failed) {
            LOG.warn("The figures for the metrics could not be read; the last reading is kept: {}", failed.toString());
        } finally {
            reading.set(false);
        }
    }
}
