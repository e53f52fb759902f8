package cn.chia.governance.privacy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.Words;
import cn.chia.governance.process.CaseVariables;
import cn.chia.governance.process.WaitingCase;

/**
 * A person's request to correct or delete the personal data the association holds ({@value #PROCESS_KEY}): the only
 * code that reads or writes its process variables. The names are its constants, which the forms, the personal-data
 * API and tests share.
 */
public final class DataRequestCase extends CaseVariables {

    public static final String PROCESS_KEY = "personal-data-request";

    // the request (start form, personal-data API)
    /** Whose data: an application's case number (APP-2026-000123) or a membership number (CHIA-2026-000123). */
    public static final String SUBJECT_NUMBER = "subjectNumber";
    /** A {@link Kind}. */
    public static final String REQUEST_KIND = "requestKind";
    /** What the person asks, in their words. */
    public static final String REQUEST_DETAIL = "requestDetail";

    // set when the request is received
    public static final String CASE_NUMBER = WaitingCase.CASE_NUMBER;
    public static final String CASE_TITLE = WaitingCase.CASE_TITLE;
    /** A {@link Subject}. */
    public static final String SUBJECT = "subject";
    public static final String PERSON_NAME = "personName";
    public static final String PERSON_EMAIL = "personEmail";
    /** The language the person reads, {@code zh} or {@code en}: the notices are in it. */
    public static final String LANGUAGE = "language";
    public static final String REQUESTED_ON = "requestedOn";
    /** The last day to answer: the request's day and {@code governance.privacy.answer-within}. */
    public static final String ANSWER_BY = "answerBy";

    // the Secretariat's answer (form answer-data-request)
    /** An {@link Outcome}. */
    public static final String OUTCOME = "outcome";
    /** What was done, or why the request is refused: the person reads it. */
    public static final String ANSWER = "answer";
    public static final String CORRECTED_NAME = "correctedName";
    public static final String CORRECTED_EMAIL = "correctedEmail";
    public static final String CORRECTED_PHONE = "correctedPhone";

    /** The input parameter of a notifying service task: a {@link Notice}. */
    public static final String NOTICE = "notice";

    /** What the person asks for. */
    public enum Kind {
        CORRECTION(new Words("更正", "correction")), DELETION(new Words("删除", "deletion"));

        private final Words words;

        Kind(Words words) {
            this.words = words;
        }

        public Words words() {
            return words;
        }

