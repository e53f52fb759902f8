package cn.chia.governance.web;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import cn.chia.governance.filing.AuthorityAnswer;
import cn.chia.governance.identity.Roles;

/**
 * The answer of CAST or the Ministry of Civil Affairs to a case that waits for it, recorded by the
 * Secretariat through the API as it would be in Tasklist: the same checks, the same task completed.
 */
@RestController
class AuthorityAnswerController {

    record Reply(String answer, String reference, String note, String answeredOn) {
    }

    record Recorded(String caseNumber, String answer, String answeredOn) {
    }

    private final TaskService tasks;
    private final HistoryService history;
    private final Caller caller;
    private final Clock clock;

    AuthorityAnswerController(TaskService tasks, HistoryService history, Caller caller, Clock clock) {
        this.tasks = tasks;
        this.history = history;
        this.caller = caller;
        this.clock = clock;
    }

    @PostMapping("/api/filings/{caseNumber}/reply")
    Recorded reply(@PathVariable String caseNumber, @RequestBody Reply reply) {
        caller.requireOneOf(Roles.SECRETARIAT_CLERKS, "Answers of CAST and the Ministry are recorded by the Secretariat.");
        Task waiting = AuthorityAnswer.waitingFor(tasks, caseNumber).orElseThrow(() -> notWaiting(caseNumber));
        String answeredOn = reply.answeredOn() == null ? LocalDate.now(clock).toString() : reply.answeredOn();
        tasks.complete(waiting.getId(), AuthorityAnswer.reply(reply.answer(), reply.reference(), reply.note(), answeredOn));
        return new Recorded(caseNumber, reply.answer(), answeredOn);
    }

    private ResponseStatusException notWaiting(String caseNumber) {
        boolean known = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count() > 0;
        return known
                ? new ResponseStatusException(HttpStatus.CONFLICT, "Case " + caseNumber
                        + " does not wait for an answer of CAST or the Ministry: it was answered already, "
                        + "or its dossier has not been submitted.")
                : new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + caseNumber + ".");
    }
}
