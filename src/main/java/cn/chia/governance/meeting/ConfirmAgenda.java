package cn.chia.governance.meeting;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Words;
import cn.chia.governance.meeting.MeetingCase.AgendaItem;
import cn.chia.governance.process.Refusal;

/** Takes off the agenda the cases the clerk removed; they keep waiting for a later meeting. */
@Component("confirmAgenda")
class ConfirmAgenda implements TaskListener {

    private final RuntimeService runtime;

    ConfirmAgenda(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void notify(DelegateTask task) {
        Set<String> toRemove = MeetingCase.of(task).removedCases();
        MeetingCase meeting = MeetingCase.of(task.getExecution());
        List<AgendaItem> agenda = meeting.agenda();
        Set<String> onAgenda = agenda.stream().map(AgendaItem::caseNumber).collect(Collectors.toSet());
        List<String> unknown = toRemove.stream().filter(c -> !onAgenda.contains(c)).toList();
        if (!unknown.isEmpty()) {
            List<String> held = onAgenda.stream().sorted().toList();
            throw new Refusal("不在议程上：" + String.join("、", unknown) + "。议程上的案件：" + String.join("、", held) + "。",
                    "Not on the agenda: " + String.join(", ", unknown) + ". The agenda holds: " + String.join(", ", held)
                            + ".");
        }
        // two meetings opened at the same moment may both have gathered a case: the one opened first keeps it
        String meetingNumber = task.getExecution().getProcessBusinessKey();
        List<Words> elsewhere = GatherAgenda.onOtherAgendas(runtime, task.getProcessInstanceId()).entrySet().stream()
                .filter(c -> onAgenda.contains(c.getKey()) && !toRemove.contains(c.getKey())
                        && c.getValue().compareTo(meetingNumber) < 0)
                .map(c -> new Words(c.getKey() + "（已列入 " + c.getValue() + " 的议程）",
                        c.getKey() + " (on the agenda of " + c.getValue() + ")")).toList();
        if (!elsewhere.isEmpty()) {
            Words cases = Words.list(elsewhere);
            throw new Refusal("一个案件只由一次会议决定，请从本议程撤下：" + cases.zh() + "。",
                    "A case is decided by one meeting; remove from this agenda: " + cases.en() + ".");
        }
        int kept = agenda.size();
        if (!toRemove.isEmpty()) {
            List<AgendaItem> confirmed = agenda.stream().filter(item -> !toRemove.contains(item.caseNumber())).toList();
            meeting.setAgenda(confirmed);
            kept = confirmed.size();
        }
        meeting.tellTheClerk("议程已确认：待决事项 " + kept + " 项" + (toRemove.isEmpty() ? "" : "，撤下 " + toRemove.size() + " 项")
                + "。 Agenda confirmed: " + kept + (kept == 1 ? " item" : " items") + " to decide"
                + (toRemove.isEmpty() ? "" : ", " + toRemove.size() + " taken off") + ".");
    }
}
