package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import cn.chia.governance.TestApplications;
import cn.chia.governance.TestProfiles;
import cn.chia.governance.admission.AdmissionCase;
import cn.chia.governance.process.AdoptedAdmissions;
import cn.chia.governance.web.MetricsIT.Scrape;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * With a mail server (docs/operations.md, "Metrics"): a mail it takes counts as sent; once it is down, each mail counts
 * as failed, the step that sends it fails (the engine counts each failed run of the job), and after the last retry the
 * job counts among those with no retries left and its incident among the open ones. A job waiting counts how long.
 */
@Tag(TestApplications.OWN_APPLICATION)
class MailMetricsIT {

    static final String ADMISSION = AdmissionCase.PROCESS_KEY;

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @Test
    void mailsSentAndFailedAndTheJobThatGaveUpAreCounted() throws Exception {
        try (ConfigurableApplicationContext app = TestApplications.start(TestProfiles.profiles(),
                TestApplications.databaseProperty("mail-metrics"),
                "spring.mail.host=127.0.0.1", "spring.mail.port=" + smtp.getSmtp().getPort())) {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            PrometheusMeterRegistry prometheus = app.getBean(PrometheusMeterRegistry.class);
            Scrape.Source scrape = prometheus::scrape;

            Scrape before = Scrape.fresh(scrape);
            ProcessInstance welcomed = AdoptedAdmissions.adopt(engine, "Mail Metrics Welcomed");
            Job registration = AdoptedAdmissions.registrationJob(engine, welcomed);
            Date created = ClockUtil.getCurrentTime();
            ClockUtil.setCurrentTime(new Date(created.getTime() + Duration.ofMinutes(10).toMillis()));
            try {
                assertThat(Scrape.fresh(scrape).value("governance_jobs_due_oldest_seconds"))
                        .as("the registration waits for the job executor (off here) for ten minutes")
                        .isGreaterThanOrEqualTo(595);
            } finally {
                ClockUtil.reset();
            }
            engine.getManagementService().executeJob(registration.getId());
            assertThat(smtp.getReceivedMessages()).as("the welcome letter").hasSize(1);
            Scrape welcome = Scrape.fresh(scrape);
            assertThat(welcome.delta(before, "governance_mails_sent_total", "kind", "notice")).isEqualTo(1);
            assertThat(welcome.delta(before, "governance_mails_failed_total", "kind", "notice")).isZero();

            smtp.stop();
            ProcessInstance unwelcomed = AdoptedAdmissions.adopt(engine, "Mail Metrics Unwelcomed");
            for (int attempt = 1; attempt <= 4; attempt++) {
                Job job = AdoptedAdmissions.registrationJob(engine, unwelcomed);
                assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId())).as("attempt %d", attempt)
                        .hasStackTraceContaining("Mail server connection failed");
            }
            Scrape down = Scrape.fresh(scrape);
            assertThat(down.delta(welcome, "governance_mails_failed_total", "kind", "notice")).as("one per attempt")
                    .isEqualTo(4);
            assertThat(down.delta(welcome, "governance_mails_sent_total", "kind", "notice")).isZero();
            assertThat(down.delta(welcome, "camunda_job_failed_total")).as("the engine's count of failed job runs")
                    .isEqualTo(4);
            assertThat(down.delta(welcome, "governance_jobs_failed")).as("a job with no retries left").isEqualTo(1);
            assertThat(down.delta(welcome, "governance_incidents_open", "process", ADMISSION, "type", "failedJob"))
                    .as("its incident").isEqualTo(1);
        }
    }
}
