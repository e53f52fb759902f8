package cn.chia.governance.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.Words;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Someone signed in who opens a webapp that is not theirs (a manager opening Tasklist, a clerk opening Cockpit) is
 * sent to the first one that is (Cockpit, Tasklist, Admin), instead of Camunda's bare "403" that Spring shows as a
 * "Whitelabel Error Page"; with none of them, a page in the caller's language says so. Nobody signed in gets the webapp's login page, as before.
 */
@Configuration(proxyBeanMethods = false)
class WebappDoors {

    /** The webapps people work in, in the order one is offered instead of another. */
    static final List<String> APPS = List.of("cockpit", "tasklist", "admin");

    private static final Pattern APP_PAGE = Pattern.compile("/app/(cockpit|tasklist|admin)/([^/]+)/.*");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> webappDoorsFilter(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                Matcher page = path.startsWith(applicationPath + "/")
                        ? APP_PAGE.matcher(path.substring(applicationPath.length())) : null;
                Optional<UserAuthentication> user = page != null && page.matches() && "GET".equals(request.getMethod())
                        ? signedIn(request, page.group(2)) : Optional.empty();
                if (user.isEmpty() || user.get().isAuthorizedForApp(page.group(1))) {
                    chain.doFilter(request, response);
                    return;
                }
                Optional<String> theirs = APPS.stream().filter(user.get()::isAuthorizedForApp).findFirst();
                if (theirs.isPresent()) {
                    response.sendRedirect(request.getContextPath() + applicationPath + "/app/" + theirs.get() + "/"
                            + page.group(2) + "/");
                    return;
                }
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("text/html");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write(noWebapp(user.get().getIdentityId(), CallerLanguage.of(request)));
            }
        });
        registration.setName("webapp-doors");
        registration.addUrlPatterns(applicationPath + "/app/*");
        // before Camunda's webapp security, which answers a bare 403
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    /** The user signed in to the engine {@code engine} in this session, if any. */
    private static Optional<UserAuthentication> signedIn(HttpServletRequest request, String engine) {
        Authentications signedIn = request.getSession(false) == null ? null
                : AuthenticationUtil.getAuthsFromSession(request.getSession(false));
        return signedIn == null ? Optional.empty() : signedIn.getAuthentications().stream()
                .filter(UserAuthentication.class::isInstance).map(UserAuthentication.class::cast)
                .filter(user -> engine.equals(user.getProcessEngineName())).findFirst();
    }

    static final Words ASSOCIATION = new Words("中国高科技产业化研究会", "China High-tech Industrialization Association");

    /** The page in the caller's language ({@link CallerLanguage}); in Chinese and English when the caller states none. */
    static String noWebapp(String user, Optional<Language> language) {
        String who = HtmlUtils.htmlEscape(user == null ? "" : user);
        List<Words> lines = List.of(new Words("您（" + who + "）无权使用本系统的任务列表、驾驶舱或管理页面。",
                "You (" + who + ") may not use Tasklist, Cockpit or Admin."),
                new Words("如需使用，请联系秘书处。", "Ask the Secretariat for access."));
        List<Language> shown = language.map(List::of).orElse(List.of(Language.ZH, Language.EN));
        StringBuilder body = new StringBuilder();
        for (int line = 0; line < lines.size(); line++) {
            for (Language each : shown) {
                boolean heading = line == 0 && each == shown.get(0);
                body.append(heading ? "<h1 id=\"no-webapp\"" : "<p").append(" lang=\"").append(tag(each)).append("\">")
                        .append(lines.get(line).in(each)).append(heading ? "</h1>\n" : "</p>\n");
            }
        }
        String name = language.map(ASSOCIATION::in).orElseGet(ASSOCIATION::both);
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head><meta charset="utf-8"><title>%s</title>
                <link rel="stylesheet" href="/apply/apply.css"></head>
                <body><main>
                <p>%s</p>
                %s</main></body>
                </html>
                """.formatted(tag(shown.get(0)), name, name, body);
    }

    private static String tag(Language language) {
        return language == Language.ZH ? "zh-CN" : "en";
    }
}
