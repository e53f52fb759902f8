package cn.chia.governance.web;

import java.util.UUID;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import cn.chia.governance.charter.Words;

/**
 * What an answer of the API writes in the log: one line per event. A refusal (4xx) is one line at INFO on the logger
 * of users' mistakes, which the engine uses for its own ({@code engine/UserMistakes}); a failure of the server (5xx)
 * is one ERROR with its stack, under the reference the answer names. What the engine logged already is not logged
 * again: a refusal made while the engine was at work (its command context or its allowlist logged it), and a failure
 * raised inside an engine command (the command context logged it, ENGINE-16004, ERROR with the stack), for which only
 * the reference is written, at INFO, on the same thread with the same case number and user.
 */
final class AnswersInTheLog {

    /** The engine's logger of users' mistakes (engine/UserMistakes), which the web may not call. */
    static final Logger MISTAKES = LoggerFactory.getLogger("cn.chia.governance.UserMistakes");
    private static final Logger LOG = LoggerFactory.getLogger(AnswersInTheLog.class);

    private AnswersInTheLog() {
    }

    /** One line at INFO for a refusal the engine has not logged. */
    static void refused(Throwable refusal) {
        if (!madeWhileTheEngineWorked(refusal)) {
            String user = MDC.get(RestAuthentication.USER_IN_THE_LOG);
            MISTAKES.info("Refused for {}: {}", user == null ? "an anonymous caller" : user, oneLine(refusal.getMessage()));
        }
    }

    /** The failure in the log, once; answers the reference to tell the caller. */
    static String failed(String what, Throwable failure) {
        String reference = UUID.randomUUID().toString();
        if (raisedInAnEngineCommand(failure)) {
            LOG.info("{} (reference {}); the engine logged it: {}", what, reference, oneLine(failure.getMessage()));
        } else {
            LOG.error("{} (reference {})", what, reference, failure);
        }
        return reference;
    }

    /** What the caller reads of a failure of the server. */
    static Words serverFailed(String reference) {
        return new Words("服务器未能完成此请求，服务器日志中的参考编号为 " + reference + "。",
                "The server could not complete the request; the server log has the details under reference " + reference + ".");
    }

    /** Thrown while the engine was on the stack: by the engine, a listener or delegate, or the engine's allowlist. */
    static boolean madeWhileTheEngineWorked(Throwable thrown) {
        return anyFrame(thrown, frame -> frame.getClassName().startsWith("org.camunda.bpm.engine.impl."));
    }

    /** Thrown inside an engine command, whose command context logs it as the command fails. */
    static boolean raisedInAnEngineCommand(Throwable thrown) {
        return anyFrame(thrown, frame -> frame.getClassName()
                .equals("org.camunda.bpm.engine.impl.interceptor.CommandContextInterceptor"));
    }

    private static boolean anyFrame(Throwable thrown, Predicate<StackTraceElement> test) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            for (StackTraceElement frame : cause.getStackTrace()) {
                if (test.test(frame)) {
                    return true;
                }
            }
        }
        return false;
    }

    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }
}
