package cn.chia.governance.web;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
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
                register(ClearOtherErrors.class);
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
            classes.add(ClearOtherErrors.class);
            return classes;
        }
    }

    static final String COMPLETED_MEANWHILE =
            "Someone else has just completed or changed this task; reload the task list to see where the case stands.";

    private static final Pattern TASK_WORK = Pattern.compile(".*/task/([^/]+)/(complete|submit-form|resolve|claim)$");

    /**
     * The application's refusal (400, its bare message) or a concurrent change (409), when it is what the engine
     * threw: two clerks completing one task meet an optimistic lock, the register's unique key, or a task that
     * is gone when the second looks for it (Camunda would say 403, 404 or 500).
     */
    static Response clearAnswer(Throwable exception, HttpServletRequest request) {
        if (Caller.cause(exception, OptimisticLockingException.class).isPresent()
                || Caller.cause(exception, DuplicateKeyException.class).isPresent()
                || completedMeanwhile(request)) {
            return answer(Response.Status.CONFLICT, "OptimisticLockingException", COMPLETED_MEANWHILE);
        }
        return Caller.cause(exception, BadUserRequestException.class)
                .map(badInput -> answer(Response.Status.BAD_REQUEST, "BadUserRequestException", badInput.getMessage()))
                .orElse(null);
    }

    /** A request to work on a task that no longer runs because it was completed. */
    private static boolean completedMeanwhile(HttpServletRequest request) {
        Matcher work = request == null ? null : TASK_WORK.matcher(request.getRequestURI());
        if (work == null || !work.matches() || !"POST".equals(request.getMethod())) {
            return false;
        }
        ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
        IdentityService identity = engine.getIdentityService();
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return engine.getTaskService().createTaskQuery().taskId(work.group(1)).count() == 0
                    && engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(work.group(1)).finished()
                            .count() == 1;
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private static Response answer(Response.Status status, String type, String message) {
        ExceptionDto dto = new ExceptionDto();
        dto.setType(type);
        dto.setMessage(message);
        return Response.status(status).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Priority(1)
    public static class ClearEngineErrors implements ExceptionMapper<ProcessEngineException> {

        private final ProcessEngineExceptionHandler camundaDefault = new ProcessEngineExceptionHandler();
        @Context
        private HttpServletRequest request;

        @Override
        public Response toResponse(ProcessEngineException exception) {
            Response clear = clearAnswer(exception, request);
            return clear != null ? clear : camundaDefault.toResponse(exception);
        }
    }

    /** Resources wrap what the engine threw in a RestException with status 500; unwrap it where it is clear. */
    @Priority(1)
    public static class ClearRestErrors implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camundaDefault = new RestExceptionHandler();
        @Context
        private HttpServletRequest request;

        @Override
        public Response toResponse(RestException exception) {
            Response clear = clearAnswer(exception, request);
            return clear != null ? clear : camundaDefault.toResponse(exception);
        }
    }

    /** What is neither: the register's unique key met by a concurrent change, or Camunda's own answer. */
    @Priority(1)
    public static class ClearOtherErrors implements ExceptionMapper<Throwable> {

        private final ExceptionHandler camundaDefault = new ExceptionHandler();
        @Context
        private HttpServletRequest request;

        @Override
        public Response toResponse(Throwable exception) {
            Response clear = clearAnswer(exception, request);
            return clear != null ? clear : camundaDefault.toResponse(exception);
        }
    }
}
