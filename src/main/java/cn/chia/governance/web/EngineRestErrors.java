package cn.chia.governance.web;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xml.sax.SAXException;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Camunda's REST layer answers 500 for whatever a listener throws. Here a check of the application's
 * that refuses bad input ({@link BadUserRequestException}, possibly wrapped by the engine) answers 400
 * with its message, and two clerks completing the same task answer 409, as Tasklist users expect. So
 * do what the hardening refuses (a BPMN that does not parse, e.g. with a DOCTYPE; a Java-serialized
 * variable), and an id that does not exist answers 404. The same mapping serves /engine-rest and the
 * webapps' own REST APIs (Tasklist's form submissions), through {@link InEveryJerseyApplication}
 * (META-INF/services).
 */
@Configuration(proxyBeanMethods = false)
class EngineRestErrors {

    private static final Logger LOG = LoggerFactory.getLogger(EngineRestErrors.class);

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

    /** The application's refusal or a concurrent change, when it is the cause of what the engine threw. */
    static Response clearAnswer(Throwable exception) {
        return Caller.cause(exception, OptimisticLockingException.class)
                .map(concurrentChange -> answer(Response.Status.CONFLICT, concurrentChange))
                .or(() -> Caller.cause(exception, BadUserRequestException.class)
                        .map(badInput -> answer(Response.Status.BAD_REQUEST, badInput)))
                .or(() -> Caller.cause(exception, ParseException.class).<Throwable>map(unparsable -> unparsable)
                        .or(() -> Caller.cause(exception, SAXException.class).map(unused -> exception))
                        .map(unparsable -> answer(Response.Status.BAD_REQUEST, unparsable)))
                .or(() -> refusedByTheHardening(exception)
                        .map(refused -> answer(Response.Status.BAD_REQUEST, refused)))
                .or(() -> databaseRefused(exception))
                .or(() -> Caller.cause(exception, NullValueException.class)
                        .filter(missing -> missing.getMessage() != null && missing.getMessage().contains("doesn't exist"))
                        .map(missing -> answer(Response.Status.NOT_FOUND, missing)))
                .orElse(null);
    }

    /**
     * A statement the database refused (a value too long for its column, a broken constraint): the engine's
     * message quotes the SQL and the parameters, which belong in the log, not in the answer.
     */
    private static Optional<Response> databaseRefused(Throwable exception) {
        boolean fromDatabase = Caller.cause(exception, SQLException.class).isPresent()
                || Caller.cause(exception, PersistenceException.class).isPresent()
                || (exception.getMessage() != null && exception.getMessage().contains("### SQL"));
        if (!fromDatabase) {
            return Optional.empty();
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("The database refused a change (reference {})", reference, exception);
        ExceptionDto dto = new ExceptionDto();
        dto.setType("ProcessEngineException");
        dto.setMessage("The database refused the change; nothing was saved. The server log has the details under "
                + "reference " + reference + ".");
        return Optional.of(Response.status(Response.Status.INTERNAL_SERVER_ERROR).entity(dto)
                .type(MediaType.APPLICATION_JSON_TYPE).build());
    }

    /** Refusals the engine states only in words: a Java-serialized variable (ENGINE-17007), a password the policy refuses. */
    private static final List<String> REFUSALS = List.of("Java serialization format is prohibited",
            "Password does not match policy");

    private static Optional<Throwable> refusedByTheHardening(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && REFUSALS.stream().anyMatch(message::contains)) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
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

    /**
     * Registered through META-INF/services in every Jersey application of this server: /engine-rest and
     * the webapps' Engine, Tasklist, Cockpit and Admin APIs.
     */
    public static class InEveryJerseyApplication implements ForcedAutoDiscoverable {

        @Override
        public void configure(FeatureContext context) {
            for (Class<?> mapper : new Class<?>[] {ClearEngineErrors.class, ClearRestErrors.class}) {
                if (!context.getConfiguration().isRegistered(mapper)) {
                    context.register(mapper);
                }
            }
        }
    }
}
