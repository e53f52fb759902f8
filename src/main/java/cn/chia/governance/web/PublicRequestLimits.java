package cn.chia.governance.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import cn.chia.governance.charter.Words;
import cn.chia.governance.config.GovernanceSettings;

/**
 * What every public endpoint ({@link RestAuthentication#isPublic}) takes from one client address, whatever it
 * is: a body of at most {@code governance.public-requests.max-body} (413, whether its length is declared or not),
 * a number of POSTs per window for each endpoint (429 with Retry-After), and a number of answers 404 (a case
 * number or membership number with a secret that does not match) per window, beyond which every public request of
 * that address waits (429), so that receipt and card secrets cannot be guessed by trying.
 */
@Configuration(proxyBeanMethods = false)
class PublicRequestLimits {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WRONG_SECRETS = "wrong-secrets";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicRequestLimitFilter(GovernanceSettings governance, RateLimit rates) {
        GovernanceSettings.PublicRequests settings = governance.publicRequests();
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !RestAuthentication.isPublic(request);
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String client = request.getRemoteAddr();
                OptionalLong guessing = rates.waiting(WRONG_SECRETS + "|" + client, settings.wrongSecrets());
                if (guessing.isPresent()) {
                    tooMany(request, response, guessing.getAsLong(), settings.wrongSecrets(), "已有超过 %d 次编号与密码不符的请求",
                            "More than %d requests whose number and secret did not match came");
                    return;
                }
                if ("POST".equals(request.getMethod())) {
                    String name = settings.postLimitName(endpoint(request));
                    GovernanceSettings.Limit limit = settings.post(name);
                    OptionalLong wait = rates.count(name + "|" + client, limit);
                    if (wait.isPresent()) {
                        tooMany(request, response, wait.getAsLong(), limit, "至多可提交 %d 次",
                                "At most %d submissions to this endpoint are taken");
                        return;
                    }
                }
                long max = settings.maxBody().toBytes();
                if (request.getContentLengthLong() > max) {
                    tooLarge(request, response, max);
                    return;
                }
                byte[] body = request.getInputStream().readNBytes((int) max + 1);
                if (body.length > max) {
                    tooLarge(request, response, max);
                    return;
                }
                chain.doFilter(new ReadBody(request, body), response);
                if (response.getStatus() == HttpStatus.NOT_FOUND.value()) {
                    rates.count(WRONG_SECRETS + "|" + client, settings.wrongSecrets());
                }
            }
        });
        registration.setName("public-request-limits");
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** The last segment of the path: applications, information, withdrawals. */
    private static String endpoint(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static void tooMany(HttpServletRequest request, HttpServletResponse response, long seconds,
            GovernanceSettings.Limit limit, String chinese, String english) throws IOException {
        long minutes = Math.max(1, limit.window().toMinutes());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        problem(request, response, HttpStatus.TOO_MANY_REQUESTS, new Words("同一网络地址在 " + minutes + " 分钟内"
                + chinese.formatted(limit.limit()) + "；请于 " + seconds + " 秒后再试。", english.formatted(limit.limit())
                + " from one address in " + minutes + " minutes; try again in " + seconds + " seconds."));
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, long max) throws IOException {
        String size = max % 1024 == 0 ? max / 1024 + " KiB" : max + " bytes";
        problem(request, response, HttpStatus.PAYLOAD_TOO_LARGE, new Words("请求内容超过 " + size + " 的上限。",
                "A request to this endpoint carries at most " + size + "."));
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, Words detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", CallerLanguage.say(detail, request));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }

    /** The request with its body already read. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }
}
