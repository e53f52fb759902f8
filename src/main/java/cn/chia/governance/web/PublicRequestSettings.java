package cn.chia.governance.web;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code governance.public-requests.*}: what the public endpoints (those of {@link RestAuthentication#PUBLIC_PREFIXES})
 * take from one client address. {@code posts} names a limit per endpoint (the last literal segment of its path:
 * {@code applications}, {@code information}, {@code withdrawals}); a public POST not named counts under
 * {@code default}. {@code wrongSecrets} counts the answers {@code 404} (a case number and receipt secret, or a
 * membership number and card secret, that do not match); beyond it every public request of that address waits.
 */
@ConfigurationProperties("governance.public-requests")
record PublicRequestSettings(DataSize maxBody, Map<String, Limit> posts, Limit wrongSecrets) {

    static final String DEFAULT = "default";

    PublicRequestSettings {
        maxBody = maxBody == null ? DataSize.ofKilobytes(16) : maxBody;
        posts = posts == null ? Map.of() : Map.copyOf(posts);
        wrongSecrets = wrongSecrets == null ? new Limit(10, Duration.ofMinutes(10)) : wrongSecrets;
    }

    /** At most {@code limit} requests in a fixed {@code window}. */
    record Limit(int limit, Duration window) {
    }

    /** The name of the limit a POST to this endpoint counts under. */
    String postLimitName(String endpoint) {
        return posts.containsKey(endpoint) ? endpoint : DEFAULT;
    }

    Limit post(String name) {
        return posts.getOrDefault(name, posts.getOrDefault(DEFAULT, new Limit(10, Duration.ofMinutes(10))));
    }
}
