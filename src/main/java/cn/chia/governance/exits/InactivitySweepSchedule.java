package cn.chia.governance.exits;

import org.springframework.stereotype.Component;

import cn.chia.governance.config.GovernanceSettings;

/**
 * When the inactivity sweep runs: the timer cycle of its start event (a cron expression or an ISO 8601
 * repetition), read when the process is deployed. Depends on the settings only, as the engine asks for it
 * while it is being built.
 */
@Component("inactivitySweepSchedule")
public class InactivitySweepSchedule {

    private final String cycle;

    InactivitySweepSchedule(GovernanceSettings settings) {
        this.cycle = settings.inactivitySweep().cycle();
    }

    public String getCycle() {
        return cycle;
    }
}
