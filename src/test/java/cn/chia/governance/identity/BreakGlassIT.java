package cn.chia.governance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.springframework.context.ConfigurableApplicationContext;

import cn.chia.governance.TestApplications;
import cn.chia.governance.TestProfiles;

/**
 * A lost administrator password: a start with ADMIN_PASSWORD_RESET=true (governance.admin.reset-password) sets
 * the existing administrator's password to ADMIN_PASSWORD; a start without it never changes it.
 */
@Tag(TestApplications.OWN_APPLICATION)
class BreakGlassIT {

    private static final String ADMIN = "breakglass";

    @Test
    void onlyAStartWithTheResetOptionSetsTheExistingAdministratorsPassword() {
        String database = TestApplications.databaseProperty("break-glass");
        try (ConfigurableApplicationContext first = start(database, "First!Pass2026", false)) {
            assertThat(identity(first).checkPassword(ADMIN, "First!Pass2026")).as("created with it").isTrue();
        }
        try (ConfigurableApplicationContext second = start(database, "Second!Pass2026", false)) {
            IdentityService identity = identity(second);
            assertThat(identity.checkPassword(ADMIN, "First!Pass2026")).as("a restart keeps the password").isTrue();
        }
        try (ConfigurableApplicationContext third = start(database, "Third!Pass2026", true)) {
            IdentityService identity = identity(third);
            assertThat(identity.checkPassword(ADMIN, "Third!Pass2026")).as("the reset sets the new one").isTrue();
            assertThat(identity.createUserQuery().userId(ADMIN).memberOfGroup(Roles.ADMINISTRATORS).count()).isOne();
            assertThat(identity.checkPassword(ADMIN, "First!Pass2026")).as("and the lost one no longer works").isFalse();
            if (TestProfiles.onPostgres()) {
                identity.deleteUser(ADMIN); // the suite's database: leave no second administrator behind
            }
        }
    }

    private static ConfigurableApplicationContext start(String database, String password, boolean reset) {
        return TestApplications.start(TestProfiles.profiles(), database, "governance.admin.id=" + ADMIN,
                "governance.admin.password=" + password, "governance.admin.reset-password=" + reset);
    }

    private static IdentityService identity(ConfigurableApplicationContext context) {
        return context.getBean(ProcessEngine.class).getIdentityService();
    }
}
