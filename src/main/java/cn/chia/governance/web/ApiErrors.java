package cn.chia.governance.web;

import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

import cn.chia.governance.charter.Words;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.register.AlreadyRecorded;
import cn.chia.governance.register.RecordRefused;
import cn.chia.governance.register.RosterRefused;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The errors of the application's API, in one place. What the engine refuses: the application's checks (a
 * {@link BadUserRequestException}, possibly wrapped by the engine) answer 400 with their message in the caller's
 * language ({@link CallerLanguage}), a {@link Refusal} the status it names, the register's refusals 400 or 409, two
 * clerks changing one case at the same moment 409, a role the engine refuses 403; Spring's own errors (an unknown
 * path, a wrong method or media type) are problem details, as {@link ResponseEntityExceptionHandler} words them in
 * English, with a Chinese detail for the caller who reads Chinese. A body the application's API cannot read is refused with 400
 * and the field it concerns: a field the request may not carry, a number where text belongs, text where a number,
 * a date or yes/no belongs.
 * Nothing is guessed: {@code "yes"} is no boolean and {@code 42} no name. Each refusal is one line at INFO in the log,
 * each failure of the server one ERROR, unless the engine logged it already ({@link AnswersInTheLog}).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

    static final Words CHANGED_MEANWHILE = new Words("此案件刚被他人同时修改，请重新查看后再试。",
            "Someone else changed this case at the same moment; look at it again and retry.");
    static final Words MAY_NOT = new Words("您的角色无权执行此操作。", "Your role may not do this.");

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder
                .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .postConfigurer(json -> {
                    json.coercionConfigFor(LogicalType.Textual)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                });
    }

    /** The engine refused the caller: a plain sentence, without the id of the resource Camunda's message names. */
    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail refused(AuthorizationException refused, HttpServletRequest request) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, CallerLanguage.say(MAY_NOT, request));
    }

    /**
     * The application's refusal (400, or the status it names: 404, 409, 403) in the caller's language, a check's
     * refusal of bad input (400), or a change someone else made at the same moment (409).
     */
    @ExceptionHandler(ProcessEngineException.class)
    ProblemDetail engineRefused(ProcessEngineException refused, HttpServletRequest request) {
        if (cause(refused, OptimisticLockingException.class).isPresent()) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, CallerLanguage.say(CHANGED_MEANWHILE, request));
        }
        Optional<Refusal> refusal = cause(refused, Refusal.class);
        if (refusal.isPresent()) {
            AnswersInTheLog.refused(refused);
            return ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(refusal.get().status()),
                    CallerLanguage.say(refusal.get().words(), request));
        }
        Optional<ProblemDetail> badInput = refusedByTheRegister(refused, request)
                .or(() -> cause(refused, BadUserRequestException.class)
                        .map(bad -> ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, said(bad, request))));
        if (badInput.isEmpty()) {
            return serverFailed(refused, request);
        }
        AnswersInTheLog.refused(refused);
        return badInput.get();
    }

    /**
     * A failure of the server (500): the caller reads where the log has it; the log has it once (ERROR with its
     * stack, by the engine for what failed in it). A client that went away is no failure of the server; neither is
     * what fails while the container renders an error already answered (a refused multipart body whose 401 is shown by
     * Spring Boot's error page): that answer stands.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail failed(Exception failure, HttpServletRequest request) throws Exception {
        if (DisconnectedClientHelper.isClientDisconnectedException(failure)
                || request.getDispatcherType() == DispatcherType.ERROR) {
            throw failure;
        }
        return serverFailed(failure, request);
    }

    private static ProblemDetail serverFailed(Throwable failure, HttpServletRequest request) {
        String reference = AnswersInTheLog.failed("A request to the application's API failed", failure);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                CallerLanguage.say(AnswersInTheLog.serverFailed(reference), request));
    }

    /**
     * The register's refusal, in the caller's language: 409 for what it holds already (a member who has left, a
     * ballot cast), 400 for a change it refuses (a date in the future, a member it does not hold).
     */
    @ExceptionHandler({RecordRefused.class, AlreadyRecorded.class})
    ProblemDetail registerRefused(RuntimeException refused, HttpServletRequest request) {
        AnswersInTheLog.refused(refused);
        return refusedByTheRegister(refused, request).orElseThrow(() -> refused);
    }

    private static Optional<ProblemDetail> refusedByTheRegister(Throwable thrown, HttpServletRequest request) {
        return cause(thrown, AlreadyRecorded.class)
                .map(held -> ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, CallerLanguage.say(held.words(), request)))
                .or(() -> cause(thrown, RecordRefused.class).map(refused -> ProblemDetail.forStatusAndDetail(
                        HttpStatus.BAD_REQUEST, CallerLanguage.say(refused.words(), request))));
    }

    /** The message of what was thrown in the caller's language where it carries both, else as it is. */
    static String said(Throwable thrown, HttpServletRequest request) {
        return cause(thrown, Words.Said.class).map(said -> CallerLanguage.say(said.words(), request))
                .orElseGet(thrown::getMessage);
    }

    /**
     * A roster refused whole: every problem, the row (counting the people from 1; 0 for the roster as a whole), the
     * field, the reason in Chinese and English and the clause; for a CSV file also the line (the header is line 1).
     */
    @ExceptionHandler(RosterRefused.class)
    ProblemDetail rosterRefused(RosterRefused refused, HttpServletRequest request) {
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        boolean csv = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/csv");
        AnswersInTheLog.refused(refused);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                CallerLanguage.say(refused.words(), request));
        problem.setProperty("problems", refused.problems().stream().map(p -> {
            java.util.Map<String, Object> shown = new java.util.LinkedHashMap<>();
            shown.put("row", p.row());
            if (csv && p.row() > 0) {
                shown.put("line", p.row() + 1);
            }
            shown.put("field", p.field());
            shown.put("reason", CallerLanguage.say(p.words(), request));
            shown.put("clause", p.clause());
            return shown;
        }).toList());
        return problem;
    }

    /** The first cause of the given kind in what the engine threw, which may wrap it several times. */
    static <T> Optional<T> cause(Throwable thrown, Class<T> kind) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return Optional.of(kind.cast(cause));
            }
        }
        return Optional.empty();
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Words detail;
        if (unreadable.getCause() instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            detail = new Words("“" + unknown.getPropertyName() + "”不是此请求的字段；字段为 " + known + "。",
                    "'" + unknown.getPropertyName() + "' is not a field of this request; the fields are " + known + ".");
        } else if (unreadable.getCause() instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
            Words kind = kind(invalid.getTargetType());
            String value = String.valueOf(invalid.getValue());
            boolean shown = value.length() <= 40;
            detail = new Words("“" + field(invalid) + "”不能是" + (shown ? "“" + value + "”" : "这样的值") + "：须为" + kind.zh() + "。",
                    "'" + field(invalid) + "' cannot be " + (shown ? "\"" + value + "\"" : "such a value") + ": it must be "
                            + kind.en() + ".");
        } else if (unreadable.getCause() instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            Words kind = kind(mismatched.getTargetType());
            detail = new Words("“" + field(mismatched) + "”须为" + kind.zh() + "。",
                    "'" + field(mismatched) + "' must be " + kind.en() + ".");
        } else {
            detail = new Words("请求正文不是此请求所需的 JSON 对象。", "The request body is not the JSON object this request takes.");
        }
        String said = CallerLanguage.say(detail, ((ServletWebRequest) request).getRequest());
        return handleExceptionInternal(unreadable, ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, said),
                headers, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * Spring's own refusals (an unknown path, a method or media type the path does not take, a missing parameter):
     * its English detail, and a Chinese one, for the caller's language.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception thrown, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (status.is4xxClientError()) {
            AnswersInTheLog.refused(thrown);
        } else if (status.is5xxServerError()) {
            AnswersInTheLog.failed("A request to the application's API failed", thrown);
        }
        ResponseEntity<Object> answer = super.handleExceptionInternal(thrown, body, headers, status, request);
        if (thrown instanceof ErrorResponse && answer != null && answer.getBody() instanceof ProblemDetail problem
                && problem.getDetail() != null) {
            problem.setDetail(CallerLanguage.say(new Words(chinese(thrown, status), problem.getDetail()),
                    ((ServletWebRequest) request).getRequest()));
        }
        return answer;
    }

    private static String chinese(Exception thrown, HttpStatusCode status) {
        if (thrown instanceof NoResourceFoundException) {
            return "没有这个地址。";
        }
        if (thrown instanceof HttpRequestMethodNotSupportedException method) {
            return "此地址不接受 " + method.getMethod() + " 请求" + (method.getSupportedMethods() == null ? ""
                    : "；可用的方法：" + String.join("、", method.getSupportedMethods())) + "。";
        }
        if (thrown instanceof HttpMediaTypeNotSupportedException media) {
            return "此地址不接受内容类型“" + media.getContentType() + "”；可用的类型："
                    + media.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining("、")) + "。";
        }
        if (thrown instanceof HttpMediaTypeNotAcceptableException) {
            return "无法以所要求的格式（Accept）作答。";
        }
        if (thrown instanceof MissingServletRequestParameterException missing) {
            return "缺少参数“" + missing.getParameterName() + "”。";
        }
        if (thrown instanceof MethodArgumentTypeMismatchException mismatch) {
            return "参数“" + mismatch.getName() + "”的值无法识别。";
        }
        return "无法处理此请求（HTTP " + status.value() + "）。";
    }

    private static String field(MismatchedInputException problem) {
        return problem.getPath().stream().map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                : String.valueOf(reference.getIndex())).collect(Collectors.joining("."));
    }

    private static Words kind(Class<?> type) {
        if (type == null) {
            return new Words("其他类型", "of another kind");
        }
        if (type == String.class) {
            return new Words("文本", "text");
        }
        if (type == Boolean.class || type == boolean.class) {
            return new Words(" true 或 false", "true or false");
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return new Words("数字", "a number");
        }
        if (type.getSimpleName().startsWith("Local")) {
            return new Words("日期（年-月-日，如 2026-12-03）", "a date as YYYY-MM-DD");
        }
        return new Words(" JSON 对象", "a JSON object");
    }
}
