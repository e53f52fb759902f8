package cn.chia.governance.directors;

import cn.chia.governance.process.FormFields;
import cn.chia.governance.process.NewCases;

import static cn.chia.governance.directors.AdjustmentVariables.ADD;
import static cn.chia.governance.directors.AdjustmentVariables.ADJUSTMENT_KIND;
import static cn.chia.governance.directors.AdjustmentVariables.CASE_NUMBER;
import static cn.chia.governance.directors.AdjustmentVariables.DIRECTOR_ID;
import static cn.chia.governance.directors.AdjustmentVariables.DIRECTOR_NAME;
import static cn.chia.governance.directors.AdjustmentVariables.NEW_DIRECTOR_EXECUTIVE;
import static cn.chia.governance.directors.AdjustmentVariables.NEW_DIRECTOR_FRONT_LINE;
import static cn.chia.governance.directors.AdjustmentVariables.NEW_DIRECTOR_NAME;
import static cn.chia.governance.directors.AdjustmentVariables.NEW_DIRECTOR_ORGANISATION;
import static cn.chia.governance.directors.AdjustmentVariables.PROCESS_KEY;
import static cn.chia.governance.directors.AdjustmentVariables.REASON;
import static cn.chia.governance.directors.AdjustmentVariables.REMOVE;
import static cn.chia.governance.directors.AdjustmentVariables.REPLACE;
import static cn.chia.governance.process.WaitingCase.CASE_TITLE;
import static cn.chia.governance.process.WaitingCase.MATTER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Matter;
import cn.chia.governance.register.CaseNumbers;
import cn.chia.governance.register.DirectorRoster;
import cn.chia.governance.register.DirectorRoster.Director;

/**
 * Opens an adjustment of directors: checks the proposal as the start form does (REST clients skip the form),
 * finds the director concerned on the roster, refuses a second open case for the same director, numbers the
 * case (DIR-2026-0001) and puts it before the Standing Council for nomination.
 */
@Component("openAdjustment")
class OpenAdjustment implements ExecutionListener {

    private static final List<String> KINDS = List.of(ADD, REPLACE, REMOVE);

    private final DirectorRoster roster;
    private final RuntimeService runtime;
    private final CaseNumbers caseNumbers;

    OpenAdjustment(DirectorRoster roster, RuntimeService runtime, CaseNumbers caseNumbers) {
        this.roster = roster;
        this.runtime = runtime;
        this.caseNumbers = caseNumbers;
    }

    @Override
    public void notify(DelegateExecution execution) {
        NewCases.refuseChosenCaseNumber(execution);
        Map<String, String> problems = new LinkedHashMap<>();
        String kind = text(execution, ADJUSTMENT_KIND);
        if (!KINDS.contains(kind)) {
            throw refused(Map.of(ADJUSTMENT_KIND, "Choose the kind of adjustment, one of " + KINDS + "."));
        }
        Director concerned = REMOVE.equals(kind) || REPLACE.equals(kind) ? concerned(execution, problems) : null;
        if (ADD.equals(kind) || REPLACE.equals(kind)) {
            readNewDirector(execution, problems);
        }
        String reason = text(execution, REASON);
        if (reason == null) {
            problems.put(REASON, "Give the reason for the adjustment.");
        }
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        if (concerned != null) {
            refuseSecondOpenCase(concerned);
            execution.setVariable(DIRECTOR_ID, concerned.id());
            execution.setVariable(DIRECTOR_NAME, concerned.name());
        }
        String caseNumber = NewCases.assignCaseNumber(execution, caseNumbers, CaseNumbers.Kind.DIRECTOR_ADJUSTMENT);
        execution.setVariable(CASE_NUMBER, caseNumber);
        execution.setVariable(CASE_TITLE, title(kind, concerned, execution));
        execution.setVariable(MATTER, Matter.DIRECTOR_NOMINATION.name());
    }

