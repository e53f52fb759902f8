package cn.chia.governance.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.TestProfiles;

@GovernanceTest
class UniqueCaseNumberIT {

    @Autowired
    RuntimeService runtime;
    @Autowired
    CaseNumbers caseNumbers;
    @Autowired
    RepositoryService repository;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void caseNumbersFollowOneAnotherWithinAYear() {
        String first = caseNumbers.next(CaseNumbers.Kind.APPLICATION);
        String second = caseNumbers.next(CaseNumbers.Kind.APPLICATION);
        assertThat(first).matches("APP-\\d{4}-\\d{6}");
        assertThat(Long.parseLong(second.substring(9))).isEqualTo(Long.parseLong(first.substring(9)) + 1);
    }

    /**
     * Two applications arriving at once: the second takes its number while the first's transaction is still open
     * (with the counter it waited for the first's row lock until the first ended).
     */
    @Test
    void anApplicationTakesItsNumberWhileAnotherApplicationsTransactionIsOpen() throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            String[] numbers = transaction.execute(status -> {
                String first = caseNumbers.next(CaseNumbers.Kind.APPLICATION);
                try {
                    String second = other.submit(() -> new TransactionTemplate(transactions)
                            .execute(s -> caseNumbers.next(CaseNumbers.Kind.APPLICATION))).get(60, TimeUnit.SECONDS);
                    return new String[] {first, second};
                } catch (Exception waitedForTheFirst) {
                    throw new AssertionError("the second application waited for the first's transaction",
                            waitedForTheFirst);
                }
            });
            assertThat(numbers[1]).isNotEqualTo(numbers[0]);
            assertThat(Long.parseLong(numbers[1].substring(9))).isGreaterThan(Long.parseLong(numbers[0].substring(9)));
        } finally {
            other.shutdownNow();
        }
    }

    /** An application's number is never given twice, even when its case was rolled back (it leaves a gap). */
    @Test
    void aRolledBackApplicationsNumberIsNotGivenAgainButAResolutionsIs() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        String rolledBack = transaction.execute(status -> {
            status.setRollbackOnly();
            return caseNumbers.next(CaseNumbers.Kind.APPLICATION);
        });
        String next = caseNumbers.next(CaseNumbers.Kind.APPLICATION);
        assertThat(Long.parseLong(next.substring(9))).isGreaterThan(Long.parseLong(rolledBack.substring(9)));

        String resolution = transaction.execute(status -> {
            status.setRollbackOnly();
            return caseNumbers.next(CaseNumbers.Kind.RESOLUTION);
        });
        assertThat(caseNumbers.next(CaseNumbers.Kind.RESOLUTION)).as("resolutions are numbered without gaps")
                .isEqualTo(resolution);
    }

    /** On H2 as on PostgreSQL (db/migration/h2 and db/migration/postgresql): the database refuses the second. */
    @Test
    void oneCaseNumberCanNeverRunTwiceInAProcedure() {
        repository.createDeployment().addClasspathResource("bpmn/case-awaiting-decision.bpmn")
                .enableDuplicateFiltering(false).deploy();
        Map<String, Object> admission = Map.of("matter", "ADMISSION");
        String id = runtime.startProcessInstanceByKey("case-awaiting-decision", "APP-2099-000001", admission).getId();
        try {
            assertThatThrownBy(() -> runtime.startProcessInstanceByKey("case-awaiting-decision", "APP-2099-000001",
                    admission)).hasStackTraceContaining(TestProfiles.onPostgres() ? "gov_uniq_running_business_key"
                            : "GOV_UNIQ_RUNNING_BUSINESS_KEY");
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("APP-2099-000001").count()).isOne();

            String other = runtime.startProcessInstanceByKey("case-awaiting-decision", "APP-2099-000002", admission)
                    .getId();
            runtime.deleteProcessInstance(other, "test clean-up");
            String again = runtime.startProcessInstanceByKey("case-awaiting-decision", "APP-2099-000002", admission)
                    .getId();
            runtime.deleteProcessInstance(again, "test clean-up");
        } finally {
            runtime.deleteProcessInstance(id, "test clean-up");
        }
    }

    /** The index holds process instances only: a case's many executions (a parallel gateway, a sub-process) share its key. */
    @Test
    void aCaseWithManyExecutionsStillRuns() {
        repository.createDeployment().addModelInstance("parallel-case.bpmn", org.camunda.bpm.model.bpmn.Bpmn
                .createExecutableProcess("parallel-case").camundaHistoryTimeToLive(1).startEvent().parallelGateway("fork")
                .userTask("one").endEvent().moveToNode("fork").userTask("two").endEvent().done()).deploy();
        String id = runtime.startProcessInstanceByKey("parallel-case", "APP-2099-000003").getId();
        try {
            assertThat(runtime.createExecutionQuery().processInstanceId(id).count()).isGreaterThan(1);
            assertThat(runtime.createExecutionQuery().processInstanceBusinessKey("APP-2099-000003").count())
                    .isGreaterThan(1);
        } finally {
            runtime.deleteProcessInstance(id, "test clean-up");
        }
    }
}
