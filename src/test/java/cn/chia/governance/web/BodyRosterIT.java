package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriComponentsBuilder;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.Resolutions;
import cn.chia.governance.charter.Body;
import cn.chia.governance.process.CurrentCharter;
import cn.chia.governance.register.DirectorRoster;

@GovernanceTest
class BodyRosterIT {

    static final String PREFIX = "CHIA-T17-";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    CurrentCharter charter;
    @Autowired
    DirectorRoster directors;

    LocalDate today;

    @BeforeEach
    void noRosterNoTestMembers() {
        today = LocalDate.now(clock);
        clean();
    }

    @AfterEach
    void clean() {
        Resolutions.emptyRosters(jdbc);
        jdbc.sql("DELETE FROM gov_member WHERE membership_number LIKE ?").param(PREFIX + "%").update();
    }

    @Test
    void theSecretariatRecordsTheCouncilAndTheCouncilsSeatsAreItsDirectors() {
        assertThat(charter.now().seats(Body.COUNCIL)).as("configured, while no roster is recorded").isEqualTo(90);

        ResponseEntity<Map<String, Object>> recorded = put("clerk", "COUNCIL", roster("第五届会员代表大会第一次会议选举", today,
                director("王芳", "清华大学", true, true), director("李明", "北京大学", false, true),
                director("赵磊", "中国科学院", false, false)));

        assertThat(recorded.getStatusCode()).as("%s", recorded.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(recorded.getBody()).containsEntry("seats", 3);
        assertThat(members(recorded)).extracting(m -> m.get("name")).containsExactly("王芳", "李明", "赵磊");
        assertThat(members(recorded)).first().satisfies(m -> assertThat(m).containsEntry("executive", true)
                .containsEntry("basisKind", "ELECTION").containsEntry("basis", "第五届会员代表大会第一次会议选举")
                .containsEntry("from", today.toString()).containsEntry("until", null).containsKey("rosterNumber"));
        assertThat((Map<String, Object>) recorded.getBody().get("recording")).containsEntry("recordedBy", "clerk")
                .containsEntry("effectiveFrom", today.toString());
        assertThat(charter.now().seats(Body.COUNCIL)).isEqualTo(3);
        assertThat(directors.current()).hasSize(3);

        for (String reader : List.of("clerk", "director", "standing", "manager", "admin")) {
            ResponseEntity<Map<String, Object>> read = get(reader, "/api/bodies/COUNCIL/roster");
            assertThat(read.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
            assertThat(members(read)).hasSize(3);
        }
    }

    @Test
    void aGeneralAssemblyOfThreeHundredRepresentativesSentAsCsvWithChineseNamesIsRecorded() {
        StringBuilder csv = new StringBuilder("\uFEFFname,organisation,front_line,membershipNumber,userId\r\n");
        for (int i = 1; i <= 300; i++) {
            String number = member(i, "INDIVIDUAL", "ACTIVE");
            csv.append("代表").append(i).append(",\"中国航天科技集团, 第").append(i).append("研究院\",是,").append(number)
                    .append(i == 1 ? ",director" : ",").append("\r\n");
        }
        ResponseEntity<Map<String, Object>> recorded = putCsv("clerk", "GENERAL_ASSEMBLY", csv.toString(),
                "第五届会员代表大会代表选举", today.minusDays(3));

        assertThat(recorded.getStatusCode()).as("%s", recorded.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(recorded.getBody()).containsEntry("seats", 300);
        assertThat(members(recorded).get(0)).containsEntry("name", "代表1")
                .containsEntry("organisation", "中国航天科技集团, 第1研究院").containsEntry("frontLine", true)
                .containsEntry("userId", "director").containsEntry("membershipNumber", PREFIX + "000001");
        assertThat((Map<String, Object>) recorded.getBody().get("recording")).containsEntry("basis", "第五届会员代表大会代表选举")
                .containsEntry("effectiveFrom", today.minusDays(3).toString());
        assertThat(charter.now().seats(Body.GENERAL_ASSEMBLY)).isEqualTo(300);

        HttpHeaders accept = new HttpHeaders();
        accept.setAccept(List.of(MediaType.valueOf("text/csv")));
        ResponseEntity<byte[]> file = rest.withBasicAuth("manager", "manager").exchange("/api/bodies/GENERAL_ASSEMBLY/roster",
                HttpMethod.GET, new HttpEntity<>(accept), byte[].class);
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        String text = new String(file.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFrosterNumber,name,organisation").contains("代表300")
                .contains("\"中国航天科技集团, 第1研究院\"");
        assertThat(text.split("\r\n")).hasSize(301);
    }

    @Test
    void aBadRowIsRefusedNamingItsRowAndNothingIsRecorded() {
        String active = member(1, "INDIVIDUAL", "ACTIVE");
        String foreign = member(2, "FOREIGN", "ACTIVE");
        String withdrawn = member(3, "INDIVIDUAL", "WITHDRAWN");
        ResponseEntity<Map<String, Object>> refused = put("clerk", "GENERAL_ASSEMBLY", roster("代表选举", today,
                representative("甲代表", active), representative("乙代表", foreign), representative("丙代表", withdrawn),
                representative("丁代表", PREFIX + "999999")));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("detail")).startsWith("第 2 行（membershipNumber）：会员 " + foreign + " 是外籍会员")
                .contains("Row 2 (membershipNumber): Member " + foreign + " is a foreign member")
                .contains("第 3 行").contains("Row 4");
        assertThat((List<Map<String, Object>>) refused.getBody().get("problems")).extracting(p -> p.get("row"))
                .containsExactly(2, 3, 4);
        assertRecordedNothing("GENERAL_ASSEMBLY");

        String csv = "name,organisation,frontLine,membershipNumber\n甲代表,单位,true," + active + "\n乙代表,单位乙,maybe," + active + "\n";
        ResponseEntity<Map<String, Object>> refusedCsv = putCsv("clerk", "GENERAL_ASSEMBLY", csv, "代表选举", today);
        assertThat(refusedCsv.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) refusedCsv.getBody().get("problems"))
                .extracting(p -> p.get("row") + "/" + p.get("line") + "/" + p.get("field"))
                .containsExactly("2/3/frontLine", "2/3/name");
        assertRecordedNothing("GENERAL_ASSEMBLY");
        assertThat(charter.now().seats(Body.GENERAL_ASSEMBLY)).isEqualTo(300);
    }

    @Test
    void historyIsKeptAndAPastDayIsAnswered() {
        LocalDate elected = today.minusDays(10);
        assertThat(put("clerk", "SUPERVISORS", roster("第五届会员代表大会选举监事", elected, supervisor("钱监事"),
                supervisor("孙监事"), supervisor("周监事"))).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(put("clerk", "SUPERVISORS", roster("监事会改选", today, supervisor("孙监事"), supervisor("吴监事")))
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<Map<String, Object>> now = get("director", "/api/bodies/SUPERVISORS/roster");
        assertThat(members(now)).extracting(m -> m.get("name")).containsExactly("孙监事", "吴监事");
        assertThat((Map<String, Object>) now.getBody().get("recording")).containsEntry("basis", "监事会改选");

        ResponseEntity<Map<String, Object>> before = get("director", "/api/bodies/SUPERVISORS/roster?on=" + today.minusDays(5));
        assertThat(members(before)).extracting(m -> m.get("name")).containsExactly("钱监事", "孙监事", "周监事");
        assertThat(members(before)).extracting(m -> m.get("until")).containsOnly(today.minusDays(1).toString());
        assertThat((Map<String, Object>) before.getBody().get("recording")).containsEntry("basis", "第五届会员代表大会选举监事");

        ResponseEntity<Map<String, Object>> earlier = get("director", "/api/bodies/SUPERVISORS/roster?on=" + elected.minusDays(1));
        assertThat(members(earlier)).isEmpty();
        assertThat(earlier.getBody()).containsEntry("recording", null).containsEntry("seats", null);

        assertThat(put("clerk", "SUPERVISORS", roster("再次改选", today, supervisor("郑监事"))).getStatusCode())
                .as("a roster takes effect after the last change").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("clerk", "/api/bodies/SUPERVISORS/roster?on=yesterday").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theStandingCouncilIsElectedFromTheDirectors() {
        put("clerk", "COUNCIL", roster("理事选举", today.minusDays(2), director("王芳", "清华大学", true, true),
                director("李明", "北京大学", false, true), director("赵磊", "中国科学院", false, true),
                director("陈静", "复旦大学", false, true)));
        ResponseEntity<Map<String, Object>> outsider = put("clerk", "STANDING_COUNCIL", roster("理事会选举常务理事", today,
                executive("李明", "北京大学"), executive("刘洋", "某公司")));
        assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) outsider.getBody().get("detail")).contains("第 2 行").contains("Not on the Council's roster");
        assertRecordedNothing("STANDING_COUNCIL");

        ResponseEntity<Map<String, Object>> standing = put("clerk", "STANDING_COUNCIL", roster("理事会选举常务理事", today,
                executive(" 李明 ", "北京大学")));
        assertThat(standing.getStatusCode()).as("%s", standing.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(charter.now().seats(Body.STANDING_COUNCIL)).isEqualTo(1);
        assertThat(directors.current()).filteredOn(DirectorRoster.Director::executive)
                .extracting(DirectorRoster.Director::name).as("on the Standing Council's roster, whatever the Council's marked")
                .containsExactly("李明");
        assertThat(directors.counts().executives()).isEqualTo(1);

        ResponseEntity<Map<String, Object>> tooMany = put("clerk", "COUNCIL", roster("理事改选", today,
                director("王芳", "清华大学", true, true), director("李明", "北京大学", true, true),
                director("赵磊", "中国科学院", false, true)));
        assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) tooMany.getBody().get("detail")).contains("常务理事人数不得超过理事人数的三分之一")
                .contains("2 executive directors for 3 directors: exceeds the limit of one third (at most 1).");
    }

    @Test
    void aCouncilBelowTheFrontLineShareIsRecordedWithAWarning() {
        ResponseEntity<Map<String, Object>> recorded = put("clerk", "COUNCIL", roster("理事选举", today,
                director("王芳", "清华大学", false, true), director("李明", "北京大学", false, false)));
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<String>) ((Map<String, Object>) recorded.getBody().get("recording")).get("warnings"))
                .singleElement().asString().startsWith("Council: three quarters of directors front-line scientific workers: 1 of 2");
    }

