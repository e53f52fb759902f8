package cn.chia.governance.process;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the inactivity sweep runs: the timer cycle of its start event (a cron expression or an ISO 8601
 * repetition), read when the process is deployed. Has no dependencies, as the engine asks for it while it
 * is being built.
 */
@Component("inactivitySweepSchedule")
public class InactivitySweepSchedule {

    private final String cycle;

    InactivitySweepSchedule(@Value("${governance.inactivity-sweep.cycle:0 0 1 * * ?}") String cycle) {
        this.cycle = cycle;
    }

    public String getCycle() {
        return cycle;
    }
}
