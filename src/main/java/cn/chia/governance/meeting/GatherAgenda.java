package cn.chia.governance.meeting;

import static cn.chia.governance.meeting.MeetingVariables.AGENDA_CASES;
import static cn.chia.governance.meeting.MeetingVariables.AGENDA_MATTERS;
import static cn.chia.governance.meeting.MeetingVariables.AGENDA_SUMMARY;
import static cn.chia.governance.meeting.MeetingVariables.AGENDA_TITLES;
import static cn.chia.governance.meeting.MeetingVariables.BODY;
import static cn.chia.governance.process.WaitingCase.CASE_TITLE;
import static cn.chia.governance.process.WaitingCase.DECISION_TAKEN;
import static cn.chia.governance.process.WaitingCase.MATTER;
import static cn.chia.governance.meeting.MeetingVariables.PROCESS_KEY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.charter.Text;

/**
 * Puts on the agenda every case that waits for a decision ({@code DecisionTaken}) of a matter this
 * body may decide. A matter the body may not decide never reaches its agenda, nor a case already on the
 * agenda of another open meeting.
 */
@Component("gatherAgenda")
class GatherAgenda implements JavaDelegate {

    private static final int CHUNK = 500;

    private final RuntimeService runtime;

    GatherAgenda(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Body body = Body.valueOf((String) execution.getVariable(BODY));
        List<String> waiting = runtime.createExecutionQuery().messageEventSubscriptionName(DECISION_TAKEN).list()
                .stream().map(Execution::getProcessInstanceId).distinct().toList();
        Map<String, String> onOtherAgendas = onOtherAgendas(runtime, execution.getProcessInstanceId());
        Map<String, AgendaItem> items = new TreeMap<>();
        // three queries per chunk of cases, not three per case: an agenda of 800 items stays quick
        for (int from = 0; from < waiting.size(); from += CHUNK) {
            Set<String> ids = new HashSet<>(waiting.subList(from, Math.min(waiting.size(), from + CHUNK)));
            Map<String, Map<String, Object>> variables = new HashMap<>();
            for (VariableInstance variable : runtime.createVariableInstanceQuery().processInstanceIdIn(ids.toArray(String[]::new))
                    .variableNameIn(MATTER, CASE_TITLE).disableBinaryFetching().list()) {
                if (variable.getProcessInstanceId().equals(variable.getExecutionId())) {
                    variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                            .put(variable.getName(), variable.getValue());
                }
            }
            for (ProcessInstance waitingCase : runtime.createProcessInstanceQuery().processInstanceIds(ids).list()) {
                Map<String, Object> caseVariables = variables.getOrDefault(waitingCase.getId(), Map.of());
                Object matter = caseVariables.get(MATTER);
                if (waitingCase.getBusinessKey() == null || !(matter instanceof String name) || !decides(body, name)
                        || onOtherAgendas.containsKey(waitingCase.getBusinessKey())) {
                    continue;
                }
                Object title = caseVariables.get(CASE_TITLE);
                items.put(waitingCase.getBusinessKey(), new AgendaItem(waitingCase.getBusinessKey(),
                        Matter.valueOf(name), title == null ? waitingCase.getBusinessKey() : title.toString()));
            }
        }
        AgendaItem.write(execution, new ArrayList<>(items.values()));
    }

    /**
     * Case number to the open meeting (its number) whose agenda holds it, for every open meeting but this one:
     * a case is decided by one meeting, so a case on one open agenda is not gathered by another.
     */
    @SuppressWarnings("unchecked")
    static Map<String, String> onOtherAgendas(RuntimeService runtime, String meetingInstanceId) {
        Map<String, String> taken = new TreeMap<>();
        for (ProcessInstance meeting : runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).list()) {
            if (!meeting.getId().equals(meetingInstanceId)
                    && runtime.getVariable(meeting.getId(), AGENDA_CASES) instanceof List<?> cases) {
                ((List<String>) cases).forEach(c -> taken.merge(c, meeting.getBusinessKey(),
                        (a, b) -> a.compareTo(b) <= 0 ? a : b));
            }
        }
        return taken;
    }

    private static boolean decides(Body body, String matter) {
        try {
            return Matter.valueOf(matter).mayBeDecidedBy(body);
        } catch (IllegalArgumentException unknownMatter) {
            return false;
        }
    }

    /** One case on the agenda, kept as three plain variables that forms and expressions can read. */
    record AgendaItem(String caseNumber, Matter matter, String title) {

        /**
         * A text variable holds at most {@link Text#LONGEST} characters in the engine's tables: a long agenda is
         * summarised, leaving room for the closing line that counts the items left out.
         */
        static final int SUMMARY_LIMIT = Text.LONGEST - 100;

        static void write(DelegateExecution execution, List<AgendaItem> agenda) {
            List<String> cases = new ArrayList<>();
            Map<String, String> matters = new LinkedHashMap<>();
            Map<String, String> titles = new LinkedHashMap<>();
            StringBuilder summary = new StringBuilder();
            int listed = 0;
            for (AgendaItem item : agenda) {
                cases.add(item.caseNumber());
                matters.put(item.caseNumber(), item.matter().name());
                titles.put(item.caseNumber(), item.title());
                String line = item.caseNumber() + " — " + item.matter().title() + " — " + item.title() + "\n";
                if (summary.length() + line.length() <= SUMMARY_LIMIT) {
                    summary.append(line);
                    listed++;
                }
            }
            if (listed < agenda.size()) {
                summary.append("… and ").append(agenda.size() - listed).append(" more: ").append(agenda.size())
                        .append(" items in all.");
            }
            execution.setVariable(AGENDA_CASES, cases);
            execution.setVariable(AGENDA_MATTERS, matters);
            execution.setVariable(AGENDA_TITLES, titles);
            execution.setVariable(AGENDA_SUMMARY, agenda.isEmpty() ? "No case waits for a decision of this body."
                    : summary.toString().strip());
        }

        @SuppressWarnings("unchecked")
        static List<AgendaItem> read(DelegateExecution execution) {
            List<String> cases = (List<String>) execution.getVariable(AGENDA_CASES);
            Map<String, String> matters = (Map<String, String>) execution.getVariable(AGENDA_MATTERS);
            Map<String, String> titles = (Map<String, String>) execution.getVariable(AGENDA_TITLES);
            return cases.stream()
                    .map(c -> new AgendaItem(c, Matter.valueOf(matters.get(c)), titles.get(c)))
                    .toList();
        }
    }
}
