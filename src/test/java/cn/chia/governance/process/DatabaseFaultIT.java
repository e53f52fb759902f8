package cn.chia.governance.process;

import cn.chia.governance.admission.AdmissionCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.TestProfiles;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.Notifier;

/**
 * PostgreSQL drops the application's connection in the middle of a step (as a restart or failover of the
 * database does): the step is rolled back whole, the case waits where it was, the step succeeds when tried
 * again, and the application goes on serving without a restart.
 */
@GovernanceTest
class DatabaseFaultIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    MemberRegister register;
    @Autowired
    Notifier notifier;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate rest;
    @Value("${spring.datasource.url}")
    String url;
    @Value("${spring.datasource.username}")
    String username;
    @Value("${spring.datasource.password}")
    String password;
    @Value("${spring.application.name}")
    String applicationName;

    @BeforeEach
    void onPostgres() {
        assumeTrue(TestProfiles.onPostgres(), "the connection is dropped by PostgreSQL (TEST_DATABASE=postgres)");
    }

    @Test
    void aConnectionDroppedWhileTheMemberIsRegisteredLeavesNoMemberAndTheStepSucceedsWhenTriedAgain() throws Exception {
        ProcessInstance admission = AdoptedAdmissions.adopt(engine, "Tang Xiaoyan");
        String caseNumber = admission.getBusinessKey();
        Job job = AdoptedAdmissions.registrationJob(engine, admission);
        long membershipNumbersBefore = membershipNumbersIssued();

        // the member and the first history row are written; the card waits for the lock; then the connection drops
        Throwable failure = droppedDuring("gov_membership_card",
                () -> engine.getManagementService().executeJob(job.getId()));

        assertThat(failure).as("the step fails").isInstanceOf(ProcessEngineException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gov_member WHERE case_number = ?").param(caseNumber)
                .query(Long.class).single()).as("no member half-written").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gov_member_status WHERE case_number = ?").param(caseNumber)
                .query(Long.class).single()).as("no history row half-written").isZero();
        assertThat(membershipNumbersIssued()).as("no membership number used up").isEqualTo(membershipNumbersBefore);
        assertThat(notifier.of(caseNumber)).isEmpty();
        Job waiting = AdoptedAdmissions.registrationJob(engine, admission);
        assertThat(waiting).as("the case still waits at the registration").isNotNull();
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(admission.getId()).count()).isZero();

        // the application serves requests without a restart
        assertThat(rest.withBasicAuth("manager", "manager").getForEntity("/api/members", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        // tried again, the step registers the member once
        engine.getManagementService().executeJob(waiting.getId());
        assertThat(register.list()).filteredOn(member -> caseNumber.equals(member.caseNumber())).singleElement()
                .satisfies(member -> {
                    assertThat(member.status()).isEqualTo(MemberRegister.Status.ACTIVE);
                    assertThat(register.history(member.membershipNumber())).hasSize(1);
                    assertThat(register.card(member.membershipNumber())).isPresent();
                });
        assertThat(membershipNumbersIssued()).isEqualTo(membershipNumbersBefore + 1);
        assertThat(notifier.of(caseNumber)).singleElement()
                .satisfies(message -> assertThat(message.subject()).startsWith("Welcome"));
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(admission.getId())
                .singleResult().getEndActivityId()).isEqualTo("EndEvent_MemberAdmitted");
    }

    @Test
    void aTaskCompletedWhileTheConnectionDropsStaysOpenAndIsCompletedAgain() throws Exception {
        String instance = engine.getRuntimeService()
                .startProcessInstanceByKey(AdmissionCase.PROCESS_KEY, AdoptedAdmissions.applicant("Ma Liuqi")).getId();
        String caseNumber = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance)
                .singleResult().getBusinessKey();
        String review = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
        Map<String, Object> rejection = Map.of("variables", Map.of("reviewDecision", Map.of("value", "REJECT"),
                "reason", Map.of("value", "The field of work lies outside the Association's.")));

        // the Liaison Department rejects; the message to the applicant waits for the lock; the connection drops
        Throwable failure = droppedDuring("gov_notification", () -> {
            ResponseEntity<String> answer = rest.withBasicAuth("liaison", "liaison")
                    .postForEntity("/engine-rest/task/" + review + "/complete", rejection, String.class);
            assertThat(answer.getStatusCode().is5xxServerError()).as(answer.toString()).isTrue();
        });

        assertThat(failure).as("the user is told that it failed").isNull();
        assertThat(engine.getTaskService().createTaskQuery().taskId(review).count()).as("the task stays open").isOne();
        assertThat(notifier.of(caseNumber)).isEmpty();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isOne();

        ResponseEntity<String> again = rest.withBasicAuth("liaison", "liaison")
                .postForEntity("/engine-rest/task/" + review + "/complete", rejection, String.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(notifier.of(caseNumber)).singleElement();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance)
                .singleResult().getEndActivityId()).isEqualTo("EndEvent_ApplicationRejected");
    }

    private long membershipNumbersIssued() {
        return jdbc.sql("SELECT COALESCE(SUM(last_number), 0) FROM gov_case_number WHERE prefix = 'CHIA'")
                .query(Long.class).single();
    }

    /**
     * Runs the step while this test holds a lock on the table; once the application's connection waits for it,
     * PostgreSQL terminates that connection (only it: the suite's other contexts share the application's name).
     * Returns what the step threw.
     */
    private Throwable droppedDuring(String table, Runnable step) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", password == null ? "" : password);
        properties.setProperty("ApplicationName", "governance-database-fault-test");
        try (Connection database = DriverManager.getConnection(url, properties);
                Statement statement = database.createStatement()) {
            database.setAutoCommit(false);
            statement.execute("LOCK TABLE " + table + " IN EXCLUSIVE MODE");
            CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
                try {
                    step.run();
                    return null;
                } catch (Throwable thrown) {
                    return thrown;
                }
            });
            long deadline = System.currentTimeMillis() + 20_000;
            boolean waiting = false;
            while (!waiting && System.currentTimeMillis() < deadline && !outcome.isDone()) {
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND wait_event_type = 'Lock' AND application_name = '"
                        + applicationName + "'")) {
                    rows.next();
                    waiting = rows.getLong(1) > 0;
                }
                Thread.sleep(50);
            }
            assertThat(waiting).as("the step waits for " + table).isTrue();
            try (ResultSet terminated = statement.executeQuery("SELECT COUNT(pg_terminate_backend(pid))"
                    + " FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
                    + " AND application_name = '" + applicationName + "'")) {
                terminated.next();
                assertThat(terminated.getLong(1)).isPositive();
            }
            database.rollback();
            return outcome.get(30, TimeUnit.SECONDS);
        }
    }
}
