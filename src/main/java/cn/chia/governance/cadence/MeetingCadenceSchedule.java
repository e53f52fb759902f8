package cn.chia.governance.cadence;

import org.springframework.stereotype.Component;

import cn.chia.governance.config.GovernanceSettings;

/**
 * When the bodies' meeting cadence is checked: the timer cycle of the check's start event (a cron expression or an
 * ISO 8601 repetition), read when the process is deployed. Depends on the settings only, as the engine asks for it
 * while it is being built.
 */
@Component("meetingCadenceSchedule")
public class MeetingCadenceSchedule {

    private final String cycle;

    MeetingCadenceSchedule(GovernanceSettings settings) {
        this.cycle = settings.meetingCadence().cycle();
    }

    public String getCycle() {
        return cycle;
    }
}
