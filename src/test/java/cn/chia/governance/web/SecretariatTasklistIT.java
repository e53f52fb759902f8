package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.chia.governance.Clerks;
import cn.chia.governance.GovernanceTest;
import cn.chia.governance.Resolutions;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.process.DecisionAwaited;

/**
 * Tasklist as the Secretariat, a branch and the Liaison Department use it, through the REST API Tasklist itself calls:
 * the Secretariat's filters of the cases waiting for each body's decision and their counts, the columns (case number
 * and title) of every role's list, a branch's candidates once recommended, and the review task's contact and identity
 * data and history, which a role the security table keeps out does not get.
 */
@GovernanceTest
class SecretariatTasklistIT {

    static final String COUNCIL = "秘书处 — 待理事会决定的案件 Secretariat — cases waiting for the Council's decision";
    static final String STANDING = "秘书处 — 待常务理事会决定的案件 Secretariat — cases waiting for the Standing Council's decision";
    static final String ASSEMBLY = "秘书处 — 待会员代表大会决定的案件 Secretariat — cases waiting for the General Assembly's decision";
    static final String EVERY_TASK = "秘书处 — 全部待办任务 Secretariat — every open task";
    static final String BRANCH = "北京分支机构 Beijing Branch — 待推荐的候选人 candidates to recommend";
    static final String LIAISON = "联络部 — 待审核的申请 Liaison Department — applications to review";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    DecisionAwaited decisionAwaited;
    @Autowired
    ProcessEngine engine;

    Clerks clerks() {
        return new Clerks(rest);
    }

    @Test
    void aCaseWaitingForTheCouncilIsCountedInTheFiltersOfTheBodiesThatMayDecideItUntilTheDecision() {
        Map<String, Integer> before = counts("clerk");
        String caseNumber = clerks().caseOnTheAgenda("韩梅梅");

        Map<String, Integer> waiting = counts("clerk");
        assertThat(waiting.get(COUNCIL)).as("the Council's count").isEqualTo(before.get(COUNCIL) + 1);
        assertThat(waiting.get(STANDING)).as("an admission the Standing Council may decide too")
                .isEqualTo(before.get(STANDING) + 1);
        assertThat(waiting.get(ASSEMBLY)).as("not a matter of the General Assembly").isEqualTo(before.get(ASSEMBLY));
        assertThat(waiting.get(EVERY_TASK)).isEqualTo(before.get(EVERY_TASK) + 1);

        JsonNode row = row("clerk", COUNCIL, caseNumber);
        assertThat(row.path("name").asText()).isEqualTo("等待理事会或常务理事会决定 Waiting for the Council or the Standing Council's decision");
        assertThat(variable(row, "caseTitle")).isEqualTo("韩梅梅");
        String waitingTask = row.path("id").asText();

        // nobody but an administrator moves the case through this task: the decision does
        assertThat(clerks().post("clerk", "/engine-rest/task/" + waitingTask + "/claim", Map.of("userId", "clerk")).status())
                .isEqualTo(403);
        assertThat(clerks().complete("clerk", waitingTask, Map.of()).status()).isEqualTo(403);
        assertThat(clerks().call("liaison", HttpMethod.GET, "/engine-rest/task/" + waitingTask, null).status())
                .as("the Liaison Department does not see it").isIn(403, 404);

        // a case that waited before this application knew of such tasks (an upgrade) gets its task at the start
        tasks.deleteTask(waitingTask, "test: as before the upgrade");
        assertThat(counts("clerk").get(COUNCIL)).isEqualTo(before.get(COUNCIL));
        decisionAwaited.postProcessEngineBuild(engine);
        assertThat(counts("clerk").get(COUNCIL)).isEqualTo(before.get(COUNCIL) + 1);
        waitingTask = row("clerk", COUNCIL, caseNumber).path("id").asText();

        decide(caseNumber);
        Map<String, Integer> decided = counts("clerk");
        assertThat(decided.get(COUNCIL)).isEqualTo(before.get(COUNCIL));
        assertThat(decided.get(STANDING)).isEqualTo(before.get(STANDING));
        assertThat(history.createHistoricTaskInstanceQuery().taskId(waitingTask).singleResult().getDeleteReason())
                .as("completed by the decision").isEqualTo("completed");
        String recorded = (String) history.createHistoricVariableInstanceQuery().processInstanceId(history
                .createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId())
                .variableName("caseHistory").singleResult().getValue();
        assertThat(recorded).as("the case's history").contains("立案 Case opened", "审核申请 Review the application",
                "审核意见 Decision：提交理事会 Forward to the Council", "理事会已作出决定 Council decision taken",
                "通过：出席的 61 名理事中 40 名赞成。", "Adopted: 40 of 61 directors present voted in favour.");
    }

