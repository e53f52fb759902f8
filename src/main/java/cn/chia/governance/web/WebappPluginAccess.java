package cn.chia.governance.web;

import java.io.IOException;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.chia.governance.charter.Words;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The webapps' plugin API ({@code /camunda/api/cockpit/plugin/…}, likewise for Admin and Tasklist) answers only the
 * people who may open that webapp: Cockpit's plugins for managers and administrators. Cockpit's plugin queries run on
 * a command executor of their own, past the engine's allowlist; Camunda's authorizations narrow what they return,
 * but the plugins were written for people the Cockpit app admits, and nobody else needs them.
 */
@Configuration(proxyBeanMethods = false)
class WebappPluginAccess {

    static final Words REFUSAL = new Words("只有可以使用该应用的人员才能调用其插件接口。",
            "Only those who may open this webapp may call its plugins.");

    /**
     * {@code /{app}/plugin/…} after the webapps' API path, and the name of the app; not the plugins' own scripts and
     * styles ({@code /{app}/plugin/{plugin}/static/…}), which every webapp page loads before anyone signs in.
     */
    private static final Pattern PLUGIN = Pattern.compile("/([a-z]+)/plugin(?!/[^/]+/static/)(/.*)?");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> webappPluginAccessFilter(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
        String api = applicationPath + "/api";
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
                Matcher plugin = PLUGIN.matcher(path.substring(Math.min(api.length(), path.length())));
                Authentications signedIn = request.getSession(false) == null ? null
                        : AuthenticationUtil.getAuthsFromSession(request.getSession(false));
                if (path.startsWith(api + "/") && plugin.matches() && !mayOpen(signedIn, plugin.group(1))) {
                    response.setStatus(signedIn == null || signedIn.getAuthentications().isEmpty()
                            ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
                    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                    new ObjectMapper().writeValue(response.getOutputStream(),
                            Map.of("type", "Forbidden", "message", CallerLanguage.say(REFUSAL, request)));
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.setName("webapp-plugin-access");
        registration.addUrlPatterns(api + "/*");
        return registration;
    }

    private static boolean mayOpen(Authentications signedIn, String app) {
        return signedIn != null && signedIn.getAuthentications().stream()
                .filter(UserAuthentication.class::isInstance)
                .map(UserAuthentication.class::cast)
                .anyMatch(user -> user.isAuthorizedForApp(app));
    }
}
