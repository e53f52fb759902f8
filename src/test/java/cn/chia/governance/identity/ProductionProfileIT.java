package cn.chia.governance.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import cn.chia.governance.TestApplications;
import cn.chia.governance.TestProfiles;

class ProductionProfileIT {

    private static String[] production() {
        return TestProfiles.onPostgres() ? new String[] {"production", "test", "postgres"} : new String[] {"production", "test"};
    }

    @Test
    void productionDoesNotStartWithoutAnAdministratorPassword() {
        assertThatThrownBy(() -> TestApplications.start(production(),
                TestApplications.databaseProperty("production-no-password"), "governance.admin.password="))
                .rootCause().hasMessageContaining("ADMIN_PASSWORD");
    }

    @Test
    void productionDoesNotStartWithAWeakAdministratorPassword() {
        assertThatThrownBy(() -> TestApplications.start(production(),
                TestApplications.databaseProperty("production-weak-password"), "governance.admin.password=admin"))
                .rootCause().hasMessageContaining("ADMIN_PASSWORD is too weak");
    }

    @Test
    void productionStartsWithAStrongPasswordAndCreatesNoDemoUsers() {
        try (ConfigurableApplicationContext app = TestApplications.start(production(),
                TestApplications.databaseProperty("production-strong-password"),
                "governance.admin.id=operator", "governance.admin.password=Str0ng!Passw0rd")) {
            IdentityService identity = app.getBean(ProcessEngine.class).getIdentityService();
            assertThat(identity.checkPassword("operator", "Str0ng!Passw0rd")).isTrue();
            assertThat(identity.createUserQuery().memberOfGroup(Roles.ADMINISTRATORS).userId("operator").count())
                    .isOne();
            if (!TestProfiles.onPostgres()) { // the shared PostgreSQL database holds the demo users of other tests
                assertThat(identity.createUserQuery().userId("clerk").count()).isZero();
            }
            assertThat(identity.checkPasswordAgainstPolicy("clerk").isValid())
                    .as("Camunda's password policy is on").isFalse();
        }
    }
}
