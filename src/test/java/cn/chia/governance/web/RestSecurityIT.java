package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.identity.Roles;

@GovernanceTest
class RestSecurityIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService taskService;
    @Autowired
    org.camunda.bpm.engine.IdentityService identity;

    private final List<String> createdTasks = new java.util.ArrayList<>();

    @AfterEach
    void deleteTasks() {
        createdTasks.forEach(id -> taskService.deleteTask(id, true));
    }

    @Test
    void restWithoutCredentialsIsRefused() {
        assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void restWithAWrongPasswordIsRefused() {
        // a user of its own: a failed login makes the user wait (login throttling), which would slow other tests
        org.camunda.bpm.engine.identity.User user = identity.newUser("wrongpassword");
        user.setPassword("Right!Pass2026");
        identity.saveUser(user);
        try {
            assertThat(rest.withBasicAuth("wrongpassword", "not-the-password").getForEntity("/engine-rest/task",
                    String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        } finally {
            identity.deleteUser("wrongpassword");
        }
    }

    @Test
    void liaisonListsOnlyTheTasksOfTheLiaisonDepartment() {
        String review = candidateTask("Review application", Roles.LIAISON_DEPARTMENT);
        String recommend = candidateTask("Recommend candidate", "branch-beijing");
        String minutes = candidateTask("Record attendance", Roles.SECRETARIAT);

        assertThat(taskIdsSeenBy("liaison")).contains(review).doesNotContain(recommend, minutes);
        assertThat(taskIdsSeenBy("branch")).contains(recommend).doesNotContain(review, minutes);
        assertThat(taskIdsSeenBy("clerk")).as("the Secretariat follows every open case")
                .contains(review, recommend, minutes);
    }

    @Test
    void aManagerCannotCompleteATask() {
        String review = candidateTask("Review application", Roles.LIAISON_DEPARTMENT);
        ResponseEntity<String> response = rest.withBasicAuth("manager", "manager").exchange(
                "/engine-rest/task/" + review + "/complete", HttpMethod.POST, new HttpEntity<>(Map.of()), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(review).count()).isOne();
    }

    @Test
    void aRoleCannotCompleteTheTaskOfAnother() {
        String review = candidateTask("Review application", Roles.LIAISON_DEPARTMENT);
        ResponseEntity<String> response = rest.withBasicAuth("branch", "branch").exchange(
                "/engine-rest/task/" + review + "/complete", HttpMethod.POST, new HttpEntity<>(Map.of()), String.class);
        assertThat(response.getStatusCode().value()).isIn(403, 404);
        assertThat(taskService.createTaskQuery().taskId(review).count()).isOne();
    }

    @Test
    void healthIsPublicAndReportsDatabaseAndEngine() {
        ResponseEntity<Map<String, Object>> health = rest.exchange("/actuator/health", HttpMethod.GET, null,
                new ParameterizedTypeReference<>() { });
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).containsEntry("status", "UP");
        assertThat((Map<String, Object>) health.getBody().get("components")).containsKeys("db", "processEngine");
        assertThat(health.getBody().toString()).doesNotContain("jdbc:", "password");
    }

    @Test
    void noOtherActuatorEndpointIsExposed() {
        for (String endpoint : List.of("/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump")) {
            assertThat(rest.getForEntity(endpoint, String.class).getStatusCode().is2xxSuccessful()).as(endpoint).isFalse();
        }
    }

    private String candidateTask(String name, String group) {
        Task task = taskService.newTask();
        task.setName(name);
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), group);
        createdTasks.add(task.getId());
        return task.getId();
    }

    private List<String> taskIdsSeenBy(String user) {
        ResponseEntity<List<Map<String, Object>>> response = rest.withBasicAuth(user, user).exchange(
                "/engine-rest/task?maxResults=1000", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody().stream().map(t -> (String) t.get("id")).toList();
    }
}
