package cn.chia.governance.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpHeaders;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * HTTP Basic, and for a read of the application's own API ({@code GET} or {@code HEAD} under {@code /api/}) without
 * credentials also the session of someone signed in to Tasklist, Cockpit or Admin: the application's pages reached
 * from Tasklist read the API as the person signed in. Only reads, and one's own choices under {@code /api/me/} (the
 * task mail turned off in Tasklist's header) when the request carries the session's CSRF token as the webapps' own
 * changes do: any other change through {@code /api} still needs HTTP Basic, so that no other site can make a
 * signed-in browser change anything. {@code /engine-rest} takes HTTP Basic alone, as before. Whoever is found, their groups come from
 * the identity service on every request, as for HTTP Basic. Named by class in {@link RestAuthentication}, which
 * Camunda's filter instantiates: hence public.
 */
public class WebappSessionAuthentication extends HttpBasicAuthenticationProvider {

    static final Set<String> READS = Set.of("GET", "HEAD");

    /** One's own choices ({@code /api/me/…}, e.g. the task mail), which a page may change with the session's token. */
    static final String OWN_CHOICES = "/api/me/";

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        String path = RestAuthentication.path(request);
        if (request.getHeader(HttpHeaders.AUTHORIZATION) == null && path.startsWith("/api/")
                && (READS.contains(request.getMethod()) || path.startsWith(OWN_CHOICES) && carriesTheSessionsToken(request))) {
            Optional<String> signedIn = signedIn(request.getSession(false), engine.getName());
            if (signedIn.isPresent()) {
                return AuthenticationResult.successful(signedIn.get());
            }
        }
        return super.extractAuthenticatedUser(request, engine);
    }

    /**
     * Whether the request carries the CSRF token of its session, as the webapps' pages send it with every change (the
     * token a page of the same site reads from its cookie, which no other site can).
     */
    private static boolean carriesTheSessionsToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return token instanceof String expected && sent != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    /** The user signed in to that engine in the webapps' session, if any. */
    private static Optional<String> signedIn(HttpSession session, String engine) {
        Authentications signedIn = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        return signedIn == null ? Optional.empty() : signedIn.getAuthentications().stream()
                .filter(user -> engine.equals(user.getProcessEngineName()))
                .map(UserAuthentication::getIdentityId).findFirst();
    }
}
