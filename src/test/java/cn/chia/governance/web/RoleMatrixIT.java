package cn.chia.governance.web;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.admission.Applications;

/**
 * Every role against every entry point, on real cases: what it may see, start, claim, complete, and whose
 * variables and history it may read. The expected rights are the table {@link #RIGHTS} (and docs/security.md's
 * "Who may do what"); a forbidden item must not appear in a list, and fetching it by its id must fail too.
 */
@GovernanceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixIT {

    /** A person with a role, by the demo user that holds it; the applicant has no account. */
    enum Role {
        APPLICANT(null), BRANCH("branch"), LIAISON("liaison"), CLERK("clerk"), DIRECTOR("director"),
        STANDING("standing"), ELECTOR("elector"), MANAGER("manager"), ADMIN("admin");

        final String user;

        Role(String user) {
            this.user = user;
        }
    }

    /** The cases set up once: four wait at a user task of a different group, the foreign one for the Council's vote. */
    enum Case {
        RECOMMENDATION_BEIJING("UserTask_RecommendCandidate"), RECOMMENDATION_SHANGHAI("UserTask_RecommendCandidate"),
        REVIEW("UserTask_ReviewApplication"), INFORMATION("UserTask_RecordInformation"), FOREIGN_ON_THE_AGENDA(null);

        final String task;

        Case(String task) {
            this.task = task;
        }

        static final Set<Case> WITH_TASKS = EnumSet.range(RECOMMENDATION_BEIJING, INFORMATION);
    }

    /**
     * The application API's own endpoints by who may use them; METRICS: the actuator's metrics for Prometheus;
     * DATABASE_BACKUP: the embedded database's online backup.
     */
    enum Api { REGISTER, MINUTES_TERM_AND_ROSTER, SECRETARIAT_RECORDS, BRANCH_CANDIDATES, METRICS, DATABASE_BACKUP }

    static final String ADMISSION = "membership-admission";
    static final List<String> PROCEDURES = List.of(ADMISSION, "governance-meeting", "member-expulsion",
            "honorary-membership", "assembly-matter",
            "general-election", "personal-data-request");

    record Rights(Set<Case> seesTasks, Set<Case> worksOn, Set<Case> readsCases, boolean readsHistory,
            Set<String> starts, boolean deploys, Set<Api> api) {
    }

    private static final Set<Case> ALL = EnumSet.allOf(Case.class);
    private static final Set<Case> NONE = EnumSet.noneOf(Case.class);

    /** Who may do what: the expected matrix. */
    static final Map<Role, Rights> RIGHTS = new EnumMap<>(Map.ofEntries(
            entry(Role.APPLICANT, new Rights(NONE, NONE, NONE, false, Set.of(), false, Set.of())),
            entry(Role.BRANCH, new Rights(EnumSet.of(Case.RECOMMENDATION_BEIJING), EnumSet.of(Case.RECOMMENDATION_BEIJING),
                    NONE, false, Set.of(ADMISSION), false, Set.of(Api.BRANCH_CANDIDATES))),
            entry(Role.LIAISON, new Rights(EnumSet.of(Case.REVIEW), EnumSet.of(Case.REVIEW), ALL, false, Set.of(), false,
                    Set.of())),
            entry(Role.CLERK, new Rights(Case.WITH_TASKS, EnumSet.of(Case.INFORMATION), ALL, true,
                    Set.copyOf(PROCEDURES), false, EnumSet.complementOf(EnumSet.of(Api.BRANCH_CANDIDATES, Api.METRICS,
                            Api.DATABASE_BACKUP)))),
            entry(Role.DIRECTOR, new Rights(NONE, NONE, NONE, false, Set.of(), false,
                    Set.of(Api.MINUTES_TERM_AND_ROSTER))),
            entry(Role.STANDING, new Rights(NONE, NONE, NONE, false, Set.of(), false,
                    Set.of(Api.MINUTES_TERM_AND_ROSTER))),
            entry(Role.ELECTOR, new Rights(NONE, NONE, NONE, false, Set.of(), false, Set.of())),
            entry(Role.MANAGER, new Rights(Case.WITH_TASKS, NONE, ALL, true, Set.of(), false,
                    Set.of(Api.REGISTER, Api.MINUTES_TERM_AND_ROSTER))),
            entry(Role.ADMIN, new Rights(Case.WITH_TASKS, Case.WITH_TASKS, ALL, true, Set.copyOf(PROCEDURES), true,
                    EnumSet.allOf(Api.class)))));

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;

    private final Map<Case, String> caseNumbers = new EnumMap<>(Case.class);
    private final Map<Case, String> instances = new EnumMap<>(Case.class);
    private final Map<Case, String> taskIds = new EnumMap<>(Case.class);
    private final Map<Case, String> identityNumbers = new EnumMap<>(Case.class);
    private final Map<Case, String> receiptSecrets = new EnumMap<>(Case.class);

    @BeforeAll
    void openOneCaseOfEachKind() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000_000L);
        apply(Case.RECOMMENDATION_BEIJING, "INDIVIDUAL", "branch-beijing", run);
        apply(Case.RECOMMENDATION_SHANGHAI, "INDIVIDUAL", "branch-shanghai", run);
        apply(Case.REVIEW, "INDIVIDUAL", null, run);
        apply(Case.INFORMATION, "INDIVIDUAL", null, run);
        apply(Case.FOREIGN_ON_THE_AGENDA, "FOREIGN", null, run);
        tasks.complete(taskOf(Case.INFORMATION, "UserTask_ReviewApplication"),
                Map.of("reviewDecision", "MORE_INFORMATION", "informationRequested", "A list of your patents."));
        for (Case c : Case.WITH_TASKS) {
            taskIds.put(c, taskOf(c, c.task));
        }
        assertThat(runtime.createExecutionQuery().processInstanceId(instances.get(Case.FOREIGN_ON_THE_AGENDA))
                .messageEventSubscriptionName("DecisionTaken").count()).isOne();
    }

    private void apply(Case c, String kind, String branch, String run) throws Exception {
        String name = "Matrix " + c.name().toLowerCase();
        Map<String, Object> form = ("FOREIGN".equals(kind)
                ? Applications.aForeignExpert(name).withIdentityNumber("RM" + run + c.ordinal())
                : Applications.aPerson(name)).withBranch(branch).build();
        Http.Answer receipt = Http.anonymous(port).send("POST", "/api/applications", "application/json",
                Http.JSON.writeValueAsBytes(form), Map.of("X-Forwarded-For", "203.0.113." + (c.ordinal() + 100)));
        assertThat(receipt.status()).as("%s", receipt).isEqualTo(201);
        caseNumbers.put(c, (String) receipt.object().get("caseNumber"));
        receiptSecrets.put(c, (String) receipt.object().get("secret"));
        identityNumbers.put(c, (String) form.get("identityNumber"));
        instances.put(c, runtime.createProcessInstanceQuery().processDefinitionKey(ADMISSION)
                .processInstanceBusinessKey(caseNumbers.get(c)).singleResult().getId());
    }

    private String taskOf(Case c, String taskKey) {
        Task task = tasks.createTaskQuery().processInstanceId(instances.get(c)).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("%s waits at %s", c, taskKey).isNotNull();
        return task.getId();
    }

    @AfterAll
    void closeTheCases() {
        instances.values().forEach(id -> {
            if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                runtime.deleteProcessInstance(id, "test clean-up", true, true);
            }
        });
    }

    private Http as(Role role) {
        return role == Role.APPLICANT ? Http.anonymous(port) : Http.basic(port, role.user, role.user);
    }

    /** Forbidden: 401 without an account; with one, 403, or 404 where the role may not even know the item exists. */
    private static void assertRefused(Role role, Http.Answer answer, String what) {
        if (role == Role.APPLICANT) {
            assertThat(answer.status()).as("%s without an account: %s", what, answer).isEqualTo(401);
        } else {
            assertThat(answer.status()).as("%s as %s: %s", what, role, answer).isIn(403, 404);
        }
    }

    // ---- /engine-rest: tasks

    @ParameterizedTest
    @EnumSource(Role.class)
    void theTaskListHoldsOnlyTheTasksTheRoleMaySee(Role role) throws Exception {
        Http.Answer list = as(role).get("/engine-rest/task?maxResults=10000");
        if (role == Role.APPLICANT) {
            assertRefused(role, list, "task list");
            return;
        }
        assertThat(list.status()).isEqualTo(200);
        Set<String> listed = list.list().stream().map(t -> (String) t.get("id")).collect(Collectors.toSet());
        for (Case c : Case.WITH_TASKS) {
            assertThat(listed.contains(taskIds.get(c))).as("%s lists the task of %s", role, c)
                    .isEqualTo(RIGHTS.get(role).seesTasks().contains(c));
        }
        Http.Answer counted = as(role).get("/engine-rest/task/count");
        assertThat(((Number) counted.object().get("count")).intValue()).isEqualTo(listed.size());
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void aTaskTheRoleMayNotSeeCannotBeFetchedByItsId(Role role) throws Exception {
        for (Case c : Case.WITH_TASKS) {
            Http.Answer task = as(role).get("/engine-rest/task/" + taskIds.get(c));
            Http.Answer variables = as(role).get("/engine-rest/task/" + taskIds.get(c) + "/variables");
            Http.Answer form = as(role).get("/engine-rest/task/" + taskIds.get(c) + "/form-variables");
            if (RIGHTS.get(role).seesTasks().contains(c)) {
                assertThat(task.status()).as("%s reads the task of %s: %s", role, c, task).isEqualTo(200);
                assertThat(variables.status()).as("%s reads the task variables of %s", role, c).isEqualTo(200);
                assertThat(variables.object()).containsKey("applicantName");
                assertThat(form.status()).isEqualTo(200);
            } else {
                assertRefused(role, task, "task of " + c);
                assertRefused(role, variables, "task variables of " + c);
                assertRefused(role, form, "form variables of " + c);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyTheGroupOfATaskClaimsItAndTheClaimIsInTheCallersName(Role role) throws Exception {
        for (Case c : Case.WITH_TASKS) {
            String id = taskIds.get(c);
            Http.Answer claim = as(role).post("/engine-rest/task/" + id + "/claim",
                    Map.of("userId", role.user == null ? "admin" : role.user));
            try {
                if (RIGHTS.get(role).worksOn().contains(c)) {
                    assertThat(claim.status()).as("%s claims the task of %s: %s", role, c, claim).isEqualTo(204);
                    assertThat(tasks.createTaskQuery().taskId(id).singleResult().getAssignee()).isEqualTo(role.user);
                    tasks.setAssignee(id, null);
                    if (role != Role.ADMIN) {
                        Http.Answer forAnother = as(role).post("/engine-rest/task/" + id + "/claim",
                                Map.of("userId", "director"));
                        assertThat(forAnother.status()).as("%s claims the task of %s for a director: %s", role, c,
                                forAnother).isEqualTo(403);
                        assertThat(tasks.createTaskQuery().taskId(id).singleResult().getAssignee()).isNull();
                    }
                } else {
                    assertRefused(role, claim, "claim of the task of " + c);
                    assertThat(tasks.createTaskQuery().taskId(id).singleResult().getAssignee()).isNull();
                }
            } finally {
                tasks.setAssignee(id, null);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyTheGroupOfATaskCompletesIt(Role role) throws Exception {
        for (Case c : Case.WITH_TASKS) {
            String id = taskIds.get(c);
            boolean works = RIGHTS.get(role).worksOn().contains(c);
            for (String endpoint : works ? List.of("/complete", "/submit-form") : List.of("/complete", "/submit-form", "/resolve")) {
                Http.Answer complete = as(role).post("/engine-rest/task/" + id + endpoint, Map.of("variables", Map.of()));
                if (works) {
                    assertThat(complete.status()).as("%s may complete the task of %s, but the server checks the form "
                            + "again and refuses it empty: %s", role, c, complete).isEqualTo(400);
                } else {
                    assertRefused(role, complete, endpoint + " of the task of " + c);
                }
            }
            assertThat(tasks.createTaskQuery().taskId(id).count()).as("the task of %s is still open", c).isOne();
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyAnAdministratorHandsATaskToSomeoneElseOrRewritesItsVariablesOutsideItsForm(Role role) throws Exception {
        if (role == Role.ADMIN) { // on a task of its own: what it grants (to the Council, to itself) outlives the task
            Task scratch = tasks.newTask();
            scratch.setName("Scratch task of the administrator");
            tasks.saveTask(scratch);
            tasks.addCandidateGroup(scratch.getId(), "liaison-department");
            try {
                for (Http.Answer answer : handOver(role, scratch.getId(), "admin")) {
                    assertThat(answer.status()).as("%s", answer).isEqualTo(204);
                }
            } finally {
                tasks.deleteTask(scratch.getId(), true);
            }
            return;
        }
        for (Case c : Case.WITH_TASKS) {
            String id = taskIds.get(c);
            List<Http.Answer> answers = handOver(role, id, "director");
            try {
                for (Http.Answer answer : answers) {
                    assertRefused(role, answer, "handing over or rewriting the task of " + c);
                }
                assertThat(tasks.getVariable(id, "reviewNote")).isNull();
                assertThat(tasks.createTaskQuery().taskId(id).singleResult().getAssignee()).isNull();
                assertThat(tasks.getIdentityLinksForTask(id)).noneMatch(link -> "council".equals(link.getGroupId()));
            } finally {
                tasks.removeVariable(id, "reviewNote");
                tasks.setAssignee(id, null);
            }
        }
    }

    /** Sets a variable, the assignee, a delegate and a candidate group of the task: an answer each. */
    private List<Http.Answer> handOver(Role role, String taskId, String other) throws Exception {
        return List.of(
                as(role).put("/engine-rest/task/" + taskId + "/variables/reviewNote",
                        Map.of("value", "written by " + role, "type", "String")),
                as(role).post("/engine-rest/task/" + taskId + "/assignee", Map.of("userId", other)),
                as(role).post("/engine-rest/task/" + taskId + "/delegate", Map.of("userId", other)),
                as(role).post("/engine-rest/task/" + taskId + "/identity-links",
                        Map.of("groupId", "council", "type", "candidate")));
    }

    // ---- /engine-rest: process definitions, instances, variables, history

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyTheirStartersStartTheProcedures(Role role) throws Exception {
        long before = runtime.createProcessInstanceQuery().count();
        for (String key : PROCEDURES) {
            for (String endpoint : List.of("/start", "/submit-form")) {
                Http.Answer start = as(role).post("/engine-rest/process-definition/key/" + key + endpoint,
                        Map.of("variables", Map.of()));
                if (RIGHTS.get(role).starts().contains(key)) {
                    assertThat(start.status()).as("%s may start %s, but the server refuses an empty start: %s",
                            role, key, start).isEqualTo(400);
                } else if (role == Role.APPLICANT) {
                    assertRefused(role, start, "start of " + key);
                } else {
                    assertThat(start.status()).as("start of %s as %s: %s", key, role, start).isEqualTo(403);
                }
            }
        }
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void aBranchCannotOpenASecondApplicationOfAPersonWhoseCaseItMayNotRead(Role role) throws Exception {
        if (!RIGHTS.get(role).starts().contains(ADMISSION)) {
            return;
        }
        Map<String, Object> twice = Applications.aPerson("Matrix Twice")
                .withIdentityNumber(identityNumbers.get(Case.RECOMMENDATION_SHANGHAI)).asRestVariables();
        long before = runtime.createProcessInstanceQuery().processDefinitionKey(ADMISSION).count();

        Http.Answer start = as(role).post("/engine-rest/process-definition/key/" + ADMISSION + "/start",
                Map.of("variables", twice));

        assertThat(start.status()).as("%s", start).isEqualTo(400);
        assertThat(start.body()).contains(caseNumbers.get(Case.RECOMMENDATION_SHANGHAI));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ADMISSION).count()).isEqualTo(before);
    }

    private static Map<String, Object> variable(String value) {
        return Map.of("value", value, "type", "String");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void aCasesVariablesAreReadOnlyByTheRolesThatFollowIt(Role role) throws Exception {
        for (Case c : Case.values()) {
            Http.Answer variables = as(role).get("/engine-rest/process-instance/" + instances.get(c) + "/variables");
            Http.Answer instance = as(role).get("/engine-rest/process-instance/" + instances.get(c));
            if (RIGHTS.get(role).readsCases().contains(c)) {
                assertThat(variables.status()).as("%s reads the variables of %s: %s", role, c, variables).isEqualTo(200);
                assertThat(variables.object()).containsKey("identityNumber");
                assertThat(instance.status()).isEqualTo(200);
            } else {
                assertRefused(role, variables, "variables of " + c);
                assertRefused(role, instance, "instance of " + c);
            }
        }
        Http.Answer listed = as(role).get("/engine-rest/variable-instance?processInstanceIdIn=" + allInstances());
        if (role == Role.APPLICANT) {
            assertRefused(role, listed, "variable instances");
        } else {
            assertThat(listed.status()).isEqualTo(200);
            // a task's own variables (its case's number and title, the columns of Tasklist's list; its due date as its
            // form shows it, and once overdue how late it is) come with the task: a role that sees a task but not its
            // case lists those and nothing else of the case
            List<Map<String, Object>> ofTheirCases = listed.list().stream()
                    .filter(v -> !(v.get("taskId") != null && RIGHTS.get(role).seesTasks().stream()
                            .anyMatch(c -> instances.get(c).equals(v.get("processInstanceId")))
                            && !RIGHTS.get(role).readsCases().stream()
                                    .anyMatch(c -> instances.get(c).equals(v.get("processInstanceId")))))
                    .toList();
            assertThat(listed.list()).filteredOn(v -> !ofTheirCases.contains(v))
                    .allSatisfy(v -> assertThat(v.get("name")).as("a task's own variable").isIn("caseNumber", "caseTitle",
                            "dueDateZh", "dueDateEn", "overdue", "lateBy"));
            assertThat(ofTheirCases.stream().map(v -> (String) v.get("processInstanceId")).collect(Collectors.toSet()))
                    .as("cases whose variables %s lists", role).isEqualTo(ids(RIGHTS.get(role).readsCases()));
            Http.Answer instanceList = as(role).get("/engine-rest/process-instance?processInstanceIds=" + allInstances());
            assertThat(instanceList.list().stream().map(i -> (String) i.get("id")).collect(Collectors.toSet()))
                    .isEqualTo(ids(RIGHTS.get(role).readsCases()));
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void historyIsReadOnlyByTheSecretariatManagersAndAdministrators(Role role) throws Exception {
        Set<String> expected = RIGHTS.get(role).readsHistory() ? ids(ALL) : Set.of();
        Http.Answer instanceHistory = as(role).get("/engine-rest/history/process-instance?processInstanceIds=" + allInstances());
        Http.Answer variableHistory = as(role).get("/engine-rest/history/variable-instance?processInstanceIdIn=" + allInstances());
        Http.Answer detailHistory = as(role).get("/engine-rest/history/detail?processInstanceIdIn=" + allInstances());
        Http.Answer taskHistory = as(role).get("/engine-rest/history/task?processInstanceBusinessKeyIn="
                + String.join(",", caseNumbers.values()));
        Http.Answer activityHistory = as(role).get("/engine-rest/history/activity-instance?processInstanceId="
                + instances.get(Case.REVIEW));
        if (role == Role.APPLICANT) {
            for (Http.Answer answer : List.of(instanceHistory, variableHistory, detailHistory, taskHistory, activityHistory)) {
                assertRefused(role, answer, "history");
            }
            return;
        }
        assertThat(instanceHistory.list().stream().map(i -> (String) i.get("id")).collect(Collectors.toSet()))
                .as("historic instances %s reads", role).isEqualTo(expected);
        assertThat(instancesIn(variableHistory)).as("historic variables %s reads", role).isEqualTo(expected);
        assertThat(instancesIn(detailHistory)).as("historic details %s reads", role).isEqualTo(expected);
        assertThat(instancesIn(taskHistory)).as("historic tasks %s reads", role)
                .isEqualTo(RIGHTS.get(role).readsHistory() ? ids(Case.WITH_TASKS) : Set.of());
        assertThat(activityHistory.list().isEmpty()).isEqualTo(!RIGHTS.get(role).readsHistory());
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void noAnswerCarriesAnIdentityNumberTheRoleMayNotRead(Role role) throws Exception {
        Rights rights = RIGHTS.get(role);
        List<String> answers = new ArrayList<>();
        for (String path : List.of("/engine-rest/task?maxResults=10000", "/engine-rest/variable-instance?maxResults=10000",
                "/engine-rest/history/variable-instance?maxResults=10000", "/engine-rest/history/detail?maxResults=10000",
                "/engine-rest/process-instance?maxResults=10000", "/engine-rest/history/process-instance?maxResults=10000")) {
            answers.add(as(role).get(path).body());
        }
        for (Case c : Case.values()) {
            answers.add(as(role).get("/engine-rest/process-instance/" + instances.get(c) + "/variables").body());
            if (taskIds.containsKey(c)) {
                answers.add(as(role).get("/engine-rest/task/" + taskIds.get(c) + "/variables").body());
            }
        }
        String everything = String.join("\n", answers);
        for (Case c : Case.values()) {
            boolean mayRead = rights.readsCases().contains(c) || rights.seesTasks().contains(c) || rights.readsHistory();
            if (!mayRead) {
                assertThat(everything).as("%s reads the identity number of %s", role, c)
                        .doesNotContain(identityNumbers.get(c));
            }
        }
    }

    // ---- /engine-rest: what only an administrator does

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyAnAdministratorDeploys(Role role) throws Exception {
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://chia.example/test">
                  <bpmn:process id="matrix-upload" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="StartEvent_Uploaded" />
                  </bpmn:process>
                </bpmn:definitions>
                """;
        Http.Answer deployed = Deployments.upload(as(role), "matrix-upload-" + role, "matrix-upload.bpmn", bpmn);
        if (RIGHTS.get(role).deploys()) {
            assertThat(deployed.status()).as("%s", deployed).isEqualTo(200);
            assertThat(as(role).delete("/engine-rest/deployment/" + deployed.object().get("id") + "?cascade=true")
                    .status()).isEqualTo(204);
        } else if (role == Role.APPLICANT) {
            assertRefused(role, deployed, "deployment");
        } else {
            assertThat(deployed.status()).as("deployment by %s: %s", role, deployed).isEqualTo(403);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void noRoleDecidesChangesOrDeletesACaseBehindItsTasks(Role role) throws Exception {
        String foreign = instances.get(Case.FOREIGN_ON_THE_AGENDA);
        Http.Answer decided = as(role).post("/engine-rest/message", Map.of("messageName", "DecisionTaken",
                "businessKey", caseNumbers.get(Case.FOREIGN_ON_THE_AGENDA),
                "processVariables", Map.of("decisionOutcome", variable("ADOPTED"),
                        "resolutionNumber", variable("RES-2026-9999"), "decidingBody", variable("COUNCIL"))));
        assertThat(decided.status()).as("a vote slipped in by %s: %s", role, decided).isIn(role == Role.APPLICANT
                ? new Integer[] {401} : new Integer[] {400, 403, 404});
        assertThat(runtime.createExecutionQuery().processInstanceId(foreign).messageEventSubscriptionName("DecisionTaken")
                .count()).as("the foreign case still waits for the Council").isOne();

        org.camunda.bpm.engine.runtime.Job lapse = management.createJobQuery()
                .processInstanceId(instances.get(Case.INFORMATION)).timers().singleResult();
        String lapseTimer = lapse.getId();
        assertRefused(role, as(role).post("/engine-rest/job/" + lapseTimer + "/execute", Map.of()),
                "running the 30-day lapse of an application now");
        assertRefused(role, as(role).put("/engine-rest/job/" + lapseTimer + "/duedate", Map.of("duedate",
                "2020-01-01T00:00:00.000+0000")), "moving the lapse of an application");
        assertThat(management.createJobQuery().jobId(lapseTimer).singleResult().getDuedate()).isEqualTo(lapse.getDuedate());
        assertThat(management.createJobQuery().jobId(lapseTimer).singleResult().getRetries())
                .as("a refused run uses up no retry").isEqualTo(lapse.getRetries());

        for (Case c : List.of(Case.REVIEW, Case.FOREIGN_ON_THE_AGENDA)) {
            String instance = instances.get(c);
            assertRefused(role, as(role).put("/engine-rest/process-instance/" + instance + "/variables/decisionOutcome",
                    Map.of("value", "ADOPTED", "type", "String")), "a variable of " + c);
            assertRefused(role, as(role).post("/engine-rest/process-instance/" + instance + "/variables",
                    Map.of("modifications", Map.of("decisionOutcome", variable("ADOPTED")))), "variables of " + c);
            assertRefused(role, as(role).put("/engine-rest/process-instance/" + instance + "/suspended",
                    Map.of("suspended", true)), "suspension of " + c);
            assertRefused(role, as(role).delete("/engine-rest/process-instance/" + instance), "deletion of " + c);
            assertRefused(role, as(role).post("/engine-rest/process-instance/" + instance + "/modification",
                    Map.of("instructions", List.of(Map.of("type", "startBeforeActivity",
                            "activityId", "ServiceTask_RegisterMember")))), "modification of " + c);
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).active().count())
                    .as("%s is still running", c).isOne();
            assertThat(runtime.getVariable(instance, "decisionOutcome")).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void noRoleGrantsItselfMoreRights(Role role) throws Exception {
        String self = role.user == null ? "clerk" : role.user;
        assertRefused(role, as(role).put("/engine-rest/group/camunda-admin/members/" + self, Map.of()),
                "joining camunda-admin");
        assertRefused(role, as(role).put("/engine-rest/group/secretariat/members/" + self, Map.of()),
                "joining the secretariat");
        assertRefused(role, as(role).post("/engine-rest/authorization/create", Map.of("type", 1,
                "permissions", List.of("ALL"), "userId", self, "resourceType", 8, "resourceId", "*")),
                "granting itself every process instance");
        assertRefused(role, as(role).post("/engine-rest/user/create", Map.of("profile", Map.of("id", "intruder"),
                "credentials", Map.of("password", "Intruder!2026"))), "creating a user");
        assertRefused(role, as(role).put("/engine-rest/user/admin/credentials", Map.of("password", "Taken!Over2026",
                "authenticatedUserPassword", self)), "changing the administrator's password");
        assertRefused(role, as(role).delete("/engine-rest/user/admin"), "deleting the administrator");
        if (role != Role.APPLICANT) {
            assertThat(as(role).get("/engine-rest/authorization").list()).as("authorizations %s may read", role).isEmpty();
        }
    }

    // ---- Tasklist's own REST API, with the webapp's session and CSRF token

    @ParameterizedTest
    @EnumSource(Role.class)
    void inTasklistEachRoleListsClaimsAndCompletesOnlyItsOwnTasks(Role role) throws Exception {
        String api = "/camunda/api/engine/engine/default";
        if (role == Role.APPLICANT) {
            assertRefused(role, Http.anonymous(port).get(api + "/task"), "Tasklist's task list");
            return;
        }
        int[] login = new int[1];
        Http tasklist = Http.webapp(port, role.user, role.user, "tasklist", login);
        if (role == Role.MANAGER) {
            assertThat(login[0]).as("managers watch Cockpit, they do not work in Tasklist").isEqualTo(403);
            assertThat(tasklist.get(api + "/task").status()).isEqualTo(401);
            return;
        }
        assertThat(login[0]).as("%s logs into Tasklist", role).isEqualTo(200);
        Rights rights = RIGHTS.get(role);
        Set<String> listed = tasklist.post(api + "/task?maxResults=10000", Map.of()).list().stream()
                .map(t -> (String) t.get("id")).collect(Collectors.toSet());
        for (Case c : Case.WITH_TASKS) {
            String id = taskIds.get(c);
            assertThat(listed.contains(id)).as("%s lists the task of %s in Tasklist", role, c)
                    .isEqualTo(rights.seesTasks().contains(c));
            Http.Answer variables = tasklist.get(api + "/task/" + id + "/form-variables");
            Http.Answer claim = tasklist.post(api + "/task/" + id + "/claim", Map.of("userId", role.user));
            Http.Answer complete = tasklist.post(api + "/task/" + id + "/submit-form", Map.of("variables", Map.of()));
            try {
                if (rights.seesTasks().contains(c)) {
                    assertThat(variables.status()).isEqualTo(200);
                } else {
                    assertRefused(role, variables, "Tasklist's form of the task of " + c);
                }
                if (rights.worksOn().contains(c)) {
                    assertThat(claim.status()).as("%s claims in Tasklist: %s", role, claim).isEqualTo(204);
                    assertThat(complete.status()).as("%s submits an empty form, which the server checks again: %s",
                            role, complete).isEqualTo(400);
                } else {
                    assertRefused(role, claim, "Tasklist's claim of the task of " + c);
                    assertRefused(role, complete, "Tasklist's completion of the task of " + c);
                }
            } finally {
                tasks.setAssignee(id, null);
            }
            assertThat(tasks.createTaskQuery().taskId(id).count()).isOne();
        }
    }

    // ---- the application's own API

    @ParameterizedTest
    @EnumSource(Role.class)
    void theApplicationsOwnApiAnswersEachRoleAsTheTableSays(Role role) throws Exception {
        Http client = as(role);
        String someCase = caseNumbers.get(Case.REVIEW);
        Map<Api, List<Http.Answer>> answers = new EnumMap<>(Api.class);
        answers.put(Api.REGISTER, List.of(client.get("/api/members"), client.get("/api/members.csv"),
                client.get("/api/cases/" + someCase + "/notifications"), client.get("/api/members/CHIA-1999-000001"),
                client.get("/api/dashboard"), client.get("/api/members/CHIA-1999-000001/certificate")));
        answers.put(Api.MINUTES_TERM_AND_ROSTER, List.of(client.get("/api/terms"), client.get("/api/directors"),
                client.get("/api/bodies"),
                client.get("/api/meetings/MTG-1999-0001/minutes"), client.get("/api/meetings"),
                client.get("/api/meetings?body=COUNCIL&year=2026"), client.get("/api/bodies/COUNCIL/roster"),
                client.get("/api/bodies/NO_SUCH_BODY/roster"), client.get("/api/assembly/matters"),
                client.get("/api/meetings/MTG-1999-0001/minutes?format=pdf"), client.get("/api/resolutions/RES-1999-0001"),
                client.get("/api/resolutions/RES-1999-0001?format=pdf"), client.get("/api/reports/annual/2025"),
                client.get("/api/reports/annual/2025?format=xlsx")));
        answers.put(Api.SECRETARIAT_RECORDS, List.of(
                client.post("/api/filings/TRM-1999-0001/reply", Map.of("answer", "APPROVED")),
                client.post("/api/members/CHIA-1999-000001/dues", Map.of("date", "2026-01-01")),
                client.post("/api/members/CHIA-1999-000001/participation", Map.of("date", "2026-01-01")),
                client.post("/api/members/CHIA-1999-000001/card-secret", Map.of()),
                client.post("/api/members/CHIA-1999-000001/reasons", Map.of("reason", "ILLNESS")),
                client.get("/api/members/CHIA-1999-000001/reasons"),
                client.put("/api/bodies/NO_SUCH_BODY/roster", Map.of("basis", "x", "members", List.of()))));
        answers.put(Api.BRANCH_CANDIDATES, List.of(client.get("/api/branches/mine/candidates")));
        answers.put(Api.METRICS, List.of(client.get("/actuator/prometheus"), client.get("/actuator")));
        answers.put(Api.DATABASE_BACKUP, List.of(client.post("/api/database/backup", Map.of())));
        answers.forEach((api, results) -> results.forEach(answer -> {
            if (RIGHTS.get(role).api().contains(api) && api == Api.DATABASE_BACKUP) {
                // the tests' database, in memory or PostgreSQL, is none the endpoint backs up (BackupRestoreIT)
                assertThat(answer.status()).as("%s backs up the database: %s", role, answer).isEqualTo(409);
            } else if (RIGHTS.get(role).api().contains(api)) {
                assertThat(answer.status()).as("%s uses %s: %s", role, api, answer).isIn(200, 404);
            } else if (role == Role.APPLICANT) {
                assertThat(answer.status()).as("%s without an account: %s", api, answer).isEqualTo(401);
            } else {
                assertThat(answer.status()).as("%s uses %s: %s", role, api, answer).isEqualTo(403);
            }
        }));
        // who the caller is, and which of the pages they may read: as the table says
        Http.Answer me = client.get("/api/me");
        // one's own mail about tasks: every account reads and sets its own, nobody else's (no user id in the path)
        Http.Answer taskMail = client.get("/api/me/task-mail");
        Http.Answer taskMailOn = client.put("/api/me/task-mail", Map.of("enabled", true));
        if (role == Role.APPLICANT) {
            assertThat(taskMail.status()).isEqualTo(401);
            assertThat(taskMailOn.status()).isEqualTo(401);
        } else {
            assertThat(taskMail.status()).as("%s reads its task mail: %s", role, taskMail).isEqualTo(200);
            assertThat(taskMailOn.object()).as("%s sets its task mail", role).containsEntry("enabled", true);
        }
        if (role == Role.APPLICANT) {
            assertThat(me.status()).isEqualTo(401);
        } else {
            assertThat(me.object()).containsEntry("userId", role.user)
                    .containsEntry("readsMeetings", RIGHTS.get(role).api().contains(Api.MINUTES_TERM_AND_ROSTER))
                    .containsEntry("readsMemberRegister", RIGHTS.get(role).api().contains(Api.REGISTER));
        }
        // public: the health checks a load balancer asks, whoever asks
        for (String check : List.of("/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness")) {
            assertThat(client.get(check).status()).as("%s asks %s", role, check).isEqualTo(200);
        }
        // public: the branches, and an application's status only with its receipt secret, whoever asks
        assertThat(client.get("/api/applications/branches").status()).isEqualTo(200);
        for (Case c : Case.values()) {
            assertThat(client.get("/api/applications/" + caseNumbers.get(c)).status()).as("status of %s without its secret", c)
                    .isEqualTo(404);
            assertThat(client.send("GET", "/api/applications/" + caseNumbers.get(c), null, null,
                    Map.of("X-Receipt-Secret", receiptSecrets.get(otherThan(c)))).status())
                    .as("status of %s with another case's secret", c).isEqualTo(404);
        }
        assertThat(client.send("GET", "/api/applications/" + someCase, null, null,
                Map.of("X-Receipt-Secret", receiptSecrets.get(Case.REVIEW))).status()).isEqualTo(200);
        // public: one's own data, only with the receipt secret of that very case or the card secret, whoever asks
        for (Case c : Case.values()) {
            assertThat(client.send("GET", "/api/applications/" + caseNumbers.get(c) + "/personal-data", null, null,
                    Map.of("X-Receipt-Secret", receiptSecrets.get(otherThan(c)))).status())
                    .as("personal data of %s with another case's secret", c).isEqualTo(404);
        }
        Http.Answer ownData = client.send("GET", "/api/applications/" + someCase + "/personal-data", null, null,
                Map.of("X-Receipt-Secret", receiptSecrets.get(Case.REVIEW)));
        assertThat(ownData.status()).isEqualTo(200);
        assertThat(ownData.body()).contains("\"caseNumber\":\"" + someCase + "\"");
        assertThat(client.send("GET", "/api/personal-data/CHIA-1999-999999", null, null,
                Map.of("X-Card-Secret", "AAAA-AAAA-AAAA")).status()).as("a member's data without the card secret").isEqualTo(404);
        // public: asking for a new receipt secret, answered alike whoever asks, whatever the case and address
        assertThat(client.send("POST", "/api/applications/" + someCase + "/new-secret", "application/json",
                "{\"email\":\"someone@example.org\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of())
                .status()).isEqualTo(202);
    }

    private static Case otherThan(Case c) {
        return Case.values()[(c.ordinal() + 1) % Case.values().length];
    }

    @Test
    void everyEndpointOfTheApplicationsApiButThePublicOnesRequiresAnAccount() throws Exception {
        Http anonymous = Http.anonymous(port);
        Map<String, Object> paths = anonymous.get("/v3/api-docs").object();
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> operations = (Map<String, Map<String, Object>>) paths.get("paths");
        assertThat(operations).isNotEmpty();
        List<String> checked = new ArrayList<>();
        operations.forEach((template, methods) -> methods.keySet().forEach(method -> {
            String path = template.replaceAll("\\{[^}]+}", "X-1");
            boolean isPublic = RestAuthentication.PUBLIC_PREFIXES.stream()
                    .anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
            if (isPublic) {
                return;
            }
            try {
                Http.Answer answer = anonymous.send(method.toUpperCase(), path, "application/json", "{}");
                assertThat(answer.status()).as("%s %s without an account: %s", method, template, answer).isEqualTo(401);
                checked.add(method + " " + template);
            } catch (Exception failed) {
                throw new AssertionError(failed);
            }
        }));
        assertThat(checked).contains("get /api/members", "post /api/members/{number}/card-secret", "get /api/bodies",
                "get /api/bodies/{body}/roster", "put /api/bodies/{body}/roster");
        for (String sneaky : List.of("/api/applications/../members", "/api/applications/%2e%2e/members",
                "/api/applications;x=1/../members", "/api/withdrawals/../members.csv", "/api/personal-data/../members",
                "/api/personal-data/%2e%2e/members")) {
            assertThat(anonymous.get(sneaky).status()).as(sneaky).isIn(400, 401, 404);
            assertThat(anonymous.get(sneaky).body()).as(sneaky).doesNotContain("membershipNumber");
        }
    }

    // ---- helpers

    private String allInstances() {
        return String.join(",", instances.values());
    }

    private Set<String> ids(Set<Case> cases) {
        return cases.stream().map(instances::get).collect(Collectors.toSet());
    }

    private static Set<String> instancesIn(Http.Answer list) {
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        return list.list().stream().map(v -> (String) v.get("processInstanceId")).collect(Collectors.toSet());
    }

}
