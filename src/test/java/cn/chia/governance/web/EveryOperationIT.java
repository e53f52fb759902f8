package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.web.JaxRsOperations.Operation;
import cn.chia.governance.web.RoleMatrixIT.Case;

/**
 * Every door of the engine, tried by every role on real cases. The operations are not listed here: they are
 * read from the JAX-RS applications the running server deployed ({@link JaxRsOperations}): Camunda's REST API at
 * /engine-rest, the webapps' own copy of it under /camunda/api/engine (session and CSRF token), and the Cockpit
 * plugin API. Each is sent as each role with real ids and a body that reaches the engine; the expected rights
 * are {@link #TASKLIST_WORK} and the rules below, written from the issue, not from the implementation:
 * <ul>
 * <li>a person in Tasklist (branch, liaison, clerk, director, standing) reads, claims for itself, completes or
 * submits a form, and starts a procedure at its start event: nothing else (a claim is given back by an
 * administrator);</li>
 * <li>a manager reads (GET, and the POST queries) and uses the Cockpit plugin API: nothing else;</li>
 * <li>the Cockpit plugin API is for managers, the Secretariat (who watch Cockpit's governance dashboard) and
 * administrators only; without an account nothing answers;</li>
 * <li>the application's own API (/api) reads with the webapps' session (the dashboard's figures for managers, the
 * Secretariat and administrators) but changes nothing without HTTP Basic (one's own task mail, {@code /api/me/…}
 * with the session's CSRF token, aside: {@link TaskMailSwitchIT});</li>
 * <li>whatever is refused changes nothing: register, cases, variables, jobs, tasks, deployments, identities.</li>
 * </ul>
 * A refusal is 401 or 403, or 404 where the REST layer looked the object up with the role's authorizations and
 * found nothing (the role may not even know it exists); the state shows that nothing changed behind it. A 400 of
 * Camunda's REST layer given before any command (listed, with its reason, in {@link #BEFORE_THE_ENGINE}) or an
 * answer no resource gave is not a refusal but not an opening either; everything else is an opening. The report
 * ({@code target/every-operation.txt}) counts the answers by kind for each role, and lists what was not reached,
 * what was hidden, and what the allowlist let through to Camunda's authorizations.
 */
@GovernanceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EveryOperationIT {

    /** A person with a role, by the demo user that holds it, and the webapp it logs into. */
    enum Role {
        ANONYMOUS(null, null), BRANCH("branch", "tasklist"), LIAISON("liaison", "tasklist"), CLERK("clerk", "tasklist"),
        DIRECTOR("director", "tasklist"), STANDING("standing", "tasklist"), ELECTOR("elector", "tasklist"),
        MANAGER("manager", "cockpit"),
        ADMIN("admin", "cockpit");

        final String user;
        final String app;

        Role(String user, String app) {
            this.user = user;
            this.app = app;
        }

        boolean worksInTasklist() {
            return "tasklist".equals(app);
        }
    }

    static final String ADMISSION = "membership-admission";
    static final String ENGINE_REST = "/engine-rest";
    static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/{name}";
    static final String COCKPIT = "/camunda/api/cockpit";

    /**
     * What Tasklist's work needs of the engine beside reading: claim (for oneself), complete,
     * submit a form, start a procedure at its none start event (the body may not say where to start).
     */
    static final Set<String> TASKLIST_WORK = Set.of(
            "POST /task/{id}/claim", "POST /task/{id}/complete", "POST /task/{id}/submit-form",
            "POST /process-definition/{id}/start", "POST /process-definition/{id}/submit-form",
            "POST /process-definition/key/{key}/start", "POST /process-definition/key/{key}/submit-form",
            "POST /process-definition/key/{key}/tenant-id/{tenantId}/start",
            "POST /process-definition/key/{key}/tenant-id/{tenantId}/submit-form");

    /** Open to anyone: the names of the engines (the webapps' login page asks) and the plugins' scripts. */
    static final Pattern PUBLIC = Pattern.compile(
            "GET (/engine-rest/engine|/camunda/api/engine/engine|/camunda/api/\\w+/plugin/\\w+/static/.*)");

    static final String VICTIM_USER = "walkvictim";
    static final String VICTIM_GROUP = "walk-group";
    static final String VICTIM_TENANT = "walktenant";
    static final String UNKNOWN = "walk-unknown-id";
    static final String PAST = "2020-01-01T00:00:00.000+0000";

    @LocalServerPort
    int port;
    @Autowired
    ServletWebServerApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    RepositoryService repository;
    @Autowired
    HistoryService history;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    FilterService filters;

    private final List<Operation> operations = new ArrayList<>();
    private final List<Operation> namedEngineOperations = new ArrayList<>();
    private final List<World> worlds = new ArrayList<>();
    private final AtomicInteger applicants = new AtomicInteger();
    private final StringBuilder report = new StringBuilder();
    private World world;
    private String processDefinitionId;
    private String deploymentId;
    private String deploymentResourceId;
    private String victimAuthorization;
    private String anyFilter;

    // ---- set-up: the operations of the running server, and a world of real cases

    @BeforeAll
    void readTheOperationsAndOpenTheCases() throws Exception {
        Map<String, ServletContainer> applications = JaxRsOperations.applications(context);
        for (String api : List.of(ENGINE_REST, "/camunda/api/engine", COCKPIT)) {
            assertThat(applications).as("the Jersey applications of the server").containsKey(api);
            for (Operation operation : JaxRsOperations.of(api, api, applications.get(api))) {
                // /engine-rest/engine/{name}/... is /engine-rest/... again: walked among the path variants
                (operation.template().startsWith(ENGINE_REST + "/engine/{name}/") ? namedEngineOperations : operations)
                        .add(operation);
            }
        }
        ProcessDefinition admission = repository.createProcessDefinitionQuery().processDefinitionKey(ADMISSION)
                .latestVersion().singleResult();
        processDefinitionId = admission.getId();
        deploymentId = admission.getDeploymentId();
        deploymentResourceId = repository.getDeploymentResources(deploymentId).get(0).getId();
        if (identity.createUserQuery().userId(VICTIM_USER).count() == 0) {
            User victim = identity.newUser(VICTIM_USER);
            victim.setFirstName("Walk");
            victim.setLastName("Victim");
            victim.setEmail("victim@chia.example");
            victim.setPassword("Victim!Pass2026");
            identity.saveUser(victim);
        }
        if (identity.createGroupQuery().groupId(VICTIM_GROUP).count() == 0) {
            Group group = identity.newGroup(VICTIM_GROUP);
            group.setName("Walk");
            group.setType("WORKFLOW");
            identity.saveGroup(group);
            identity.createMembership(VICTIM_USER, VICTIM_GROUP);
        }
        if (identity.createTenantQuery().tenantId(VICTIM_TENANT).count() == 0) {
            Tenant tenant = identity.newTenant(VICTIM_TENANT);
            tenant.setName("Walk");
            identity.saveTenant(tenant);
        }
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(VICTIM_GROUP);
        grant.setResource(Resources.DEPLOYMENT);
        grant.setResourceId(deploymentId);
        grant.addPermission(Permissions.READ);
        victimAuthorization = authorizations.saveAuthorization(grant).getId();
        anyFilter = filters.createFilterQuery().list().get(0).getId();
        world = newWorld();
    }

    @AfterAll
    void closeTheCases() {
        for (World w : worlds) {
            w.instances.values().forEach(id -> {
                if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                    runtime.deleteProcessInstance(id, "test clean-up", true, true);
                }
            });
        }
        authorizations.deleteAuthorization(victimAuthorization);
        identity.deleteTenant(VICTIM_TENANT);
        identity.deleteGroup(VICTIM_GROUP);
        identity.deleteUser(VICTIM_USER);
    }

    /** Real cases: applications from the public form, each waiting where a role works, a timer and a message. */
    final class World {
        final Map<Case, String> instances = new EnumMap<>(Case.class);
        final Map<Case, String> businessKeys = new EnumMap<>(Case.class);
        final Map<Case, String> taskIds = new EnumMap<>(Case.class);
        final Map<Case, String> executions = new EnumMap<>(Case.class);
        final Map<Case, String> taskComments = new EnumMap<>(Case.class);
        final Map<Case, String> attachments = new EnumMap<>(Case.class);
        final Map<Case, String> instanceComments = new EnumMap<>(Case.class);
        final Map<Case, String> emailVariables = new EnumMap<>(Case.class);
        final Map<Case, String> historicEmailVariables = new EnumMap<>(Case.class);
        String lapseTimer;
        String lapseTimerDefinition;
        String foreignExecution;
        String incident;
        String finished;
    }

    private World newWorld() throws Exception {
        World w = new World();
        for (Case c : Case.values()) {
            apply(w, c);
        }
        tasks.complete(taskOf(w, Case.INFORMATION, "UserTask_ReviewApplication"),
                Map.of("reviewDecision", "MORE_INFORMATION", "informationRequested", "A list of your patents."));
        for (Case c : Case.values()) {
            String instance = w.instances.get(c);
            if (c.task != null) {
                Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(c.task).singleResult();
                assertThat(task).as("%s waits at %s", c, c.task).isNotNull();
                w.taskIds.put(c, task.getId());
                w.executions.put(c, task.getExecutionId());
                w.taskComments.put(c, tasks.createComment(task.getId(), instance, "A note on the task").getId());
                w.attachments.put(c, tasks.createAttachment("url", task.getId(), instance, "Walk", "A link",
                        "https://example.org/walk").getId());
            }
            w.instanceComments.put(c, tasks.createComment(null, instance, "A note on the case").getId());
            w.emailVariables.put(c, runtime.createVariableInstanceQuery().processInstanceIdIn(instance)
                    .variableName("email").singleResult().getId());
            w.historicEmailVariables.put(c, history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                    .variableName("email").singleResult().getId());
        }
        Job lapse = management.createJobQuery().processInstanceId(w.instances.get(Case.INFORMATION)).timers()
                .singleResult();
        w.lapseTimer = lapse.getId();
        w.lapseTimerDefinition = lapse.getJobDefinitionId();
        w.foreignExecution = runtime.createExecutionQuery().processInstanceId(w.instances.get(Case.FOREIGN_ON_THE_AGENDA))
                .messageEventSubscriptionName("DecisionTaken").singleResult().getId();
        w.incident = runtime.createIncident("walk", w.executions.get(Case.INFORMATION), "walk", "An incident to resolve")
                .getId();
        worlds.add(w);
        return w;
    }

    private void apply(World w, Case c) throws Exception {
        int n = applicants.incrementAndGet();
        String name = "Walk " + c.name().toLowerCase(Locale.ROOT);
        Map<String, Object> form = (c == Case.FOREIGN_ON_THE_AGENDA ? Applications.aForeignExpert(name)
                : Applications.aPerson(name)).withBranch(switch (c) {
                    case RECOMMENDATION_BEIJING -> "branch-beijing";
                    case RECOMMENDATION_SHANGHAI -> "branch-shanghai";
                    default -> null;
                }).build();
        Http.Answer receipt = Http.anonymous(port).send("POST", "/api/applications", "application/json",
                Http.JSON.writeValueAsBytes(form), Map.of("X-Forwarded-For", "198.51." + (100 + n / 250) + "." + (n % 250 + 1)));
        assertThat(receipt.status()).as("%s", receipt).isEqualTo(201);
        String caseNumber = (String) receipt.object().get("caseNumber");
        w.businessKeys.put(c, caseNumber);
        w.instances.put(c, runtime.createProcessInstanceQuery().processDefinitionKey(ADMISSION)
                .processInstanceBusinessKey(caseNumber).singleResult().getId());
    }

    private String taskOf(World w, Case c, String taskKey) {
        Task task = tasks.createTaskQuery().processInstanceId(w.instances.get(c)).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("%s waits at %s", c, taskKey).isNotNull();
        return task.getId();
    }

    /** The case whose task the role works on, where its rights are widest; the review for those without one. */
    private static Case own(Role role) {
        return switch (role) {
            case BRANCH -> Case.RECOMMENDATION_BEIJING;
            case CLERK -> Case.INFORMATION;
            default -> Case.REVIEW;
        };
    }

    // ---- what is a read, what is allowed, what is refused

    /** The template under the API's root: /task/{id}/claim for /engine-rest/task/{id}/claim and the webapps' copy. */
    static String relative(Operation operation) {
        String template = operation.template();
        for (String root : List.of(ENGINE_REST + "/engine/{name}", ENGINE_REST, WEBAPP_ENGINE)) {
            if (template.startsWith(root + "/")) {
                return template.substring(root.length());
            }
        }
        return template;
    }

    /** GET, or a POST that is a query (the REST API's POST variants of its lists and counts). */
    static boolean isRead(Operation operation) {
        return operation.method().equals("GET")
                || operation.method().equals("POST") && operation.javaMethod().startsWith("query");
    }

    static boolean isCockpitPluginApi(Operation operation) {
        return operation.template().startsWith(COCKPIT + "/plugin/") && !isPublic(operation);
    }

    static boolean isPublic(Operation operation) {
        return PUBLIC.matcher(operation.method() + " " + operation.template()).matches();
    }

    /** Whether the role may do this at all by the issue's table (Camunda's authorizations may still refuse it). */
    static boolean allowed(Role role, Operation operation) {
        if (role == Role.ADMIN || isPublic(operation)) {
            return true;
        }
        if (role == Role.ANONYMOUS) {
            return false;
        }
        if (isCockpitPluginApi(operation)) {
            return (role == Role.MANAGER || role == Role.CLERK) && isRead(operation);
        }
        if (isRead(operation)) {
            return true;
        }
        return role.worksInTasklist() && TASKLIST_WORK.contains(operation.method() + " " + relative(operation));
    }

    // ---- the walk

    record Finding(Role role, String kind, String request, int status, String body) {
        @Override
        public String toString() {
            return kind + " " + (role == null ? "" : role.name().toLowerCase(Locale.ROOT)) + " " + request + " -> "
                    + status + " " + (kind.equals("changed") || body.length() <= 200 ? body : body.substring(0, 200) + "…");
        }
    }

    @Test
    @Order(1)
    void theWalkReadsHundredsOfOperationsFromTheRunningServer() {
        Map<String, Long> perApi = operations.stream().collect(Collectors.groupingBy(Operation::api, Collectors.counting()));
        report.append("Operations walked: ").append(operations.size()).append(' ').append(perApi).append('\n');
        assertThat(perApi.getOrDefault(ENGINE_REST, 0L)).as("operations of /engine-rest").isGreaterThan(400);
        assertThat(perApi.getOrDefault("/camunda/api/engine", 0L)).as("operations of the webapps' engine API")
                .isGreaterThan(400);
        assertThat(perApi.getOrDefault(COCKPIT, 0L)).as("operations of the Cockpit plugin API").isGreaterThan(10);
        assertThat(namedEngineOperations).as("/engine-rest/engine/{name}/...").hasSizeGreaterThan(400);
        assertThat(operations.stream().map(o -> o.method() + " " + o.template()))
                .contains("POST /engine-rest/task/{id}/claim", "POST /engine-rest/task/{id}/bpmnError",
                        "POST /engine-rest/process-instance/{id}/modification", "PUT /engine-rest/job/{id}/duedate",
                        "POST /camunda/api/engine/engine/{name}/task/{id}/resolve",
                        "PUT /camunda/api/engine/engine/{name}/task/{id}/variables/{varId}",
                        "POST /camunda/api/cockpit/plugin/base/{engine}/process-instance");
        long writes = operations.stream().filter(o -> !isRead(o)).count();
        assertThat(writes).as("operations that change something").isGreaterThan(300);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    @Order(2)
    void everyOperationNotOnTheRolesListIsRefusedAndChangesNothing(Role role) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Finding> findings = walk(role, operations, counts);
        List<Finding> failures = findings.stream()
                .filter(f -> !Set.of("not-reached", "hidden", "refused-by-authorizations").contains(f.kind())).toList();
        report.append(role).append(" counts: ").append(counts).append('\n');
        findings.forEach(f -> report.append(f).append('\n'));
        assertThat(failures).as("operations %s may not use, answered other than 403/401 (or 404 for what it may not "
                + "see), or changing something (%d operations walked)", role, operations.size()).isEmpty();
        // most doors are shut by the allowlist itself (by the missing account for the anonymous), not by chance
        assertThat(counts.getOrDefault(role == Role.ANONYMOUS ? "refused without an account" : "refused by the allowlist",
                0)).as("refusals of %s: %s", role, counts).isGreaterThan(role == Role.ANONYMOUS ? 900 : 250);
    }

    @Test
    @Order(3)
    void anAdministratorReadsEverythingAndIsNotRefusedByTheList() throws Exception {
        Http rest = Http.basic(port, "admin", "admin");
        Http webapp = login(Role.ADMIN);
        List<String> refused = new ArrayList<>();
        for (Operation operation : operations) {
            if (!isRead(operation)) {
                continue;
            }
            Http.Answer answer = send(operation.api().equals(ENGINE_REST) ? rest : webapp, Role.ADMIN, operation,
                    path(operation, Role.ADMIN));
            if (answer.status() == 401 || answer.status() == 403) {
                refused.add(operation + " -> " + answer);
            }
        }
        assertThat(refused).as("reads refused to an administrator").isEmpty();
    }

    /**
     * Walks every operation as the role, counting the answers by kind; a world changed by an opening is replaced so
     * that the walk goes on. The state is compared with a snapshot taken after the last allowed write: what the
     * role's own work does is not a refusal's doing. Camunda gives the assignee of a claimed task an authorization
     * on it (ACT_RU_AUTHORIZATION, USER_ID_ the role's user, resource TASK), which stays when the claim is given
     * back; rather than leave such rows out of the comparison (which would also hide a refused operation that grants
     * the role a task), the state is checked just before each allowed write and the snapshot taken again after it.
     */
    private List<Finding> walk(Role role, Collection<Operation> walked, Map<String, Integer> counts) throws Exception {
        freshWorld();
        List<Finding> findings = new ArrayList<>();
        Http rest = role == Role.ANONYMOUS ? Http.anonymous(port) : Http.basic(port, role.user, role.user);
        Http webapp = login(role);
        EngineState before = EngineState.of(jdbc);
        long started = System.nanoTime();
        for (Operation operation : walked) {
            boolean allowed = allowed(role, operation);
            boolean allowedWrite = allowed && !isRead(operation);
            if (allowedWrite) {
                String changes = before.diff(EngineState.of(jdbc));
                if (!changes.isEmpty()) {
                    findings.add(new Finding(role, "changed", "(walk of " + role + ", under the refusals before "
                            + operation + ": " + culprits(role, walked) + ")", 0, "\n" + changes));
                    world = newWorld();
                }
            }
            String path = path(operation, role);
            Http.Answer answer = send(operation.api().equals(ENGINE_REST) ? rest : webapp, role, operation, path);
            String request = operation.method() + " " + path;
            if (allowed) {
                counts.merge("allowed", 1, Integer::sum);
                if (allowedWrite) {
                    if (answer.status() < 300) {
                        giveTheClaimsBack(); // a claim of the walk, given back as an administrator would
                    }
                    before = EngineState.of(jdbc);
                }
                if (role != Role.ANONYMOUS && answer.status() >= 500) {
                    findings.add(new Finding(role, "server-error", request, answer.status(), answer.body()));
                }
                continue;
            }
            Verdict verdict = verdict(role, answer);
            counts.merge(switch (verdict) {
                case REFUSED -> "refused";
                case HIDDEN -> "hidden (404)";
                case NOT_REACHED -> "not reached";
                case OPENED -> "opened";
            }, 1, Integer::sum);
            if (verdict == Verdict.REFUSED) {
                String by = refusedBy(answer);
                counts.merge("refused " + by, 1, Integer::sum);
                if (by.equals("by the authorizations")) {
                    // the allowlist let the command through: only Camunda's authorizations stand here
                    findings.add(new Finding(role, "refused-by-authorizations", request, answer.status(),
                            answer.body()));
                }
                continue;
            }
            if (verdict == Verdict.HIDDEN) {
                findings.add(new Finding(role, "hidden", request, answer.status(), answer.body()));
                continue;
            }
            if (verdict == Verdict.NOT_REACHED) {
                findings.add(new Finding(role, "not-reached", request, answer.status(),
                        "(" + notReachedBecause(answer) + ") " + answer.body()));
                continue;
            }
            findings.add(new Finding(role, isRead(operation) ? "read-opened" : "opened", request, answer.status(),
                    answer.body()));
            EngineState after = EngineState.of(jdbc);
            String changes = before.diff(after);
            if (!changes.isEmpty()) {
                findings.add(new Finding(role, "changed", request, answer.status(), "\n" + changes));
                world = newWorld();
                before = EngineState.of(jdbc);
            }
        }
        String changes = before.diff(EngineState.of(jdbc));
        if (!changes.isEmpty()) {
            findings.add(new Finding(role, "changed", "(walk of " + role + ", under the refusals after the last "
                    + "allowed write: " + culprits(role, walked) + ")", 0, "\n" + changes));
            world = newWorld();
        }
        report.append(role).append(": ").append(walked.size()).append(" operations in ")
                .append((System.nanoTime() - started) / 1_000_000).append(" ms\n");
        return findings;
    }

    /** Walks the role's writes again on a fresh world, one at a time, to find which changed something. */
    private String culprits(Role role, Collection<Operation> walked) throws Exception {
        world = newWorld();
        Http rest = role == Role.ANONYMOUS ? Http.anonymous(port) : Http.basic(port, role.user, role.user);
        Http webapp = login(role);
        List<String> culprits = new ArrayList<>();
        EngineState before = EngineState.of(jdbc);
        for (Operation operation : walked) {
            if (isRead(operation)) {
                continue;
            }
            Http.Answer answer = send(operation.api().equals(ENGINE_REST) ? rest : webapp, role, operation,
                    path(operation, role));
            if (allowed(role, operation)) {
                // the role's own work (a claim leaves an authorization behind) is no culprit
                if (answer.status() < 300) {
                    giveTheClaimsBack();
                }
                before = EngineState.of(jdbc);
                continue;
            }
            EngineState after = EngineState.of(jdbc);
            String changes = before.diff(after);
            if (!changes.isEmpty()) {
                culprits.add(operation + " -> " + answer.status() + "\n" + changes);
                world = newWorld();
                before = EngineState.of(jdbc);
            }
        }
        return culprits.isEmpty() ? "none found again" : String.join("\n", culprits);
    }

    enum Verdict { REFUSED, HIDDEN, NOT_REACHED, OPENED }

    /**
     * Answers of 400 that Camunda's REST layer (or a builder it calls) gives before any command of the engine is
     * created, for a body the walk cannot change so that the request reaches the engine; the reason is reported.
     * Each is a rule of the engine or its REST layer, not a refusal of the allowlist: the state is checked all the
     * same. Kept small on purpose: a 400 not listed here is an opening.
     */
    static final Map<Pattern, String> BEFORE_THE_ENGINE = Map.of(
            Pattern.compile("Cannot skip custom listeners or input/output mappings when start a process instance "
                    + "at default start activity"),
            "the instantiation builder refuses to skip listeners or mappings at the start event before it creates "
                    + "a command");

    /**
     * 401 or 403 refuse. 404 in Camunda's JSON ({@code "type":"Not Found"}) hides: the REST layer looked the object
     * up with the role's authorizations and found nothing, because the role may not see it or it does not exist
     * ("403, or 404 where the role may not even know it exists"); the walk's state check shows that nothing changed
     * behind it. Not reached: no resource matched the path (Jersey's "HTTP 404 Not Found", Spring's or Tomcat's own
     * error page, a problem detail), or a 400 of {@link #BEFORE_THE_ENGINE}. Anything else (a 2xx, a 5xx, a 400 that
     * is not listed, a 409) is an opening.
     */
    static Verdict verdict(Role role, Http.Answer answer) {
        int status = answer.status();
        if (status == 401 || status == 403) {
            return Verdict.REFUSED;
        }
        if (noResourceMatched(answer)) {
            return Verdict.NOT_REACHED;
        }
        if (status == 404 && answer.body().contains("\"type\":\"Not Found\"")) {
            return Verdict.HIDDEN;
        }
        if (status == 400 && beforeTheEngine(answer) != null) {
            return Verdict.NOT_REACHED;
        }
        return Verdict.OPENED;
    }

    /** A 400, 404, 405 or 415 that no resource of the REST API gave (or Jersey's own: no method matched). */
    static boolean noResourceMatched(Http.Answer answer) {
        if (!List.of(400, 404, 405, 415).contains(answer.status())) {
            return false;
        }
        String body = answer.body();
        boolean camundaJson = body.trim().startsWith("{") && body.contains("\"type\"");
        return !camundaJson || body.matches("(?s).*\"message\":\"HTTP \\d{3} .*")
                || body.contains("\"type\":\"about:blank\"");
    }

    /** Who refused: the allowlist, the webapps' plugin filter, no account (401), or Camunda's authorizations. */
    static String refusedBy(Http.Answer answer) {
        if (answer.status() == 401) {
            return "without an account";
        }
        if (answer.body().contains("This operation is not part of your role's work")) {
            return "by the allowlist";
        }
        if (answer.body().contains("Only those who may open this webapp may call its plugins")) {
            return "by the plugin filter";
        }
        return "by the authorizations";
    }

    /** Why a 400 came before any command of the engine, or null where it is not one of {@link #BEFORE_THE_ENGINE}. */
    static String beforeTheEngine(Http.Answer answer) {
        return BEFORE_THE_ENGINE.entrySet().stream().filter(rule -> rule.getKey().matcher(answer.body()).find())
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** Why an answer did not reach the engine, for the report. */
    static String notReachedBecause(Http.Answer answer) {
        String because = beforeTheEngine(answer);
        if (because != null) {
            return because;
        }
        if (answer.body().matches("(?s).*\"message\":\"HTTP \\d{3} .*")) {
            return "no resource or method of the REST API matched the request";
        }
        return "the server answered without the REST API's error answer: no resource matched, the address was "
                + "refused, or a resource answered an empty " + answer.status()
                + " (the password policy's, where none is configured)";
    }

    private void giveTheClaimsBack() {
        world.taskIds.values().forEach(id -> {
            Task task = tasks.createTaskQuery().taskId(id).singleResult();
            if (task != null && task.getAssignee() != null) {
                tasks.setAssignee(id, null);
            }
        });
    }

    private Http login(Role role) throws Exception {
        if (role == Role.ANONYMOUS) {
            return Http.anonymous(port);
        }
        int[] status = new int[1];
        Http webapp = Http.webapp(port, role.user, role.user, role.app, status);
        assertThat(status[0]).as("%s logs into %s", role, role.app).isEqualTo(200);
        return webapp;
    }

    // ---- requests: real ids by parameter and resource, a body that reaches the engine

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*([\\w-]+)\\s*(?::[^}]*)?}");

    String path(Operation operation, Role role) {
        String template = operation.template();
        Matcher parameters = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameters.find()) {
            String before = template.substring(0, parameters.start());
            parameters.appendReplacement(path, Matcher.quoteReplacement(value(parameters.group(1), before, template, role)));
        }
        parameters.appendTail(path);
        return path.toString();
    }

    /** The real id a parameter stands for, by its name and the resource before it (e.g. {id} after /job/). */
    private String value(String parameter, String before, String template, Role role) {
        Case own = own(role);
        String resource = before.replaceAll("/$", "");
        resource = resource.substring(resource.lastIndexOf('/') + 1);
        boolean historic = before.contains("/history/");
        return switch (parameter) {
            case "name", "engine", "processEngineName" -> "default";
            case "file" -> "app/plugin.js";
            case "key" -> before.contains("/process-definition/") ? ADMISSION : UNKNOWN;
            case "tenantId", "tenant-id" -> VICTIM_TENANT;
            case "varId" -> "email";
            case "messageName" -> "DecisionTaken";
            case "commentId" -> before.contains("/task/") ? world.taskComments.get(own) : world.instanceComments.get(own);
            case "attachmentId" -> world.attachments.get(own);
            case "userId" -> role.user == null ? VICTIM_USER : role.user;
            case "groupId" -> VICTIM_GROUP;
            case "resourceId" -> deploymentResourceId;
            case "operationId" -> history.createUserOperationLogQuery().count() == 0 ? UNKNOWN
                    : history.createUserOperationLogQuery().listPage(0, 1).get(0).getOperationId();
            case "id" -> switch (resource) {
                case "task" -> world.taskIds.get(own);
                case "process-instance" -> world.instances.get(own);
                case "execution" -> template.contains("messageSubscriptions") ? world.foreignExecution
                        : world.executions.get(own);
                case "job" -> world.lapseTimer;
                case "job-definition" -> world.lapseTimerDefinition;
                case "process-definition" -> processDefinitionId;
                case "deployment" -> deploymentId;
                case "filter" -> anyFilter;
                case "user" -> VICTIM_USER;
                case "group" -> VICTIM_GROUP;
                case "tenant" -> VICTIM_TENANT;
                case "authorization" -> victimAuthorization;
                case "incident" -> world.incident;
                case "variable-instance" -> historic ? world.historicEmailVariables.get(own) : world.emailVariables.get(own);
                default -> UNKNOWN;
            };
            default -> UNKNOWN;
        };
    }

    Http.Answer send(Http client, Role role, Operation operation, String path) throws Exception {
        String method = operation.method();
        if (method.equals("GET") || method.equals("DELETE")) {
            return client.send(method, path, null, null, Map.of());
        }
        if (operation.consumesMultipart()) {
            String boundary = "----walk" + UUID.randomUUID();
            StringBuilder body = new StringBuilder();
            // a deployment takes every part but its name and source for a resource, which must have a file name
            boolean deployment = operation.template().endsWith("/deployment/create");
            String[][] fields = deployment ? new String[][] {{"deployment-name", "walk"}, {"deployment-source", "walk"}}
                    : new String[][] {{"valueType", "Bytes"}, {"attachment-name", "walk"},
                            {"attachment-description", "walk"}, {"attachment-type", "text/plain"}};
            for (String[] field : fields) {
                body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field[0])
                        .append("\"\r\n\r\n").append(field[1]).append("\r\n");
            }
            for (String file : deployment ? List.of("data") : List.of("data", "content")) {
                body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(file)
                        .append("\"; filename=\"walk.txt\"\r\nContent-Type: text/plain\r\n\r\nwritten by the walk\r\n");
            }
            body.append("--").append(boundary).append("--\r\n");
            return client.send(method, path, "multipart/form-data; boundary=" + boundary,
                    body.toString().getBytes(StandardCharsets.UTF_8), Map.of());
        }
        if (operation.entity() == null) {
            return client.send(method, path, null, null, Map.of());
        }
        Object body = isRead(operation) || operation.entity() == String.class ? Map.of()
                : body(operation.entity(), role, operation.template());
        return client.send(method, path, "application/json", Http.JSON.writeValueAsBytes(body), Map.of());
    }

    private static Map<String, Object> variable(Object value) {
        return Map.of("value", value, "type", "String");
    }

    /** The variables a side door would write: the applicant's e-mail, through which a receipt is sent. */
    private static Map<String, Object> email() {
        return Map.of("email", variable("attacker@example.org"));
    }

    /** A body for the DTO the operation reads: what an attacker would send, so that the engine is reached. */
    Map<String, Object> body(Class<?> dto, Role role, String template) {
        String self = role.user == null ? VICTIM_USER : role.user;
        Case own = own(role);
        Map<String, Object> body = new LinkedHashMap<>();
        switch (dto.getSimpleName()) {
            case "VariableValueDto" -> body.putAll(variable("attacker@example.org"));
            case "IdentityLinkDto" -> body.putAll(Map.of("groupId", "council", "type", "candidate"));
            case "UserIdDto" -> body.put("userId", self);
            case "AuthorizationCreateDto", "AuthorizationDto" -> body.putAll(Map.of("type", 1, "permissions", List.of("ALL"),
                    "userId", self, "resourceType", 8, "resourceId", "*"));
            case "FilterDto" -> body.putAll(Map.of("resourceType", "Task", "name", "walk", "owner", self, "query", Map.of()));
            case "UserDto" -> body.putAll(Map.of("profile", Map.of("id", "walkintruder", "firstName", "Walk",
                    "lastName", "Intruder", "email", "intruder@example.org"), "credentials", Map.of("password", "Walk!Pass2026")));
            case "UserProfileDto" -> body.putAll(Map.of("id", VICTIM_USER, "firstName", "Changed", "lastName", "By the walk",
                    "email", "attacker@example.org"));
            case "UserCredentialsDto" -> body.putAll(Map.of("password", "Walk!Pass2026", "authenticatedUserPassword",
                    role.user == null ? "" : role.user));
            case "GroupDto" -> body.putAll(Map.of("id", VICTIM_GROUP, "name", "Changed by the walk", "type", "WORKFLOW"));
            case "TenantDto" -> body.putAll(Map.of("id", VICTIM_TENANT, "name", "Changed by the walk"));
            case "TaskDto" -> body.putAll(Map.of("name", "Walk task", "assignee", self));
            case "SignalDto" -> body.put("name", "walk-signal");
            case "BasicUserCredentialsDto" -> body.putAll(Map.of("username", VICTIM_USER, "password", "not-the-password"));
            case "CorrelationMessageDto" -> body.putAll(Map.of("messageName", "DecisionTaken",
                    "businessKey", world.businessKeys.get(Case.FOREIGN_ON_THE_AGENDA), "processVariables", Map.of(
                            "decisionOutcome", variable("ADOPTED"), "resolutionNumber", variable("RES-2026-9999"),
                            "decidingBody", variable("COUNCIL"))));
            default -> {
                Map<String, Function<Role, Object>> known = known(own);
                for (String property : properties(dto)) {
                    if (known.containsKey(property)) {
                        body.put(property, known.get(property).apply(role));
                    }
                }
                if (dto.getSimpleName().contains("SuspensionState")) {
                    // the REST layer allows one selector: the id in the path, or else one in the body
                    body.keySet().retainAll(template.matches(".*/\\{[^/]+}/suspended") ? Set.of("suspended")
                            : Set.of("suspended", properties(dto).contains("processInstanceId") ? "processInstanceId"
                                    : properties(dto).contains("processInstanceIds") ? "processInstanceIds"
                                    : "processDefinitionKey"));
                }
                if (dto.getSimpleName().equals("MigrationPlanDto")) {
                    // a plan that maps the task where the case waits onto itself (the REST layer reads each
                    // instruction's activities before it asks the engine)
                    body.put("instructions", List.of(Map.of("sourceActivityIds", List.of("UserTask_ReviewApplication"),
                            "targetActivityIds", List.of("UserTask_ReviewApplication"))));
                }
            }
        }
        return body;
    }

    private Map<String, Function<Role, Object>> known(Case own) {
        Map<String, Function<Role, Object>> known = new HashMap<>();
        for (String name : List.of("variables", "modifications", "processVariables", "processVariablesLocal",
                "localVariables")) {
            known.put(name, r -> email());
        }
        known.put("deletions", r -> List.of("phone"));
        known.put("processInstanceId", r -> world.instances.get(own));
        known.put("processInstanceIds", r -> List.of(world.instances.get(own)));
        known.put("historicProcessInstanceIds", r -> List.of(world.instances.get(own)));
        known.put("processInstances", r -> List.of(world.instances.get(own)));
        known.put("processDefinitionId", r -> processDefinitionId);
        known.put("processDefinitionKey", r -> ADMISSION);
        known.put("sourceProcessDefinitionId", r -> processDefinitionId);
        known.put("targetProcessDefinitionId", r -> processDefinitionId);
        known.put("migrationPlan", r -> Map.of("sourceProcessDefinitionId", processDefinitionId,
                "targetProcessDefinitionId", processDefinitionId, "instructions", List.of()));
        known.put("instructions", r -> List.of(Map.of("type", "startBeforeActivity", "activityId",
                "UserTask_ReviewApplication")));
        known.put("retries", r -> 5);
        known.put("duedate", r -> PAST);
        known.put("priority", r -> 99);
        known.put("suspended", r -> true);
        known.put("jobIds", r -> List.of(world.lapseTimer));
        known.put("jobId", r -> world.lapseTimer);
        known.put("messageName", r -> "DecisionTaken");
        known.put("errorCode", r -> "walk-error");
        known.put("escalationCode", r -> "walk-escalation");
        known.put("errorMessage", r -> "walk");
        known.put("message", r -> "walk");
        known.put("annotation", r -> "walk");
        known.put("incidentType", r -> "walk");
        known.put("configuration", r -> "walk");
        known.put("historyTimeToLive", r -> 1);
        known.put("absoluteRemovalTime", r -> PAST);
        known.put("deleteReason", r -> "walk");
        known.put("workerId", r -> "walk");
        known.put("lockDuration", r -> 1000);
        known.put("newDuration", r -> 1000); // extendLock: a duration of 0 is refused by the command's constructor
        known.put("maxTasks", r -> 1);
        known.put("topics", r -> List.of(Map.of("topicName", "walk", "lockDuration", 1000)));
        known.put("enableTelemetry", r -> true);
        known.put("password", r -> "Walk!Pass2026");
        return known;
    }

    private static Set<String> properties(Class<?> dto) {
        Set<String> properties = new LinkedHashSet<>();
        for (Method method : dto.getMethods()) {
            if (method.getName().startsWith("set") && method.getParameterCount() == 1 && method.getName().length() > 3) {
                properties.add(Introspector.decapitalize(method.getName().substring(3)));
            }
        }
        return properties;
    }

    // ---- the rules, one by one: what no role but the administrator does, through either API

    /** A request under the engine API's root, sent to /engine-rest and to the webapps' copy alike. */
    record Door(String method, String path, Object body) {
    }

    private static Door door(String method, String path, Object body) {
        return new Door(method, path, body);
    }

    /** Each door, through both APIs, refused (or stopped before the engine), and nothing changed. */
    private void assertEveryDoorShut(Role role, List<Door> doors) throws Exception {
        freshWorld();
        Http rest = role == Role.ANONYMOUS ? Http.anonymous(port) : Http.basic(port, role.user, role.user);
        Http webapp = login(role);
        List<String> opened = new ArrayList<>();
        EngineState before = EngineState.of(jdbc);
        for (Door door : doors) {
            for (String root : List.of(ENGINE_REST, "/camunda/api/engine/engine/default")) {
                Http client = root.equals(ENGINE_REST) ? rest : webapp;
                Http.Answer answer = door.body() == null ? client.send(door.method(), root + door.path(), null, null, Map.of())
                        : client.send(door.method(), root + door.path(), "application/json",
                                Http.JSON.writeValueAsBytes(door.body()), Map.of());
                Verdict verdict = verdict(role, answer);
                if (verdict == Verdict.OPENED && answer.status() == 400 && isWork(role, door)) {
                    // the role's own work (a start form, a task's form) with what its form does not hold: the
                    // command is allowed, and the form's check refuses it before anything is written
                    report.append("refused-by-the-form ").append(role).append(' ').append(door.method()).append(' ')
                            .append(root).append(door.path()).append(" -> ").append(answer).append('\n');
                } else if (verdict == Verdict.OPENED || role == Role.ANONYMOUS && answer.status() != 401) {
                    opened.add(door.method() + " " + root + door.path() + " -> " + answer);
                } else if (verdict == Verdict.NOT_REACHED) {
                    report.append("not-reached ").append(role).append(' ').append(door.method()).append(' ').append(root)
                            .append(door.path()).append(" -> ").append(answer).append(" (")
                            .append(notReachedBecause(answer)).append(")\n");
                }
            }
        }
        String changes = before.diff(EngineState.of(jdbc));
        if (!changes.isEmpty()) {
            world = newWorld();
            opened.add("and what changed:\n" + changes);
        }
        assertThat(opened).as("doors %s opened", role).isEmpty();
    }

    /** Whether the door is a request of the role's own work (Tasklist's), the command of which the engine runs. */
    private static boolean isWork(Role role, Door door) {
        String path = door.path().replaceFirst("^/process-definition/key/[^/]+/tenant-id/[^/]+/",
                "/process-definition/key/{key}/tenant-id/{tenantId}/")
                .replaceFirst("^/process-definition/key/[^/]+/", "/process-definition/key/{key}/")
                .replaceFirst("^/process-definition/(?!key/)[^/]+/", "/process-definition/{id}/")
                .replaceFirst("^/task/[^/]+/", "/task/{id}/");
        return role.worksInTasklist() && TASKLIST_WORK.contains(door.method() + " " + path);
    }

    /** The world as set up, or a new one where an earlier test's opening ended or moved one of its cases. */
    private void freshWorld() throws Exception {
        boolean intact = world.taskIds.values().stream().allMatch(id -> tasks.createTaskQuery().taskId(id).count() == 1)
                && management.createJobQuery().jobId(world.lapseTimer).count() == 1
                && runtime.createExecutionQuery().executionId(world.foreignExecution).count() == 1
                && world.taskIds.values().stream().allMatch(id -> tasks.createTaskQuery().taskId(id).singleResult()
                        .getAssignee() == null);
        if (!intact) {
            world = newWorld();
        }
    }

    private String ownTask(Role role) {
        return world.taskIds.get(own(role));
    }

    private String ownInstance(Role role) {
        return world.instances.get(own(role));
    }

    /** A decision of the Council slipped in with a request: what a side door would write into a case. */
    private static Map<String, Object> adopted() {
        return Map.of("decisionOutcome", variable("ADOPTED"), "resolutionNumber", variable("RES-2026-9999"),
                "decidingBody", variable("COUNCIL"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    @Order(10)
    void noRoleStartsAProcedureAnywhereButAtItsStartEvent(Role role) throws Exception {
        Map<String, Object> variables = new HashMap<>(adopted());
        Applications.aPerson("Walk Register").build().forEach((name, value) -> variables.put(name,
                Map.of("value", value)));
        List<Map<String, Object>> register = List.of(Map.of("type", "startBeforeActivity", "activityId",
                "ServiceTask_RegisterMember"));
        List<Door> doors = new ArrayList<>();
        for (String definition : List.of("/process-definition/key/" + ADMISSION, "/process-definition/" + processDefinitionId)) {
            for (String endpoint : List.of("/start", "/submit-form")) {
                doors.add(door("POST", definition + endpoint, Map.of("variables", variables, "startInstructions", register)));
                doors.add(door("POST", definition + endpoint, Map.of("variables", variables, "skipCustomListeners", true)));
                doors.add(door("POST", definition + endpoint, Map.of("variables", variables, "skipIoMappings", true)));
            }
            for (String endpoint : List.of("/restart", "/restart-async")) {
                doors.add(door("POST", definition + endpoint, Map.of("processInstanceIds", List.of(finishedCase()),
                        "instructions", register, "skipCustomListeners", true)));
            }
        }
        assertEveryDoorShut(role, doors);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    @Order(11)
    void noRoleModifiesOrMigratesACase(Role role) throws Exception {
        List<Map<String, Object>> register = List.of(Map.of("type", "startBeforeActivity", "activityId",
                "ServiceTask_RegisterMember"));
        String instance = ownInstance(role);
        assertEveryDoorShut(role, List.of(
                door("POST", "/process-instance/" + instance + "/modification", Map.of("instructions", register)),
                door("POST", "/process-instance/" + instance + "/modification-async", Map.of("instructions", register)),
                door("POST", "/modification/execute", Map.of("processDefinitionId", processDefinitionId,
                        "instructions", register, "processInstanceIds", List.of(instance))),
                door("POST", "/modification/executeAsync", Map.of("processDefinitionId", processDefinitionId,
                        "instructions", register, "processInstanceIds", List.of(instance))),
                door("POST", "/migration/execute", Map.of("processInstanceIds", List.of(instance), "migrationPlan",
                        Map.of("sourceProcessDefinitionId", processDefinitionId, "targetProcessDefinitionId",
                                processDefinitionId, "instructions", List.of()))),
                door("POST", "/migration/executeAsync", Map.of("processInstanceIds", List.of(instance), "migrationPlan",
                        Map.of("sourceProcessDefinitionId", processDefinitionId, "targetProcessDefinitionId",
                                processDefinitionId, "instructions", List.of())))));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    @Order(12)
    void noRoleResolvesATaskOrThrowsABpmnErrorOrEscalationFromIt(Role role) throws Exception {
        String task = "/task/" + ownTask(role);
        assertEveryDoorShut(role, List.of(
                door("POST", task + "/resolve", Map.of("variables", adopted())),
                door("POST", task + "/bpmnError", Map.of("errorCode", "walk-error", "variables", adopted())),
                door("POST", task + "/bpmnEscalation", Map.of("escalationCode", "walk-escalation", "variables", adopted()))));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    @Order(13)
    void noRoleSetsAVariableBesideAForm(Role role) throws Exception {
        String task = "/task/" + ownTask(role);
        String instance = ownInstance(role);
        String execution = world.executions.get(own(role));
        Map<String, Object> changed = variable("attacker@example.org");
        assertEveryDoorShut(role, List.of(
                door("PUT", task + "/variables/email", changed),
                door("POST", task + "/variables", Map.of("modifications", email())),
                door("DELETE", task + "/variables/email", null),
                door("PUT", task + "/localVariables/email", changed),
                door("POST", task + "/localVariables", Map.of("modifications", email())),
                door("PUT", "/execution/" + execution + "/localVariables/email", changed),
                door("POST", "/execution/" + execution + "/localVariables", Map.of("modifications", email())),
                door("PUT", "/process-instance/" + instance + "/variables/email", changed),
                door("POST", "/process-instance/" + instance + "/variables", Map.of("modifications", email())),
                door("DELETE", "/process-instance/" + instance + "/variables/email", null),
                door("POST", "/process-instance/variables-async", Map.of("processInstanceIds", List.of(instance),
                        "variables", email()))));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    @Order(14)
    void noRoleRunsOrMovesAJob(Role role) throws Exception {
        String job = "/job/" + world.lapseTimer;
        assertEveryDoorShut(role, List.of(
                door("POST", job + "/execute", null),
                door("PUT", job + "/retries", Map.of("retries", 0)),
                door("PUT", job + "/duedate", Map.of("duedate", PAST)),
                door("POST", job + "/duedate/recalculate", null),
                door("PUT", job + "/priority", Map.of("priority", 99)),
                door("PUT", job + "/suspended", Map.of("suspended", true)),
                door("POST", "/job/retries", Map.of("jobIds", List.of(world.lapseTimer), "retries", 0)),
                door("PUT", "/job-definition/" + world.lapseTimerDefinition + "/retries", Map.of("retries", 0)),
                door("POST", "/process-instance/job-retries", Map.of("processInstances",
                        List.of(world.instances.get(Case.INFORMATION)), "retries", 0)),
                door("DELETE", job, null)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    @Order(15)
    void noRoleCorrelatesAMessageOrThrowsASignal(Role role) throws Exception {
        String foreign = world.instances.get(Case.FOREIGN_ON_THE_AGENDA);
        assertEveryDoorShut(role, List.of(
                door("POST", "/message", Map.of("messageName", "DecisionTaken", "businessKey",
                        world.businessKeys.get(Case.FOREIGN_ON_THE_AGENDA), "processVariables", adopted())),
                door("POST", "/message", Map.of("messageName", "DecisionTaken", "processInstanceId", foreign,
                        "processVariables", adopted())),
                door("POST", "/process-instance/message-async", Map.of("messageName", "DecisionTaken",
                        "processInstanceIds", List.of(foreign), "variables", adopted())),
                door("POST", "/execution/" + world.foreignExecution + "/messageSubscriptions/DecisionTaken/trigger",
                        Map.of("variables", adopted())),
                door("POST", "/execution/" + world.executions.get(own(role)) + "/signal", Map.of("variables", adopted())),
                door("POST", "/signal", Map.of("name", "walk-signal")),
                door("POST", "/condition", Map.of("variables", adopted()))));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    @Order(16)
    void noRoleDeletesOrSuspendsAnything(Role role) throws Exception {
        String instance = ownInstance(role);
        String task = ownTask(role);
        assertEveryDoorShut(role, List.of(
                door("DELETE", "/process-instance/" + instance, null),
                door("POST", "/process-instance/delete", Map.of("processInstanceIds", List.of(instance),
                        "deleteReason", "walk")),
                door("DELETE", "/task/" + task, null),
                door("DELETE", "/task/" + task + "/attachment/" + world.attachments.get(own(role)), null),
                door("DELETE", "/task/" + task + "/comment/" + world.taskComments.get(own(role)), null),
                door("DELETE", "/task/" + task + "/comment", null),
                door("DELETE", "/history/process-instance/" + instance, null),
                door("DELETE", "/deployment/" + deploymentId, null),
                door("DELETE", "/process-definition/" + processDefinitionId, null),
                door("PUT", "/process-instance/" + instance + "/suspended", Map.of("suspended", true)),
                door("PUT", "/process-instance/suspended", Map.of("suspended", true, "processDefinitionKey", ADMISSION)),
                door("PUT", "/process-definition/" + processDefinitionId + "/suspended", Map.of("suspended", true)),
                door("PUT", "/job-definition/" + world.lapseTimerDefinition + "/suspended", Map.of("suspended", true)),
                door("DELETE", "/incident/" + world.incident, null)));
    }

    /** An application that ended (withdrawn by an administrator), as restart needs one. */
    private String finishedCase() {
        if (world.finished == null) {
            Map<String, Object> variables = Applications.aPerson("Walk Finished").build();
            variables.put("caseNumber", "APP-WALK-" + UUID.randomUUID());
            variables.put("caseTitle", "Walk Finished");
            variables.put("matter", "ADMISSION");
            String instance = runtime.createProcessInstanceById(processDefinitionId).businessKey((String) variables.get("caseNumber"))
                    .setVariables(variables).startBeforeActivity("UserTask_ReviewApplication").execute().getId();
            runtime.deleteProcessInstance(instance, "withdrawn", true, true);
            world.finished = instance;
        }
        return world.finished;
    }

    // ---- the same doors by other spellings of their path

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Role.class, names = {"BRANCH", "CLERK", "MANAGER"})
    @Order(20)
    void aRefusedDoorStaysShutWhateverTheSpellingOfItsPath(Role role) throws Exception {
        freshWorld();
        String task = ownTask(role);
        String instance = ownInstance(role);
        Map<String, Object> register = Map.of("variables", adopted(), "startInstructions", List.of(Map.of(
                "type", "startBeforeActivity", "activityId", "ServiceTask_RegisterMember")));
        List<Door> doors = List.of(
                door("POST", "/task/" + task + "/resolve", Map.of("variables", adopted())),
                door("POST", "/task/" + task + "/bpmnError", Map.of("errorCode", "walk-error")),
                door("POST", "/process-instance/" + instance + "/modification", Map.of("instructions", List.of(Map.of(
                        "type", "startBeforeActivity", "activityId", "ServiceTask_RegisterMember")))),
                door("PUT", "/job/" + world.lapseTimer + "/retries", Map.of("retries", 0)),
                door("POST", "/message", Map.of("messageName", "DecisionTaken", "businessKey",
                        world.businessKeys.get(Case.FOREIGN_ON_THE_AGENDA), "processVariables", adopted())),
                door("POST", "/process-definition/key/" + ADMISSION + "/start", register),
                door("PUT", "/task/" + task + "/variables/email", variable("attacker@example.org")));
        Http rest = Http.basic(port, role.user, role.user);
        Http webapp = login(role);
        List<String> opened = new ArrayList<>();
        int tried = 0;
        EngineState before = EngineState.of(jdbc);
        String changes;
        try {
            for (Door door : doors) {
                for (String root : List.of(ENGINE_REST, ENGINE_REST + "/engine/default", "/camunda/api/engine/engine/default")) {
                    for (String path : spellings(root, door.path())) {
                        Http.Answer answer = (root.startsWith(ENGINE_REST) ? rest : webapp).send(door.method(), path,
                                "application/json", Http.JSON.writeValueAsBytes(door.body()), Map.of());
                        tried++;
                        if (verdict(role, answer) == Verdict.OPENED) {
                            opened.add(door.method() + " " + path + " -> " + answer);
                        }
                    }
                }
            }
        } finally {
            changes = before.diff(EngineState.of(jdbc));
            if (!changes.isEmpty()) {
                world = newWorld();
            }
        }
        report.append("path variants tried by ").append(role).append(": ").append(tried).append('\n');
        assertThat(tried).isGreaterThan(100);
        assertThat(opened).as("doors %s opened by another spelling of their path", role).isEmpty();
        assertThat(changes).as("what changed behind the refusals").isEmpty();
    }

    /** The path as written, and as others may write it: matrix parameters, slashes, escapes, capitals. */
    static List<String> spellings(String root, String path) {
        int slash = path.indexOf('/', 1);
        String first = slash < 0 ? path.substring(1) : path.substring(1, slash);
        String rest = slash < 0 ? "" : path.substring(slash);
        String escaped = "%" + Integer.toHexString(first.charAt(0)).toUpperCase(Locale.ROOT) + first.substring(1);
        return List.of(
                root + path,
                root + "/" + first + ";x=1" + rest,
                root + path + ";x=1",
                root + path + "/",
                root + "/" + path,
                root + "/" + first + "/" + rest,
                root + "/" + escaped + rest,
                root + "/" + first + (rest.isEmpty() ? "%2F" : rest.replaceFirst("/", "%2F")),
                root + "/" + first.toUpperCase(Locale.ROOT) + rest,
                root.toUpperCase(Locale.ROOT) + path,
                root + "/./" + first + rest,
                root + "/x/../" + first + rest);
    }

    // ---- expressions in queries

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Role.class, names = {"ANONYMOUS", "ADMIN"}, mode = EnumSource.Mode.EXCLUDE)
    @Order(30)
    void noExpressionFromARequestIsEvaluated(Role role) throws Exception {
        freshWorld();
        Path marker = Path.of("target", "walk-el-" + role.name().toLowerCase(Locale.ROOT)).toAbsolutePath();
        Files.deleteIfExists(marker);
        String property = "walk.el." + role.name().toLowerCase(Locale.ROOT);
        System.clearProperty(property);
        List<String> payloads = List.of(
                "${''.getClass().forName('java.lang.System').getMethod('setProperty', ''.getClass(), ''.getClass())"
                        + ".invoke(null, '" + property + "', 'ran')}",
                "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch "
                        + marker + "')}",
                "#{''.getClass().forName('java.lang.System').getMethod('setProperty', ''.getClass(), ''.getClass())"
                        + ".invoke(null, '" + property + "', 'ran')}");
        Http rest = Http.basic(port, role.user, role.user);
        Http webapp = login(role);
        String filter = readableFilter(rest);
        List<String> answered = new ArrayList<>();
        for (String payload : payloads) {
            List<Map<String, Object>> queries = List.of(
                    Map.of("assigneeExpression", payload),
                    Map.of("candidateGroupsExpression", payload),
                    Map.of("orQueries", List.of(Map.of("assigneeExpression", payload))),
                    Map.of("orQueries", List.of(Map.of("candidateUserExpression", payload, "dueAfterExpression", payload))),
                    Map.of("orQueries", List.of(Map.of("orQueries", List.of(Map.of("assigneeExpression", payload))))));
            for (String root : List.of(ENGINE_REST, "/camunda/api/engine/engine/default")) {
                Http client = root.equals(ENGINE_REST) ? rest : webapp;
                for (Map<String, Object> query : queries) {
                    List<String> endpoints = new ArrayList<>(List.of("/task", "/task/count"));
                    if (filter != null) {
                        endpoints.addAll(List.of("/filter/" + filter + "/list", "/filter/" + filter + "/count",
                                "/filter/" + filter + "/singleResult"));
                    }
                    for (String endpoint : endpoints) {
                        Http.Answer answer = client.post(root + endpoint, query);
                        if (answer.status() != 400 && answer.status() != 403) {
                            answered.add("POST " + root + endpoint + " " + query + " -> " + answer);
                        }
                    }
                }
                Http.Answer get = client.get(root + "/task?assigneeExpression="
                        + java.net.URLEncoder.encode(payload, StandardCharsets.UTF_8));
                if (get.status() != 400 && get.status() != 403) {
                    answered.add("GET " + root + "/task?assigneeExpression=" + payload + " -> " + get);
                }
            }
        }
        assertThat(System.getProperty(property)).as("an expression of %s set a system property", role).isNull();
        assertThat(marker).as("an expression of %s ran a command", role).doesNotExist();
        assertThat(answered).as("queries of %s with an expression that were not refused", role).isEmpty();
    }

    /** A filter the role may execute, as Tasklist shows it; the first of all when it may read none. */
    private String readableFilter(Http client) throws Exception {
        Http.Answer filters = client.get(ENGINE_REST + "/filter");
        if (filters.status() == 200 && !filters.list().isEmpty()) {
            return (String) filters.list().get(0).get("id");
        }
        return anyFilter;
    }

    // ---- what the roles' work needs still works

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Role.class, names = {"BRANCH", "LIAISON", "CLERK"})
    @Order(40)
    void aPersonInTasklistStillReadsClaimsCompletesAndStarts(Role role) throws Exception {
        freshWorld();
        Http rest = Http.basic(port, role.user, role.user);
        Http webapp = login(role);
        String task = ownTask(role);
        for (String root : List.of(ENGINE_REST, "/camunda/api/engine/engine/default")) {
            Http client = root.equals(ENGINE_REST) ? rest : webapp;
            for (String read : List.of("/task", "/task/count", "/task/" + task, "/task/" + task + "/form-variables",
                    "/task/" + task + "/variables", "/process-definition", "/filter", "/user/" + role.user + "/profile",
                    "/filter/" + readableFilter(rest) + "/list", "/filter/" + readableFilter(rest) + "/count")) {
                assertThat(client.get(root + read).status()).as("%s reads %s%s", role, root, read).isEqualTo(200);
            }
            assertThat(client.post(root + "/task", Map.of("active", true)).status()).isEqualTo(200);
            assertThat(client.post(root + "/filter/" + readableFilter(rest) + "/list", Map.of()).status()).isEqualTo(200);
            Http.Answer claim = client.post(root + "/task/" + task + "/claim", Map.of("userId", role.user));
            assertThat(claim.status()).as("%s claims in %s: %s", role, root, claim).isEqualTo(204);
            assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo(role.user);
            Http.Answer unclaim = client.send("POST", root + "/task/" + task + "/unclaim", null, null, Map.of());
            // giving a claim back is an administrator's (Camunda asks TASK_ASSIGN for it, which no group holds, and
            // the allowlist lets a person only take a task, not hand one on): refused, the claim stays
            assertThat(unclaim.status()).as("%s gives the task back in %s: %s", role, root, unclaim).isEqualTo(403);
            assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo(role.user);
            tasks.setAssignee(task, null);
            for (String endpoint : List.of("/complete", "/submit-form")) {
                Http.Answer complete = client.post(root + "/task/" + task + endpoint, Map.of("variables", Map.of()));
                assertThat(complete.status()).as("%s%s reaches the form's check, which refuses an empty form: %s",
                        root, endpoint, complete).isEqualTo(400);
            }
            if (role != Role.LIAISON) {
                for (String endpoint : List.of("/start", "/submit-form")) {
                    Http.Answer start = client.post(root + "/process-definition/key/" + ADMISSION + endpoint,
                            Map.of("variables", Map.of()));
                    assertThat(start.status()).as("%s%s reaches the start form's check: %s", root, endpoint, start)
                            .isEqualTo(400);
                }
            }
        }
        assertThat(tasks.createTaskQuery().taskId(task).count()).isOne();
    }

    @Test
    @Order(41)
    void aManagerStillReadsThroughBothApisAndCockpit() throws Exception {
        freshWorld();
        Http rest = Http.basic(port, "manager", "manager");
        Http cockpit = login(Role.MANAGER);
        for (String root : List.of(ENGINE_REST, "/camunda/api/engine/engine/default")) {
            Http client = root.equals(ENGINE_REST) ? rest : cockpit;
            for (String read : List.of("/process-instance", "/process-definition", "/task", "/history/process-instance",
                    "/process-instance/" + world.instances.get(Case.REVIEW) + "/variables", "/incident", "/job")) {
                assertThat(client.get(root + read).status()).as("manager reads %s%s", root, read).isEqualTo(200);
            }
            for (String query : List.of("/process-instance", "/process-instance/count", "/task", "/history/process-instance",
                    "/history/process-instance/count", "/variable-instance")) {
                assertThat(client.post(root + query, Map.of()).status()).as("manager queries %s%s", root, query)
                        .isEqualTo(200);
            }
        }
        for (String query : List.of("/process-instance", "/process-instance/count", "/incident")) {
            assertThat(cockpit.post(COCKPIT + "/plugin/base/default" + query, Map.of()).status())
                    .as("manager in Cockpit: %s", query).isEqualTo(200);
        }
        assertThat(cockpit.get(COCKPIT + "/plugin/base/default/process-definition/statistics").status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Role.class)
    @Order(43)
    void theApplicationsApiReadsWithTheWebappsSessionButChangesNothingWithoutHttpBasic(Role role) throws Exception {
        Http webapp = login(role);
        int dashboard = webapp.get("/api/dashboard").status();
        assertThat(dashboard).as("%s reads the dashboard with the session of %s", role, role.app).isEqualTo(
                role == Role.ANONYMOUS ? 401 : Set.of(Role.MANAGER, Role.CLERK, Role.ADMIN).contains(role) ? 200 : 403);
        String member = jdbc.queryForList("SELECT membership_number FROM gov_member WHERE status = 'ACTIVE'", String.class)
                .stream().findFirst().orElse("CHIA-1999-000001");
        EngineState before = EngineState.of(jdbc);
        Map<String, Http.Answer> writes = new LinkedHashMap<>();
        writes.put("dues", webapp.post("/api/members/" + member + "/dues", Map.of("date", "2026-01-02")));
        writes.put("participation", webapp.post("/api/members/" + member + "/participation", Map.of("date", "2026-01-02")));
        writes.put("card secret", webapp.post("/api/members/" + member + "/card-secret", Map.of()));
        writes.put("reason", webapp.post("/api/members/" + member + "/reasons", Map.of("reason", "ILLNESS",
                "from", "2026-01-01", "until", "2026-02-01")));
        writes.put("roster", webapp.put("/api/bodies/COUNCIL/roster", Map.of("basis", "walk", "members", List.of())));
        writes.put("filing", webapp.post("/api/filings/TRM-1999-0001/reply", Map.of("answer", "APPROVED")));
        writes.forEach((what, answer) -> assertThat(answer.status()).as("%s writes %s with the webapps' session: %s",
                role, what, answer).isEqualTo(401));
        assertThat(before.diff(EngineState.of(jdbc))).as("what the refused writes changed").isEmpty();
    }

    /**
     * The actuator: its health checks answer everyone, its metrics an administrator alone and with HTTP Basic alone (no
     * webapp session, not even an administrator's), by any spelling of the path; nothing else of it answers anyone.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Role.class)
    @Order(44)
    void theActuatorsMetricsAnswerOnlyAnAdministratorWithHttpBasic(Role role) throws Exception {
        Http basic = role == Role.ANONYMOUS ? Http.anonymous(port) : Http.basic(port, role.user, role.user);
        Http session = login(role);
        for (Http client : List.of(basic, session)) {
            for (String check : List.of("/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness")) {
                assertThat(client.get(check).status()).as("%s asks %s", role, check).isEqualTo(200);
            }
        }
        int tried = 0;
        for (String path : spellings("/actuator", "/prometheus")) {
            Http.Answer byBasic = basic.get(path);
            Http.Answer bySession = session.get(path);
            tried += 2;
            boolean scraped = byBasic.status() == 200 && byBasic.body().contains("jvm_memory_used_bytes");
            if (role == Role.ADMIN && path.equals("/actuator/prometheus")) {
                assertThat(scraped).as("the administrator scrapes %s: %s", path, byBasic).isTrue();
            } else if (role == Role.ADMIN) {
                assertThat(byBasic.status()).as("%s %s: %s", role, path, byBasic).isIn(200, 400, 404);
            } else {
                assertThat(byBasic.status()).as("%s %s: %s", role, path, byBasic).isIn(400, 401, 403, 404);
            }
            assertThat(bySession.status()).as("%s %s with the webapp's session: %s", role, path, bySession)
                    .isIn(400, 401, 404);
            assertThat(bySession.body()).doesNotContain("jvm_memory_used_bytes");
        }
        for (String endpoint : List.of("/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/loggers")) {
            assertThat(basic.get(endpoint).status()).as("%s %s", role, endpoint)
                    .isEqualTo(role == Role.ANONYMOUS ? 401 : role == Role.ADMIN ? 404 : 403);
        }
        report.append(role).append(": the actuator's metrics by ").append(tried).append(" spellings, with HTTP Basic and")
                .append(" the webapp's session\n");
    }

    @Test
    @Order(42)
    void anAdministratorIsNotRefusedWhatOnlyItMayDo() throws Exception {
        freshWorld();
        Http admin = Http.basic(port, "admin", "admin");
        Task scratch = tasks.newTask();
        scratch.setName("Scratch task of the walk");
        tasks.saveTask(scratch);
        Job lapse = management.createJobQuery().jobId(world.lapseTimer).singleResult();
        try {
            for (String root : List.of(ENGINE_REST, "/camunda/api/engine/engine/default")) {
                Http client = root.equals(ENGINE_REST) ? admin : login(Role.ADMIN);
                assertThat(client.put(root + "/task/" + scratch.getId() + "/variables/note", variable("by the admin"))
                        .status()).isEqualTo(204);
                assertThat(client.post(root + "/task/" + scratch.getId() + "/assignee", Map.of("userId", "clerk"))
                        .status()).isEqualTo(204);
                assertThat(client.put(root + "/job/" + lapse.getId() + "/retries", Map.of("retries", lapse.getRetries()))
                        .status()).isEqualTo(204);
                assertThat(client.post(root + "/task/" + scratch.getId() + "/comment/create", Map.of("message", "ok"))
                        .status()).isIn(200, 400); // a task outside a process has no history to comment on in every setup
                // a resource that suspends its answer (a long poll) answers in the webapps' API as in /engine-rest
                Http.Answer fetched = client.post(root + "/external-task/fetchAndLock", Map.of("workerId", "walk",
                        "maxTasks", 1, "topics", List.of(Map.of("topicName", "walk", "lockDuration", 1000))));
                assertThat(fetched.status()).as("%s/external-task/fetchAndLock: %s", root, fetched).isEqualTo(200);
                assertThat(fetched.list()).isEmpty();
                Http.Answer unknown = client.get(root + "/external-task/" + UNKNOWN + "/errorDetails");
                assertThat(unknown.status()).as("an unknown external task in %s: %s", root, unknown).isEqualTo(404);
            }
            assertThat(admin.delete(ENGINE_REST + "/task/" + scratch.getId()).status()).isEqualTo(204);
        } finally {
            if (tasks.createTaskQuery().taskId(scratch.getId()).count() > 0) {
                tasks.deleteTask(scratch.getId(), true);
            }
        }
    }

    /**
     * The application's own API ({@code /api}, its operations read from its OpenAPI description), to someone signed in
     * to a webapp: every read answers as it answers the same person with HTTP Basic (the pages reached from Tasklist
     * read it so), and every change is refused (401) without HTTP Basic, the webapps' CSRF token notwithstanding, so
     * that no other site can make a signed-in browser change anything; but one's own choices ({@code /api/me/…}), which
     * take the session with its CSRF token and refuse it without.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Role.class)
    @Order(50)
    void theApplicationsApiReadsWithTheWebappSessionAsWithHttpBasicAndChangesNothingWithIt(Role role) throws Exception {
        Http session = login(role);
        Http basic = role == Role.ANONYMOUS ? Http.anonymous(port) : Http.basic(port, role.user, role.user);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) Http.anonymous(port)
                .get("/v3/api-docs").object().get("paths");
        int reads = 0;
        int changes = 0;
        int ownChoices = 0;
        for (Map.Entry<String, Map<String, Object>> operation : paths.entrySet()) {
            String path = operation.getKey().replaceAll("\\{[^}]+}", "X-1");
            if (RestAuthentication.PUBLIC_PREFIXES.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))) {
                continue;
            }
            for (String method : operation.getValue().keySet()) {
                if (method.equals("get")) {
                    Http.Answer bySession = session.get(path);
                    assertThat(bySession.status()).as("%s GET %s with the webapp's session: %s", role, path, bySession)
                            .isEqualTo(basic.get(path).status());
                    reads++;
                } else if (path.startsWith(WebappSessionAuthentication.OWN_CHOICES) && role != Role.ANONYMOUS) {
                    // one's own choices: the session with its CSRF token reaches them as HTTP Basic does (here the
                    // empty choice is refused as such), without the token it changes nothing (TaskMailSwitchIT)
                    String verb = method.toUpperCase(Locale.ROOT);
                    Http.Answer own = session.send(verb, path, "application/json", "{}");
                    assertThat(own.status()).as("%s %s %s with the webapp's session and token: %s", role, method, path,
                            own).isEqualTo(basic.send(verb, path, "application/json", "{}").status()).isNotEqualTo(401);
                    Http.Answer forged = login(role).withoutCsrfToken().send(verb, path, "application/json", "{}");
                    assertThat(forged.status()).as("%s %s %s with the session, no token: %s", role, method, path,
                            forged).isEqualTo(401);
                    ownChoices++;
                } else {
                    Http.Answer change = session.send(method.toUpperCase(Locale.ROOT), path, "application/json", "{}");
                    assertThat(change.status()).as("%s %s %s with the webapp's session: %s", role, method, path, change)
                            .isEqualTo(401);
                    changes++;
                }
            }
        }
        assertThat(reads).as("reads of /api").isGreaterThan(10);
        assertThat(changes).as("changes through /api").isGreaterThan(5);
        report.append(role).append(": /api with the webapp's session, ").append(reads).append(" reads as with HTTP Basic, ")
                .append(changes).append(" changes refused, ").append(ownChoices)
                .append(" changes of one's own choices with the session's token\n");
    }

    // ---- the report for the person reading the build

    @AfterAll
    void writeTheReport() throws Exception {
        Path file = Path.of("target", "every-operation.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.toString());
        System.out.println(report.length() > 20_000 ? report.substring(0, 20_000) + "…" : report);
    }
}
