package cn.chia.governance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.springframework.context.ConfigurableApplicationContext;

import cn.chia.governance.TestApplications;
import cn.chia.governance.TestProfiles;

@Tag(TestApplications.OWN_APPLICATION)
class RestartIT {

    @Test
    void aSecondStartWithUnchangedFilesChangesNothing() {
        String database = TestApplications.databaseProperty("restart");
        Map<String, Long> afterFirstStart;
        try (ConfigurableApplicationContext first = TestApplications.start(TestProfiles.profiles(), database)) {
            afterFirstStart = census(first.getBean(ProcessEngine.class));
        }
        try (ConfigurableApplicationContext second = TestApplications.start(TestProfiles.profiles(), database)) {
            assertThat(census(second.getBean(ProcessEngine.class))).isEqualTo(afterFirstStart);
        }
        assertThat(afterFirstStart.get("deployments")).isPositive();
        assertThat(afterFirstStart.get("filters")).isPositive();
    }

    private static Map<String, Long> census(ProcessEngine engine) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("deployments", engine.getRepositoryService().createDeploymentQuery().count());
        counts.put("process definitions", engine.getRepositoryService().createProcessDefinitionQuery().count());
        counts.put("groups", engine.getIdentityService().createGroupQuery().count());
        counts.put("users", engine.getIdentityService().createUserQuery().count());
        counts.put("authorizations", engine.getAuthorizationService().createAuthorizationQuery().count());
        counts.put("filters", engine.getFilterService().createFilterQuery().count());
        return counts;
    }
}
