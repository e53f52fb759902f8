package cn.chia.governance.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;

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
        Map<String, Object> council = Map.of("body", "COUNCIL", "meetingDate", "2026-12-20");
        String id = runtime.startProcessInstanceByKey("governance-meeting", "MTG-2099-0001", council).getId();
        try {
            assertThatThrownBy(() -> runtime.startProcessInstanceByKey("governance-meeting", "MTG-2099-0001", council))
                    .hasStackTraceContaining("gov_uniq_running_business_key");
        } finally {
            runtime.deleteProcessInstance(id, "test clean-up");
        }
    }
}