        /** The kind named {@code code}, or null. */
        public static Kind of(Object code) {
            for (Kind kind : values()) {
                if (kind.name().equals(code)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /** Whose data the request is about. */
    public enum Subject { APPLICATION, MEMBER }

    /** What the Secretariat did. */
    public enum Outcome {
        CORRECTED, DELETED, REFUSED;

        public static Outcome of(Object code) {
            for (Outcome outcome : values()) {
                if (outcome.name().equals(code)) {
                    return outcome;
                }
            }
            return null;
        }
    }

    /** What the person is told; the texts are {@code notice.<name>.*} of the message bundles. */
    public enum Notice { DATA_REQUEST_RECEIVED, DATA_REQUEST_ANSWERED }

    /** The activities of {@value #PROCESS_KEY} that Java names. */
    public enum Step {
        ANSWER_REQUEST("UserTask_AnswerDataRequest");

        private final String id;

        Step(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** A request as the person's copy of their data shows it. */
    public record Asked(String caseNumber, String kind, String detail, LocalDate requestedOn, LocalDate answerBy,
            String outcome, String answer, LocalDate answeredOn) {
    }

    private DataRequestCase(VariableScope scope) {
        super(scope);
    }

    public static DataRequestCase of(VariableScope scope) {
        return new DataRequestCase(scope);
    }

    /** The variables a request starts with. */
    public static Map<String, Object> asked(String subjectNumber, Kind kind, String detail) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(SUBJECT_NUMBER, subjectNumber);
        variables.put(REQUEST_KIND, kind.name());
        variables.put(REQUEST_DETAIL, detail);
        return variables;
    }

    /** The last day to answer the request {@code instanceId}, as received. */
    static LocalDate answerBy(org.camunda.bpm.engine.RuntimeService runtime, String instanceId) {
        Object day = runtime.getVariable(instanceId, ANSWER_BY);
        return day == null ? null : LocalDate.parse(day.toString());
    }

    /** The requests made about {@code subjectNumber}, running or answered, oldest first. */
    static List<Asked> about(HistoryService history, String subjectNumber) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .variableValueEquals(SUBJECT_NUMBER, subjectNumber).orderByProcessInstanceStartTime().asc().list()
                .stream().map(instance -> asked(history, instance)).toList();
    }

    private static Asked asked(HistoryService history, HistoricProcessInstance instance) {
        Map<String, Object> variables = new HashMap<>();
        history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableNameIn(REQUEST_KIND, REQUEST_DETAIL, REQUESTED_ON, ANSWER_BY, OUTCOME, ANSWER).list().stream()
                .filter(v -> instance.getId().equals(v.getExecutionId()) && v.getValue() != null)
                .forEach(v -> variables.put(v.getName(), v.getValue()));
        return new Asked(instance.getBusinessKey(), (String) variables.get(REQUEST_KIND),
                (String) variables.get(REQUEST_DETAIL), day(variables.get(REQUESTED_ON)), day(variables.get(ANSWER_BY)),
                (String) variables.get(OUTCOME), (String) variables.get(ANSWER),
                instance.getEndTime() == null ? null : OwnData.day(instance.getEndTime()));
    }

    private static LocalDate day(Object value) {
        return value == null ? null : LocalDate.parse(value.toString());
    }

    public String subjectNumber() {
        String number = text(SUBJECT_NUMBER);
        return number == null ? null : number.strip();
    }

    /** The kind as sent, unchecked (null when it names none). */
    public Kind kind() {
        return Kind.of(text(REQUEST_KIND));
    }

    public String detail() {
        return text(REQUEST_DETAIL);
    }

    public Subject subject() {
        return Subject.valueOf(text(SUBJECT));
    }

    public String personName() {
        return text(PERSON_NAME);
    }

    public String personEmail() {
        return text(PERSON_EMAIL);
    }

    public Language language() {
        return Language.of(value(LANGUAGE));
    }

    public LocalDate requestedOn() {
        return LocalDate.parse(text(REQUESTED_ON));
    }

    public LocalDate answerBy() {
        return LocalDate.parse(text(ANSWER_BY));
    }

    /** The outcome as chosen (null when it names none). */
    public Outcome outcome() {
        return Outcome.of(text(OUTCOME));
    }

    public String answer() {
        return blankIsNull(text(ANSWER));
    }

    public String correctedName() {
        return blankIsNull(text(CORRECTED_NAME));
    }

    public String correctedEmail() {
        return blankIsNull(text(CORRECTED_EMAIL));
    }

    public String correctedPhone() {
        return blankIsNull(text(CORRECTED_PHONE));
    }

    public Notice notice() {
        return Notice.valueOf(text(NOTICE));
    }

    /** The request is received: numbered, titled, whose data, whom to answer and by when. */
    void receive(String caseNumber, String subjectNumber, Subject subject, Kind kind, String detail, String personName,
            String personEmail, Language language, LocalDate requestedOn, LocalDate answerBy) {
        set(CASE_NUMBER, caseNumber);
        set(CASE_TITLE, personName + "（" + subjectNumber + "）" + kind.words().zh() + " " + kind.words().en());
        set(SUBJECT_NUMBER, subjectNumber);
        set(SUBJECT, subject.name());
        set(REQUEST_KIND, kind.name());
        set(REQUEST_DETAIL, detail);
        set(PERSON_NAME, personName);
        set(PERSON_EMAIL, personEmail);
        set(LANGUAGE, language.code());
        set(REQUESTED_ON, requestedOn.toString());
        set(ANSWER_BY, answerBy.toString());
    }

    /** The answer as checked: stripped, blanks as none. */
    void recordAnswer(Outcome outcome, String answer, String name, String email, String phone) {
        set(OUTCOME, outcome.name());
        set(ANSWER, answer);
        set(CORRECTED_NAME, name);
        set(CORRECTED_EMAIL, email);
        set(CORRECTED_PHONE, phone);
    }

    private static String blankIsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
