package cn.chia.governance.identity;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A person claims a task for themselves only. Camunda lets a candidate claim a task in anyone's name,
 * and the engine then grants that person the task and its data: a branch could hand an applicant's file
 * to a director. Administrators may still assign a task to anyone; the engine itself (no caller) too.
 */
@Component
class OwnClaimsOnly {

    private final IdentityService identity;

    OwnClaimsOnly(IdentityService identity) {
        this.identity = identity;
    }

    @EventListener
    public void onAssignment(DelegateTask task) {
        if (!TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName()) || task.getAssignee() == null) {
            return;
        }
        Authentication caller = identity.getCurrentAuthentication();
        if (caller == null || task.getAssignee().equals(caller.getUserId())
                || (caller.getGroupIds() != null && caller.getGroupIds().contains(Roles.ADMINISTRATORS))) {
            return;
        }
        throw new BadUserRequestException("A task is claimed by the person who works on it: " + caller.getUserId()
                + " cannot give task '" + task.getName() + "' to " + task.getAssignee() + ".");
    }
}
