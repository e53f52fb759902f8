package cn.chia.governance.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
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
import cn.chia.governance.ballot.BallotCase;
import cn.chia.governance.meeting.MeetingCase;
import cn.chia.governance.meeting.Meetings;
import cn.chia.governance.process.WaitingCase;

/**
 * The whole renewal of the term through the running application: the Secretariat opens it through /engine-rest, a
 * Council meeting adopts the candidates, CAST's consent comes through /api/filings, the General Assembly elects the
 * directors and the supervisors on paper, the new Council its executive directors, president and vice presidents,
 * and a meeting of the new Council appoints the secretary-general. The API then shows the new rosters, the new term
 * and the renewal rule's warning.
 */
@GovernanceTest
class RenewalThroughMeetingsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CANDIDATES = List.of("原理事1", "原理事2", "原理事3", "原理事4", "原理事5", "原理事6",
            "原理事7", "新理事1", "新理事2", "新理事3");
    private static final List<String> SUPERVISORS = List.of("监事甲", "监事乙", "监事丙");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;

    Clerks clerks;

    @BeforeEach
    void anOldCouncilOfNineAndTheWindowOpen() {
        clerks = new Clerks(rest);
        runtime.createProcessInstanceQuery().processDefinitionKey(RenewalCase.PROCESS_KEY).list()
                .forEach(open -> runtime.deleteProcessInstance(open.getId(), "another test's renewal", true));
        Resolutions.emptyRosters(jdbc);
        jdbc.sql("DELETE FROM gov_term").update();
        for (int i = 1; i <= 9; i++) {
            Resolutions.seatDirector(jdbc, "原理事" + i, Renewals.organisation("原理事" + i), false, true);
        }
        ClockUtil.setCurrentTime(Date.from(Renewals.WINDOW_OPENS.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant()));
    }

    @AfterEach
    void backToTodayAndTheConfiguredTerm() {
        ClockUtil.reset();
        runtime.createProcessInstanceQuery().processDefinitionKey(RenewalCase.PROCESS_KEY).list()
                .forEach(open -> runtime.deleteProcessInstance(open.getId(), "test clean-up", true));
        Resolutions.emptyRosters(jdbc);
        jdbc.sql("DELETE FROM gov_term").update();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRenewalElectsANewTermWhoseRostersAndDatesTheApiShows() throws Exception {
        Answer early = openAs("clerk");
        String caseNumber = (String) early.ok().json().get("businessKey");
        assertThat(caseNumber).matches("GEL-2027-\\d{4}");
        Answer second = openAs("clerk");
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.body()).contains("The renewal " + caseNumber + " is under way");

        // the old Council adopts the candidates: 7 of 9 present, 5 in favour is more than two thirds of 7
        String adopting = holdCouncilMeeting(caseNumber, 7, 5);
        Map<String, Object> reply = Map.of("answer", "APPROVED", "reference", "科协函〔2027〕12号");
        assertThat(clerks.post("clerk", "/api/filings/" + caseNumber + "/reply", reply).status()).isEqualTo(200);
        clerks.complete("clerk", clerks.task("clerk", caseNumber, "UserTask_PrepareAssemblyElections"),
                Map.of(RenewalCase.ASSEMBLY_MODE, "PAPER")).ok();

        // the General Assembly on paper: nine directors, two of them new; three supervisors
        List<String> directors = CANDIDATES.subList(0, 9);
        String directorsResolution = countOnPaper(caseNumber, CANDIDATES, directors);
        countOnPaper(caseNumber, SUPERVISORS, SUPERVISORS);
        runJob(caseNumber);

        Map<String, Object> term = clerks.call("manager", HttpMethod.GET, "/api/terms", null).ok().json();
        assertThat(term).containsEntry("termStart", "2027-01-27").containsEntry("electedTermEnd", "2032-01-27")
                .containsEntry("currentTermEnd", "2032-01-27").containsEntry("electedBy", caseNumber)
                .containsEntry("resolutionNumber", directorsResolution);
        assertThat(roster("COUNCIL")).containsExactlyInAnyOrderElementsOf(directors);
        assertThat(roster("SUPERVISORS")).containsExactlyInAnyOrderElementsOf(SUPERVISORS);
        Map<String, Object> council = clerks.call("clerk", HttpMethod.GET, "/api/bodies/COUNCIL/roster", null).ok().json();
        assertThat((List<String>) ((Map<String, Object>) council.get("recording")).get("warnings"))
                .anySatisfy(warning -> assertThat(warning).contains("2 of 9 directors replaced; at least one third requires at least 3."));
        String prepare = clerks.task("clerk", caseNumber, "UserTask_PrepareCouncilElections");
        assertThat(variable(prepare, RenewalCase.COMPOSITION_WARNINGS)).asString()
                .contains("2 of 9 directors replaced; at least one third requires at least 3.");

        // the new Council's elections on paper
        clerks.complete("clerk", prepare, Map.of(RenewalCase.EXECUTIVE_SEATS, 3,
                RenewalCase.EXECUTIVE_CANDIDATES, "原理事1\n新理事1\n新理事2", RenewalCase.PRESIDENT_CANDIDATES, "原理事1",
                RenewalCase.VICE_PRESIDENT_SEATS, 1, RenewalCase.VICE_PRESIDENT_CANDIDATES, "新理事1\n新理事2",
                RenewalCase.COUNCIL_MODE, "PAPER")).ok();
        countOnPaper(caseNumber, List.of("原理事1", "新理事1", "新理事2"), List.of("原理事1", "新理事1", "新理事2"));
        countOnPaper(caseNumber, List.of("原理事1"), List.of("原理事1"));
        countOnPaper(caseNumber, List.of("新理事1", "新理事2"), List.of("新理事2"));

        // the new Council appoints the secretary-general: 8 of its 9 present, 6 in favour
        clerks.complete("clerk", clerks.task("clerk", caseNumber, "UserTask_ProposeSecretaryGeneral"),
                Map.of(RenewalCase.SECRETARY_GENERAL_NAME, "李秘书", RenewalCase.SECRETARY_GENERAL_ORGANISATION,
                        "本会秘书处 Secretariat")).ok();
        String appointing = holdCouncilMeeting(caseNumber, 8, 6);
        runJob(caseNumber);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();

        assertThat(roster("STANDING_COUNCIL")).containsExactlyInAnyOrder("原理事1", "新理事1", "新理事2");
        List<Map<String, Object>> officers = (List<Map<String, Object>>) clerks.call("clerk", HttpMethod.GET,
                "/api/bodies/OFFICERS/roster", null).ok().json().get("members");
        assertThat(officers).extracting(o -> o.get("office") + " " + o.get("name"))
                .containsExactlyInAnyOrder("PRESIDENT 原理事1", "VICE_PRESIDENT 新理事2", "SECRETARY_GENERAL 李秘书");
        String appointed = resolutionOn(appointing, caseNumber);
        assertThat(officers).allSatisfy(o -> assertThat((String) o.get("basis")).contains(appointed));
        assertThat(resolutionOn(adopting, caseNumber)).as("the minutes hold the adoption").startsWith("RES-");
    }

    @Test
    void onlyTheSecretariatOpensARenewal() {
        for (String user : List.of("liaison", "director", "standing", "manager", "branch")) {
            assertThat(openAs(user).status()).as(user).isEqualTo(403);
        }
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RenewalCase.PROCESS_KEY).count()).isZero();
    }

    private Answer openAs(String user) {
        return clerks.start(user, RenewalCase.PROCESS_KEY, Renewals.typical(CANDIDATES, SUPERVISORS).build());
    }

    @SuppressWarnings("unchecked")
    private List<String> roster(String body) {
        List<Map<String, Object>> members = (List<Map<String, Object>>) clerks.call("clerk", HttpMethod.GET,
                "/api/bodies/" + body + "/roster", null).ok().json().get("members");
        return members.stream().map(m -> (String) m.get("name")).toList();
    }

    /** The resolution the meeting's minutes hold on the case. */
    @SuppressWarnings("unchecked")
    private String resolutionOn(String meeting, String caseNumber) {
        List<Map<String, Object>> resolutions = (List<Map<String, Object>>) clerks.call("clerk", HttpMethod.GET,
                "/api/meetings/" + meeting + "/minutes", null).ok().json().get("resolutions");
        return resolutions.stream().filter(r -> caseNumber.equals(r.get("caseNumber"))).findFirst()
                .map(r -> (String) r.get("resolutionNumber")).orElseThrow();
    }

    private Object variable(String taskId, String name) throws Exception {
        Map<String, Object> value = JSON.readValue(clerks.call("clerk", HttpMethod.GET, "/engine-rest/task/" + taskId
                + "/variables/" + name, null).ok().body(), new TypeReference<>() { });
        return value.get("value");
    }

    /** The scrutineers' count of the ballot the renewal waits for, recorded by the clerk; answers its resolution. */
    private String countOnPaper(String caseNumber, List<String> candidates, List<String> elected) throws Exception {
        String renewal = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        List<Map<String, Object>> ballots = JSON.readValue(clerks.call("clerk", HttpMethod.GET,
                "/engine-rest/process-instance?superProcessInstance=" + renewal, null).ok().body(), new TypeReference<>() { });
        assertThat(ballots).hasSize(1);
        String ballot = (String) ballots.get(0).get("businessKey");
        String votes = candidates.stream().map(name -> name + ": " + (elected.contains(name) ? 80 : 20))
                .collect(Collectors.joining("\n"));
        clerks.complete("clerk", clerks.task("clerk", ballot, "UserTask_RecordPaperTally"), Map.of(
                BallotCase.BALLOTS_ISSUED, 100, BallotCase.BALLOTS_CAST, 100, BallotCase.VALID_BALLOTS, 100,
                BallotCase.INVALID_BALLOTS, 0, BallotCase.VOTES, votes)).ok();
        String minutes = clerks.call("clerk", HttpMethod.GET, "/api/ballots/" + ballot + "/minutes", null).ok().body();
        return (String) JSON.readValue(minutes, Map.class).get("resolutionNumber");
    }

    private void runJob(String caseNumber) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());
    }

    /** A Council meeting with only this case on its agenda, attendance by name, the votes on it; answers the meeting. */
    private String holdCouncilMeeting(String caseNumber, int present, int inFavour) {
        String meeting = runtime.startProcessInstanceByKey(MeetingCase.PROCESS_KEY,
                Meetings.ofTheCouncil().on(Renewals.WINDOW_OPENS).inPerson().build()).getBusinessKey();
        Task confirm = task(meeting, Meetings.Step.CONFIRM_AGENDA.id);
        @SuppressWarnings("unchecked")
        List<String> agenda = (List<String>) tasks.getVariable(confirm.getId(), MeetingCase.AGENDA_CASES);
        assertThat(agenda).contains(caseNumber);
        tasks.complete(confirm.getId(), Meetings.removing(agenda.stream().filter(c -> !c.equals(caseNumber)).toList()));
        Task attendance = task(meeting, Meetings.Step.RECORD_ATTENDANCE.id);
        SpinJsonNode roster = (SpinJsonNode) tasks.getVariable(attendance.getId(), MeetingCase.ROSTER_OPTIONS);
        List<Long> attending = roster.elements().stream().limit(present)
                .map(option -> Long.valueOf(option.prop("value").stringValue())).toList();
        tasks.complete(attendance.getId(), Meetings.attendanceByName().inPerson(attending).build());
        Task item = tasks.createTaskQuery().processInstanceBusinessKey(meeting).taskDefinitionKey(Meetings.Step.RECORD_VOTES.id)
                .list().stream().filter(t -> caseNumber.equals(tasks.getVariable(t.getId(), WaitingCase.CASE_NUMBER)))
                .findFirst().orElseThrow();
        tasks.complete(item.getId(), Meetings.votes(inFavour, present - inFavour, 0));
        tasks.complete(task(meeting, Meetings.Step.CONFIRM_RESOLUTION.id).getId(), Meetings.confirmed());
        return meeting;
    }

    private Task task(String businessKey, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key).singleResult();
    }

}
