package cn.chia.governance.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.chia.governance.charter.Words;
import cn.chia.governance.identity.Roles;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The REST API at /engine-rest and the application's own API under /api answer only authenticated
 * users (HTTP Basic against Camunda's identity service), as Camunda Run does; Camunda's authorizations
 * then apply to every engine call, and the API checks the caller's groups. Reads of /api also take the webapps'
 * session ({@link WebappSessionAuthentication}). Only the applicants' and the members' own endpoints are public: an
 * endpoint added under /api later is protected unless named here. A script that says so ({@code X-Requested-With})
 * gets its 401 without the HTTP Basic challenge, so that the browser asks for no password over a page.
 * Under /actuator the health checks are public (a load balancer has no account) and everything else (the metrics for
 * Prometheus) answers administrators alone, with HTTP Basic: 401 without an account, 403 for any other role.
 */
@Configuration(proxyBeanMethods = false)
class RestAuthentication {

    static final String[] AUTHENTICATED = {"/engine-rest/*", "/api/*", "/actuator/*"};

    /** The user in the log's context, under ECS's name, as the engine puts it there for its own work. */
    static final String USER_IN_THE_LOG = "user.id";

    /**
     * Paths under /api that answer without an account: applying, following an application, a member's notice, a
     * member's own data (each proved by a receipt or card secret where it concerns a person).
     */
    static final List<String> PUBLIC_PREFIXES = List.of("/api/applications", "/api/withdrawals", "/api/personal-data");

    /** Actuator's health checks: the whole health, its readiness and liveness groups (a load balancer asks them). */
    static final String HEALTH = "/actuator/health";
    static final String ACTUATOR = "/actuator";

    static final Words ADMINISTRATORS_ONLY = new Words("运行指标只供管理员查看。", "The metrics are for administrators only.");

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(ObjectProvider<Caller> caller) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter() {
                    @Override
                    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                            throws IOException, ServletException {
                        HttpServletRequest http = (HttpServletRequest) request;
                        FilterChain next = isActuator(http) ? administratorsOnly(caller, chain) : chain;
                        if (isPublic(http)) {
                            chain.doFilter(request, response);
                        } else if (http.getHeader("X-Requested-With") != null) {
                            super.doFilter(request, new WithoutChallenge((HttpServletResponse) response), next);
                        } else {
                            super.doFilter(request, response, next);
                        }
                    }

                    /** The caller in the log's context for the whole request, the lines outside the engine too. */
                    @Override
                    protected void setAuthenticatedUser(ProcessEngine engine, String userId, List<String> groupIds,
                            List<String> tenantIds) {
                        super.setAuthenticatedUser(engine, userId, groupIds, tenantIds);
                        MDC.put(USER_IN_THE_LOG, userId);
                    }

                    @Override
                    protected void clearAuthentication(ProcessEngine engine) {
                        MDC.remove(USER_IN_THE_LOG);
                        super.clearAuthentication(engine);
                    }
                });
        registration.setName("camunda-auth");
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                WebappSessionAuthentication.class.getName()));
        registration.addUrlPatterns(AUTHENTICATED);
        return registration;
    }

    /** Decided on the decoded, normalised path the servlet is mapped by, so that /api/applications/../members is not public. */
    static boolean isPublic(HttpServletRequest request) {
        String path = path(request);
        return Stream.concat(PUBLIC_PREFIXES.stream(), Stream.of(HEALTH))
                .anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    private static boolean isActuator(HttpServletRequest request) {
        String path = path(request);
        return path.equals(ACTUATOR) || path.startsWith(ACTUATOR + "/");
    }

    /**
     * Lets through only a member of {@code camunda-admin}, once Camunda's filter has found the user; refuses anyone else
     * with 403 and the reason in the caller's language, as the webapps' guards answer. The caller is looked up per
     * request: the filters are made before the engine, which the caller's identity service belongs to.
     */
    private static FilterChain administratorsOnly(ObjectProvider<Caller> caller, FilterChain chain) {
        return (request, response) -> {
            if (caller.getObject().isInOneOf(Set.of(Roles.ADMINISTRATORS))) {
                chain.doFilter(request, response);
                return;
            }
            HttpServletResponse refused = (HttpServletResponse) response;
            refused.setStatus(HttpServletResponse.SC_FORBIDDEN);
            refused.setContentType(MediaType.APPLICATION_JSON_VALUE);
            refused.setCharacterEncoding(StandardCharsets.UTF_8.name());
            new ObjectMapper().writeValue(refused.getOutputStream(), Map.of("type", "Forbidden",
                    "message", CallerLanguage.say(ADMINISTRATORS_ONLY, (HttpServletRequest) request)));
        };
    }

    /** The decoded, normalised path the servlet is mapped by. */
    static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    /** An answer that keeps every header but the HTTP Basic challenge. */
    private static final class WithoutChallenge extends HttpServletResponseWrapper {

        WithoutChallenge(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!HttpHeaders.WWW_AUTHENTICATE.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!HttpHeaders.WWW_AUTHENTICATE.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
