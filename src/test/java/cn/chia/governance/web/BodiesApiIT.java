package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.charter.Body;
import cn.chia.governance.process.CurrentCharter;
import cn.chia.governance.process.ProcessConfiguration;
import cn.chia.governance.register.MeetingRecords;

@GovernanceTest
class BodiesApiIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MeetingRecords meetings;
    @Autowired
    CurrentCharter charter;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSecretariatTheCouncilAndManagersSeeEachBodysSeatsLastMeetingAndNextDueDay() {
        // a Standing Council meeting held later than any other test's (some move the clock by decades), so that it is
        // the body's last
        LocalDate latest = jdbc.sql("SELECT MAX(meeting_date) FROM gov_meeting WHERE body = 'STANDING_COUNCIL'")
                .query(LocalDate.class).optional().orElse(null);
        LocalDate day = latest == null || latest.isBefore(LocalDate.now(ProcessConfiguration.ASSOCIATION_ZONE).plusDays(90)) ? LocalDate.now(ProcessConfiguration.ASSOCIATION_ZONE).plusDays(90)
                : latest.plusDays(1);
        String key = "MTG-IT-" + UUID.randomUUID().toString().substring(0, 8);
        meetings.open(key, Body.STANDING_COUNCIL, day, true, 30, "台风停航 A typhoon grounds the flights", day);
        jdbc.sql("UPDATE gov_meeting SET present_in_person = 25, present_by_proxy = 0 WHERE business_key = ?").param(key).update();
        meetings.close(key);
        try {
            for (String reader : List.of("clerk", "director", "standing", "manager")) {
                List<Map<String, Object>> bodies = bodies(reader);
                assertThat(bodies).extracting(b -> b.get("body"))
                        .containsExactly("GENERAL_ASSEMBLY", "COUNCIL", "STANDING_COUNCIL");

                Map<String, Object> assembly = bodies.get(0);
                assertThat(assembly).containsEntry("name", "General Assembly").containsEntry("nameZh", "会员代表大会")
                        .containsEntry("state", "NOT_APPLICABLE").containsEntry("dueBy", null).containsEntry("daysLeft", null)
                        .containsEntry("termEnd", "2027-07-27").containsEntry("seats", charter.now().seats(Body.GENERAL_ASSEMBLY))
                        .containsEntry("clause", "General Assembly: a term of 5 years, changed in advance or postponed");

                Map<String, Object> council = bodies.get(1);
                assertThat(council).containsEntry("nameZh", "理事会").containsEntry("seats", charter.now().seats(Body.COUNCIL))
                        .containsEntry("clause", "Council: a meeting at least once a year");
                assertThat(council.get("state")).isIn("ON_TIME", "DUE_SOON", "OVERDUE");
                assertThat(LocalDate.parse((String) council.get("dueBy")))
                        .isEqualTo(LocalDate.parse((String) council.get("countsFrom")).plusYears(1));

                Map<String, Object> standing = bodies.get(2);
                assertThat(standing).containsEntry("name", "Standing Council").containsEntry("nameZh", "常务理事会")
                        .containsEntry("seats", charter.now().seats(Body.STANDING_COUNCIL))
                        .containsEntry("lastMeeting", Map.of("number", key, "date", day.toString(), "byCommunication", true))
                        .containsEntry("countsFrom", day.toString()).containsEntry("dueBy", day.plusMonths(6).toString())
                        .containsEntry("state", "ON_TIME")
                        .containsEntry("clause", "Standing Council: a meeting at least once every six months");
                assertThat(((Number) standing.get("daysLeft")).longValue())
                        .isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(ProcessConfiguration.ASSOCIATION_ZONE), day.plusMonths(6)));
            }
        } finally {
            jdbc.sql("DELETE FROM gov_meeting WHERE business_key = ?").param(key).update();
        }
    }

    @Test
    void theBodiesAreNotForBranchesTheLiaisonDepartmentNorStrangers() {
        for (String other : List.of("branch", "liaison")) {
            assertThat(rest.withBasicAuth(other, other).getForEntity("/api/bodies", String.class).getStatusCode())
                    .as(other).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(rest.getForEntity("/api/bodies", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private List<Map<String, Object>> bodies(String reader) {
        ResponseEntity<List<Map<String, Object>>> answer = rest.withBasicAuth(reader, reader).exchange("/api/bodies",
                HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(answer.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }
}
