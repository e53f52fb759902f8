package cn.chia.governance.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/** At most {@code limit} applications per client address in a fixed window; beyond that 429 with Retry-After. */
@Component
class ApplicationRateLimit {

    private record Window(Instant start, int count) {
    }

    private static final int FORGET_ABOVE = 10_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int limit;
    private final Duration window;
    private final Clock clock;

    ApplicationRateLimit(@Value("${governance.applications.limit}") int limit,
            @Value("${governance.applications.window}") Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    void count(String client) {
        Instant now = clock.instant();
        Window current = windows.compute(client, (address, old) -> old == null || !now.isBefore(old.start().plus(window))
                ? new Window(now, 1) : new Window(old.start(), old.count() + 1));
        if (windows.size() > FORGET_ABOVE) {
            windows.values().removeIf(old -> !now.isBefore(old.start().plus(window)));
        }
        if (current.count() > limit) {
            long seconds = Math.max(1, Duration.between(now, current.start().plus(window)).toSeconds());
            ErrorResponseException tooMany = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS,
                    ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, "At most " + limit
                            + " applications per " + window.toMinutes() + " minutes from one address; try again in "
                            + seconds + " seconds."), null);
            tooMany.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            throw tooMany;
        }
    }
}
