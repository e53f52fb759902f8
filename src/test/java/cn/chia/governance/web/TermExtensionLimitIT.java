package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.term.TermChanges;
import cn.chia.governance.term.TermExtensionCase;

/**
 * The Secretariat asks for a postponement through Camunda's REST API: 1 year in all from the end as elected
 * (2027-07-27) is put to the Council, a day more is refused at once with the reason and the dates.
 */
@GovernanceTest
class TermExtensionLimitIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void withdrawTheRequest() {
        runtime.createProcessInstanceQuery().processDefinitionKey(TermExtensionCase.PROCESS_KEY).list()
                .forEach(change -> {
                    runtime.deleteProcessInstance(change.getId(), "test clean-up", true);
                    jdbc.sql("DELETE FROM gov_term_change WHERE case_number = ?").param(change.getBusinessKey()).update();
                });
    }

    @Test
    void aPostponementOfOneYearAndADayIsRefusedAtOnceAndOneYearIsPutToTheCouncil() {
        ResponseEntity<String> refused = start(TermChanges.anExtension().to(TermChanges.TERM_END.plusYears(1).plusDays(1)));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("换届延期最长不超过 1 年", "2027-07-27", "2028-07-27", "2028-07-28",
                "may not exceed 1 year in all");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(TermExtensionCase.PROCESS_KEY).count()).isZero();

        ResponseEntity<String> accepted = start(TermChanges.anExtension().to(TermChanges.TERM_END.plusYears(1)));
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(TermExtensionCase.PROCESS_KEY).count()).isOne();
    }

    private ResponseEntity<String> start(TermChanges change) {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        change.build().forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
        return rest.withBasicAuth("clerk", "clerk").postForEntity(
                "/engine-rest/process-definition/key/" + TermExtensionCase.PROCESS_KEY + "/start",
                Map.of("variables", variables), String.class);
    }
}
