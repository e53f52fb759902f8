package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.GovernanceTest;

/**
 * The engine's own guards, whatever the door: no expression from a request is evaluated, not even inside an
 * or-query or a filter's extending query; a stored filter uses only the current user and their groups; an
 * expression, even in a deployed model, cannot reach reflection; a person sends values, not objects to be
 * deserialized; the webapps' plugin API answers only those who may open that webapp.
 */
@GovernanceTest
class EngineGuardsIT {

    /** An expression that would leave a trace if it ran. */
    private static final String PLANTED = "${''.getClass().forName('java.lang.System').setProperty('chia.planted','yes')}";

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    FilterService filters;
    @Autowired
    TaskService tasks;

    @ParameterizedTest
    @ValueSource(strings = {"clerk", "manager", "branch", "admin"})
    void noExpressionInAnOrQueryIsEvaluatedForAnyone(String user) throws Exception {
        for (String expression : List.of("${currentUser()}", PLANTED)) {
            Map<String, Object> query = Map.of("orQueries", List.of(Map.of("assigneeExpression", expression)));
            Http.Answer byRest = Http.basic(port, user, user).post("/engine-rest/task", query);
            Http.Answer counted = Http.basic(port, user, user).post("/engine-rest/task/count", query);
            Http.Answer byWebapp = tasklist(user).post("/camunda/api/engine/engine/default/task", query);
            for (Http.Answer answer : List.of(byRest, counted, byWebapp)) {
                assertThat(answer.status()).as("%s: %s", user, answer).isEqualTo(400);
                assertThat(answer.body()).contains("A query may not contain expressions.", "查询中不得包含表达式");
            }
        }
        assertThat(System.getProperty("chia.planted")).isNull();
    }

    @Test
    void noExpressionExtendsAFilterWhenItIsExecuted() throws Exception {
        String filterId = filters.createFilterQuery().list().stream()
                .filter(filter -> filter.getName().contains("Secretariat — every open task")).map(Filter::getId)
                .findFirst().orElseThrow();
        Http clerk = Http.basic(port, "clerk", "clerk");
        assertThat(clerk.post("/engine-rest/filter/" + filterId + "/list", Map.of()).status())
                .as("the clerk reads the filter").isEqualTo(200);
        for (Map<String, Object> extending : List.of(Map.<String, Object>of("assigneeExpression", PLANTED),
                Map.<String, Object>of("orQueries", List.of(Map.of("candidateGroupExpression", PLANTED))))) {
            for (String operation : List.of("/list", "/count", "/singleResult")) {
                Http.Answer answer = clerk.post("/engine-rest/filter/" + filterId + operation, extending);
                assertThat(answer.status()).as("%s %s: %s", operation, extending, answer).isEqualTo(400);
            }
        }
        assertThat(System.getProperty("chia.planted")).isNull();
    }

    @Test
    void aStoredFilterUsesOnlyTheCurrentUserAndTheirGroups() throws Exception {
        Http admin = Http.basic(port, "admin", "admin");
        Http.Answer planted = admin.post("/engine-rest/filter/create", Map.of("resourceType", "Task", "name", "Planted",
                "query", Map.of("assigneeExpression", PLANTED)));
        assertThat(planted.status()).as("%s", planted).isEqualTo(400);
        assertThat(planted.body()).contains("${currentUser()}", "${currentUserGroups()}");
        Http.Answer hidden = admin.post("/engine-rest/filter/create", Map.of("resourceType", "Task", "name", "Hidden",
                "query", Map.of("orQueries", List.of(Map.of("candidateUserExpression", "${execution}")))));
        assertThat(hidden.status()).as("%s", hidden).isEqualTo(400);
        Http.Answer deeper = admin.post("/engine-rest/filter/create", Map.of("resourceType", "Task", "name", "Hidden",
                "query", Map.of("orQueries", List.of(Map.of("orQueries",
                        List.of(Map.of("candidateUserExpression", "${execution}")))))));
        assertThat(deeper.status()).as("%s", deeper).isEqualTo(400);
        assertThat(filters.createFilterQuery().filterName("Planted").count()
                + filters.createFilterQuery().filterName("Hidden").count()).isZero();

        Http.Answer mine = admin.post("/engine-rest/filter/create", Map.of("resourceType", "Task", "name", "Mine",
                "query", Map.of("assigneeExpression", "${currentUser()}",
                        "orQueries", List.of(Map.of("candidateGroupsExpression", "${currentUserGroups()}")))));
        assertThat(mine.status()).as("%s", mine).isEqualTo(200);
        filters.deleteFilter((String) mine.object().get("id"));
    }

