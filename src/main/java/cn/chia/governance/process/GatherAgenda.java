package cn.chia.governance.process;

import static cn.chia.governance.process.MeetingVariables.AGENDA_CASES;
import static cn.chia.governance.process.MeetingVariables.AGENDA_MATTERS;
import static cn.chia.governance.process.MeetingVariables.AGENDA_SUMMARY;
import static cn.chia.governance.process.MeetingVariables.AGENDA_TITLES;
import static cn.chia.governance.process.MeetingVariables.BODY;
import static cn.chia.governance.process.MeetingVariables.CASE_TITLE;
import static cn.chia.governance.process.MeetingVariables.DECISION_TAKEN;
import static cn.chia.governance.process.MeetingVariables.MATTER;
import static cn.chia.governance.process.MeetingVariables.PROCESS_KEY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.Matter;

/**
 * Puts on the agenda every case that waits for a decision ({@code DecisionTaken}) of a matter this
 * body may decide. A matter the body may not decide never reaches its agenda, nor a case already on the
 * agenda of another open meeting.
 */
@Component("gatherAgenda")
class GatherAgenda implements JavaDelegate {

    private final RuntimeService runtime;

    GatherAgenda(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Body body = Body.valueOf((String) execution.getVariable(BODY));
        Map<String, AgendaItem> items = new TreeMap<>();
        Map<String, String> onOtherAgendas = onOtherAgendas(runtime, execution.getProcessInstanceId());
        for (Execution waiting : runtime.createExecutionQuery().messageEventSubscriptionName(DECISION_TAKEN).list()) {
            ProcessInstance waitingCase = runtime.createProcessInstanceQuery()
                    .processInstanceId(waiting.getProcessInstanceId()).singleResult();
            Object matter = runtime.getVariable(waitingCase.getId(), MATTER);
            if (waitingCase.getBusinessKey() == null || !(matter instanceof String name) || !decides(body, name)
                    || onOtherAgendas.containsKey(waitingCase.getBusinessKey())) {
                continue;
            }
            Object title = runtime.getVariable(waitingCase.getId(), CASE_TITLE);
            items.put(waitingCase.getBusinessKey(), new AgendaItem(waitingCase.getBusinessKey(), Matter.valueOf(name),
                    title == null ? waitingCase.getBusinessKey() : title.toString()));
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

        static void write(DelegateExecution execution, List<AgendaItem> agenda) {
            List<String> cases = new ArrayList<>();
            Map<String, String> matters = new LinkedHashMap<>();
            Map<String, String> titles = new LinkedHashMap<>();
            StringBuilder summary = new StringBuilder();
            for (AgendaItem item : agenda) {
                cases.add(item.caseNumber());
                matters.put(item.caseNumber(), item.matter().name());
                titles.put(item.caseNumber(), item.title());
                summary.append(item.caseNumber()).append(" — ").append(item.matter().title())
                        .append(" — ").append(item.title()).append('\n');
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
