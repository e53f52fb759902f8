package cn.chia.governance.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The engine's own counts (activities started and ended, jobs acquired, run, failed…) as Micrometer counters, named
 * {@code camunda_<metric>_total} at /actuator/prometheus: how many happened on this node since it started. Camunda 7
 * has no Micrometer binder, and its registry's meters are emptied each time the engine writes them to the database
 * (every 15 minutes, for Cockpit's and the telemetry's sums), so this plugin gives the engine a registry that also keeps
 * a running total of each count.
 */
@Component
class EngineMeters extends AbstractProcessEnginePlugin implements MeterBinder {

    /** The counts the engine keeps for its database reporter (ProcessEngineConfigurationImpl#initDefaultMetrics). */
    static final List<String> COUNTS = List.of(Metrics.ACTIVTY_INSTANCE_START, Metrics.ACTIVTY_INSTANCE_END,
            Metrics.ROOT_PROCESS_INSTANCE_START, Metrics.JOB_ACQUISITION_ATTEMPT, Metrics.JOB_ACQUIRED_SUCCESS,
            Metrics.JOB_ACQUIRED_FAILURE, Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED, Metrics.JOB_LOCKED_EXCLUSIVE,
            Metrics.JOB_EXECUTION_REJECTED, Metrics.EXECUTED_DECISION_INSTANCES, Metrics.EXECUTED_DECISION_ELEMENTS);

    private final Totals totals = new Totals();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setMetricsRegistry(totals);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        COUNTS.forEach(count -> FunctionCounter.builder("camunda." + count.replace('-', '.'), totals, t -> t.total(count))
                .description("The engine's count of " + count + " on this node since it started")
                .register(registry));
    }

    /** Camunda's registry, which also adds each count to a total that nothing empties. */
    static final class Totals extends MetricsRegistry {

        private final Map<String, LongAdder> totals = COUNTS.stream()
                .collect(Collectors.toUnmodifiableMap(Function.identity(), count -> new LongAdder()));

        @Override
        public void markOccurrence(String name, long times) {
            super.markOccurrence(name, times);
            LongAdder total = totals.get(name);
            if (total != null) {
                total.add(times);
            }
        }

        long total(String count) {
            return totals.get(count).sum();
        }
    }
}
