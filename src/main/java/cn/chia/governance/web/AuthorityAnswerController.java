package cn.chia.governance.web;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.chia.governance.filing.AuthorityAnswer;
import cn.chia.governance.identity.Roles;
import cn.chia.governance.process.Refusal;

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
        caller.requireOneOf(Roles.SECRETARIAT_CLERKS, "中国科协和民政部的答复由秘书处登记。",
                "Answers of CAST and the Ministry are recorded by the Secretariat.");
        Task waiting = AuthorityAnswer.waitingFor(tasks, caseNumber).orElseThrow(() -> notWaiting(caseNumber));
        String answeredOn = reply.answeredOn() == null ? LocalDate.now(clock).toString() : reply.answeredOn();
        tasks.complete(waiting.getId(), AuthorityAnswer.reply(reply.answer(), reply.reference(), reply.note(), answeredOn));
        return new Recorded(caseNumber, reply.answer(), answeredOn);
    }

    private Refusal notWaiting(String caseNumber) {
        boolean known = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count() > 0;
        return known
                ? Refusal.conflict("案件 " + caseNumber + " 不在等待中国科协或民政部的答复：已有答复，或其材料尚未报送。",
                        "Case " + caseNumber + " does not wait for an answer of CAST or the Ministry: it was answered already, "
                        + "or its dossier has not been submitted.")
                : Refusal.notFound("没有案件 " + caseNumber + "。", "No case " + caseNumber + ".");
    }
}
