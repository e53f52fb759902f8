package cn.chia.governance.meeting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Matter;

/**
 * The meetings the engine is running, as the list of meetings shows them: where each stands and its agenda. Read for
 * whoever the application's API already let read the meetings (a director has no right of their own to the meeting's
 * process), so without the caller's authentication, which is put back afterwards.
 */
@Component
public class MeetingsUnderWay {

    /** Where a running meeting stands in its procedure. */
    public enum Step {
        /** The clerk has the agenda as gathered before them. */
        CONFIRMING_AGENDA,
        /** The members of a meeting by communication are casting their votes. */
        VOTING,
        /** The attendance, the votes on the items and the resolutions are being recorded. */
        RECORDING
    }

    /** One case on the agenda: its number, the matter to decide and its title ({@code null} when it declared none). */
    public record AgendaEntry(String caseNumber, Matter matter, String title) {
    }

    /** A running meeting: its step and its agenda, in the agenda's order. */
    public record UnderWay(String meetingNumber, Step step, List<AgendaEntry> agenda) {
    }

    private final RuntimeService runtime;
    private final IdentityService identity;

    MeetingsUnderWay(RuntimeService runtime, IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    /** Every running meeting by its number. */
    public Map<String, UnderWay> all() {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            Map<String, Step> steps = new HashMap<>();
            stepAt(MeetingCase.Activity.CONFIRM_AGENDA, Step.CONFIRMING_AGENDA, steps);
            stepAt(MeetingCase.Activity.CAST_BALLOT, Step.VOTING, steps);
            Map<String, UnderWay> running = new HashMap<>();
            for (ProcessInstance meeting : runtime.createProcessInstanceQuery()
                    .processDefinitionKey(MeetingCase.PROCESS_KEY).list()) {
                List<AgendaEntry> agenda = MeetingCase.agendaOf(runtime, meeting.getId()).stream()
                        .map(item -> new AgendaEntry(item.caseNumber(), item.matter(), item.title())).toList();
                running.put(meeting.getBusinessKey(), new UnderWay(meeting.getBusinessKey(),
                        steps.getOrDefault(meeting.getId(), Step.RECORDING), agenda));
            }
            return running;
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private void stepAt(MeetingCase.Activity activity, Step step, Map<String, Step> steps) {
        Set<String> instances = runtime.createExecutionQuery().processDefinitionKey(MeetingCase.PROCESS_KEY)
                .activityId(activity.id()).list().stream().map(Execution::getProcessInstanceId).collect(Collectors.toSet());
        instances.forEach(id -> steps.put(id, step));
    }
}