    private Director concerned(DelegateExecution execution, Map<String, String> problems) {
        Object id = execution.getVariable(DIRECTOR_ID);
        String name = text(execution, DIRECTOR_NAME);
        if (id != null && !id.toString().isBlank()) {
            Long rosterId = rosterId(id);
            Director director = rosterId == null ? null
                    : roster.find(rosterId).filter(d -> d.servingUntil() == null).orElse(null);
            if (director == null) {
                problems.put(DIRECTOR_ID, "No director with roster number " + id + " serves on the Council.");
            }
            return director;
        }
        if (name == null) {
            problems.put(DIRECTOR_ID, "Enter the roster number or the name of the director concerned.");
            return null;
        }
        List<Director> named = roster.currentNamed(name);
        if (named.isEmpty()) {
            problems.put(DIRECTOR_NAME, "No director named " + name + " serves on the Council.");
            return null;
        }
        if (named.size() > 1) {
            problems.put(DIRECTOR_NAME, named.size() + " directors named " + name + " serve (roster numbers "
                    + named.stream().map(d -> String.valueOf(d.id())).collect(Collectors.joining(", "))
                    + "); enter the roster number.");
            return null;
        }
        return named.get(0);
    }

    private void readNewDirector(DelegateExecution execution, Map<String, String> problems) {
        String name = text(execution, NEW_DIRECTOR_NAME);
        String organisation = text(execution, NEW_DIRECTOR_ORGANISATION);
        if (name == null) {
            problems.put(NEW_DIRECTOR_NAME, "Enter the new director's name in " + lengths(NEW_DIRECTOR_NAME) + " characters.");
        }
        if (organisation == null) {
            problems.put(NEW_DIRECTOR_ORGANISATION, "Enter the new director's organisation in "
                    + lengths(NEW_DIRECTOR_ORGANISATION) + " characters.");
        }
        if (name != null && organisation != null && roster.currentNamed(name).stream()
                .anyMatch(d -> d.organisation().equalsIgnoreCase(organisation))) {
            problems.put(NEW_DIRECTOR_NAME, name + " of " + organisation + " already serves on the Council.");
        }
        execution.setVariable(NEW_DIRECTOR_EXECUTIVE, yes(execution.getVariable(NEW_DIRECTOR_EXECUTIVE)));
        execution.setVariable(NEW_DIRECTOR_FRONT_LINE, yes(execution.getVariable(NEW_DIRECTOR_FRONT_LINE)));
    }

    private void refuseSecondOpenCase(Director concerned) {
        List<ProcessInstance> open = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .variableValueEquals(DIRECTOR_ID, concerned.id()).list();
        if (!open.isEmpty()) {
            throw new BadUserRequestException("An adjustment concerning " + concerned.name() + " is already open: "
                    + open.get(0).getBusinessKey() + ". Continue that case instead.");
        }
    }

    private static String title(String kind, Director concerned, DelegateExecution execution) {
        String seat = Boolean.TRUE.equals(execution.getVariable(NEW_DIRECTOR_EXECUTIVE)) ? "executive director" : "director";
        String newcomer = text(execution, NEW_DIRECTOR_NAME) + " (" + text(execution, NEW_DIRECTOR_ORGANISATION) + ")";
        return switch (kind) {
            case ADD -> "Add " + newcomer + " as " + seat;
            case REPLACE -> "Replace " + concerned.name() + " by " + newcomer + " as " + seat;
            default -> "Remove " + concerned.name() + " (" + concerned.organisation() + ") from the Council";
        };
    }

    private static Long rosterId(Object value) {
        if (value instanceof Number number && number.doubleValue() == number.longValue()) {
            return number.longValue();
        }
        try {
            return Long.valueOf(value.toString().strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static BadUserRequestException refused(Map<String, String> problems) {
        return new BadUserRequestException("The adjustment cannot be opened: " + problems.entrySet().stream()
                .map(p -> p.getKey() + ": " + p.getValue()).collect(Collectors.joining(" ")));
    }

    /** The lengths the proposal's form allows an input, as "2 to 100". */
    private static String lengths(String key) {
        FormFields.Field field = FormFields.field("propose-director-adjustment", key);
        return field.minLength() + " to " + field.maxLength();
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static boolean yes(Object value) {
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }
}
