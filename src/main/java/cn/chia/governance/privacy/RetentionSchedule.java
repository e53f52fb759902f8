package cn.chia.governance.privacy;

import org.springframework.stereotype.Component;

import cn.chia.governance.config.GovernanceSettings;

/**
 * When the retention run looks for personal data past its period: the timer cycle of the run's start event
 * ({@code governance.privacy.retention-cycle}, a cron expression or an ISO 8601 repetition), read when the process is
 * deployed. Depends on the settings only, as the engine asks for it while it is being built.
 */
@Component("retentionSchedule")
public class RetentionSchedule {

    private final String cycle;

    RetentionSchedule(GovernanceSettings settings) {
        this.cycle = settings.privacy().retentionCycle();
    }

    public String getCycle() {
        return cycle;
    }
}
