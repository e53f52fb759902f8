package cn.chia.governance.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.chia.governance.GovernanceTest;

/** Every BPMN in processes/ is deployed, complete and drawn; every form it references is deployed too. */
@GovernanceTest
class DeployedModelsIT {

    @Autowired
    RepositoryService repository;

    @Test
    void everyProcessFileIsDeployedUnderItsFileName() throws IOException {
        List<Path> files = bpmnFiles();
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String key = file.getFileName().toString().replace(".bpmn", "");
            ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .latestVersion().singleResult();
            assertThat(definition).as("deployed " + key).isNotNull();
            assertThat(definition.getHistoryTimeToLive()).as("history time to live of " + key).isPositive();
        }
    }

    @Test
    /** Every user task, and the start of every procedure a person starts (not one only called by another), has a form. */
    void everyFormReferenceResolvesToADeployedForm() throws IOException {
        Set<String> deployedForms = deployedFormIds();
        Set<String> calledOnly = new java.util.HashSet<>();
        for (Path file : bpmnFiles()) {
            Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(CallActivity.class)
                    .forEach(call -> calledOnly.add(call.getCalledElement()));
        }
        for (Path file : bpmnFiles()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            List<String> references = new ArrayList<>();
            model.getModelElementsByType(UserTask.class).forEach(t -> references.add(t.getCamundaFormRef()));
            model.getModelElementsByType(StartEvent.class).stream()
                    .filter(e -> e.getParentElement() instanceof Process process && !calledOnly.contains(process.getId()))
                    .filter(e -> e.getEventDefinitions().isEmpty())
                    .forEach(e -> references.add(e.getCamundaFormRef()));
            assertThat(references).as("form references of " + file).doesNotContainNull();
            assertThat(deployedForms).as("forms referenced by " + file).containsAll(references);
        }
    }

    /**
     * A case shows the forms deployed with the version of its process it runs on, not the newest ones (docs/operations.md,
     * "Upgrading processes and forms"): every form reference is bound to its deployment.
     */
    @Test
    void everyFormIsTheOneDeployedWithItsProcess() throws IOException {
        for (Path file : bpmnFiles()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            model.getModelElementsByType(UserTask.class).stream().filter(t -> t.getCamundaFormRef() != null)
                    .forEach(t -> assertThat(t.getCamundaFormRefBinding()).as(t.getId() + " in " + file).isEqualTo("deployment"));
            model.getModelElementsByType(StartEvent.class).stream().filter(e -> e.getCamundaFormRef() != null)
                    .forEach(e -> assertThat(e.getCamundaFormRefBinding()).as(e.getId() + " in " + file).isEqualTo("deployment"));
        }
    }

    @Test
    void everyFlowNodeHasANameOrIsAMergeAndIsDrawn() throws IOException {
        for (Path file : bpmnFiles()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            Set<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
                    .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                assertThat(drawn).as(node.getId() + " drawn in " + file).contains(node.getId());
                boolean merge = node.getIncoming().size() > 1 && node.getOutgoing().size() == 1;
                if (!merge) {
                    assertThat(node.getName()).as("name of " + node.getId()).isNotBlank();
                }
            }
        }
    }

    private Set<String> deployedFormIds() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> ids = new java.util.HashSet<>();
        for (var deployment : repository.createDeploymentQuery().list()) {
            for (Resource resource : repository.getDeploymentResources(deployment.getId())) {
                if (resource.getName().endsWith(".form")) {
                    try (InputStream in = repository.getResourceAsStreamById(deployment.getId(), resource.getId())) {
                        ids.add(json.readTree(in).get("id").asText());
                    }
                }
            }
        }
        return ids;
    }

    static List<Path> bpmnFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
    }
}
