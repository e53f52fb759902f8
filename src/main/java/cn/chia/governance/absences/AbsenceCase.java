package cn.chia.governance.absences;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.ResignationCheck;
import cn.chia.governance.process.CaseVariables;
import cn.chia.governance.process.WaitingCase;
import cn.chia.governance.register.Rosters;

/**
 * A director's absences ({@value #PROCESS_KEY}): the absences that reached the charter's limit, the Secretariat's
 * request to resign and the director's answer. The only code that reads or writes its process variables.
 */
public final class AbsenceCase extends CaseVariables {

    public static final String PROCESS_KEY = "director-absence";
    /** The message that starts a case: the application sends it when a director reaches the limit. */
    public static final String LIMIT_REACHED = "AbsenceLimitReached";

    // what the application starts a case with
    /** COUNCIL or STANDING_COUNCIL: the body whose meetings the director missed. */
    public static final String BODY = "body";
    /** The roster number of the director on that body's roster. */
    public static final String ROSTER_NUMBER = "rosterNumber";

    // set when the case is opened: what Tasklist shows
    public static final String CASE_NUMBER = WaitingCase.CASE_NUMBER;
    public static final String CASE_TITLE = WaitingCase.CASE_TITLE;
    public static final String BODY_TITLE = "bodyTitle";
    /** The absences, one a line: "MTG-2026-0003 (2026-03-01)". */
    public static final String ABSENCES = "absences";
    /** The day of the last absence counted. */
    public static final String LAST_ABSENCE_ON = "lastAbsenceOn";
    /** The charter's reason, in Chinese and English. */
    public static final String REASON = "reason";

    // the Secretariat's request, the director's answer
    public static final String REQUEST_SENT_ON = "requestSentOn";
    /** One of {@link Answer}. */
    public static final String ANSWER = "answer";
    public static final String ANSWERED_ON = "answeredOn";
    /** The reasons a director who stays gives. */
    public static final String ANSWER_REASONS = "answerReasons";
    /** What the roster became: the entries that ended. */
    public static final String ROSTER_CHANGE = "rosterChange";

    /** The director's answer to the request to resign. */
    public enum Answer { RESIGNS, STAYS }

    private AbsenceCase(VariableScope scope) {
        super(scope);
    }

    public static AbsenceCase of(VariableScope scope) {
        return new AbsenceCase(scope);
    }

    /** The variables a case starts with. */
    public static Map<String, Object> concerning(Body body, long rosterNumber) {
        return Map.of(BODY, body.name(), ROSTER_NUMBER, rosterNumber);
    }

    /** Starts a case for the director of that roster number on the body's roster. */
    public static ProcessInstance start(RuntimeService runtime, Body body, long rosterNumber) {
        return start(runtime, concerning(body, rosterNumber));
    }

    /** Starts a case with these variables, as sent. */
    static ProcessInstance start(RuntimeService runtime, Map<String, Object> variables) {
        return runtime.startProcessInstanceByMessage(LIMIT_REACHED, variables);
    }

    /** The body as sent, {@code null} when it is none of the two. */
    public Body body() {
        String body = text(BODY);
        return Body.COUNCIL.name().equals(body) ? Body.COUNCIL
                : Body.STANDING_COUNCIL.name().equals(body) ? Body.STANDING_COUNCIL : null;
    }

    /** The roster number as sent, {@code null} when it is no whole number. */
    public Long rosterNumber() {
        Object value = value(ROSTER_NUMBER);
        if (value instanceof Number number && number.doubleValue() == number.longValue()) {
            return number.longValue();
        }
        try {
            return value == null ? null : Long.valueOf(value.toString().strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** The case is opened: numbered, titled with the director, the absences listed. */
    public void open(String caseNumber, Rosters.Entry director, ResignationCheck check) {
        set(CASE_NUMBER, caseNumber);
        set(CASE_TITLE, director.name() + "（" + director.organisation() + "）");
        set(ROSTER_NUMBER, director.rosterNumber());
        set(BODY_TITLE, check.body().chineseTitle() + " " + check.body().title());
        set(ABSENCES, check.absences().stream().map(ResignationCheck.Sitting::toString)
                .collect(Collectors.joining("\n")));
        set(LAST_ABSENCE_ON, check.lastAbsence().date().toString());
        set(REASON, check.reasonZh() + " " + check.reason());
    }

    public String caseNumber() {
        return text(CASE_NUMBER);
    }

    public LocalDate lastAbsenceOn() {
        return date(LAST_ABSENCE_ON, "the day of the last absence");
    }

    public LocalDate requestSentOn() {
        return date(REQUEST_SENT_ON, "the day the request was sent");
    }

    public void recordRequestSentOn(LocalDate day) {
        set(REQUEST_SENT_ON, day.toString());
    }

    /** The answer as sent, {@code null} when it is none of {@link Answer}. */
    public Answer answer() {
        String answer = text(ANSWER);
        return answer == null ? null : List.of(Answer.values()).stream().filter(a -> a.name().equals(answer.strip()))
                .findFirst().orElse(null);
    }

    public LocalDate answeredOn() {
        return date(ANSWERED_ON, "the day of the answer");
    }

    /** The reasons given, {@code null} when blank. */
    public String answerReasons() {
        String reasons = text(ANSWER_REASONS);
        return reasons == null || reasons.isBlank() ? null : reasons.strip();
    }

    /** The answer as checked: its name, its day as YYYY-MM-DD. */
    public void recordAnswer(Answer answer, LocalDate on) {
        set(ANSWER, answer.name());
        set(ANSWERED_ON, on.toString());
    }

    public void recordRosterChange(String change) {
        set(ROSTER_CHANGE, change);
    }
}
