package cn.chia.governance.deadlines;

import org.springframework.stereotype.Component;

import cn.chia.governance.config.GovernanceSettings;

/**
 * When the tasks' due dates are checked: the timer cycle of the check's start event (a cron expression or an ISO 8601
 * repetition), read when the process is deployed. Depends on the settings only, as the engine asks for it while it is
 * being built.
 */
@Component("taskDeadlineSchedule")
public class TaskDeadlineSchedule {

    private final String cycle;

    TaskDeadlineSchedule(GovernanceSettings settings) {
        this.cycle = settings.dueDates().cycle();
    }

    public String getCycle() {
        return cycle;
    }
}
