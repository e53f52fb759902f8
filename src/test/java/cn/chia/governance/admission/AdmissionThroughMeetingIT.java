package cn.chia.governance.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.meeting.MeetingCase;
import cn.chia.governance.meeting.Meetings;

/**
 * The whole admission as the people do it, through the REST API Tasklist uses: the Secretariat enters
 * a paper application, the Liaison Department forwards it, the Standing Council adopts it in a meeting,
 * and a manager finds the new member in the register.
 */
@GovernanceTest
class AdmissionThroughMeetingIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;

    @Test
    void anApplicationEnteredByTheSecretariatIsAdoptedByTheStandingCouncilInAMeeting() {
        Map<String, Object> started = post("clerk", "/engine-rest/process-definition/key/" + AdmissionCase.PROCESS_KEY
                + "/start", Map.of("variables", Applications.aPerson("Qian Shisi").asRestVariables()));
        String caseNumber = (String) started.get("businessKey");
        assertThat(caseNumber).matches("APP-\\d{4}-\\d{6}");

        String review = taskOf("liaison", caseNumber, AdmissionCase.Step.REVIEW_APPLICATION.id());
        post("liaison", "/engine-rest/task/" + review + "/complete",
                Map.of("variables", variables(Map.of(AdmissionCase.REVIEW_DECISION, AdmissionCase.FORWARD))));

        String meeting = (String) post("clerk", "/engine-rest/process-definition/key/" + MeetingCase.PROCESS_KEY + "/start",
                Map.of("variables", variables(Meetings.ofTheStandingCouncil().today().build())))
                .get("businessKey");
        String confirm = taskOf("clerk", meeting, "UserTask_ConfirmAgenda");
        List<String> others = agenda(confirm).stream().filter(c -> !c.equals(caseNumber)).toList();
        post("clerk", "/engine-rest/task/" + confirm + "/complete",
                Map.of("variables", variables(Meetings.removing(others))));
        String attendance = taskOf("clerk", meeting, "UserTask_RecordAttendance");
        assertThat(task(attendance)).as("the next task opens for the clerk holding the meeting, no claim")
                .containsEntry("assignee", "clerk").containsEntry("description", meeting);
        assertThat(variable(attendance, MeetingCase.MEETING_NUMBER)).isEqualTo(meeting);
        post("clerk", "/engine-rest/task/" + attendance + "/complete",
                Map.of("variables", variables(Meetings.attendance(25, 0))));

        // the last look: one short of those present is refused, then a slip is corrected before anything is numbered
        String votes = taskOf("clerk", meeting, "UserTask_RecordVotes");
        assertThat(task(votes)).containsEntry("assignee", "clerk")
                .containsEntry("description", meeting + " · " + caseNumber + " · Qian Shisi");
        assertThat((String) variable(votes, MeetingCase.LAST_STEP)).startsWith("已达法定人数：");
        ResponseEntity<Map<String, Object>> short1 = call("clerk", "/engine-rest/task/" + votes + "/complete",
                Map.of("variables", variables(Meetings.votes(20, 3, 1))));
        assertThat(short1.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) short1.getBody().get("message")).startsWith("赞成 20 票、反对 3 票、弃权 1 票，合计 24 票")
                .contains("1 not accounted for");
        post("clerk", "/engine-rest/task/" + votes + "/complete", Map.of("variables", variables(Meetings.votes(2, 3, 1, 19))));
        String lastLook = taskOf("clerk", meeting, "UserTask_ConfirmResolution");
        assertThat(task(lastLook)).containsEntry("assignee", "clerk");
        assertThat((String) variable(lastLook, MeetingCase.LAST_LOOK)).contains("结果 Outcome: 未通过 Rejected");
        post("clerk", "/engine-rest/task/" + lastLook + "/complete", Map.of("variables", variables(Meetings.corrected())));
        String corrected = taskOf("clerk", meeting, "UserTask_RecordVotes");
        assertThat(task(corrected)).containsEntry("assignee", "clerk");
        post("clerk", "/engine-rest/task/" + corrected + "/complete",
                Map.of("variables", variables(Meetings.votes(20, 3, 1, 1))));
        lastLook = taskOf("clerk", meeting, "UserTask_ConfirmResolution");
        assertThat((String) variable(lastLook, MeetingCase.LAST_LOOK)).contains("未投票 1 名").contains("通过 Adopted");
        post("clerk", "/engine-rest/task/" + lastLook + "/complete", Map.of("variables", variables(Meetings.confirmed())));

        String caseInstance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getId();
        Job registration = management.createJobQuery().processInstanceId(caseInstance).singleResult();
        management.executeJob(registration.getId());

        ResponseEntity<List<Map<String, Object>>> members = rest.withBasicAuth("manager", "manager").exchange(
                "/api/members", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        Map<String, Object> member = members.getBody().stream().filter(m -> caseNumber.equals(m.get("caseNumber")))
                .findFirst().orElseThrow();
        assertThat(member).containsEntry("name", "Qian Shisi").containsEntry("status", "ACTIVE")
                .containsEntry("decidingBody", "STANDING_COUNCIL");
        assertThat((String) member.get("resolutionNumber")).matches("RES-\\d{4}-\\d{4}");
    }

    private String taskOf(String user, String businessKey, String taskKey) {
        ResponseEntity<List<Map<String, Object>>> tasks = rest.withBasicAuth(user, user).exchange(
                "/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + taskKey,
                HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasks.getBody()).as(user + " sees " + taskKey + " of " + businessKey).hasSize(1);
        return (String) tasks.getBody().get(0).get("id");
    }

    private Map<String, Object> task(String taskId) {
        return rest.withBasicAuth("clerk", "clerk").exchange("/engine-rest/task/" + taskId, HttpMethod.GET, null,
                new ParameterizedTypeReference<Map<String, Object>>() { }).getBody();
    }

    private Object variable(String taskId, String name) {
        return rest.withBasicAuth("clerk", "clerk").exchange("/engine-rest/task/" + taskId + "/variables/" + name,
                HttpMethod.GET, null, new ParameterizedTypeReference<Map<String, Object>>() { }).getBody().get("value");
    }

    private ResponseEntity<Map<String, Object>> call(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                new ParameterizedTypeReference<>() { });
    }

    @SuppressWarnings("unchecked")
    private List<String> agenda(String confirmTask) {
        ResponseEntity<Map<String, Object>> variable = rest.withBasicAuth("clerk", "clerk").exchange(
                "/engine-rest/task/" + confirmTask + "/variables/agendaCases?deserializeValue=true", HttpMethod.GET,
                null, new ParameterizedTypeReference<>() { });
        return (List<String>) variable.getBody().get("value");
    }

    private Map<String, Object> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map<String, Object>> response = rest.withBasicAuth(user, user).exchange(path, HttpMethod.POST,
                new HttpEntity<>(body, headers), new ParameterizedTypeReference<>() { });
        assertThat(response.getStatusCode().is2xxSuccessful()).as(user + " POST " + path + ": " + response.getBody())
                .isTrue();
        return response.getBody() == null ? Map.of() : response.getBody();
    }

    private static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return variables;
    }
}
