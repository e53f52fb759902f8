package cn.chia.governance.meeting;

import static cn.chia.governance.process.WaitingCase.DECISION_TAKEN;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.meeting.MeetingCase.AgendaItem;
import cn.chia.governance.meeting.MeetingCase.Declared;
import cn.chia.governance.register.MeetingReports;

/**
 * Puts on the agenda every case that waits for a decision ({@code DecisionTaken}) of a matter this
 * body may decide. A matter the body may not decide never reaches its agenda, nor a case already on the
 * agenda of another open meeting. Fixes the reports the meeting receives without a vote ({@link MeetingReports}).
 */
@Component("gatherAgenda")
class GatherAgenda implements JavaDelegate {

    private static final int CHUNK = 500;

    private final RuntimeService runtime;
    private final MeetingReports reports;

    GatherAgenda(RuntimeService runtime, MeetingReports reports) {
        this.runtime = runtime;
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MeetingCase meeting = MeetingCase.of(execution);
        Body body = meeting.body();
        List<String> waiting = runtime.createExecutionQuery().messageEventSubscriptionName(DECISION_TAKEN).list()
                .stream().map(Execution::getProcessInstanceId).distinct().toList();
        Map<String, String> onOtherAgendas = onOtherAgendas(runtime, execution.getProcessInstanceId());
        Map<String, AgendaItem> items = new TreeMap<>();
        // three queries per chunk of cases, not three per case: an agenda of 800 items stays quick
        for (int from = 0; from < waiting.size(); from += CHUNK) {
            Set<String> ids = new HashSet<>(waiting.subList(from, Math.min(waiting.size(), from + CHUNK)));
            Map<String, Declared> declared = MeetingCase.declared(runtime, ids);
            for (ProcessInstance waitingCase : runtime.createProcessInstanceQuery().processInstanceIds(ids).list()) {
                Declared declaration = declared.getOrDefault(waitingCase.getId(), new Declared(null, null));
                if (waitingCase.getBusinessKey() == null || !(declaration.matter() instanceof String name)
                        || !decides(body, name) || onOtherAgendas.containsKey(waitingCase.getBusinessKey())) {
                    continue;
                }
                Object title = declaration.title();
                items.put(waitingCase.getBusinessKey(), new AgendaItem(waitingCase.getBusinessKey(),
                        Matter.valueOf(name), title == null ? waitingCase.getBusinessKey() : title.toString()));
            }
        }
        meeting.setAgenda(new ArrayList<>(items.values()));
        meeting.setReports(reports.gather(execution.getProcessBusinessKey(), body).stream()
                .map(MeetingReports.Report::summary).toList());
    }

    /**
     * Case number to the open meeting (its number) whose agenda holds it, for every open meeting but this one:
     * a case is decided by one meeting, so a case on one open agenda is not gathered by another.
     */
    static Map<String, String> onOtherAgendas(RuntimeService runtime, String meetingInstanceId) {
        Map<String, String> taken = new TreeMap<>();
        for (ProcessInstance meeting : runtime.createProcessInstanceQuery().processDefinitionKey(MeetingCase.PROCESS_KEY)
                .list()) {
            if (!meeting.getId().equals(meetingInstanceId)) {
                MeetingCase.agendaCases(runtime, meeting.getId()).forEach(c -> taken.merge(c, meeting.getBusinessKey(),
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
}
