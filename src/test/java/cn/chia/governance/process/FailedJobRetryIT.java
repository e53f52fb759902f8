package cn.chia.governance.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import cn.chia.governance.TestApplications;
import cn.chia.governance.TestProfiles;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.Notifier;

/**
 * An asynchronous step that keeps failing (here: the mail server is down when the admitted member is to
 * be told) is tried again on the configured cycle, {@code PT5M,PT30M,PT2H}, and raises an incident, one,
 * that a manager sees in Cockpit only when the last attempt has failed. No attempt leaves a member behind.
 */
@Tag(TestApplications.OWN_APPLICATION)
class FailedJobRetryIT {

    private static final List<Duration> CYCLE = List.of(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2));

    @Test
    void aRegistrationThatCannotMailTheApplicantIsRetriedOnTheCycleAndThenRaisesOneIncident() throws IOException {
        int mailServerDown;
        try (ServerSocket socket = new ServerSocket(0)) {
            mailServerDown = socket.getLocalPort();
        }
        try (ConfigurableApplicationContext app = TestApplications.start(TestProfiles.profiles(),
                TestApplications.databaseProperty("failed-job-retry"),
                "spring.mail.host=127.0.0.1", "spring.mail.port=" + mailServerDown)) {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            MemberRegister register = app.getBean(MemberRegister.class);
            ProcessInstance admission = AdoptedAdmissions.adopt(engine, "Kong Lingyu");
            String caseNumber = admission.getBusinessKey();
            TestRestTemplate cockpit = new TestRestTemplate().withBasicAuth("manager", "manager");
            String incidents = "http://localhost:" + app.getEnvironment().getProperty("local.server.port")
                    + "/engine-rest/engine/" + engine.getName() + "/incident?processInstanceId=" + admission.getId();

            for (int attempt = 1; attempt <= CYCLE.size() + 1; attempt++) {
                Job job = AdoptedAdmissions.registrationJob(engine, admission);
                long failedAt = ClockUtil.getCurrentTime().getTime();
                assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
                        .as("attempt %d", attempt).hasStackTraceContaining("Mail server connection failed");

                Job failed = AdoptedAdmissions.registrationJob(engine, admission);
                assertThat(register.list()).as("no member after attempt %d", attempt)
                        .noneMatch(member -> caseNumber.equals(member.caseNumber()));
                assertThat(app.getBean(Notifier.class).of(caseNumber)).isEmpty();
                if (attempt <= CYCLE.size()) {
                    assertThat(failed.getRetries()).as("retries left after attempt %d", attempt)
                            .isEqualTo(CYCLE.size() + 1 - attempt);
                    assertThat(failed.getDuedate().getTime() - failedAt).as("next attempt after attempt %d", attempt)
                            .isBetween(CYCLE.get(attempt - 1).toMillis() - 1000, CYCLE.get(attempt - 1).toMillis() + 60_000);
                    assertThat(incidents(cockpit, incidents)).as("incidents after attempt %d", attempt).isEmpty();
                } else {
                    assertThat(failed.getRetries()).isZero();
                    assertThat(failed.getExceptionMessage()).contains("Mail server connection failed");
                }
            }
            List<Map<String, Object>> raised = incidents(cockpit, incidents);
            assertThat(raised).hasSize(1);
            assertThat(raised.get(0)).containsEntry("incidentType", "failedJob")
                    .containsEntry("activityId", "ServiceTask_RegisterMember");
            assertThat((String) raised.get(0).get("incidentMessage")).contains("Mail server connection failed");
        }
    }

    private static List<Map<String, Object>> incidents(TestRestTemplate cockpit, String url) {
        ResponseEntity<String> response = cockpit.getForEntity(url, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return cockpit.exchange(url, HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() { })
                .getBody();
    }
}
