package cn.chia.governance.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.chia.governance.Clerks;
import cn.chia.governance.Clerks.Answer;
import cn.chia.governance.GovernanceTest;
import cn.chia.governance.identity.Roles;

/**
 * Upgrading processes and forms (docs/operations.md): a changed BPMN or form deploys as a new version of the process;
 * a case goes on with the version it started on and is held to that version's forms, in Tasklist and in the server's
 * check of what is submitted, while a new case gets the new ones; an administrator moves a case to the new version with
 * Camunda's migration API through /engine-rest, and nobody else can, through REST or the Java API.
 * <p>
 * The versions are test-only models under a process key of each test's own ("rehearsal-…"), deployed as the application
 * deploys processes/ and forms/ at start-up: one deployment of every file, the starter's duplicate filtering. They are
 * removed, with their cases, after the class.
 */
@GovernanceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessUpgradesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String FACTS_TASK = "UserTask_RecordFacts";
    static final String CONFIRM_TASK = "UserTask_ConfirmFacts";
    static final String STATEMENT_TASK = "UserTask_RecordStatement";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    IdentityService identity;

    private final Set<String> deployments = new HashSet<>();

    @AfterAll
    void removeTheRehearsals() {
        deployments.forEach(id -> repository.deleteDeployment(id, true));
    }

    // ---- what the application deploys

    @Test
    void theApplicationDeploysEveryProcessWithEveryFormInOneDeployment() throws IOException {
        // binding "deployment" finds a task's form in the deployment of its process definition: every form must be there
        List<String> formFiles;
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            formFiles = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".form")).toList();
        }
        for (Path bpmn : DeployedModelsIT.bpmnFiles()) {
            String key = bpmn.getFileName().toString().replace(".bpmn", "");
            ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .latestVersion().singleResult();
            List<String> names = repository.getDeploymentResources(latest.getDeploymentId()).stream()
                    .map(Resource::getName).map(name -> name.substring(name.replace('\\', '/').lastIndexOf('/') + 1))
                    .toList();
            assertThat(names).as("the deployment of " + key).containsAll(formFiles).contains(key + ".bpmn");
        }
        // the starter's duplicate filtering compares the whole deployment: one changed file redeploys every file
        assertThat(((SpringProcessEngineConfiguration) engine.getProcessEngineConfiguration()).isDeployChangedOnly())
                .as("camunda.bpm deploy-changed-only").isFalse();
    }

    @Test
    void aChangedFormAloneDeploysANewVersionOfEveryProcessAndUnchangedFilesDeployNothing() {
        Rehearsal rehearsal = new Rehearsal();
        Deployment first = rehearsal.deploy(rehearsal.version1(), factsForm(false));
        ProcessDefinition v1 = rehearsal.latest();
        rehearsal.deploy(rehearsal.version1(), factsForm(false));
        assertThat(repository.createDeploymentQuery().deploymentName(rehearsal.key).list())
                .as("a restart, nothing changed").extracting(Deployment::getId).containsExactly(first.getId());
        assertThat(rehearsal.latest().getId()).isEqualTo(v1.getId());

        ProcessInstance before = rehearsal.open();
        Deployment second = rehearsal.deploy(rehearsal.version1(), factsForm(true));

        ProcessDefinition v2 = rehearsal.latest();
        assertThat(v2.getVersion()).as("the unchanged BPMN deployed again with the changed form").isEqualTo(2);
        assertThat(v2.getDeploymentId()).isEqualTo(second.getId());
        assertThat(repository.getDeploymentResources(second.getId())).extracting(Resource::getName)
                .containsExactlyInAnyOrderElementsOf(Stream.concat(Stream.of(rehearsal.key + ".bpmn"),
                        rehearsal.files(factsForm(true)).keySet().stream()).toList());
        assertThat(definitionOf(before)).isEqualTo(v1.getId());
        assertThat(inputsOfDeployedForm(taskOf(before))).containsExactly("facts", "oldNote");
        assertThat(inputsOfDeployedForm(taskOf(rehearsal.open()))).containsExactly("facts", "reference");
    }

    // ---- a case keeps its version

    @Test
    void aCaseStartedBeforeAnUpgradeGoesOnWithItsOwnProcessAndFormsAndANewCaseGetsTheNewOnes() throws IOException {
        Rehearsal rehearsal = new Rehearsal();
        rehearsal.deploy(rehearsal.version1(), factsForm(false));
        ProcessInstance old = rehearsal.open();
        rehearsal.deploy(rehearsal.version2(), factsForm(true));
        ProcessInstance recent = rehearsal.open();

        assertThat(versionOf(old)).isEqualTo(1);
        assertThat(versionOf(recent)).isEqualTo(2);
        // the form as Tasklist fetches it, through REST and through the Java API
        assertThat(inputsOfDeployedForm(taskOf(old))).containsExactly("facts", "oldNote");
        assertThat(inputsOfDeployedForm(taskOf(recent))).containsExactly("facts", "reference");
        try (InputStream form = forms.getDeployedTaskForm(taskOf(old))) {
            assertThat(JSON.readTree(form).findValuesAsText("key")).containsExactly("facts", "oldNote");
        }

        // each case runs its own version of the process: the old one ends after the facts, the new one asks to confirm
        assertThat(clerks().complete("clerk", taskOf(old), Map.of("facts", "会员未缴纳会费", "oldNote", "旧表单的备注"))
                .status()).isEqualTo(204);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(old.getId()).count()).as("old case ended").isZero();
        clerks().complete("clerk", taskOf(recent), Map.of("facts", "会员未缴纳会费", "reference", "REF-1")).ok();
        assertThat(tasks.createTaskQuery().processInstanceId(recent.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo(CONFIRM_TASK);
    }

    @Test
    void theServerChecksWhatIsSubmittedAgainstTheFormOfTheCasesOwnVersion() {
        Rehearsal rehearsal = new Rehearsal();
        rehearsal.deploy(rehearsal.version1(), factsForm(false));
        ProcessInstance old = rehearsal.open();
        rehearsal.deploy(rehearsal.version2(), factsForm(true));
        ProcessInstance recent = rehearsal.open();

        // the new form dropped oldNote and requires reference: the old case's form has oldNote and no reference
        Answer refused = clerks().complete("clerk", taskOf(recent), Map.of("facts", "会员未缴纳会费", "oldNote", "备注"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("oldNote").contains("reference");
        assertThat(clerks().complete("clerk", taskOf(old), Map.of("facts", "会员未缴纳会费", "oldNote", "备注")).status())
                .isEqualTo(204);

        // and the other way round: what the new form has is not a field of the old one
        ProcessInstance another = rehearsalCaseOnVersion(rehearsal, 1);
        Answer notOnTheOldForm = clerks().complete("clerk", taskOf(another), Map.of("facts", "会员未缴纳会费", "reference", "REF-2"));
        assertThat(notOnTheOldForm.status()).isEqualTo(400);
        assertThat(notOnTheOldForm.body()).contains("reference").doesNotContain("oldNote");
        // the old form's own rules hold too: facts is required there
        assertThat(clerks().complete("clerk", taskOf(another), Map.of("oldNote", "备注")).body()).contains("facts");
    }

    @Test
    void aStartFormIsCheckedAsTheVersionStartedDefinesIt() {
        Rehearsal rehearsal = new Rehearsal();
        rehearsal.deploy(rehearsal.version1(), factsForm(false));
        ProcessDefinition v1 = rehearsal.latest();
        rehearsal.deploy(rehearsal.version2(), factsForm(true));

        Map<String, Object> subjectOnly = Map.of("variables", Clerks.variables(Map.of("subject", "会费")));
        // the new start form asks for a reference as well; the old one does not know it
        Answer newest = clerks().post("admin", "/engine-rest/process-definition/key/" + rehearsal.key + "/submit-form",
                subjectOnly);
        assertThat(newest.status()).isEqualTo(400);
        assertThat(newest.body()).contains("reference");
        clerks().post("admin", "/engine-rest/process-definition/" + v1.getId() + "/submit-form", subjectOnly).ok();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionId(v1.getId()).count()).isEqualTo(1);
    }

    // ---- moving cases: the administrator's migration

    @Test
    void anAdministratorMigratesARunningCaseToTheNewVersionThroughEngineRest() throws IOException {
        Rehearsal rehearsal = new Rehearsal();
        rehearsal.deploy(rehearsal.version1(), factsForm(false));
        ProcessDefinition v1 = rehearsal.latest();
        ProcessInstance old = rehearsal.open();
        rehearsal.deploy(rehearsal.version2(), factsForm(true));
        ProcessDefinition v2 = rehearsal.latest();

        // the documented commands: generate the plan, validate it, execute it for the cases to move
        Map<String, Object> plan = clerks().post("admin", "/engine-rest/migration/generate", Map.of(
                "sourceProcessDefinitionId", v1.getId(), "targetProcessDefinitionId", v2.getId(),
                "updateEventTriggers", true)).ok().json();
        assertThat(plan.get("instructions").toString()).contains(FACTS_TASK);
        Map<String, Object> report = clerks().post("admin", "/engine-rest/migration/validate", plan).ok().json();
        assertThat((List<?>) report.get("instructionReports")).isEmpty();
        clerks().post("admin", "/engine-rest/migration/execute", Map.of("migrationPlan", plan,
                "processInstanceIds", List.of(old.getId()))).ok();

        assertThat(definitionOf(old)).isEqualTo(v2.getId());
        String task = taskOf(old);
        assertThat(inputsOfDeployedForm(task)).as("the migrated case shows the new form").containsExactly("facts", "reference");
        assertThat(clerks().complete("clerk", task, Map.of("facts", "会员未缴纳会费", "oldNote", "备注")).status())
                .as("and is checked against it").isEqualTo(400);
        clerks().complete("clerk", task, Map.of("facts", "会员未缴纳会费", "reference", "REF-3")).ok();
        assertThat(tasks.createTaskQuery().processInstanceId(old.getId()).singleResult().getTaskDefinitionKey())
                .as("the case goes on with the new version's steps").isEqualTo(CONFIRM_TASK);
    }

    @Test
    void aRenamedStepNeedsAnInstructionOfItsOwnAndANewRequiredVariableAValue() {
        Rehearsal rehearsal = new Rehearsal();
        rehearsal.deploy(rehearsal.version1(), factsForm(false));
        ProcessDefinition v1 = rehearsal.latest();
        ProcessInstance old = rehearsal.open();
        rehearsal.deploy(rehearsal.renamed(), factsForm(true));
        ProcessDefinition renamed = rehearsal.latest();

        Map<String, Object> generated = clerks().post("admin", "/engine-rest/migration/generate", Map.of(
                "sourceProcessDefinitionId", v1.getId(), "targetProcessDefinitionId", renamed.getId())).ok().json();
        assertThat(generated.get("instructions").toString()).doesNotContain(FACTS_TASK);
        Answer unmapped = clerks().post("admin", "/engine-rest/migration/execute", Map.of("migrationPlan", generated,
                "processInstanceIds", List.of(old.getId())));
        assertThat(unmapped.status()).isEqualTo(400);
        assertThat(unmapped.body()).contains(FACTS_TASK);
        assertThat(definitionOf(old)).as("nothing moved").isEqualTo(v1.getId());

        Map<String, Object> plan = new LinkedHashMap<>(generated);
        plan.put("instructions", List.of(Map.of("sourceActivityIds", List.of(FACTS_TASK),
                "targetActivityIds", List.of(STATEMENT_TASK))));
        plan.put("variables", Map.of("reference", Map.of("value", "迁移前立案", "type", "String")));
        clerks().post("admin", "/engine-rest/migration/execute", Map.of("migrationPlan", plan,
                "processInstanceIds", List.of(old.getId()))).ok();
        assertThat(definitionOf(old)).isEqualTo(renamed.getId());
        assertThat(tasks.createTaskQuery().processInstanceId(old.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo(STATEMENT_TASK);
        assertThat(runtime.getVariable(old.getId(), "reference")).isEqualTo("迁移前立案");
    }

    @Test
    void nobodyButAnAdministratorMigratesACaseThroughRestOrTheJavaApi() {
        Rehearsal rehearsal = new Rehearsal();
        rehearsal.deploy(rehearsal.version1(), factsForm(false));
        ProcessDefinition v1 = rehearsal.latest();
        ProcessInstance old = rehearsal.open();
        rehearsal.deploy(rehearsal.version2(), factsForm(true));
        ProcessDefinition v2 = rehearsal.latest();
        Map<String, Object> plan = clerks().post("admin", "/engine-rest/migration/generate", Map.of(
                "sourceProcessDefinitionId", v1.getId(), "targetProcessDefinitionId", v2.getId())).ok().json();

        for (String user : List.of("clerk", "manager", "liaison", "director")) {
            assertThat(clerks().post(user, "/engine-rest/migration/generate", Map.of("sourceProcessDefinitionId",
                    v1.getId(), "targetProcessDefinitionId", v2.getId())).status()).as(user + " generates").isEqualTo(403);
            for (String execute : List.of("/engine-rest/migration/execute", "/engine-rest/migration/executeAsync")) {
                assertThat(clerks().post(user, execute, Map.of("migrationPlan", plan,
                        "processInstanceIds", List.of(old.getId()))).status()).as(user + " " + execute).isEqualTo(403);
            }
        }
        assertThat(clerks().post(null, "/engine-rest/migration/execute", Map.of("migrationPlan", plan,
                "processInstanceIds", List.of(old.getId()))).status()).as("anonymous").isEqualTo(401);

        MigrationPlan javaPlan = runtime.createMigrationPlan(v1.getId(), v2.getId()).mapEqualActivities().build();
        identity.setAuthentication("clerk", List.of(Roles.SECRETARIAT));
        try {
            assertThatThrownBy(() -> runtime.newMigration(javaPlan).processInstanceIds(old.getId()).execute())
                    .isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> runtime.createMigrationPlan(v1.getId(), v2.getId()).mapEqualActivities().build())
                    .isInstanceOf(AuthorizationException.class);
        } finally {
            identity.clearAuthentication();
        }
        assertThat(definitionOf(old)).as("the case stayed on its version").isEqualTo(v1.getId());
    }

    // ---- the rehearsal process, in versions

    /** One test's process key, its versions and its cases. */
    private final class Rehearsal {

        final String key = "rehearsal-" + UUID.randomUUID().toString().substring(0, 8);
        private int cases;

        /** Each version's BPMN, written once: the builder names the sequence flows anew each time it builds. */
        private final Map<String, String> written = new LinkedHashMap<>();

        /** Start (subject) → record the facts → end. */
        String version1() {
            return written.computeIfAbsent("1", v -> model(start().userTask(FACTS_TASK).name("登记事实 Record the facts"),
                    FACTS_TASK));
        }

        /** Version 2 adds a step after the facts: confirm them. */
        String version2() {
            return written.computeIfAbsent("2", v -> model(start().userTask(FACTS_TASK).name("登记事实 Record the facts")
                    .userTask(CONFIRM_TASK).name("确认事实 Confirm the facts"), FACTS_TASK));
        }

        /** The facts' step renamed: a case that waits at the old id has no place in this version without an instruction. */
        String renamed() {
            return written.computeIfAbsent("renamed", v -> model(start().userTask(STATEMENT_TASK)
                    .name("登记陈述 Record the statement"), STATEMENT_TASK));
        }

        private AbstractFlowNodeBuilder<?, ?> start() {
            return Bpmn.createExecutableProcess(key).name("升级演练 Upgrade rehearsal").camundaHistoryTimeToLive(1)
                    .startEvent("StartEvent_CaseOpened").name("已立案 Case opened").camundaFormRef("open-" + key)
                    .camundaFormRefBinding("deployment");
        }

        private String model(AbstractFlowNodeBuilder<?, ?> flow, String factsTask) {
            BpmnModelInstance model = flow.endEvent("EndEvent_Done").name("已办结 Done").done();
            model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class).forEach(task -> {
                task.setCamundaCandidateGroups(Roles.SECRETARIAT);
                task.setCamundaFormRef(task.getId().equals(factsTask) ? "facts-" + key : "confirm-" + key);
                task.setCamundaFormRefBinding("deployment");
            });
            return Bpmn.convertToString(model);
        }

        /** The files of a release: the BPMN, the facts form as given, the start and confirmation forms. */
        Map<String, String> files(String factsForm) {
            Map<String, String> files = new LinkedHashMap<>();
            files.put("facts-" + key + ".form", factsForm.replace("FORM_ID", "facts-" + key));
            files.put("open-" + key + ".form", startForm(factsForm.contains("\"reference\"")).replace("FORM_ID", "open-" + key));
            files.put("confirm-" + key + ".form", """
                    {"id": "confirm-%s", "type": "default", "components": [
                      {"key": "confirmed", "label": "已确认 Confirmed", "type": "checkbox"}]}""".formatted(key));
            return files;
        }

        /** As the starter deploys processes/ and forms/ at start-up: every file in one deployment, duplicates filtered. */
        Deployment deploy(String process, String factsForm) {
            SpringProcessEngineConfiguration configuration = (SpringProcessEngineConfiguration) engine.getProcessEngineConfiguration();
            DeploymentBuilder builder = repository.createDeployment().name(key)
                    .enableDuplicateFiltering(configuration.isDeployChangedOnly())
                    .addString(key + ".bpmn", process);
            files(factsForm).forEach((name, text) ->
                    builder.addInputStream(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
            Deployment deployment = builder.deploy();
            deployments.add(deployment.getId());
            return deployment;
        }

        ProcessDefinition latest() {
            return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
        }

        /** A case opened by the application itself (no person: no start form check), on the latest version. */
        ProcessInstance open() {
            return runtime.startProcessInstanceByKey(key, key + "-" + ++cases, Map.of("subject", "会费"));
        }
    }

    /** A case of the rehearsal on one of its versions, opened as the application opens one. */
    private ProcessInstance rehearsalCaseOnVersion(Rehearsal rehearsal, int version) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(rehearsal.key)
                .processDefinitionVersion(version).singleResult();
        return runtime.startProcessInstanceById(definition.getId(), rehearsal.key + "-v" + version, Map.of("subject", "会费"));
    }

    /** The facts form: version 1 has an optional note; version 2 drops it and requires a reference. */
    static String factsForm(boolean version2) {
        String third = version2
                ? "{\"key\": \"reference\", \"label\": \"文号 Reference\", \"type\": \"textfield\", \"validate\": {\"required\": true, \"maxLength\": 40}}"
                : "{\"key\": \"oldNote\", \"label\": \"备注 Note\", \"type\": \"textfield\", \"validate\": {\"maxLength\": 200}}";
        return """
                {"id": "FORM_ID", "type": "default", "components": [
                  {"key": "facts", "label": "事实 Facts", "type": "textarea", "validate": {"required": true, "maxLength": 2000}},
                  %s]}""".formatted(third);
    }

    /** The start form: a subject; version 2 requires a reference as well. */
    static String startForm(boolean version2) {
        return """
                {"id": "FORM_ID", "type": "default", "components": [
                  {"key": "subject", "label": "事由 Subject", "type": "textfield", "validate": {"required": true, "maxLength": 100}}%s]}"""
                .formatted(version2 ? ", {\"key\": \"reference\", \"label\": \"文号 Reference\", \"type\": \"textfield\","
                        + " \"validate\": {\"required\": true, \"maxLength\": 40}}" : "");
    }

    private Clerks clerks() {
        return new Clerks(rest);
    }

    private String taskOf(ProcessInstance instance) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(instance.getId()).list();
        assertThat(open).hasSize(1);
        return open.get(0).getId();
    }

    private String definitionOf(ProcessInstance instance) {
        return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getProcessDefinitionId();
    }

    private int versionOf(ProcessInstance instance) {
        return repository.getProcessDefinition(definitionOf(instance)).getVersion();
    }

    /** The inputs of the task's form as Tasklist fetches it: GET /engine-rest/task/{id}/deployed-form, as the clerk. */
    private List<String> inputsOfDeployedForm(String taskId) {
        Answer form = clerks().call("clerk", HttpMethod.GET, "/engine-rest/task/" + taskId + "/deployed-form", null).ok();
        try {
            JsonNode json = JSON.readTree(form.body());
            List<String> keys = new ArrayList<>();
            json.path("components").forEach(component -> keys.add(component.path("key").asText()));
            return keys;
        } catch (IOException e) {
            throw new AssertionError(form.body(), e);
        }
    }
}