    @Test
    void aBranchSeesWhoseCaseEachTaskIsAndFollowsItsCandidatesOnceRecommended() {
        String caseNumber = (String) clerks().start("clerk", "membership-admission",
                Applications.aPerson("李雷").withBranch("branch-beijing").withEmail("li.lei@example.cn").build())
                .ok().json().get("businessKey");

        JsonNode row = row("branch", BRANCH, caseNumber);
        assertThat(variable(row, "caseTitle")).as("the branch's list names the applicant").isEqualTo("李雷");
        String recommend = row.path("id").asText();
        Map<String, Object> shown = formVariables("branch", recommend);
        assertThat(shown).containsKeys("email", "phone", "caseHistory");
        assertThat(value(shown, "email")).isEqualTo("li.lei@example.cn");
        assertThat(value(shown, "caseHistory")).contains("立案 Case opened", "clerk");

        assertThat(clerks().call("branch", HttpMethod.GET, "/api/branches/mine/candidates", null).ok().body())
                .doesNotContain(caseNumber);
        clerks().complete("branch", recommend, Map.of("recommendation", "RECOMMEND")).ok();

        List<Map<String, Object>> candidates = list(clerks().call("branch", HttpMethod.GET,
                "/api/branches/mine/candidates", null).ok().body());
        assertThat(candidates).filteredOn(c -> caseNumber.equals(c.get("caseNumber"))).singleElement()
                .satisfies(c -> {
                    assertThat(c.get("applicantName")).isEqualTo("李雷");
                    assertThat(c.get("stage")).isEqualTo("UNDER_REVIEW");
                    assertThat(c.get("stageZh")).isEqualTo("已推荐，联络部正在审核。");
                    assertThat(c.get("stageEn")).isEqualTo("Recommended; under review by the Liaison Department.");
                });
        for (String other : List.of("clerk", "liaison", "director")) {
            assertThat(clerks().call(other, HttpMethod.GET, "/api/branches/mine/candidates", null).status())
                    .as(other).isEqualTo(403);
        }

        // the Liaison Department reviews with the contact and identity data and the case's history
        JsonNode review = row("liaison", LIAISON, caseNumber);
        assertThat(variable(review, "caseNumber")).isEqualTo(caseNumber);
        String reviewTask = review.path("id").asText();
        Map<String, Object> reviewed = formVariables("liaison", reviewTask);
        assertThat(value(reviewed, "identityNumber")).isNotBlank();
        assertThat(value(reviewed, "email")).isEqualTo("li.lei@example.cn");
        assertThat(value(reviewed, "caseHistory"))
                .contains("立案 Case opened", "推荐候选人", "branch", "推荐意见 Recommendation：推荐 Recommend");
        // a director, and the branch, may not read the application under review (docs/security.md)
        for (String kept : List.of("director", "branch")) {
            int status = clerks().call(kept, HttpMethod.GET, "/engine-rest/task/" + reviewTask + "/form-variables",
                    null).status();
            assertThat(status).as(kept).isIn(403, 404);
            assertThat(clerks().call(kept, HttpMethod.GET, "/engine-rest/task/" + reviewTask + "/variables", null)
                    .status()).as(kept).isIn(403, 404);
        }
    }

    private void decide(String caseNumber) {
        String resolution = Resolutions.on(ProcessEngines.getDefaultProcessEngine(), caseNumber, "ADOPTED", "COUNCIL");
        runtime.createMessageCorrelation("DecisionTaken").processInstanceBusinessKey(caseNumber)
                .setVariable("decisionOutcome", "ADOPTED").setVariable("resolutionNumber", resolution)
                .setVariable("decisionReason", "Adopted: 40 of 61 directors present voted in favour.")
                .setVariable("decisionReasonZh", "通过：出席的 61 名理事中 40 名赞成。")
                .setVariable("decidingBody", "COUNCIL").correlateWithResult();
    }

    /** The filters the user sees with the count Tasklist shows beside each name. */
    private Map<String, Integer> counts(String user) {
        JsonNode filters = read(clerks().call(user, HttpMethod.GET, "/engine-rest/filter?resourceType=Task&itemCount=true",
                null).ok().body());
        Map<String, Integer> counts = new java.util.HashMap<>();
        filters.forEach(f -> counts.put(f.path("name").asText(), f.path("itemCount").asInt()));
        return counts;
    }

    private String filterId(String user, String name) {
        JsonNode filters = read(clerks().call(user, HttpMethod.GET, "/engine-rest/filter?resourceType=Task", null).ok().body());
        for (JsonNode filter : filters) {
            if (name.equals(filter.path("name").asText())) {
                return filter.path("id").asText();
            }
        }
        throw new AssertionError(user + " has no filter " + name);
    }

    /** The case's row in the filter's list as Tasklist asks for it (HAL, with the filter's column variables). */
    private JsonNode row(String user, String filter, String caseNumber) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer = rest.withBasicAuth(user, user).exchange(
                "/engine-rest/filter/" + filterId(user, filter) + "/list?firstResult=0&maxResults=1000", HttpMethod.POST,
                new HttpEntity<>("{}", headers), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        JsonNode list = read(answer.getBody()).path("_embedded").path("task");
        for (JsonNode task : list) {
            if (caseNumber.equals(variable(task, "caseNumber"))) {
                return task;
            }
        }
        throw new AssertionError(user + "'s filter " + filter + " shows no row of " + caseNumber + ": " + answer.getBody());
    }

    private static String variable(JsonNode task, String name) {
        for (JsonNode variable : task.path("_embedded").path("variable")) {
            if (name.equals(variable.path("name").asText())) {
                return variable.path("value").asText();
            }
        }
        return null;
    }

    private Map<String, Object> formVariables(String user, String taskId) {
        return clerks().call(user, HttpMethod.GET, "/engine-rest/task/" + taskId + "/form-variables", null).ok().json();
    }

    @SuppressWarnings("unchecked")
    private static String value(Map<String, Object> variables, String name) {
        Object variable = variables.get(name);
        return variable == null ? null : String.valueOf(((Map<String, Object>) variable).get("value"));
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError(body, e);
        }
    }

    private static List<Map<String, Object>> list(String body) {
        try {
            return JSON.readValue(body, new TypeReference<>() { });
        } catch (Exception e) {
            throw new AssertionError(body, e);
        }
    }
}
