package cn.chia.governance.process;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Every flow node of every process a test class drives must be reached: 100 %. */
@TestConfiguration(proxyBeanMethods = false)
public class ProcessCoverageRules {

    @Bean
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return ProcessEngineCoverageProperties.builder()
                .assertClassCoverageAtLeast(1.0)
                .excludeProcessDefinitionKeys(WaitingCases.PROCESS_KEY)
                .build();
    }
}
