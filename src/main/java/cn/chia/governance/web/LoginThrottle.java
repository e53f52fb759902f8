package cn.chia.governance.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.chia.governance.charter.Words;
import cn.chia.governance.config.GovernanceSettings;

/**
 * Failed logins slow down the address they come from: the webapps' login form and HTTP Basic on
 * {@code /engine-rest}, {@code /api} and {@code /actuator} (the metrics) alike. Beside Camunda's own throttling per
 * user (a delay after each failure, never a lasting lock: see {@code login-*} in application.yaml), an address that
 * failed more than
 * {@code free-failures} times waits {@code base-delay}, doubled per further failure up to {@code max-delay},
 * before it may try again; meanwhile it is answered 429 with Retry-After, and its attempts do not reach the
 * engine (so they neither test a password nor renew a user's delay). An address is forgotten after
 * {@code forget-after} without a failure; at most {@code max-addresses} are remembered.
 */
@Configuration(proxyBeanMethods = false)
class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";

    private record Failures(int count, Instant last, Instant waitUntil) {
    }

    @Bean
    FilterRegistrationBean<Filter> loginThrottleFilter(GovernanceSettings settings) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                new Filter(settings.loginThrottle(), Clock.systemUTC()));
        registration.setName("login-throttle");
        registration.addUrlPatterns("/engine-rest/*", "/api/*", "/actuator/*", WEBAPP_LOGIN + "*");
        // before Camunda's authentication filter and the webapps' own filters, so that a throttled attempt reaches neither
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** The filter; wall-clock time (not the engine's clock, which tests move). */
    static final class Filter extends OncePerRequestFilter {

        private final GovernanceSettings.LoginThrottle settings;
        private final Clock clock;
        private final Map<String, Failures> failures = new ConcurrentHashMap<>();

        Filter(GovernanceSettings.LoginThrottle settings, Clock clock) {
            this.settings = settings;
            this.clock = clock;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!isLoginAttempt(request)) {
                chain.doFilter(request, response);
                return;
            }
            String address = request.getRemoteAddr();
            Instant now = clock.instant();
            Failures known = failures.get(address);
            if (known != null && now.isBefore(known.waitUntil())) {
                refuse(request, response, Duration.between(now, known.waitUntil()));
                return;
            }
            chain.doFilter(request, response);
            if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
                failed(address, now);
            }
        }

        /** A login at the webapps' form, or a request carrying HTTP Basic credentials to the APIs (not the public paths). */
        private static boolean isLoginAttempt(HttpServletRequest request) {
            // the decoded, normalised path the servlet is mapped by: "/login;x=1/" is the same login as "/login/"
            String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
            if (path.startsWith(WEBAPP_LOGIN)) {
                return "POST".equalsIgnoreCase(request.getMethod()) && path.contains("/login/");
            }
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                    && !RestAuthentication.isPublic(request);
        }

        private void failed(String address, Instant now) {
            Failures updated = failures.compute(address, (key, old) -> {
                int count = old == null || now.isAfter(old.last().plus(settings.forgetAfter())) ? 1 : old.count() + 1;
                return new Failures(count, now, now.plus(delay(count)));
            });
            if (updated.count() == settings.freeFailures() + 1) {
                LOG.warn("Failed logins from {}: {} in a row; its next attempts wait", address, updated.count());
            }
            if (failures.size() > settings.maxAddresses()) {
                forgetSome(now);
            }
        }

        /** No wait for the first free failures, then the base delay doubled per failure, at most the maximum. */
        Duration delay(int count) {
            int beyond = count - settings.freeFailures();
            if (beyond <= 0) {
                return Duration.ZERO;
            }
            Duration delay = settings.baseDelay();
            for (int i = 1; i < beyond && delay.compareTo(settings.maxDelay()) < 0; i++) {
                delay = delay.multipliedBy(2);
            }
            return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
        }

        /** Keeps the map bounded: first the forgotten and those free to try, then those whose wait ends first. */
        private void forgetSome(Instant now) {
            failures.values().removeIf(f -> now.isAfter(f.last().plus(settings.forgetAfter())));
            if (failures.size() > settings.maxAddresses()) {
                failures.values().removeIf(f -> !now.isBefore(f.waitUntil()));
            }
            int excess = failures.size() - settings.maxAddresses();
            if (excess > 0) {
                failures.entrySet().stream().sorted(Comparator.comparing(e -> e.getValue().waitUntil())).limit(excess)
                        .map(Map.Entry::getKey).toList().forEach(failures::remove);
            }
        }

        private static void refuse(HttpServletRequest request, HttpServletResponse response, Duration wait)
                throws IOException {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            response.setContentType("application/json;charset=UTF-8");
            String message = CallerLanguage.say(new Words("此地址登录失败次数过多，请 " + seconds + " 秒后再试。",
                    "Too many failed logins from this address; try again in " + seconds + " seconds."), request);
            response.getOutputStream().write(("{\"type\":\"TooManyFailedLogins\",\"message\":\"" + message + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
        }

        int remembered() {
            return failures.size();
        }
    }
}
