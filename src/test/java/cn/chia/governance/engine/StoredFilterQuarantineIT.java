package cn.chia.governance.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.chia.governance.GovernanceTest;

/**
 * A stored filter whose query was given another expression behind the engine's back (a filter saved before the
 * allowlist checked filters, a row changed in the database) is found at start-up and no longer executed, for
 * nobody, administrators included, until an administrator saves it corrected.
 */
@GovernanceTest
class StoredFilterQuarantineIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    EngineGuards guards;
    @Autowired
    FilterService filters;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFilterWithAnotherExpressionIsNotExecutedUntilItIsCorrected() {
        Filter filter = filters.newTaskFilter("Quarantine test");
        filter.setQuery(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        String id = filters.saveFilter(filter).getId();
        try {
            jdbc.update("UPDATE act_ru_filter SET query_ = REPLACE(query_, 'currentUser()', 'execution') WHERE id_ = ?", id);
            guards.postProcessEngineBuild(engine);

            for (List<String> groups : List.of(List.of("secretariat"), List.of("camunda-admin"))) {
                identity.setAuthentication("someone", groups);
                try {
                    assertThatThrownBy(() -> filters.count(id)).as("%s", groups)
                            .isInstanceOf(AuthorizationException.class).hasMessageContaining("${currentUserGroups()}");
                } finally {
                    identity.clearAuthentication();
                }
            }

            Filter corrected = filters.getFilter(id);
            corrected.setQuery(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
            filters.saveFilter(corrected);
            identity.setAuthentication("admin", List.of("camunda-admin"));
            try {
                assertThat(filters.count(id)).isNotNull();
            } finally {
                identity.clearAuthentication();
            }
        } finally {
            filters.deleteFilter(id);
        }
    }
}
