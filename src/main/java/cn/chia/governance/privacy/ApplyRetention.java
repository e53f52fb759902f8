package cn.chia.governance.privacy;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.process.ProcessConfiguration;

/**
 * The step of the daily retention run (process {@code personal-data-retention}): runs {@link RetentionRun} as of the
 * engine's day in Beijing and keeps only how many it anonymised.
 */
@Component("applyRetention")
class ApplyRetention implements JavaDelegate {

    private final RetentionRun run;
    private final Clock clock;

    ApplyRetention(RetentionRun run, Clock clock) {
        this.run = run;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = LocalDate.now(clock.withZone(ProcessConfiguration.ASSOCIATION_ZONE));
        new RetentionRunCase(execution).record(today, run.run(today));
    }
}
