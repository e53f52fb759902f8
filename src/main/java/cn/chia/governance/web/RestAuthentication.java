package cn.chia.governance.web;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST API at /engine-rest and the application's own API under /api answer only authenticated
 * users (HTTP Basic against Camunda's identity service), as Camunda Run does; Camunda's authorizations
 * then apply to every engine call, and the API checks the caller's groups.
 */
@Configuration(proxyBeanMethods = false)
class RestAuthentication {

    static final String[] AUTHENTICATED = {"/engine-rest/*", "/api/meetings/*", "/api/members", "/api/members/*",
            "/api/members.csv", "/api/cases/*", "/api/filings/*", "/api/terms", "/api/directors"};

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-auth");
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName()));
        registration.addUrlPatterns(AUTHENTICATED);
        return registration;
    }
}
