package cn.chia.governance.filing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.Task;

import cn.chia.governance.charter.Words;
import cn.chia.governance.process.CaseVariables;
import cn.chia.governance.process.WaitingCase;

/**
 * The answer of an outside authority (CAST, the Ministry of Civil Affairs) to a case that waits for it, recorded
 * in Tasklist or through the filings API, and what the reminders of a silent authority read. The answering task
 * names the authority and the answers it may give as input parameters of the BPMN.
 */
public final class AuthorityAnswer extends CaseVariables {

    /** The user tasks in which an authority's answer is recorded, in Tasklist or through the filings API. */
    public enum Step {
        RECORD_CAST_ANSWER("UserTask_RecordCastAnswer"),
        RECORD_MCA_ANSWER("UserTask_RecordMcaAnswer");

        private final String activityId;

        Step(String activityId) {
            this.activityId = activityId;
        }

        public String activityId() {
            return activityId;
        }
    }

    /** What an authority may answer; each task allows some of them ({@link #ALLOWED_ANSWERS}). */
    public enum Answer {
        APPROVED("批准", "approved"), RETURNED("退回修改", "returned for correction"), REFUSED("不予批准", "refused");

        private final String chinese;
        private final String english;

        Answer(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        static Optional<Answer> of(String value) {
            return Arrays.stream(values()).filter(answer -> answer.name().equals(value)).findFirst();
        }

        /** As the form's choice reads, with the value for REST clients: "批准（APPROVED）", "approved (APPROVED)". */
        Words named() {
            return new Words(chinese + "（" + name() + "）", english + " (" + name() + ")");
        }
    }

    /** The authorities a case waits for; the BPMN names them as its English text does. */
    public enum Authority {
        CAST("中国科协", "CAST"), MINISTRY_OF_CIVIL_AFFAIRS("民政部", "the Ministry of Civil Affairs");

        private final String chinese;
        private final String english;

        Authority(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        static Authority named(String name) {
            return String.valueOf(name).contains("Ministry") ? MINISTRY_OF_CIVIL_AFFAIRS : CAST;
        }

        /** "中国科协", "CAST"; "民政部", "the Ministry of Civil Affairs". */
        Words words() {
            return new Words(chinese, english);
        }
    }

    // set by the BPMN on the answering task and the reminder
    public static final String AUTHORITY = "authority";
    public static final String ALLOWED_ANSWERS = "allowedAnswers";
    // the answer (form record-authority-answer, POST /api/filings/{caseNumber}/reply)
    public static final String AUTHORITY_ANSWER = "authorityAnswer";
    public static final String AUTHORITY_REFERENCE = "authorityReference";
    public static final String AUTHORITY_NOTE = "authorityNote";
    public static final String ANSWERED_ON = "answeredOn";

    private AuthorityAnswer(VariableScope scope) {
        super(scope);
    }

    public static AuthorityAnswer of(VariableScope scope) {
        return new AuthorityAnswer(scope);
    }

    /** The authority as the BPMN names it: "CAST" or "the Ministry of Civil Affairs". */
    public String authorityName() {
        return text(AUTHORITY);
    }

    public Authority authority() {
        return Authority.named(authorityName());
    }

    /** The answers this task allows, in the order the BPMN lists them. */
    public List<String> allowedAnswers() {
        return Arrays.asList(text(ALLOWED_ANSWERS).split(","));
    }

    /** The answers this task allows, in words: "批准（APPROVED）、不予批准（REFUSED）", "approved (APPROVED), …". */
    Words allowedAnswersInWords() {
        return Words.list(allowedAnswers().stream().map(answer -> Answer.of(answer).map(Answer::named)
                .orElse(new Words(answer, answer))).toList());
    }

    /** The answer as recorded, unchecked. */
    public String givenAnswer() {
        return text(AUTHORITY_ANSWER);
    }

    /** The answer, when it is one of {@link Answer}. */
    public Optional<Answer> answer() {
        return Answer.of(givenAnswer());
    }

    public String note() {
        return text(AUTHORITY_NOTE);
    }

    public LocalDate answeredOn() {
        return date(ANSWERED_ON, "the date of the answer");
    }

    public void recordAnsweredOn(LocalDate day) {
        set(ANSWERED_ON, day.toString());
    }

    /** The title of the case the authority is asked about. */
    public String caseTitle() {
        return text(WaitingCase.CASE_TITLE);
    }

    /** The dossier sent to CAST, when the case sent one. */
    public CastDossier dossier() {
        return CastDossier.of(scope);
    }

    /** The task of the case with that number that waits for an authority's answer, if any. */
    public static Optional<Task> waitingFor(TaskService tasks, String caseNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKeyIn(Arrays.stream(Step.values()).map(Step::activityId).toArray(String[]::new))
                .list().stream().findFirst();
    }

    /** The variables with which the answering task is completed, as Tasklist's form sets them. */
    public static Map<String, Object> reply(String answer, String reference, String note, String answeredOn) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(AUTHORITY_ANSWER, answer);
        variables.put(AUTHORITY_REFERENCE, reference);
        variables.put(AUTHORITY_NOTE, note);
        variables.put(ANSWERED_ON, answeredOn);
        return variables;
    }
}
