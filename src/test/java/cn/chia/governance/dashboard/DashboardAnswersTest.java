package cn.chia.governance.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import cn.chia.governance.config.GovernanceSettings;

class DashboardAnswersTest {

    /** A clock the test moves. */
    static final class Moving extends Clock {
        Instant now = Instant.parse("2026-12-03T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
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

    final Moving clock = new Moving();
    final AtomicInteger computed = new AtomicInteger();
    final Supplier<Figures> figures = () -> {
        computed.incrementAndGet();
        return mock(Figures.class);
    };
    final DashboardAnswers answers = new DashboardAnswers(figures, clock,
            new GovernanceSettings.Dashboard(Duration.ofSeconds(30), Duration.ofMinutes(5)));

    @Test
    void theFirstReaderWaitsForTheFiguresAndTheNextWithinThirtySecondsGetsThemAtOnce() {
        Figures first = answers.figures();
        assertThat(computed).hasValue(1);
        clock.now = clock.now.plusSeconds(29);
        assertThat(answers.figures()).isSameAs(first);
        assertThat(computed).hasValue(1);
    }

    @Test
    void afterThirtySecondsAReaderGetsTheLastFiguresAtOnceAndTheNextReaderNewOnes() {
        Figures first = answers.figures();
        clock.now = clock.now.plusSeconds(30);
        assertThat(answers.figures()).as("still the last figures, at once").isSameAs(first);
        await().atMost(Duration.ofSeconds(30)).until(() -> computed.get() == 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> answers.figures() != first);
        assertThat(computed).as("one refresh, not one per reader").hasValue(2);
    }

    @Test
    void figuresFiveMinutesOldAreComputedAgainWhileTheReaderWaits() {
        Figures first = answers.figures();
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        Figures second = answers.figures();
        assertThat(second).isNotSameAs(first);
        assertThat(computed).hasValue(2);
    }

    @Test
    void freshForZeroComputesEveryAnswer() {
        DashboardAnswers always = new DashboardAnswers(figures, clock,
                new GovernanceSettings.Dashboard(Duration.ZERO, Duration.ofMinutes(5)));
        always.figures();
        always.figures();
        assertThat(computed).hasValue(2);
    }
}
