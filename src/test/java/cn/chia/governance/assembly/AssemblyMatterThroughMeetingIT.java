package cn.chia.governance.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
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
 * The General Assembly's matters as the Secretariat drives them through the REST API Tasklist uses: it opens the
 * matters, holds General Assembly meetings that gather them onto the agenda and decide them under the Assembly's quorum
 * (more than two thirds of the representatives present) and majority (more than half of those present), records the
 * authorities' answers through the filings API, and reads the outcome in the register. First with head counts and the
 * 300 configured seats, then by name with a recorded roster of 9 representatives.
 */
@GovernanceTest
class AssemblyMatterThroughMeetingIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "CHIA-T19-";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
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
    void clean() {
        Resolutions.emptyRosters(jdbc);
        jdbc.sql("DELETE FROM gov_member WHERE membership_number LIKE ?").param(PREFIX + "%").update();
    }

    @Test
    void aGeneralAssemblyOfThreeHundredNeedsMoreThanTwoHundredPresentAndAdoptsByMoreThanHalfOfThem() throws Exception {
        String reports = open(AssemblyProposals.of("COUNCIL_REPORTS").titled("第五届理事会工作报告和财务报告"));
        String fees = open(AssemblyProposals.aFeeStandard("个人会员每年 200 元，单位会员每年 2000 元。"));
        assertThat(reports).matches("GAM-\\d{4}-\\d{4}");

        // 200 of 300 is not more than two thirds: the meeting adjourns and both matters wait for the next
        String adjourned = holdMeeting(List.of(reports, fees), Clerks.variables(Meetings.attendance(200, 0)), Map.of());
        assertThat(history.createHistoricActivityInstanceQuery().activityId("EndEvent_MeetingAdjourned")
                .processInstanceId(meetingInstance(adjourned)).count()).isOne();
        assertThat(waiting(reports)).isTrue();
        assertThat(waiting(fees)).isTrue();

        // 201 present: 100 in favour is not more than half, 101 is
        String held = holdMeeting(List.of(reports, fees), Clerks.variables(Meetings.attendance(201, 0)),
                Map.of(reports, Meetings.votes(100, 101, 0), fees, Meetings.votes(101, 99, 1)));
        runJobs(reports);
        runJobs(fees);
        assertThat(waiting(reports)).isFalse();
        assertThat(waiting(fees)).isFalse();

        Map<String, Map<String, Object>> resolutions = resolutions(held);
        assertThat(resolutions.get(reports)).containsEntry("outcome", "REJECTED").containsEntry("matter", "COUNCIL_REPORTS")
                .containsEntry("body", "GENERAL_ASSEMBLY").containsEntry("seats", 300).containsEntry("votesFor", 100)
                .containsEntry("requiredVotes", 101);
        assertThat(resolutions.get(fees)).containsEntry("outcome", "ADOPTED").containsEntry("matter", "FEE_STANDARD")
                .containsEntry("votesFor", 101);
        assertThat((String) resolutions.get(fees).get("resolutionNumber")).matches("RES-\\d{4}-\\d{4}");

        Map<String, Map<String, Object>> matters = matters("manager", "");
        assertThat(matters.get(reports)).containsEntry("status", "NOT_ADOPTED").containsEntry("documentReference",
                "中高产会〔2026〕12号").containsEntry("resolutionNumber", resolutions.get(reports).get("resolutionNumber"));
        assertThat(matters.get(fees)).containsEntry("status", "ADOPTED")
                .containsEntry("feeStandard", "个人会员每年 200 元，单位会员每年 2000 元。")
                .containsEntry("resolutionNumber", resolutions.get(fees).get("resolutionNumber"));
        assertThat(matters("director", "?kind=FEE_STANDARD")).containsKey(fees).doesNotContainKey(reports);
        assertThat(clerks.call("clerk", HttpMethod.GET, "/api/assembly/matters?kind=ELECTION", null).status()).isEqualTo(400);
        assertThat(clerks.call("liaison", HttpMethod.GET, "/api/assembly/matters", null).status()).isEqualTo(403);
        assertThat(clerks.call(null, HttpMethod.GET, "/api/assembly/matters", null).status()).isEqualTo(401);
    }

    @Test
    void byNameTheAssemblyAdoptsAnAmendmentTheAuthoritiesApproveAndARemovalThatEndsTheService() throws Exception {
        List<Long> representatives = assemblyOfNine();
        long director = Resolutions.seatDirector(jdbc, "王理事", "北京大学", true, true);
        long supervisor = Resolutions.seatSupervisor(jdbc, "赵监事", "复旦大学");
        String amendment = open(AssemblyProposals.anAmendment());
        String removal = open(AssemblyProposals.aRemoval(director, supervisor));
        String termination = open(AssemblyProposals.aTermination());
        List<String> cases = List.of(amendment, removal, termination);

        // 6 of 9 is not more than two thirds
        String adjourned = holdMeeting(cases, Meetings.attendanceByName().inPerson(representatives.subList(0, 6))
                .buildForRest(), Map.of());
        assertThat(history.createHistoricActivityInstanceQuery().activityId("EndEvent_MeetingAdjourned")
                .processInstanceId(meetingInstance(adjourned)).count()).isOne();
        cases.forEach(c -> assertThat(waiting(c)).as(c).isTrue());

        // 7 of 9 present (one excused): 4 in favour is more than half of 7, 3 is not
        String held = holdMeeting(cases, Meetings.attendanceByName().inPerson(representatives.subList(0, 7))
                .excused(representatives.get(7)).buildForRest(), Map.of(amendment, Meetings.votes(4, 3, 0),
                        removal, Meetings.votes(4, 2, 1), termination, Meetings.votes(3, 4, 0)));
        cases.forEach(this::runJobs);
        Map<String, Object> minutes = clerks.call("clerk", HttpMethod.GET, "/api/meetings/" + held + "/minutes", null).ok()
                .json();
        assertThat((Map<String, Object>) minutes.get("meeting")).containsEntry("seats", 9).containsEntry("presentInPerson", 7);
        assertThat((List<?>) minutes.get("attendance")).hasSize(9);
        Map<String, Map<String, Object>> resolutions = resolutions(held);
        assertThat(resolutions.get(termination)).containsEntry("outcome", "REJECTED");
        assertThat(resolutions.get(removal)).containsEntry("outcome", "ADOPTED");

        // the removal: both leave their rosters, with the resolution as basis (today is their last day)
        String removing = (String) resolutions.get(removal).get("resolutionNumber");
        Map<String, Object> council = clerks.call("clerk", HttpMethod.GET, "/api/bodies/COUNCIL/roster?on="
                + LocalDate.now(clock).plusDays(1), null).ok().json();
        assertThat((List<?>) council.get("members")).isEmpty();
        assertThat(jdbc.sql("SELECT left_resolution FROM gov_director WHERE id IN (?, ?)").params(director, supervisor)
                .query(String.class).list()).containsExactly(removing, removing);
        assertThat(matters("clerk", "").get(removal)).containsEntry("status", "ADOPTED").asString().contains("王理事", "赵监事");

        // the amendment: CAST reviews, the Ministry approves, answered through the filings API
        assertThat(matters("clerk", "").get(amendment)).containsEntry("status", "FILED");
        Answer early = clerks.post("clerk", "/api/filings/" + removal + "/reply", Map.of("answer", "APPROVED"));
        assertThat(early.status()).as("a removal is not filed").isEqualTo(409);
        clerks.post("clerk", "/api/filings/" + amendment + "/reply", Map.of("answer", "APPROVED", "reference",
                "科协审〔2026〕8号")).ok();
        assertThat(clerks.post("director", "/api/filings/" + amendment + "/reply", Map.of("answer", "APPROVED"))
                .status()).isEqualTo(403);
        clerks.post("clerk", "/api/filings/" + amendment + "/reply", Map.of("answer", "APPROVED", "reference",
                "民社批〔2026〕21号")).ok();
        assertThat(waiting(amendment)).isFalse();
        assertThat(matters("clerk", "").get(amendment)).containsEntry("status", "APPROVED")
                .containsEntry("castReference", "科协审〔2026〕8号").containsEntry("mcaReference", "民社批〔2026〕21号");
        assertThat(matters("clerk", "").get(termination)).containsEntry("status", "NOT_ADOPTED");
    }

    @Test
    void onlyTheSecretariatOpensAMatterOfTheAssembly() {
        Map<String, Object> matter = AssemblyProposals.of("OTHER_MAJOR_MATTER").build();
        long before = runtime.createProcessInstanceQuery().processDefinitionKey(AssemblyMatterCase.PROCESS_KEY).count();
        for (String user : List.of("liaison", "director", "standing", "manager", "branch")) {
            for (String endpoint : List.of("/start", "/submit-form")) {
                Answer refused = clerks.post(user, "/engine-rest/process-definition/key/" + AssemblyMatterCase.PROCESS_KEY
                        + endpoint, Map.of("variables", Clerks.variables(matter)));
                assertThat(refused.status()).as(user + endpoint + ": " + refused.body()).isEqualTo(403);
            }
        }
        Answer refused = clerks.start("clerk", AssemblyMatterCase.PROCESS_KEY, AssemblyProposals.of("ELECTION").build());
        assertThat(refused.status()).as("the form's kinds: an election is a ballot").isEqualTo(400);
        assertThat(refused.body()).contains("matterKind").contains("REMOVAL_FROM_OFFICE");
        Answer incomplete = clerks.start("clerk", AssemblyMatterCase.PROCESS_KEY, AssemblyProposals.aRemoval()
                .removing("999999, x").build());
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.body()).contains("会员代表大会议题无法受理").contains("999999：名册中无此编号")
                .contains("999999: no such roster number")
                .contains("not roster numbers: x");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AssemblyMatterCase.PROCESS_KEY).count())
                .isEqualTo(before);
    }

    private String open(AssemblyProposals proposal) {
        return (String) clerks.start("clerk", AssemblyMatterCase.PROCESS_KEY, proposal.build()).ok().json()
                .get("businessKey");
    }

    /** A General Assembly of 9 representatives, recorded through the roster API; answers their roster numbers. */
    private List<Long> assemblyOfNine() throws Exception {
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            String number = PREFIX + String.format("%06d", i);
            jdbc.sql("""
                    INSERT INTO gov_member (membership_number, case_number, kind, name, status, admitted_on,
                        resolution_number, deciding_body) VALUES (?, ?, 'INDIVIDUAL', ?, 'ACTIVE', ?, 'RES-T19', 'COUNCIL')""")
                    .params(number, "APP-T19-" + i, "代表" + i, LocalDate.now(clock).minusYears(1)).update();
            people.add(Map.of("name", "代表" + i, "organisation", "单位" + i, "frontLine", true, "membershipNumber", number));
        }
        Map<String, Object> recorded = clerks.call("clerk", HttpMethod.PUT, "/api/bodies/GENERAL_ASSEMBLY/roster",
                Map.of("basis", "第五届会员代表大会代表", "effectiveFrom", LocalDate.now(clock).toString(), "members", people))
                .ok().json();
        List<Long> numbers = new ArrayList<>();
        ((List<Map<String, Object>>) recorded.get("members")).forEach(m -> numbers.add(((Number) m.get("rosterNumber")).longValue()));
        return numbers;
    }

    /**
     * Opens a General Assembly meeting, keeps only these cases on its agenda, records the attendance (REST variables)
     * and, when the quorum is met, the votes on each case; answers the meeting's number.
     */
    private String holdMeeting(List<String> cases, Map<String, Object> attendance, Map<String, Map<String, Object>> votes)
            throws Exception {
        String key = (String) clerks.start("clerk", MeetingCase.PROCESS_KEY, Meetings.ofTheGeneralAssembly()
                .on(LocalDate.now(clock)).inPerson().build()).ok().json().get("businessKey");
        String confirm = clerks.task("clerk", key, Meetings.Step.CONFIRM_AGENDA.id);
        List<String> agenda = JSON.convertValue(clerks.call("clerk", HttpMethod.GET, "/engine-rest/task/" + confirm
                + "/variables/" + MeetingCase.AGENDA_CASES + "?deserializeValue=true", null).ok().json().get("value"),
                new TypeReference<List<String>>() { });
        assertThat(agenda).as("the General Assembly gathers its matters").containsAll(cases);
        clerks.complete("clerk", confirm, Meetings.removing(agenda.stream().filter(c -> !cases.contains(c)).toList()))
                .ok();
        clerks.post("clerk", "/engine-rest/task/" + clerks.task("clerk", key, Meetings.Step.RECORD_ATTENDANCE.id)
                + "/complete", Map.of("variables", attendance)).ok();
        for (int i = 0; i < votes.size(); i++) {
            String task = clerks.task("clerk", key, Meetings.Step.RECORD_VOTES.id);
            String item = (String) clerks.call("clerk", HttpMethod.GET, "/engine-rest/task/" + task + "/variables/"
                    + "caseNumber", null).ok().json().get("value");
            clerks.complete("clerk", task, votes.get(item)).ok();
            clerks.complete("clerk", clerks.task("clerk", key, Meetings.Step.CONFIRM_RESOLUTION.id), Meetings.confirmed())
                    .ok();
        }
        return key;
    }

    private String meetingInstance(String meeting) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(meeting).singleResult().getId();
    }

    private boolean waiting(String caseNumber) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(caseNumber)
                .messageEventSubscriptionName(AssemblyMatterCase.DECISION_TAKEN).count() > 0;
    }

    /** Runs the case's job (recording the decision), as the job executor would. */
    private void runJobs(String caseNumber) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        for (Job job : management.createJobQuery().processInstanceId(instance).executable().list()) {
            if (job.getDuedate() == null) {
                management.executeJob(job.getId());
            }
        }
    }

    /** The resolutions of the meeting by case number, as its minutes show them through the API. */
    private Map<String, Map<String, Object>> resolutions(String meeting) {
        List<Map<String, Object>> resolutions = JSON.convertValue(clerks.call("clerk", HttpMethod.GET,
                "/api/meetings/" + meeting + "/minutes", null).ok().json().get("resolutions"), new TypeReference<>() { });
        Map<String, Map<String, Object>> byCase = new LinkedHashMap<>();
        resolutions.forEach(r -> byCase.put((String) r.get("caseNumber"), r));
        return byCase;
    }

    /** The register's General Assembly matters by case number, as the API shows them to the user. */
    private Map<String, Map<String, Object>> matters(String user, String query) throws Exception {
        List<Map<String, Object>> list = JSON.readValue(clerks.call(user, HttpMethod.GET, "/api/assembly/matters" + query,
                null).ok().body(), new TypeReference<>() { });
        Map<String, Map<String, Object>> byCase = new LinkedHashMap<>();
        list.forEach(m -> byCase.put((String) m.get("caseNumber"), m));
        return byCase;
    }
}
