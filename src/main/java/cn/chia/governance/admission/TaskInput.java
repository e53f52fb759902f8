package cn.chia.governance.admission;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * What the admission's task listeners check on the server of what a reviewer submits (REST clients skip the form):
 * a known decision, and the text the applicant will be told. A refusal leaves the task open with its message. The
 * lengths are the forms' own rules, checked by {@code SubmittedFields} for a person and by the applicants' API for an
 * applicant.
 */
final class TaskInput {

    private TaskInput() {
    }

    /** {@code value} of the variable {@code name}, refused unless it is one of {@code allowed}. */
    static String oneOf(String name, String value, List<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw new BadUserRequestException("Choose " + name + ", one of " + allowed + "; got " + value + ".");
        }
        return value;
    }

    /** Refuses a missing or blank text with {@code message}. */
    static void required(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new BadUserRequestException(message);
        }
    }
}
