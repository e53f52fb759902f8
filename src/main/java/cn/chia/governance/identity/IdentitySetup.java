package cn.chia.governance.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.chia.governance.config.GovernanceSettings;

/**
 * Creates at every start, idempotently, what people need to work: the association's groups, the
 * administrator, the demo users (demo profile), the authorizations of each role and the shared
 * Tasklist filters. A second start with the same configuration changes nothing.
 */
@Component
public class IdentitySetup extends AbstractCamundaConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

    static final String TASKLIST = "tasklist";
    static final String COCKPIT = "cockpit";

    /** Which roles may start which procedure (process definition key). */
    static Map<String, List<String>> starters(GovernanceSettings properties) {
        List<String> admissionStarters = new ArrayList<>(List.of(Roles.SECRETARIAT));
        properties.branches().forEach(b -> admissionStarters.add(b.groupId()));
        Map<String, List<String>> starters = new LinkedHashMap<>();
        starters.put("membership-admission", admissionStarters);
        for (String key : List.of("governance-meeting", "director-adjustment", "term-extension", "member-expulsion",
                "membership-withdrawal", "honorary-membership", "ballot", "assembly-matter",
                "general-election", "personal-data-request")) {
            starters.put(key, List.of(Roles.SECRETARIAT));
        }
        return starters;
    }

    private final GovernanceSettings properties;

    public IdentitySetup(GovernanceSettings properties) {
        this.properties = properties;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        checkAdminPassword(engine.getIdentityService());
        createGroups(engine.getIdentityService());
        createAdministrator(engine.getIdentityService());
        if (properties.demoUsers()) {
            createDemoUsers(engine.getIdentityService());
        }
        grantAuthorizations(engine.getAuthorizationService());
        createFilters(engine.getFilterService(), engine.getTaskService(), engine.getAuthorizationService());
    }

    private void checkAdminPassword(IdentityService identity) {
        String password = properties.admin().password();
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("No administrator password: set the environment variable ADMIN_PASSWORD "
                    + "(the demo profile, active when no profile is chosen, supplies one for trying the application out).");
        }
        if (properties.requireStrongAdminPassword()) {
            PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(password);
            if (!result.isValid()) {
                String rules = result.getViolatedRules().stream()
                        .map(rule -> rule.getPlaceholder() + rule.getParameters())
                        .collect(Collectors.joining(", "));
                throw new IllegalStateException("ADMIN_PASSWORD is too weak for production; Camunda's password policy "
                        + "requires at least 10 characters with upper and lower case letters, a digit and a special "
                        + "character. Violated: " + rules);
            }
        }
    }

    private List<GroupSpec> groups() {
        List<GroupSpec> groups = new ArrayList<>(List.of(
                new GroupSpec(Roles.SECRETARIAT, "秘书处 Secretariat", Groups.GROUP_TYPE_WORKFLOW),
                new GroupSpec(Roles.LIAISON_DEPARTMENT, "联络部 Liaison Department", Groups.GROUP_TYPE_WORKFLOW),
                new GroupSpec(Roles.COUNCIL, "理事会 Council", Groups.GROUP_TYPE_WORKFLOW),
                new GroupSpec(Roles.STANDING_COUNCIL, "常务理事会 Standing Council", Groups.GROUP_TYPE_WORKFLOW),
                new GroupSpec(Roles.ELECTORS, "选举人 Electors", Groups.GROUP_TYPE_WORKFLOW),
                new GroupSpec(Roles.MANAGERS, "管理人员 Managers", Groups.GROUP_TYPE_WORKFLOW),
                new GroupSpec(Roles.ADMINISTRATORS, "系统管理员 Administrators", Groups.GROUP_TYPE_SYSTEM)));
        properties.branches().forEach(b -> groups.add(new GroupSpec(b.groupId(), b.name(), Groups.GROUP_TYPE_WORKFLOW)));
        return groups;
    }

    /** Groups whose members work in Tasklist. */
    private List<String> tasklistGroups() {
        List<String> groups = new ArrayList<>(Roles.TASKLIST_GROUPS);
        properties.branches().forEach(b -> groups.add(b.groupId()));
        return groups;
    }

    private void createGroups(IdentityService identity) {
        for (GroupSpec spec : groups()) {
            if (identity.createGroupQuery().groupId(spec.id()).count() == 0) {
                Group group = identity.newGroup(spec.id());
                group.setName(spec.name());
                group.setType(spec.type());
                identity.saveGroup(group);
                LOG.info("Created group {}", spec.id());
            }
        }
    }

    private void createAdministrator(IdentityService identity) {
        GovernanceSettings.Admin admin = properties.admin();
        boolean existed = identity.createUserQuery().userId(admin.id()).count() > 0;
        createUser(identity, admin.id(), "管理员", "Administrator", admin.password(), List.of(Roles.ADMINISTRATORS));
        if (existed && admin.resetPassword()) {
            User user = identity.createUserQuery().userId(admin.id()).singleResult();
            user.setPassword(admin.password());
            identity.saveUser(user);
            identity.unlockUser(admin.id());
            LOG.warn("Break-glass: the password of administrator {} was reset to ADMIN_PASSWORD at this start, and the"
                    + " user unlocked. Start again without ADMIN_PASSWORD_RESET, or every start resets it.", admin.id());
        }
    }

    private void createDemoUsers(IdentityService identity) {
        // each name in Chinese and English: Tasklist's header and a case's history show it to readers of both
        createUser(identity, "clerk", "秘书处办事员", "Secretariat Clerk", "clerk", List.of(Roles.SECRETARIAT));
        createUser(identity, "liaison", "联络部专员", "Liaison Officer", "liaison", List.of(Roles.LIAISON_DEPARTMENT));
        createUser(identity, "director", "理事", "Council Director", "director", List.of(Roles.COUNCIL));
        createUser(identity, "standing", "常务理事", "Executive Director", "standing",
                List.of(Roles.COUNCIL, Roles.STANDING_COUNCIL));
        properties.branches().stream().findFirst().ifPresent(branch ->
                createUser(identity, "branch", branch.name(), "联络员 Officer", "branch", List.of(branch.groupId())));
        createUser(identity, "manager", "管理人员", "Association Manager", "manager", List.of(Roles.MANAGERS));
        createUser(identity, "elector", "会员代表", "Member Representative", "elector", List.of(Roles.ELECTORS));
    }

    private void createUser(IdentityService identity, String id, String firstName, String lastName, String password,
            List<String> groupIds) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(id + "@chia.example");
            user.setPassword(password);
            identity.saveUser(user);
            LOG.info("Created user {}", id);
        }
        for (String groupId : groupIds) {
            if (identity.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
                identity.createMembership(id, groupId);
            }
        }
    }

    private void grantAuthorizations(AuthorizationService authorizations) {
        for (Resources resource : Resources.values()) {
            grant(authorizations, Roles.ADMINISTRATORS, resource, ANY, Permissions.ALL);
        }
        for (String group : tasklistGroups()) {
            grant(authorizations, group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
            grant(authorizations, group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        }
        // the Liaison Department sees in Tasklist's list whose application each task is
        grant(authorizations, Roles.LIAISON_DEPARTMENT, Resources.PROCESS_DEFINITION, "membership-admission",
                Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE);
        // the Secretariat follows every open case
        grant(authorizations, Roles.SECRETARIAT, Resources.TASK, ANY, Permissions.READ);
        grant(authorizations, Roles.SECRETARIAT, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant(authorizations, Roles.SECRETARIAT, Resources.PROCESS_DEFINITION, ANY, Permissions.READ,
                ProcessDefinitionPermissions.READ_HISTORY);
        starters(properties).forEach((processKey, groups) -> groups.forEach(group -> {
            grant(authorizations, group, Resources.PROCESS_DEFINITION, processKey, Permissions.CREATE_INSTANCE);
            grant(authorizations, group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }));
        // managers read everything in Cockpit and change nothing; the Secretariat watches its governance dashboard there
        grant(authorizations, Roles.MANAGERS, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
        grant(authorizations, Roles.SECRETARIAT, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
        grant(authorizations, Roles.MANAGERS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
        for (Resource readable : List.of(Resources.PROCESS_INSTANCE, Resources.TASK, Resources.DEPLOYMENT,
                Resources.DECISION_DEFINITION, Resources.DECISION_REQUIREMENTS_DEFINITION)) {
            grant(authorizations, Roles.MANAGERS, readable, ANY, Permissions.READ);
        }
        grant(authorizations, Roles.MANAGERS, Resources.HISTORIC_PROCESS_INSTANCE, ANY,
                HistoricProcessInstancePermissions.READ);
        grant(authorizations, Roles.MANAGERS, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
        grant(authorizations, Roles.MANAGERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ_HISTORY);
    }

    private void grant(AuthorizationService authorizations, String groupId, Resource resource, String resourceId,
            Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
                .authorizationType(AUTH_TYPE_GRANT).singleResult();
        if (existing != null && Arrays.stream(permissions).allMatch(existing::isPermissionGranted)) {
            return;
        }
        Authorization authorization = existing;
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }

    private void createFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        for (TasklistFilter spec : TasklistFilter.all(properties)) {
            Filter filter = filters.createFilterQuery().filterName(spec.name()).singleResult();
            String formerName = TasklistFilter.FORMER_NAMES.get(spec.name());
            Filter former = filter == null && formerName != null
                    ? filters.createFilterQuery().filterName(formerName).singleResult() : null;
            if (former != null) {
                filter = former;
                filter.setName(spec.name());
                filter.setProperties(spec.properties());
                filters.saveFilter(filter);
                LOG.info("Renamed Tasklist filter '{}' to '{}'", formerName, spec.name());
            } else if (filter != null && !spec.properties().equals(filter.getProperties())) {
                filter.setProperties(spec.properties()); // new columns or a new description
                filters.saveFilter(filter);
            }
            if (filter == null) {
                filter = filters.newTaskFilter(spec.name());
                filter.setOwner(properties.admin().id());
                filter.setProperties(spec.properties());
                filter.setQuery(spec.query().apply(tasks));
                filters.saveFilter(filter);
                LOG.info("Created Tasklist filter '{}'", spec.name());
            }
            for (String group : spec.readers()) {
                grant(authorizations, group, Resources.FILTER, filter.getId(), Permissions.READ);
            }
        }
    }

    private record GroupSpec(String id, String name, String type) {
    }
}
