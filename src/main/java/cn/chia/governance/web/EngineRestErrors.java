package cn.chia.governance.web;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.dto.AuthorizationExceptionDto;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.dto.MissingAuthorizationDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.springframework.dao.DuplicateKeyException;
import org.xml.sax.SAXException;

import cn.chia.governance.charter.Words;
import cn.chia.governance.process.Refusal;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
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
final class EngineRestErrors {

    static final Words COMPLETED_MEANWHILE = new Words("此任务刚被他人完成或修改；请刷新任务列表查看案件的进展。",
            "Someone else has just completed or changed this task; reload the task list to see where the case stands.");

    /** What the caller who reads Chinese is told of an id the engine finds nothing for. */
    static final String NOT_FOUND_ZH = "未找到所请求的对象：它不存在，或已被完成或删除。";

    private static final Pattern TASK_WORK = Pattern.compile(".*/task/([^/]+)/(complete|submit-form|resolve|claim)$");

    private EngineRestErrors() {
    }

    /**
     * A concurrent change (409: two clerks completing one task meet an optimistic lock, the register's unique
     * key, or a task that is gone when the second looks for it), the application's refusal (400, its bare
     * message in the caller's language), what the hardening refuses (400), a missing id (404), or null where
     * Camunda's answer stands.
     */
    static Response clearAnswer(Throwable exception, HttpServletRequest request) {
        if (ApiErrors.cause(exception, OptimisticLockingException.class).isPresent()
                || ApiErrors.cause(exception, DuplicateKeyException.class).isPresent()
                || completedMeanwhile(request)) {
            return answer(Response.Status.CONFLICT, "OptimisticLockingException",
                    CallerLanguage.say(COMPLETED_MEANWHILE, request));
        }
        return lookedUpNothing(exception).map(missing -> answer(Response.Status.NOT_FOUND, "NotFoundException",
                        CallerLanguage.say(new Words(NOT_FOUND_ZH, missing.getMessage()), request)))
                .or(() -> ApiErrors.cause(exception, BadUserRequestException.class)
                        .map(badInput -> answer(Response.Status.fromStatusCode(badInput instanceof Refusal refusal
                                ? refusal.status() : 400), "BadUserRequestException", ApiErrors.said(badInput, request))))
                .or(() -> ApiErrors.cause(exception, ParseException.class).<Throwable>map(unparsable -> unparsable)
                        .or(() -> ApiErrors.cause(exception, SAXException.class).map(unused -> exception))
                        .map(unparsable -> answer(Response.Status.BAD_REQUEST, unparsable)))
                .or(() -> refusedByTheHardening(exception).map(refused -> answer(Response.Status.BAD_REQUEST,
                        "BadUserRequestException", CallerLanguage.say(refused, request))))
                .or(() -> databaseRefused(exception, request))
                .orElse(null);
    }

    /**
     * The engine looked an id up and found nothing: its {@code ensureNotNull} says so ("Cannot find task with id
     * 'x'.: task is null", "no deployed process definition found with id 'x': processDefinition is null"), as a
     * NullValueException or a BadUserRequestException.
     */
    private static Optional<Throwable> lookedUpNothing(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if ((cause instanceof NullValueException || cause instanceof BadUserRequestException) && message != null
                    && NOT_FOUND.matcher(message).find()
                    && (cause instanceof NullValueException || NULL_VARIABLE.matcher(message).find())) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }

