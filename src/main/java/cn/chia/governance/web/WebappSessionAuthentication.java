package cn.chia.governance.web;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * HTTP Basic, and for a read of the application's own API ({@code GET} or {@code HEAD} under {@code /api/}) without
 * credentials also the session of someone signed in to Tasklist, Cockpit or Admin: the application's pages reached
 * from Tasklist read the API as the person signed in. Only reads: a change through {@code /api} still needs HTTP
 * Basic, so that no other site can make a signed-in browser change anything (the webapps' CSRF token guards only
 * {@code /camunda}). {@code /engine-rest} takes HTTP Basic alone, as before. Whoever is found, their groups come from
 * the identity service on every request, as for HTTP Basic. Named by class in {@link RestAuthentication}, which
 * Camunda's filter instantiates: hence public.
 */
public class WebappSessionAuthentication extends HttpBasicAuthenticationProvider {

    static final Set<String> READS = Set.of("GET", "HEAD");

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) == null && READS.contains(request.getMethod())
                && RestAuthentication.path(request).startsWith("/api/")) {
            Optional<String> signedIn = signedIn(request.getSession(false), engine.getName());
            if (signedIn.isPresent()) {
                return AuthenticationResult.successful(signedIn.get());
            }
        }
        return super.extractAuthenticatedUser(request, engine);
    }

    /** The user signed in to that engine in the webapps' session, if any. */
    private static Optional<String> signedIn(HttpSession session, String engine) {
        Authentications signedIn = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        return signedIn == null ? Optional.empty() : signedIn.getAuthentications().stream()
                .filter(user -> engine.equals(user.getProcessEngineName()))
                .map(UserAuthentication::getIdentityId).findFirst();
    }
}
