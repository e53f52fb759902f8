package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.filing.CastDossier;
import cn.chia.governance.filing.Filings;

/** CAST's answer recorded through POST /api/filings/{caseNumber}/reply, as an integration would. */
@GovernanceTest
class AuthorityAnswerIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    private ProcessInstance filing;

    @BeforeEach
    void aFilingWaitsForCast() {
        String caseNumber = "APP-2099-" + (System.nanoTime() % 1_000_000);
        filing = runtime.startProcessInstanceByKey(CastDossier.PROCESS_KEY, caseNumber,
                Filings.aFiling(caseNumber).of("John Smith").build());
        tasks.complete(tasks.createTaskQuery().processInstanceId(filing.getId()).singleResult().getId(),
                Filings.aDossier("CV, passport copy, Council resolution"));
        tasks.complete(tasks.createTaskQuery().processInstanceId(filing.getId()).singleResult().getId(),
                Filings.aSubmission(LocalDate.parse(today()), "CAST-2026-118"));
    }

    @AfterEach
    void removeFiling() {
        if (runtime.createProcessInstanceQuery().processInstanceId(filing.getId()).count() > 0) {
            runtime.deleteProcessInstance(filing.getId(), "test clean-up");
        }
    }

    @Test
    void theSecretariatRecordsCastsApprovalAndASecondReplyIsAConflict() {
        ResponseEntity<String> approved = reply("clerk", filing.getBusinessKey(),
                Map.of("answer", "APPROVED", "reference", "CAST-F-2026-0031", "answeredOn", today()));
        assertThat(approved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(filing.getId()).count()).isZero();

        ResponseEntity<String> again = reply("clerk", filing.getBusinessKey(), Map.of("answer", "REFUSED", "note", "late"));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(again.getBody()).contains("answered already");
    }

    @Test
    void aReplyForAnUnknownCaseIsNotFound() {
        ResponseEntity<String> response = reply("clerk", "APP-1999-000001", Map.of("answer", "APPROVED"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aBadAnswerIsRefusedAndChangesNothing() {
        ResponseEntity<String> response = reply("clerk", filing.getBusinessKey(), Map.of("answer", "MAYBE"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("批准（APPROVED）、退回修改（RETURNED）、不予批准（REFUSED）")
                .contains("must be one of APPROVED, RETURNED, REFUSED");
        ResponseEntity<String> noReason = reply("clerk", filing.getBusinessKey(), Map.of("answer", "REFUSED"));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tasks.createTaskQuery().processInstanceId(filing.getId()).taskDefinitionKey("UserTask_RecordCastAnswer")
                .count()).isOne();
    }

    @Test
    void onlyTheSecretariatRecordsAnswers() {
        assertThat(reply("manager", filing.getBusinessKey(), Map.of("answer", "APPROVED")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.exchange("/api/filings/" + filing.getBusinessKey() + "/reply", HttpMethod.POST,
                json(Map.of("answer", "APPROVED")), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(tasks.createTaskQuery().processInstanceId(filing.getId()).count()).isOne();
    }

    private ResponseEntity<String> reply(String user, String caseNumber, Map<String, Object> body) {
        return rest.withBasicAuth(user, user).exchange("/api/filings/" + caseNumber + "/reply", HttpMethod.POST,
                json(body), String.class);
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }
}