    /** The engine looked an id up and found nothing: so says the exception or, for the REST layer's wrapper, its cause. */
    private static boolean saysNotFound(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && NOT_FOUND.matcher(cause.getMessage()).find()) {
                return true;
            }
        }
        return false;
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

    /**
     * A statement the database refused (a value too long for its column, a broken constraint): the engine's
     * message quotes the SQL and the parameters, which belong in the log, not in the answer.
     */
    private static Optional<Response> databaseRefused(Throwable exception, HttpServletRequest request) {
        boolean fromDatabase = ApiErrors.cause(exception, SQLException.class).isPresent()
                || ApiErrors.cause(exception, PersistenceException.class).isPresent()
                || (exception.getMessage() != null && exception.getMessage().contains("### SQL"));
        if (!fromDatabase) {
            return Optional.empty();
        }
        String reference = AnswersInTheLog.failed("The database refused a change", exception);
        return Optional.of(answer(Response.Status.INTERNAL_SERVER_ERROR, "ProcessEngineException",
                CallerLanguage.say(new Words("数据库拒绝了此修改，未保存任何内容。服务器日志中的参考编号为 " + reference + "。",
                        "The database refused the change; nothing was saved. The server log has the details under reference "
                                + reference + "."), request)));
    }

    /**
     * Refusals the engine states only in English words, with their Chinese: a Java-serialized variable (ENGINE-17007),
     * a password the policy refuses.
     */
    private static final Map<String, String> REFUSALS = Map.of(
            "Java serialization format is prohibited", "不接受以 Java 序列化格式提交的值。",
            "Password does not match policy", "密码不符合密码策略的要求。");

    /** The engine's refusal, its Chinese and its English as the engine words it. */
    private static Optional<Words> refusedByTheHardening(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null) {
                Optional<Words> refused = REFUSALS.entrySet().stream().filter(refusal -> message.contains(refusal.getKey()))
                        .map(refusal -> new Words(refusal.getValue(), message)).findFirst();
                if (refused.isPresent()) {
                    return refused;
                }
            }
        }
        return Optional.empty();
    }

    private static final Pattern ENGINE_CODE = Pattern.compile("\\bENGINE-\\d+\\s*");
    /**
     * How the engine says that an id names nothing: {@code ensureNotNull} of what it looked up, or the REST layer's
     * own look-up ("No external task found with id x", "No task found for task id x").
     */
    private static final Pattern NOT_FOUND = Pattern.compile(
            "(?i)(doesn't exist|does not exist|cannot find|not found|no deployed|no matching"
                    + "|no [\\w ]+ found (for|with) [\\w ]*id\\b)");
    /** The name of the engine's variable that was null, after the sentence: "...: task is null". */
    private static final Pattern NULL_VARIABLE = Pattern.compile("\\.?:\\s*[A-Za-z]+ is null$");

    /**
     * The answer as a caller may see it: {@code type} names the kind of answer (its HTTP reason, such as "Not
     * Found"), not the exception's class; no internal {@code code}; no {@code ENGINE-xxxxx} in the message; a
     * refusal names no object (Camunda's AuthorizationException names the id of the resource refused, which may
     * be one the caller may not even know of); a failure of the server (500) says only where the log has it.
     * A refusal keeps the type {@code AuthorizationException}: Tasklist, Cockpit and Admin test exactly this
     * value to show "access denied" (and the list of missing permissions, kept without their ids) instead of a
     * communication error. {@code trusted}: the message is one of this application's clear answers.
     */
    static Response withoutInternals(Response answer, Throwable exception, boolean trusted, HttpServletRequest request) {
        if (!(answer.getEntity() instanceof ExceptionDto dto)) {
            return answer;
        }
        int status = answer.getStatus();
        Optional<AuthorizationException> refused = ApiErrors.cause(exception, AuthorizationException.class);
        if (status == Response.Status.FORBIDDEN.getStatusCode() && refused.isPresent()) {
            return Response.status(status).entity(refusal(refused.get(), request)).type(MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        ExceptionDto clean = new ExceptionDto();
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        clean.setType(reason == null ? "Error" : reason.getReasonPhrase());
        if (status >= 500 && !trusted) {
            String reference = AnswersInTheLog.failed("A request to the REST API failed", exception);
            clean.setMessage(CallerLanguage.say(AnswersInTheLog.serverFailed(reference), request));
        } else {
            String message = dto.getMessage() == null ? null : NULL_VARIABLE.matcher(
                    ENGINE_CODE.matcher(dto.getMessage()).replaceAll("")).replaceAll(".");
            // Camunda's own "not found" is English: the caller who reads Chinese is told so in Chinese
            clean.setMessage(!trusted && status == Response.Status.NOT_FOUND.getStatusCode() && message != null
                    ? CallerLanguage.say(new Words(NOT_FOUND_ZH, message), request) : message);
        }
        return Response.fromResponse(answer).entity(clean).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** A refusal in a plain sentence: the permissions missing and the kinds of resource, no ids. */
    private static AuthorizationExceptionDto refusal(AuthorizationException refused, HttpServletRequest request) {
        AuthorizationExceptionDto dto = new AuthorizationExceptionDto();
        dto.setType("AuthorizationException");
        List<MissingAuthorizationDto> missing = new ArrayList<>();
        for (MissingAuthorization authorization : refused.getMissingAuthorizations()) {
            MissingAuthorizationDto kind = new MissingAuthorizationDto();
            kind.setPermissionName(authorization.getViolatedPermissionName());
            kind.setResourceName(authorization.getResourceType());
            if (missing.stream().noneMatch(m -> m.getPermissionName().equals(kind.getPermissionName())
                    && m.getResourceName().equals(kind.getResourceName()))) {
                missing.add(kind);
            }
        }
        dto.setMissingAuthorizations(missing);
        String message = refused.getMessage();
        boolean plain = refused.getMissingAuthorizations().isEmpty() && message != null
                && !ENGINE_CODE.matcher(message).find() && !message.contains("resource");
        if (refused instanceof Words.Said said) {
            dto.setMessage(CallerLanguage.say(said.words(), request));
        } else if (plain) {
            dto.setMessage(message);
        } else {
            String what = missing.stream().map(m -> m.getPermissionName() + " / " + m.getResourceName())
                    .collect(Collectors.joining(", "));
            dto.setMessage(CallerLanguage.say(new Words("您的角色无权执行此操作" + (what.isEmpty() ? "" : "（缺少权限：" + what + "）") + "。",
                    "Your role may not do this" + (what.isEmpty() ? "" : " (missing permission: " + what + ")") + "."), request));
        }
        return dto;
    }

    private static Response answer(Response.Status status, Throwable cause) {
        return Response.status(status).entity(ExceptionDto.fromException(cause))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Response answer(Response.Status status, String type, String message) {
        ExceptionDto dto = new ExceptionDto();
        dto.setType(type);
        dto.setMessage(message);
        return Response.status(status).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Camunda's own mapper of that kind of exception answers wherever the answer is not clearer here. */
    abstract static class ClearErrors<E extends Throwable> implements ExceptionMapper<E> {

        private final ExceptionMapper<E> camundaDefault;
        @Context
        private HttpServletRequest request;

        ClearErrors(ExceptionMapper<E> camundaDefault) {
            this.camundaDefault = camundaDefault;
        }

        @Override
        public Response toResponse(E exception) {
            Optional<AuthorizationException> refused = ApiErrors.cause(exception, AuthorizationException.class);
            if (refused.isPresent() && completedMeanwhile(request)) {
                // the second of two clerks: the task was completed before their request could look at it, and a task
                // that is gone is nobody's to complete
                return answer(Response.Status.CONFLICT, "OptimisticLockingException",
                        CallerLanguage.say(COMPLETED_MEANWHILE, request));
            }
            if (refused.isPresent()) {
                // a refusal is 403 even where a resource wrapped it in a RestException of status 400 or 500
                return Response.status(Response.Status.FORBIDDEN).entity(refusal(refused.get(), request))
                        .type(MediaType.APPLICATION_JSON_TYPE).build();
            }
            Response clear = clearAnswer(exception, request);
            if (clear != null) {
                return withoutInternals(clear, exception, true, request);
            }
            Response camunda = camundaDefault.toResponse(exception);
            if (camunda.getStatus() == Response.Status.BAD_REQUEST.getStatusCode() && saysNotFound(exception)) {
                // the REST layer reports an id it found nothing for as a bad request ("Cannot find task with id ...")
                camunda = Response.fromResponse(camunda).status(Response.Status.NOT_FOUND).build();
            }
            return withoutInternals(camunda, exception, false, request);
        }
    }

    @Priority(1)
    public static class ClearEngineErrors extends ClearErrors<ProcessEngineException> {
        public ClearEngineErrors() {
            super(new ProcessEngineExceptionHandler());
        }
    }

    /** Resources wrap what the engine threw in a RestException with status 500; unwrap it where it is clear. */
    @Priority(1)
    public static class ClearRestErrors extends ClearErrors<RestException> {
        public ClearRestErrors() {
            super(new RestExceptionHandler());
        }
    }

    /** What is neither: the register's unique key met by a concurrent change, or Camunda's own answer. */
    @Priority(1)
    public static class ClearOtherErrors extends ClearErrors<Throwable> {
        public ClearOtherErrors() {
            super(new ExceptionHandler());
        }
    }

    /**
     * Registered through META-INF/services in every Jersey application of this server: /engine-rest and
     * the webapps' Engine, Tasklist, Cockpit and Admin APIs.
     */
    public static class InEveryJerseyApplication implements ForcedAutoDiscoverable {

        @Override
        public void configure(FeatureContext context) {
            for (Class<?> mapper : new Class<?>[] {ClearEngineErrors.class, ClearRestErrors.class, ClearOtherErrors.class}) {
                if (!context.getConfiguration().isRegistered(mapper)) {
                    context.register(mapper);
                }
            }
        }
    }
}