    @Test
    void onlyTheSecretariatRecordsAndOnlyRecordReadersRead() {
        Map<String, Object> roster = roster("选举", today, supervisor("钱监事"));
        for (String stranger : List.of("director", "standing", "manager", "branch", "liaison")) {
            assertThat(put(stranger, "SUPERVISORS", roster).getStatusCode()).as(stranger).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(rest.exchange("/api/bodies/SUPERVISORS/roster", HttpMethod.PUT, json(roster), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String stranger : List.of("branch", "liaison")) {
            assertThat(get(stranger, "/api/bodies/SUPERVISORS/roster").getStatusCode()).as(stranger).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(rest.getForEntity("/api/bodies/SUPERVISORS/roster", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertRecordedNothing("SUPERVISORS");
        assertThat(get("clerk", "/api/bodies/BOARD/roster").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(put("admin", "OFFICERS", roster("理事会选举", today, officer("包为民", "PRESIDENT"),
                officer("刘霞", "SECRETARY_GENERAL"))).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    // ---- helpers

    private void assertRecordedNothing(String body) {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gov_director WHERE body = ?").param(body).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gov_roster WHERE body = ?").param(body).query(Long.class).single()).isZero();
    }

    private String member(int i, String kind, String status) {
        String number = PREFIX + String.format("%06d", i);
        jdbc.sql("""
                INSERT INTO gov_member (membership_number, case_number, kind, name, status, admitted_on, resolution_number,
                    deciding_body) VALUES (?, ?, ?, ?, ?, ?, 'RES-T17', 'COUNCIL')""")
                .params(number, "APP-T17-" + i, kind, "会员" + i, status, today.minusYears(1)).update();
        return number;
    }

    private static Map<String, Object> roster(String basis, LocalDate effectiveFrom, Map<?, ?>... members) {
        return Map.of("basis", basis, "effectiveFrom", effectiveFrom.toString(), "members", List.of(members));
    }

    private static Map<String, Object> director(String name, String organisation, boolean executive, boolean frontLine) {
        return Map.of("name", name, "organisation", organisation, "frontLine", frontLine, "executive", executive);
    }

    private static Map<String, Object> executive(String name, String organisation) {
        return Map.of("name", name, "organisation", organisation, "frontLine", true);
    }

    private static Map<String, Object> representative(String name, String membershipNumber) {
        return Map.of("name", name, "organisation", "单位" + name, "frontLine", true, "membershipNumber", membershipNumber);
    }

    private static Map<String, Object> supervisor(String name) {
        return Map.of("name", name, "organisation", "单位" + name, "frontLine", true);
    }

    private static Map<String, Object> officer(String name, String office) {
        Map<String, Object> officer = new HashMap<>(supervisor(name));
        officer.put("office", office);
        return officer;
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private ResponseEntity<Map<String, Object>> put(String user, String body, Map<String, Object> roster) {
        return rest.withBasicAuth(user, user).exchange("/api/bodies/" + body + "/roster", HttpMethod.PUT, json(roster),
                new ParameterizedTypeReference<>() { });
    }

    private ResponseEntity<Map<String, Object>> putCsv(String user, String body, String csv, String basis, LocalDate from) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        URI uri = UriComponentsBuilder.fromPath("/api/bodies/" + body + "/roster").queryParam("basis", basis)
                .queryParam("effectiveFrom", from).encode(StandardCharsets.UTF_8).build().toUri();
        return rest.withBasicAuth(user, user).exchange(uri, HttpMethod.PUT,
                new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), new ParameterizedTypeReference<>() { });
    }

    private ResponseEntity<Map<String, Object>> get(String user, String path) {
        return rest.withBasicAuth(user, user).exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> members(ResponseEntity<Map<String, Object>> roster) {
        return (List<Map<String, Object>>) roster.getBody().get("members");
    }
}
