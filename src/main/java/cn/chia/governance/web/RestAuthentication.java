package cn.chia.governance.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.SecurityActions;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.spring.boot.starter.property.AuthenticationProperties;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The REST API at /engine-rest and the application's own API under /api answer only authenticated
 * users (HTTP Basic against Camunda's identity service), as Camunda Run does; Camunda's authorizations
 * then apply to every engine call, and the API checks the caller's groups. Only the applicants' and the
 * members' own endpoints are public: an endpoint added under /api later is protected unless named here.
 * <p>
 * A page of the webapps (Cockpit's governance dashboard, its links to documents) reads the application's API with the
 * session its user signed in with: a GET or HEAD under /api without an {@code Authorization} header runs as the user
 * signed in to the default engine in that session, with the groups the webapps keep for them (refreshed as the webapps
 * refresh them). Only reads: a request that changes something still needs HTTP Basic, so that no other site can make a
 * signed-in browser send one (no CSRF token is asked under /api). /engine-rest takes no session.
 */
@Configuration(proxyBeanMethods = false)
class RestAuthentication {

    static final String[] AUTHENTICATED = {"/engine-rest/*", "/api/*"};

    /** The engine whose sign-in in the webapps' session reads the application's API. */
    static final String ENGINE = "default";

    /** Paths under /api that answer without an account: applying, following an application, a member's notice. */
    static final List<String> PUBLIC_PREFIXES = List.of("/api/applications", "/api/withdrawals");

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(CamundaBpmProperties camunda) {
        AuthenticationProperties.CacheProperties cache = camunda.getWebapp().getAuth().getCache();
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter() {
                    @Override
                    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                            throws IOException, ServletException {
                        HttpServletRequest http = (HttpServletRequest) request;
                        Authentications session = readWithSession(http);
                        if (isPublic(http)) {
                            chain.doFilter(request, response);
                        } else if (session != null && signedIn(session, http, cache)) {
                            SecurityActions.runWithAuthentications(() -> {
                                chain.doFilter(request, response);
                                return null;
                            }, session);
                        } else {
                            super.doFilter(request, response, chain);
                        }
                    }
                });
        registration.setName("camunda-auth");
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName()));
        registration.addUrlPatterns(AUTHENTICATED);
        return registration;
    }

    /**
     * The webapps' sign-ins of this session, when the request is a read of the application's API that brings no
     * credentials of its own; otherwise null.
     */
    static Authentications readWithSession(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!read || !path.startsWith("/api/") || request.getHeader("Authorization") != null
                || request.getSession(false) == null) {
            return null;
        }
        return AuthenticationUtil.getAuthsFromSession(request.getSession(false));
    }

    /**
     * Whether the session's user is signed in to the default engine, after the groups the webapps keep for them were
     * refreshed as the webapps refresh them (a user deleted meanwhile is signed out).
     */
    private static boolean signedIn(Authentications session, HttpServletRequest request,
            AuthenticationProperties.CacheProperties cache) {
        if (cache.isTtlEnabled()) {
            AuthenticationUtil.updateCache(session, request.getSession(false), cache.getTimeToLive());
            AuthenticationUtil.updateSession(request.getSession(false), session);
        }
        return session.hasAuthenticationForProcessEngine(ENGINE);
    }

    /** Decided on the decoded, normalised path the servlet is mapped by, so that /api/applications/../members is not public. */
    static boolean isPublic(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return PUBLIC_PREFIXES.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }
}
