package cn.chia.governance.process;

import static cn.chia.governance.process.MeetingVariables.REMOVED_CASES;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.process.GatherAgenda.AgendaItem;

/** Takes off the agenda the cases the clerk removed; they keep waiting for a later meeting. */
@Component("confirmAgenda")
class ConfirmAgenda implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object removed = task.getVariable(REMOVED_CASES);
        if (removed == null || removed.toString().isBlank()) {
            return;
        }
        Set<String> toRemove = Arrays.stream(removed.toString().split("[,\\s]+"))
                .filter(s -> !s.isBlank()).collect(Collectors.toCollection(LinkedHashSet::new));
        List<AgendaItem> agenda = AgendaItem.read(task.getExecution());
        Set<String> onAgenda = agenda.stream().map(AgendaItem::caseNumber).collect(Collectors.toSet());
        List<String> unknown = toRemove.stream().filter(c -> !onAgenda.contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw new BadUserRequestException("Not on the agenda: " + String.join(", ", unknown)
                    + ". The agenda holds: " + String.join(", ", onAgenda.stream().sorted().toList()) + ".");
        }
        AgendaItem.write(task.getExecution(),
                agenda.stream().filter(item -> !toRemove.contains(item.caseNumber())).toList());
    }
}
