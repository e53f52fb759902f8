package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import cn.chia.governance.GovernanceTest;

@GovernanceTest
class TermApiIT {

    @Autowired
    TestRestTemplate rest;

    @Test
    void theSecretariatTheCouncilAndManagersReadTheTermAndItsChanges() {
        for (String reader : List.of("clerk", "director", "manager")) {
            ResponseEntity<Map<String, Object>> term = rest.withBasicAuth(reader, reader).exchange("/api/terms",
                    HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
            assertThat(term.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
            assertThat(term.getBody()).containsEntry("electedTermEnd", "2027-07-27").containsKeys("currentTermEnd", "changes");
        }
    }

    @Test
    void theTermIsNotForBranchesNorStrangers() {
        assertThat(rest.withBasicAuth("branch", "branch").getForEntity("/api/terms", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/api/terms", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
