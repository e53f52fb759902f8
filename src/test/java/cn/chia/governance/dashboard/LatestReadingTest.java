package cn.chia.governance.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The figures for the metrics: read at most once per max age, one read at a time, never while the asker waits. */
class LatestReadingTest {

    /** A clock the test moves. */
    static final class Wall extends Clock {
        Instant now = Instant.parse("2026-03-01T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final Wall wall = new Wall();
    final AtomicInteger reads = new AtomicInteger();
    /** The reads started and not yet run, as a background thread would hold them. */
    final List<Runnable> pending = new ArrayList<>();
    final LatestReading<Integer> figures = new LatestReading<>(reads::incrementAndGet, Duration.ofSeconds(30), wall,
            pending::add);

    private void runPending() {
        List<Runnable> now = new ArrayList<>(pending);
        pending.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void theFirstAskStartsAReadAndAnswersAtOnceWithNothing() {
        assertThat(figures.get()).isEmpty();
        assertThat(figures.age()).isEmpty();
        assertThat(pending).hasSize(1);
        runPending();
        assertThat(figures.get()).hasValueSatisfying(reading -> assertThat(reading.value()).isEqualTo(1));
    }

    @Test
    void askedOftenTheDatabaseIsReadOncePerMaxAge() {
        figures.get();
        runPending();
        for (int second = 0; second < 29; second++) {
            wall.now = wall.now.plusSeconds(1);
            assertThat(figures.get().orElseThrow().value()).isEqualTo(1);
        }
        assertThat(pending).as("no read within 30 s of the last").isEmpty();
        wall.now = wall.now.plusSeconds(1);
        figures.get();
        assertThat(pending).as("30 s after the last read").hasSize(1);
        runPending();
        assertThat(reads.get()).isEqualTo(2);
    }

    @Test
    void aSlowReadIsNeverStartedTwice() {
        figures.get();
        wall.now = wall.now.plusSeconds(120);
        for (int scrape = 0; scrape < 10; scrape++) {
            assertThat(figures.get()).as("nothing read yet").isEmpty();
        }
        assertThat(pending).as("one read under way, whoever asks").hasSize(1);
    }

    @Test
    void aFailedReadKeepsTheLastFiguresWhichGrowOld() {
        AtomicInteger calls = new AtomicInteger();
        LatestReading<Integer> failing = new LatestReading<>(() -> {
            if (calls.incrementAndGet() > 1) {
                throw new IllegalStateException("database gone");
            }
            return 7;
        }, Duration.ofSeconds(30), wall, pending::add);
        failing.get();
        runPending();
        wall.now = wall.now.plusSeconds(45);
        failing.get();
        runPending();
        assertThat(failing.get().orElseThrow().value()).isEqualTo(7);
        assertThat(failing.age()).hasValue(Duration.ofSeconds(45));
        assertThat(pending).as("the next ask tries again").hasSize(1);
    }
}
