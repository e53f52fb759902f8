package cn.chia.governance.meeting;

import java.util.Date;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.chia.governance.identity.Roles;
import cn.chia.governance.process.ProcessConfiguration;

/**
 * Every clerk task of a meeting. On create: it shows the meeting's number (a form field and the task's description,
 * with the case in hand) and the matter in hand in words, and opens for the clerk holding the meeting, the Secretariat's user who completed the
 * meeting's previous task (or opened it), without a claim step; the task stays a task of the Secretariat, so another
 * clerk may still take it; the agenda and the attendance are due on the meeting's day. On complete: the user who completes it becomes the clerk holding the meeting.
 */
@Component("meetingTask")
class MeetingTask implements TaskListener {

    /** The tasks before and at the meeting, due on its day in Beijing (other tasks take theirs from the settings). */
    private static final Set<String> DUE_ON_THE_MEETING_DAY = Set.of("UserTask_ConfirmAgenda", "UserTask_RecordAttendance");

    private final IdentityService identity;

    MeetingTask(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        MeetingCase meeting = MeetingCase.of(task.getExecution());
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            String number = task.getExecution().getProcessBusinessKey();
            meeting.showMeetingNumber(number);
            meeting.showMatter();
            String caseNumber = meeting.caseNumber();
            task.setDescription(caseNumber == null ? number : number + " · " + caseNumber + " · " + meeting.caseTitleShown());
            if (DUE_ON_THE_MEETING_DAY.contains(task.getTaskDefinitionKey())) {
                task.setDueDate(Date.from(meeting.chosenDate().atStartOfDay(ProcessConfiguration.ASSOCIATION_ZONE)
                        .toInstant()));
            }
            String clerk = meeting.clerk() != null ? meeting.clerk() : currentUser();
            if (clerk != null && task.getAssignee() == null && isClerk(clerk)) {
                task.setAssignee(clerk);
            }
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            String clerk = task.getAssignee() != null ? task.getAssignee() : currentUser();
            if (clerk != null && isClerk(clerk)) {
                meeting.recordClerk(clerk);
            }
        }
    }

    private String currentUser() {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    private boolean isClerk(String userId) {
        return identity.createUserQuery().userId(userId).memberOfGroup(Roles.SECRETARIAT).count() > 0;
    }
}
