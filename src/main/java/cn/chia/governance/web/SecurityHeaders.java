package cn.chia.governance.web;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.chia.governance.config.GovernanceSettings;

/**
 * The security headers of every answer, before anything else writes one: the applicants' pages, the
 * application's API, /engine-rest, errors and refusals. A page may load only this server's scripts, styles
 * and images, no page may frame it, no browser guesses a content type, a link sends the address only to this
 * server ({@code same-origin}, so that a receipt secret in an address goes nowhere else; the webapps' CSRF check
 * still sees the origin of their own requests), and in {@code production} (over HTTPS) HSTS. Camunda's webapps
 * ({@code /camunda/*}) then set their own Content-Security-Policy (with a nonce for their scripts, and
 * {@code frame-ancestors 'none'} too), which replaces this one.
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; object-src 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Bean
    FilterRegistrationBean<Filter> securityHeaderFilter(GovernanceSettings settings) {
        boolean hsts = settings.hsts();
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter() {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                    throws IOException, ServletException {
                HttpServletResponse answer = (HttpServletResponse) response;
                if (!answer.containsHeader("Content-Security-Policy")) {
                    answer.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                }
                answer.setHeader("X-Content-Type-Options", "nosniff");
                answer.setHeader("Referrer-Policy", "same-origin");
                if (hsts && ((HttpServletRequest) request).isSecure()) {
                    answer.setHeader("Strict-Transport-Security", HSTS);
                }
                chain.doFilter(request, response);
            }
        });
        registration.setName("security-headers");
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD,
                DispatcherType.ASYNC, DispatcherType.INCLUDE);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
