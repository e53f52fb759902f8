package cn.chia.governance.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import cn.chia.governance.config.GovernanceSettings;

/**
 * Fixed windows of requests per key (a limit's name and a client address), in this node's memory: {@link #count}
 * counts a request, {@link #waiting} asks without counting. Both give the seconds to wait when the key is over
 * its limit.
 */
@Component
class RateLimit {

    private record Window(Instant start, Duration length, int count) {
        boolean over(Instant now) {
            return !now.isBefore(start.plus(length));
        }
    }

    private static final int FORGET_ABOVE = 10_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    RateLimit(Clock clock) {
        this.clock = clock;
    }

    /** Counts a request of {@code key}; the seconds to wait if it is one too many. */
    OptionalLong count(String key, GovernanceSettings.Limit limit) {
        Instant now = clock.instant();
        Window current = windows.compute(key, (unused, old) -> old == null || old.over(now)
                ? new Window(now, limit.window(), 1) : new Window(old.start(), old.length(), old.count() + 1));
        if (windows.size() > FORGET_ABOVE) {
            windows.values().removeIf(old -> old.over(now));
        }
        return wait(current, limit, now);
    }

    /** The seconds to wait if {@code key} has already used up its limit; counts nothing. */
    OptionalLong waiting(String key, GovernanceSettings.Limit limit) {
        Instant now = clock.instant();
        Window current = windows.get(key);
        return current == null || current.over(now) ? OptionalLong.empty()
                : wait(new Window(current.start(), current.length(), current.count() + 1), limit, now);
    }

    private static OptionalLong wait(Window window, GovernanceSettings.Limit limit, Instant now) {
        if (window.count() <= limit.limit()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Duration.between(now, window.start().plus(window.length())).toSeconds()));
    }
}
