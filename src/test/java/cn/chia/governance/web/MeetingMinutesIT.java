package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.meeting.Meetings;

@GovernanceTest
class MeetingMinutesIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;

    @Test
    void theSecretariatOpensAMeetingThroughRestAndTheCouncilAndManagersReadItsMinutes() {
        ResponseEntity<Map<String, Object>> started = rest.withBasicAuth("clerk", "clerk").exchange(
                "/engine-rest/process-definition/key/governance-meeting/start", HttpMethod.POST,
                json(Map.of("variables", Meetings.ofTheCouncil().on("2026-12-15").inPerson().buildForRest())),
                new ParameterizedTypeReference<>() { });
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String meeting = (String) started.getBody().get("businessKey");
        assertThat(meeting).matches("MTG-\\d{4}-\\d{4}");

        for (String reader : List.of("clerk", "director", "standing", "manager")) {
            ResponseEntity<Map<String, Object>> minutes = rest.withBasicAuth(reader, reader).exchange(
                    "/api/meetings/" + meeting + "/minutes", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
            assertThat(minutes.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
            assertThat((Map<String, Object>) minutes.getBody().get("meeting")).containsEntry("body", "COUNCIL")
                    .containsEntry("seats", 90).containsEntry("status", "OPEN");
        }
        runtime.deleteProcessInstance(runtime.createProcessInstanceQuery().processInstanceBusinessKey(meeting)
                .singleResult().getId(), "test clean-up");
    }

    @Test
    void minutesAreNotForBranchesNorForStrangers() {
        assertThat(rest.withBasicAuth("branch", "branch").getForEntity("/api/meetings/MTG-2026-0001/minutes",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/api/meetings/MTG-2026-0001/minutes", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anUnknownMeetingIsAProblemNotAStackTrace() {
        ResponseEntity<String> response = rest.withBasicAuth("clerk", "clerk")
                .getForEntity("/api/meetings/MTG-1999-9999/minutes", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("No meeting MTG-1999-9999").doesNotContain("Exception");
    }

    @Test
    void aManagerMayNotOpenAMeetingNorABranch() {
        for (String user : List.of("manager", "branch", "liaison")) {
            ResponseEntity<String> response = rest.withBasicAuth(user, user).exchange(
                    "/engine-rest/process-definition/key/governance-meeting/start", HttpMethod.POST,
                    json(Map.of("variables", Meetings.ofTheCouncil().on("2026-12-15").buildForRest())), String.class);
            assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void aMeetingWithAnUnknownBodyIsABadRequest() {
        ResponseEntity<String> response = rest.withBasicAuth("clerk", "clerk").exchange(
                "/engine-rest/process-definition/key/governance-meeting/start", HttpMethod.POST,
                json(Map.of("variables", Meetings.ofBody("SENATE").on("2026-12-15").buildForRest())), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("(body) must be one of COUNCIL");
    }

    private static HttpEntity<Object> json(Object body) {
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
