package cn.chia.governance.charter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A request for more information about an application, made on {@code askedOn} in the Liaison Department's review:
 * the applicant has {@value #DAYS_TO_ANSWER} days to answer, after which the application lapses. The charter names
 * no period: the {@value #DAYS_TO_ANSWER} days are the Association's practice (the timer of the admission's BPMN,
 * {@code P30D}, says the same), kept here beside the charter's own rules.
 */
public record InformationRequest(LocalDate askedOn) {

    /** Days the applicant has to answer; the application lapses when they pass without an answer. */
    public static final int DAYS_TO_ANSWER = 30;

    public InformationRequest {
        Objects.requireNonNull(askedOn, "askedOn");
    }

    /** The day the application lapses without an answer: {@value #DAYS_TO_ANSWER} days after the request. */
    public LocalDate answerBy() {
        return askedOn.plusDays(DAYS_TO_ANSWER);
    }
}
