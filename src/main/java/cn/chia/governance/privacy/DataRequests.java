package cn.chia.governance.privacy;

import java.time.LocalDate;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** A person's request about their own data, received through the personal-data API (the caller proved by a secret). */
@Component
public class DataRequests {

    /** The request's case number and the last day to answer it. */
    public record Received(String caseNumber, LocalDate answerBy) {
    }

    private final RuntimeService runtime;
    private final IdentityService identity;

    DataRequests(RuntimeService runtime, IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    /** Starts the request as no Camunda user; its start listener checks it, numbers it and sets the day to answer by. */
    public Received ask(String subjectNumber, DataRequestCase.Kind kind, String detail) {
        identity.clearAuthentication();
        var instance = runtime.startProcessInstanceByKey(DataRequestCase.PROCESS_KEY,
                DataRequestCase.asked(subjectNumber, kind, detail));
        return new Received(instance.getBusinessKey(), DataRequestCase.answerBy(runtime, instance.getId()));
    }
}
