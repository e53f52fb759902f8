package cn.chia.governance.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

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
 */
@Configuration(proxyBeanMethods = false)
class RestAuthentication {

    static final String[] AUTHENTICATED = {"/engine-rest/*", "/api/*"};

    /** The user in the log's context, under ECS's name, as the engine puts it there for its own work. */
    static final String USER_IN_THE_LOG = "user.id";

    /**
     * Paths under /api that answer without an account: applying, following an application, a member's notice, a
     * member's own data (each proved by a receipt or card secret where it concerns a person).
     */
    static final List<String> PUBLIC_PREFIXES = List.of("/api/applications", "/api/withdrawals", "/api/personal-data");

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter() {
                    @Override
                    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                            throws IOException, ServletException {
                        if (isPublic((HttpServletRequest) request)) {
                            chain.doFilter(request, response);
                        } else if (((HttpServletRequest) request).getHeader("X-Requested-With") != null) {
                            super.doFilter(request, new WithoutChallenge((HttpServletResponse) response), chain);
                        } else {
                            super.doFilter(request, response, chain);
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
        return PUBLIC_PREFIXES.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
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
