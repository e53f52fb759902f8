package cn.chia.governance.web;

import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;

/**
 * The webapps' own REST APIs (their copy of the engine API under {@code /camunda/api/engine}, and Cockpit's, Admin's
 * and Tasklist's) answer asynchronous resources as {@code /engine-rest} does. Camunda's starter registers their
 * Jersey servlets without asynchronous support, so a resource that suspends its answer (the external tasks'
 * {@code fetchAndLock}, a long poll) failed in the servlet container before the engine was asked, with a server
 * error outside the REST API's error answers; with it, the engine is asked and its answer (for a person who is not
 * an administrator: refused, 403) is given like any other.
 */
@Configuration(proxyBeanMethods = false)
class WebappEngineApi {

    @Bean
    ServletContextInitializer asynchronousWebappApis() {
        // runs before or after Camunda's own initializer, which registers the servlets: so mark them once all
        // initializers have run, when the context is initialised
        return servletContext -> servletContext.addListener(new ServletContextListener() {
            @Override
            public void contextInitialized(ServletContextEvent event) {
                markAsynchronous(servletContext);
            }
        });
    }

    static void markAsynchronous(ServletContext servletContext) {
        for (ServletRegistration servlet : servletContext.getServletRegistrations().values()) {
            if (ServletContainer.class.getName().equals(servlet.getClassName())
                    && servlet instanceof ServletRegistration.Dynamic dynamic) {
                dynamic.setAsyncSupported(true);
            }
        }
    }
}
