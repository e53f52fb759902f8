package cn.chia.governance.honorary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.chia.governance.Clerks;
import cn.chia.governance.Clerks.Answer;
import cn.chia.governance.GovernanceTest;
import cn.chia.governance.Resolutions;
import cn.chia.governance.meeting.MeetingCase;
import cn.chia.governance.meeting.Meetings;

/**
 * Honorary membership as the Secretariat drives it through the REST API Tasklist uses: it proposes a foreign expert,
 * holds a Standing Council meeting that recommends and a Council meeting that approves, and finds an honorary member
 * in the register, whom the daily sweep leaves, whose dues are not taken, and whom no roster takes as a representative
 * or an elected director. No body has a recorded roster here: attendance is a count.
 */
@GovernanceTest
class HonoraryMembershipThroughMeetingIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    Clerks clerks;

    @BeforeEach
    void noRosters() {
        clerks = new Clerks(rest);
        Resolutions.emptyRosters(jdbc);
    }

    @AfterEach
    void emptyRosters() {
        Resolutions.emptyRosters(jdbc);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStandingCouncilRecommendsTheCouncilApprovesAndTheRegisterHoldsAnHonoraryMember() throws Exception {
        String caseNumber = (String) clerks.start("clerk", HonoraryMembershipCase.PROCESS_KEY,
                HonoraryProposals.aForeigner("Anna Schmidt", "Fraunhofer ILT", "Germany").phone("+49 241 8906 0").build())
                .ok().json().get("businessKey");
        assertThat(caseNumber).matches("HON-\\d{4}-\\d{4}");

        // the Standing Council: 30 seats, 25 present, 17 in favour is more than two thirds of 25
        String recommending = holdMeeting(Meetings.ofTheStandingCouncil(), caseNumber, 25, 17);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult())
                .as("waits for the Council").isNotNull();
        // the Council: 90 seats, 61 present, 41 in favour is more than two thirds of 61
        String approving = holdMeeting(Meetings.ofTheCouncil(), caseNumber, 61, 41);
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();

        Map<String, Object> member = members("manager").stream().filter(m -> caseNumber.equals(m.get("caseNumber")))
                .findFirst().orElseThrow();
        assertThat(member).containsEntry("kind", "HONORARY").containsEntry("name", "Anna Schmidt")
                .containsEntry("nationality", "Germany").containsEntry("status", "ACTIVE")
                .containsEntry("decidingBody", "COUNCIL")
                .containsEntry("recommendationResolution", resolution(recommending, caseNumber))
                .containsEntry("resolutionNumber", resolution(approving, caseNumber));
        String number = (String) member.get("membershipNumber");
        assertThat(number).matches("CHIA-\\d{4}-\\d{6}");

        // no dues, and so never deemed withdrawn: the daily sweep three years on leaves the honorary member
        assertThat(clerks.post("clerk", "/api/members/" + number + "/dues",
                Map.of("date", LocalDate.now(clock).toString())).status()).isEqualTo(400);
        jdbc.sql("UPDATE gov_member SET admitted_on = ? WHERE membership_number = ?")
                .params(LocalDate.now(clock).minusYears(3), number).update();
        management.executeJob(management.createJobQuery().processDefinitionKey("inactivity-sweep").timers()
                .singleResult().getId());
        Map<String, Object> file = clerks.call("clerk", HttpMethod.GET, "/api/members/" + number, null).ok().json();
        assertThat((Map<String, Object>) file.get("member")).containsEntry("status", "ACTIVE");

        // neither a representative nor elected
        Answer representative = clerks.call("clerk", HttpMethod.PUT, "/api/bodies/GENERAL_ASSEMBLY/roster",
                roster(Map.of("name", "Anna Schmidt", "organisation", "Fraunhofer ILT", "frontLine", true,
                        "membershipNumber", number)));
        assertThat(representative.status()).as(representative.body()).isEqualTo(400);
        assertThat(representative.body()).contains("是荣誉会员，不能担任会员代表")
                .contains("is an honorary member, who cannot be a representative");
        Answer director = clerks.call("clerk", HttpMethod.PUT, "/api/bodies/COUNCIL/roster",
                roster(Map.of("name", "Anna Schmidt", "organisation", "Fraunhofer ILT", "frontLine", true,
                        "executive", false, "membershipNumber", number)));
        assertThat(director.status()).as(director.body()).isEqualTo(400);
        assertThat(director.body()).contains("是荣誉会员，不能当选理事").contains("who cannot be elected director");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gov_roster").query(Long.class).single()).as("nothing recorded").isZero();
    }

    @Test
    void onlyTheSecretariatProposesAnHonoraryMember() {
        Map<String, Object> proposal = HonoraryProposals.aChineseExpert("Refused Proposal", "Tsinghua University").build();
        long before = runtime.createProcessInstanceQuery().processDefinitionKey(HonoraryMembershipCase.PROCESS_KEY).count();
        for (String user : List.of("liaison", "director", "standing", "manager", "branch")) {
            for (String endpoint : List.of("/start", "/submit-form")) {
                Answer refused = clerks.post(user, "/engine-rest/process-definition/key/"
                        + HonoraryMembershipCase.PROCESS_KEY + endpoint, Map.of("variables", Clerks.variables(proposal)));
                assertThat(refused.status()).as(user + endpoint + ": " + refused.body()).isEqualTo(403);
            }
        }
        assertThat(clerks.post(null, "/engine-rest/process-definition/key/" + HonoraryMembershipCase.PROCESS_KEY
                + "/start", Map.of("variables", Clerks.variables(proposal))).status()).isEqualTo(401);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(HonoraryMembershipCase.PROCESS_KEY).count())
                .isEqualTo(before);
    }

    /** Opens a meeting of the body with only this case on its agenda, records attendance and the votes on it. */
    private String holdMeeting(Meetings meeting, String caseNumber, int present, int inFavour) throws Exception {
        String key = (String) clerks.start("clerk", MeetingCase.PROCESS_KEY, meeting.today().inPerson().build())
                .ok().json().get("businessKey");
        String confirm = clerks.task("clerk", key, Meetings.Step.CONFIRM_AGENDA.id);
        List<String> agenda = JSON.convertValue(clerks.call("clerk", HttpMethod.GET, "/engine-rest/task/" + confirm
                + "/variables/" + MeetingCase.AGENDA_CASES + "?deserializeValue=true", null).ok().json().get("value"),
                new TypeReference<List<String>>() { });
        assertThat(agenda).contains(caseNumber);
        clerks.complete("clerk", confirm, Meetings.removing(agenda.stream().filter(c -> !c.equals(caseNumber)).toList()))
                .ok();
        clerks.complete("clerk", clerks.task("clerk", key, Meetings.Step.RECORD_ATTENDANCE.id),
                Meetings.attendance(present, 0)).ok();
        clerks.complete("clerk", clerks.task("clerk", key, Meetings.Step.RECORD_VOTES.id),
                Meetings.votes(inFavour, present - inFavour, 0)).ok();
        clerks.complete("clerk", clerks.task("clerk", key, Meetings.Step.CONFIRM_RESOLUTION.id), Meetings.confirmed()).ok();
        return key;
    }

    /** The number of the resolution the meeting took on the case, as its minutes show it through the API. */
    private String resolution(String meeting, String caseNumber) {
        List<Map<String, Object>> resolutions = JSON.convertValue(clerks.call("clerk", HttpMethod.GET,
                "/api/meetings/" + meeting + "/minutes", null).ok().json().get("resolutions"), new TypeReference<>() { });
        return (String) resolutions.stream().filter(r -> caseNumber.equals(r.get("caseNumber"))).findFirst()
                .orElseThrow().get("resolutionNumber");
    }

    private List<Map<String, Object>> members(String user) throws Exception {
        return JSON.readValue(clerks.call(user, HttpMethod.GET, "/api/members", null).ok().body(), new TypeReference<>() { });
    }

    private Map<String, Object> roster(Map<String, Object> person) {
        return Map.of("basis", "第五届会员代表大会第一次会议选举", "effectiveFrom", LocalDate.now(clock).toString(),
                "members", List.of(person));
    }
}
