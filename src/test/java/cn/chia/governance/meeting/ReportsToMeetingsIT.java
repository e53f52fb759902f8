package cn.chia.governance.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
import cn.chia.governance.admission.AdmissionCase;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.charter.Body;

/**
 * What the Council and the Standing Council are told without a vote, and when the Standing Council may meet: the
 * Standing Council "shall be responsible to the Council" (its resolutions reported to the next Council meeting), the
 * bodies that adopt admissions see the applications that never reached them, and the Standing Council acts for the
 * Council only "when the Council is not in session".
 */
@GovernanceTest
class ReportsToMeetingsIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    Clock clock;

    @Test
    void theStandingCouncilDoesNotMeetWhileACouncilMeetingIsOpenAndTheRefusalNamesIt() {
        LocalDate day = LocalDate.now(clock).plusDays(20);
        String council = open(Body.COUNCIL, day);

        ResponseEntity<Map<String, Object>> refused = start("clerk", Meetings.ofTheStandingCouncil().on(day.plusDays(1)));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains(council).contains("理事会会议")
                .contains("not in session");

        ResponseEntity<Map<String, Object>> before = start("clerk", Meetings.ofTheStandingCouncil().on(day.minusDays(1)));
        assertThat(before.getStatusCode()).as("a Standing Council meeting before the Council meets: %s", before.getBody())
                .isEqualTo(HttpStatus.OK);
        close((String) before.getBody().get("businessKey"));

        close(council);
        ResponseEntity<Map<String, Object>> after = start("clerk", Meetings.ofTheStandingCouncil().on(day.plusDays(1)));
        assertThat(after.getStatusCode()).as("once the Council meeting closed: %s", after.getBody())
                .isEqualTo(HttpStatus.OK);
        close((String) after.getBody().get("businessKey"));
    }

    @Test
    void applicationsThatNeverReachedAMeetingAreReportedOnceToTheNextCouncilOrStandingCouncilMeeting() {
        String rejected = applyAndReview("Zhou Jiu", AdmissionCase.REJECT);
        String declined = declinedByBranch("Wu Shi");
        LocalDate day = LocalDate.now(clock);

        String standing = open(Body.STANDING_COUNCIL, day);
        close(standing);
        List<Map<String, Object>> reports = reports(standing);
        assertThat(reports).filteredOn(r -> rejected.equals(r.get("reference"))).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("kind", "APPLICATION_NOT_ADMITTED"))
                .satisfies(r -> assertThat((String) r.get("summary")).contains("Zhou Jiu").contains("联络部审查未通过")
                        .contains("rejected in the Liaison Department's review"));
        assertThat(reports).filteredOn(r -> declined.equals(r.get("reference"))).singleElement()
                .satisfies(r -> assertThat((String) r.get("summary")).contains("Wu Shi").contains("分支机构不推荐")
                        .contains("Not active in the branch's field"));

        String council = open(Body.COUNCIL, day);
        close(council);
        assertThat(reports(council)).extracting(r -> r.get("reference")).as("reported once, to the first meeting")
                .doesNotContain(rejected, declined);
    }

    @Test
    void theStandingCouncilsResolutionsAreReportedToTheNextCouncilMeetingHeldNotToOneAdjourned() {
        String admitted = applyAndReview("Zheng Shiyi", AdmissionCase.FORWARD);
        LocalDate day = LocalDate.now(clock);
        String standing = open(Body.STANDING_COUNCIL, day);
        Task confirm = task(standing, "UserTask_ConfirmAgenda");
        tasks.complete(confirm.getId(), Meetings.removing(agendaWithout(confirm, admitted)));
        tasks.complete(task(standing, "UserTask_RecordAttendance").getId(), Meetings.attendance(25, 0));
        tasks.complete(task(standing, "UserTask_RecordVotes").getId(), Meetings.votes(20, 3, 2));
        tasks.complete(task(standing, "UserTask_ConfirmResolution").getId(), Meetings.confirmed());
        String resolution = (String) runtime.getVariable(instance(admitted).getId(), "resolutionNumber");
        assertThat(resolution).matches("RES-\\d{4}-\\d{4}");
        assertThat(reports(standing)).extracting(r -> r.get("reference")).as("not to the Standing Council itself")
                .doesNotContain(resolution);

        // a Council meeting adjourned for want of a quorum did not receive its reports
        String waiting = applyAndReview("Wang Shier", AdmissionCase.FORWARD);
        String adjourned = open(Body.COUNCIL, day);
        confirm = task(adjourned, "UserTask_ConfirmAgenda");
        tasks.complete(confirm.getId(), Meetings.removing(agendaWithout(confirm, waiting)));
        assertThat(reports(adjourned)).extracting(r -> r.get("reference")).contains(resolution);
        tasks.complete(task(adjourned, "UserTask_RecordAttendance").getId(), Meetings.attendance(60, 0));
        assertThat(instance(adjourned)).as("60 of 90 is no quorum: adjourned").isNull();

        String held = open(Body.COUNCIL, day);
        close(held);
        assertThat(reports(held)).filteredOn(r -> resolution.equals(r.get("reference"))).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("kind", "STANDING_COUNCIL_RESOLUTION"))
                .satisfies(r -> assertThat((String) r.get("summary")).contains("常务理事会第 " + resolution + " 号决议")
                        .contains(admitted).contains(standing).contains("会员入会，通过。")
                        .contains("Admission of a member, adopted.").doesNotContain("ADOPTED"));

        String next = open(Body.COUNCIL, day);
        close(next);
        assertThat(reports(next)).extracting(r -> r.get("reference")).as("reported once").doesNotContain(resolution);
        runtime.deleteProcessInstance(instance(waiting).getId(), "test clean-up", true);
    }

    // --- helpers

    private String applyAndReview(String name, String decision) {
        ProcessInstance application = runtime.startProcessInstanceByKey(AdmissionCase.PROCESS_KEY,
                Applications.aPerson(name).build());
        Task review = tasks.createTaskQuery().processInstanceId(application.getId())
                .taskDefinitionKey(AdmissionCase.Step.REVIEW_APPLICATION.id()).singleResult();
        Map<String, Object> variables = new HashMap<>(Map.of(AdmissionCase.REVIEW_DECISION, decision));
        if (AdmissionCase.REJECT.equals(decision)) {
            variables.put(AdmissionCase.REASON, "Outside the association's scope");
        }
        tasks.complete(review.getId(), variables);
        return application.getBusinessKey();
    }

    private String declinedByBranch(String name) {
        ProcessInstance application = runtime.startProcessInstanceByKey(AdmissionCase.PROCESS_KEY,
                Applications.aPerson(name).withBranch("branch-beijing").build());
        Task recommend = tasks.createTaskQuery().processInstanceId(application.getId())
                .taskDefinitionKey(AdmissionCase.Step.RECOMMEND_CANDIDATE.id()).singleResult();
        tasks.complete(recommend.getId(), Map.of(AdmissionCase.RECOMMENDATION, AdmissionCase.DECLINE,
                AdmissionCase.REASON, "Not active in the branch's field"));
        return application.getBusinessKey();
    }

    private String open(Body body, LocalDate day) {
        return runtime.startProcessInstanceByKey(MeetingCase.PROCESS_KEY, Meetings.of(body).on(day).build())
                .getBusinessKey();
    }

    /** Confirms the agenda with every item taken off: the meeting closes with nothing to decide. */
    private void close(String meeting) {
        Task confirm = task(meeting, "UserTask_ConfirmAgenda");
        tasks.complete(confirm.getId(), Meetings.removing(agendaWithout(confirm, null)));
        assertThat(instance(meeting)).as(meeting + " closed").isNull();
    }

    @SuppressWarnings("unchecked")
    private List<String> agendaWithout(Task confirm, String kept) {
        return ((List<String>) tasks.getVariable(confirm.getId(), MeetingCase.AGENDA_CASES)).stream()
                .filter(c -> !c.equals(kept)).toList();
    }

    private Task task(String businessKey, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key).singleResult();
    }

    private ProcessInstance instance(String businessKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> reports(String meeting) {
        ResponseEntity<Map<String, Object>> minutes = rest.withBasicAuth("director", "director").exchange(
                "/api/meetings/" + meeting + "/minutes", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(minutes.getStatusCode()).isEqualTo(HttpStatus.OK);
        return (List<Map<String, Object>>) minutes.getBody().get("reports");
    }

    private ResponseEntity<Map<String, Object>> start(String user, Meetings meeting) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).exchange("/engine-rest/process-definition/key/" + MeetingCase.PROCESS_KEY
                + "/start", HttpMethod.POST, new HttpEntity<>(Map.of("variables", meeting.buildForRest()), headers),
                new ParameterizedTypeReference<>() { });
    }
}
