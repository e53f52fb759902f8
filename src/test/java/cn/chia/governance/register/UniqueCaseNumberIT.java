package cn.chia.governance.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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

    @Test
    void caseNumbersFollowOneAnotherWithinAYear() {
        String first = caseNumbers.next(CaseNumbers.Kind.APPLICATION);
        String second = caseNumbers.next(CaseNumbers.Kind.APPLICATION);
        assertThat(first).matches("APP-\\d{4}-\\d{6}");
        assertThat(Long.parseLong(second.substring(9))).isEqualTo(Long.parseLong(first.substring(9)) + 1);
    }

    @Test
    void onPostgresOneCaseNumberCanNeverRunTwiceInAProcedure() {
        assumeTrue(TestProfiles.onPostgres(), "the unique index is PostgreSQL's (a partial index H2 lacks)");
        repository.createDeployment().addClasspathResource("bpmn/case-awaiting-decision.bpmn")
                .enableDuplicateFiltering(false).deploy();
        Map<String, Object> admission = Map.of("matter", "ADMISSION");
        String id = runtime.startProcessInstanceByKey("case-awaiting-decision", "APP-2099-000001", admission).getId();
        try {
            assertThatThrownBy(() -> runtime.startProcessInstanceByKey("case-awaiting-decision", "APP-2099-000001",
                    admission)).hasStackTraceContaining("gov_uniq_running_business_key");
        } finally {
            runtime.deleteProcessInstance(id, "test clean-up");
        }
    }
}
