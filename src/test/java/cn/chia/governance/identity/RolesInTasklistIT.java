package cn.chia.governance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import cn.chia.governance.GovernanceTest;

@GovernanceTest
class RolesInTasklistIT {

    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    TestRestTemplate rest;

    @Test
    void everyRoleHasItsGroupAndDemoUser() {
        Map<String, String> demoUserOfGroup = Map.of(
                Roles.SECRETARIAT, "clerk",
                Roles.LIAISON_DEPARTMENT, "liaison",
                Roles.COUNCIL, "director",
                Roles.STANDING_COUNCIL, "standing",
                "branch-beijing", "branch",
                Roles.MANAGERS, "manager",
                Roles.ELECTORS, "elector",
                Roles.ADMINISTRATORS, "admin");
        demoUserOfGroup.forEach((group, user) -> {
            assertThat(identity.createGroupQuery().groupId(group).count()).as(group).isOne();
            assertThat(identity.createUserQuery().userId(user).memberOfGroup(group).count())
                    .as(user + " in " + group).isOne();
            assertThat(identity.checkPassword(user, user)).as("demo password of " + user).isTrue();
        });
        assertThat(identity.createUserQuery().userId("standing").memberOfGroup(Roles.COUNCIL).count())
                .as("executive directors are directors too").isOne();
    }

    @Test
    void staffWorkInTasklistAndManagersAndTheSecretariatWatchCockpit() {
        for (String staff : List.of("clerk", "liaison", "director", "standing", "branch", "elector")) {
            assertThat(canAccess(staff, "tasklist")).as(staff + " in Tasklist").isTrue();
            assertThat(canAccess(staff, "cockpit")).as(staff + " in Cockpit").isEqualTo(staff.equals("clerk"));
        }
        assertThat(canAccess("manager", "cockpit")).isTrue();
        assertThat(canAccess("manager", "tasklist")).isFalse();
        assertThat(canAccess("admin", "admin")).isTrue();
    }

    private boolean canAccess(String user, String application) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
        return authorizations.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, application);
    }

    @Test
    void eachRoleSeesItsOwnTasklistFilters() {
        assertThat(filterNames("liaison")).containsExactlyInAnyOrder(
                "联络部 — 待审核的申请 Liaison Department — applications to review", "我的任务 My tasks", "逾期任务 Overdue tasks");
        assertThat(filterNames("clerk")).containsExactlyInAnyOrder(
                "秘书处 — 全部待办任务 Secretariat — every open task", "秘书处 — 秘书处的任务 Secretariat — tasks of the Secretariat",
                "秘书处 — 待理事会决定的案件 Secretariat — cases waiting for the Council's decision",
                "秘书处 — 待常务理事会决定的案件 Secretariat — cases waiting for the Standing Council's decision",
                "秘书处 — 待会员代表大会决定的案件 Secretariat — cases waiting for the General Assembly's decision",
                "我的任务 My tasks", "逾期任务 Overdue tasks");
        assertThat(filterNames("director")).containsExactlyInAnyOrder(
                "理事会 — 理事会审议事项 Council — matters for the Council", "我的任务 My tasks", "逾期任务 Overdue tasks");
        assertThat(filterNames("standing")).containsExactlyInAnyOrder(
                "理事会 — 理事会审议事项 Council — matters for the Council", "常务理事会 — 常务理事会审议事项 Standing Council — matters for the Standing Council",
                "我的任务 My tasks", "逾期任务 Overdue tasks");
        assertThat(filterNames("branch")).containsExactlyInAnyOrder(
                "北京分支机构 Beijing Branch — 待推荐的候选人 candidates to recommend", "我的任务 My tasks", "逾期任务 Overdue tasks");
        assertThat(filterNames("elector")).containsExactlyInAnyOrder("我的任务 My tasks", "逾期任务 Overdue tasks");
        assertThat(filterNames("manager")).isEmpty();
    }

    private List<String> filterNames(String user) {
        ResponseEntity<List<Map<String, Object>>> response = rest.withBasicAuth(user, user).exchange(
                "/engine-rest/filter", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody().stream().map(f -> (String) f.get("name")).toList();
    }
}
