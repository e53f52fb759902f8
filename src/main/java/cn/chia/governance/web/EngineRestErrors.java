package cn.chia.governance.web;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import java.util.HashSet;
import java.util.Set;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Camunda's REST layer answers 500 for whatever a listener throws. Here a check of the application's
 * that refuses bad input ({@link BadUserRequestException}, possibly wrapped by the engine) answers 400
 * with its message, and two clerks completing the same task answer 409, as Tasklist users expect; the same
 * in the webapps' own engine API that Tasklist calls.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestErrors {

    @Bean
    CamundaJerseyResourceConfig engineRestResources() {
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerAdditionalResources() {
                register(ClearEngineErrors.class);
                register(ClearRestErrors.class);
            }
        };
    }

    /**
     * Tasklist, Cockpit and Admin call the engine through the webapps' own JAX-RS application (servlet
     * "Engine Api" at {@code /camunda/api/engine/*}), which Camunda's webapp initializer registers only when no
     * servlet of that name exists. Registered first, under the same name and path, it answers as /engine-rest
     * does: a refusal 400 with the bare message (shown in Tasklist as it is), a concurrent change 409.
     */
    @Bean
    ServletContextInitializer webappEngineApiWithClearErrors(CamundaBpmProperties camunda) {
        return new WebappEngineApi(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    }

    @Order(Ordered.HIGHEST_PRECEDENCE)
    record WebappEngineApi(String path) implements ServletContextInitializer {
        @Override
        public void onStartup(ServletContext context) {
            ServletRegistration.Dynamic servlet = context.addServlet("Engine Api", ServletContainer.class);
            servlet.addMapping(path);
            servlet.setInitParameter("jakarta.ws.rs.Application", WebappEngineRest.class.getName());
        }
    }

    public static class WebappEngineRest extends EngineRestApplication {
        @Override
        public Set<Class<?>> getClasses() {
            Set<Class<?>> classes = new HashSet<>(super.getClasses());
            classes.add(ClearEngineErrors.class);
            classes.add(ClearRestErrors.class);
            return classes;
        }
    }

    /** The application's refusal or a concurrent change, when it is the cause of what the engine threw. */
    static Response clearAnswer(Throwable exception) {
        return Caller.cause(exception, OptimisticLockingException.class)
                .map(concurrentChange -> answer(Response.Status.CONFLICT, concurrentChange))
                .or(() -> Caller.cause(exception, BadUserRequestException.class)
                        .map(badInput -> answer(Response.Status.BAD_REQUEST, badInput)))
                .orElse(null);
    }

    private static Response answer(Response.Status status, Throwable cause) {
        return Response.status(status).entity(ExceptionDto.fromException(cause))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Priority(1)
    public static class ClearEngineErrors implements ExceptionMapper<ProcessEngineException> {

        private final ProcessEngineExceptionHandler camundaDefault = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            Response clear = clearAnswer(exception);
            return clear != null ? clear : camundaDefault.toResponse(exception);
        }
    }

    /** Resources wrap what the engine threw in a RestException with status 500; unwrap it where it is clear. */
    @Priority(1)
    public static class ClearRestErrors implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            Response clear = clearAnswer(exception);
            return clear != null ? clear : camundaDefault.toResponse(exception);
        }
    }
}