    @Test
    void anExpressionInADeployedModelCannotReachReflection() {
        String deployment = repository.createDeployment().addModelInstance("reflection.bpmn", process(
                "reflection", PLANTED)).deploy().getId();
        String fine = repository.createDeployment().addModelInstance("fine.bpmn", process(
                "fine", "${execution.setVariable('caseNumber', execution.processBusinessKey)}")).deploy().getId();
        try {
            assertThatThrownBy(() -> runtime.startProcessInstanceByKey("reflection"))
                    .isInstanceOf(ProcessEngineException.class).hasMessageContaining("may not use reflection");
            assertThat(System.getProperty("chia.planted")).isNull();
            for (String expression : List.of("${execution.class.classLoader}", "${execution.getClass()}",
                    "${'x'.getClass().getMethods()}")) {
                String id = repository.createDeployment().addModelInstance("probe.bpmn", process("probe", expression))
                        .deploy().getId();
                try {
                    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("probe")).as(expression)
                            .hasMessageContaining("may not use reflection");
                } finally {
                    repository.deleteDeployment(id, true);
                }
            }
            assertThat(runtime.getVariable(runtime.startProcessInstanceByKey("fine", "FINE-1").getId(), "caseNumber"))
                    .as("ordinary expressions work as before").isEqualTo("FINE-1");
        } finally {
            repository.deleteDeployment(deployment, true);
            repository.deleteDeployment(fine, true);
        }
    }

    /**
     * The engine-wide task listeners (the case's history on each task, the due date and its mail) take a user task
     * without a form as well: a model of another hand (the benchmark's bare process) runs to its end.
     */
    @Test
    void aUserTaskWithoutAFormIsCompletedAndHasItsDueDate() {
        String deployment = repository.createDeployment().addModelInstance("plain.bpmn", process("plain", "${true}"))
                .deploy().getId();
        try {
            String instance = runtime.startProcessInstanceByKey("plain", "PLAIN-1").getId();
            Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
            assertThat(task.getDueDate()).as("the settings' due date for other tasks").isNotNull();
            tasks.complete(task.getId());
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    @Test
    void aBpmnErrorThatNothingCatchesFailsInsteadOfEndingTheCase() {
        String deployment = repository.createDeployment().addModelInstance("uncaught.bpmn", process(
                "uncaught", "${true}")).deploy().getId();
        try {
            String instance = runtime.startProcessInstanceByKey("uncaught").getId();
            String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
            assertThatThrownBy(() -> tasks.handleBpmnError(task, "NOBODY_CATCHES"))
                    .isInstanceOf(ProcessEngineException.class).hasMessageContaining("NOBODY_CATCHES");
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count())
                    .as("the case still runs, its task still open").isOne();
            assertThat(tasks.createTaskQuery().taskId(task).count()).isOne();
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    @Test
    void aPersonSendsValuesNotObjectsToDeserialize() throws Exception {
        Map<String, Object> object = Map.of("type", "Object", "value", "[]", "valueInfo",
                Map.of("objectTypeName", "java.util.ArrayList", "serializationDataFormat", "application/json"));
        long meetings = runtime.createProcessInstanceQuery().processDefinitionKey("governance-meeting").count();
        for (String operation : List.of("/start", "/submit-form")) {
            Http.Answer answer = Http.basic(port, "clerk", "clerk").post(
                    "/engine-rest/process-definition/key/governance-meeting" + operation,
                    Map.of("variables", Map.of("body", object)));
            assertThat(answer.status()).as("%s: %s", operation, answer).isEqualTo(400);
            assertThat(answer.body()).contains("not an object", "不能是对象");
        }
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("governance-meeting").count())
                .isEqualTo(meetings);
        // a JSON tree names no class: it passes this guard and meets the form's own check (body is text)
        Http.Answer json = Http.basic(port, "clerk", "clerk").post("/engine-rest/process-definition/key/governance-meeting/start",
                Map.of("variables", Map.of("body", Map.of("type", "Json", "value", "[\"COUNCIL\"]"))));
        assertThat(json.status()).as("%s", json).isEqualTo(400);
        assertThat(json.body()).doesNotContain("不能是对象");
    }

    @Test
    void cockpitsPluginsAnswerOnlyThoseWhoMayOpenCockpit() throws Exception {
        String statistics = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";
        assertThat(Http.anonymous(port).get(statistics).status()).isEqualTo(401);
        assertThat(Http.anonymous(port).get("/camunda/api/cockpit/plugin/cockpitPlugins/static/app/plugin.js").status())
                .as("the plugins' scripts, which the login page loads").isEqualTo(200);
        for (String user : List.of("branch", "liaison", "director")) {
            Http.Answer answer = tasklist(user).get(statistics);
            assertThat(answer.status()).as("%s: %s", user, answer).isEqualTo(403);
            assertThat(answer.body()).contains("Only those who may open this webapp may call its plugins.");
        }
        for (String user : List.of("manager", "clerk", "admin")) {
            int[] login = new int[1];
            Http.Answer answer = Http.webapp(port, user, user, "cockpit", login).get(statistics);
            assertThat(answer.status()).as("%s: %s", user, answer).isEqualTo(200);
        }
    }

    @Test
    void aPersonChecksOnlyTheirOwnPassword() throws Exception {
        Http clerk = Http.basic(port, "clerk", "clerk");
        Http.Answer others = clerk.post("/engine-rest/identity/verify", Map.of("username", "admin", "password", "admin"));
        assertThat(others.status()).as("a password oracle for other accounts: %s", others).isEqualTo(403);
        Http.Answer own = clerk.post("/engine-rest/identity/verify", Map.of("username", "clerk", "password", "clerk"));
        assertThat(own.status()).as("%s", own).isEqualTo(200);
        assertThat(own.object()).containsEntry("authenticated", true);
    }

    @Test
    void aPersonChangesTheirOwnPasswordButNoOneElses() throws Exception {
        Http liaison = tasklist("liaison");
        Http.Answer others = liaison.put("/camunda/api/engine/engine/default/user/clerk/credentials",
                Map.of("password", "taken-over", "authenticatedUserPassword", "liaison"));
        assertThat(others.status()).as("%s", others).isIn(403, 404);
        Http.Answer own = liaison.put("/camunda/api/engine/engine/default/user/liaison/credentials",
                Map.of("password", "liaison-new", "authenticatedUserPassword", "liaison"));
        assertThat(own.status()).as("%s", own).isEqualTo(204);
        try {
            assertThat(Http.basic(port, "liaison", "liaison-new").get("/engine-rest/task/count").status()).isEqualTo(200);
        } finally {
            Http.basic(port, "liaison", "liaison-new").put("/engine-rest/user/liaison/credentials",
                    Map.of("password", "liaison", "authenticatedUserPassword", "liaison-new"));
        }
        assertThat(Http.basic(port, "clerk", "clerk").get("/engine-rest/task/count").status()).isEqualTo(200);
    }

    private Http tasklist(String user) throws Exception {
        int[] login = new int[1];
        Http browser = Http.webapp(port, user, user, user.equals("manager") ? "cockpit" : "tasklist", login);
        assertThat(login[0]).as("%s logs in", user).isEqualTo(200);
        return browser;
    }

    private static BpmnModelInstance process(String key, String expression) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent().serviceTask().camundaExpression(expression).userTask("UserTask_Wait").endEvent().done();
    }
}
