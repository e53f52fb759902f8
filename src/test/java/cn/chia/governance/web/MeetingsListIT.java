package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.charter.Body;
import cn.chia.governance.meeting.MeetingCase;
import cn.chia.governance.meeting.Meetings;
import cn.chia.governance.register.MeetingRecords;

/**
 * The list of meetings, {@code GET /api/meetings}: each meeting with its state as the register and the engine know it,
 * the agenda of a meeting under way, the resolutions of one held with the titles of their cases; its filters, what it
 * refuses, and who may read it, with HTTP Basic or the webapps' session.
 */
@GovernanceTest
class MeetingsListIT {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    MeetingRecords records;
    @Autowired
    Clock clock;

    private MeetingsOnRecord meetings;

    @BeforeEach
    void noMeetingUnderWay() {
        meetings = new MeetingsOnRecord(engine, records);
        meetings.endMeetingsUnderWay();
    }

    @AfterEach
    void endTheMeetingsOpened() {
        meetings.endMeetingsUnderWay();
        runtime.createProcessInstanceQuery().processDefinitionKey("case-awaiting-decision").list()
                .forEach(i -> runtime.deleteProcessInstance(i.getId(), "test clean-up", true, true));
    }

    @Test
    void eachMeetingShowsItsStateTheAgendaOfOneUnderWayAndTheResolutionsOfOneHeld() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String first = meetings.waitingCase("APP-2026-950001", "欧阳娜娜");
        MeetingsOnRecord.Held held = meetings.hold(Body.COUNCIL, first, 5);
        String second = meetings.waitingCase("APP-2026-950002", "司马光 & <b>Sima</b>");
        String planned = meetings.open(Body.COUNCIL, today.plusDays(20));

        List<Map<String, Object>> list = clerk().get("/api/meetings").list();
        assertThat(entry(list, held.meeting())).containsEntry("body", "COUNCIL").containsEntry("date", today.toString())
                .containsEntry("byCommunication", false).containsEntry("state", "HELD").containsEntry("agenda", null)
                .containsEntry("agendaConfirmed", null)
                .containsEntry("resolutions", List.of(Map.of("number", held.resolution(), "caseNumber", first,
                        "title", "欧阳娜娜", "matter", "ADMISSION", "outcome", "ADOPTED")));
        assertThat(entry(list, planned)).containsEntry("state", "PLANNED").containsEntry("agendaConfirmed", false)
                .containsEntry("resolutions", List.of());
        assertThat(agenda(entry(list, planned))).contains(Map.of("caseNumber", second, "matter", "ADMISSION",
                "title", "司马光 & <b>Sima</b>"));
        assertThat(list).extracting(m -> (String) m.get("date")).as("the latest first")
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        // the minutes name the case's title beside its resolution
        assertThat(clerk().get("/api/meetings/" + held.meeting() + "/minutes").object())
                .extractingByKey("resolutions").asList().singleElement()
                .satisfies(r -> assertThat((Map<String, Object>) r).containsEntry("title", "欧阳娜娜"));

        // the clerk confirms the agenda with only the second case: confirmed, the others off it
        String confirm = tasks.createTaskQuery().processInstanceBusinessKey(planned)
                .taskDefinitionKey(Meetings.Step.CONFIRM_AGENDA.id).singleResult().getId();
        @SuppressWarnings("unchecked")
        List<String> gathered = (List<String>) tasks.getVariable(confirm, MeetingCase.AGENDA_CASES);
        tasks.complete(confirm, Meetings.removing(gathered.stream().filter(c -> !c.equals(second)).toList()));
        Map<String, Object> confirmed = entry(clerk().get("/api/meetings").list(), planned);
        assertThat(confirmed).containsEntry("state", "PLANNED").containsEntry("agendaConfirmed", true);
        assertThat(agenda(confirmed)).extracting(a -> a.get("caseNumber")).containsExactly(second);
    }

    @Test
    void aMeetingOnItsDayIsInSessionThenAdjournedClosedWithNothingToDecideOrCancelled() throws Exception {
        LocalDate today = LocalDate.now(clock);
        meetings.waitingCase("APP-2026-950003", "Deng Yi");
        String adjourned = meetings.open(Body.COUNCIL, today);
        String nothing = meetings.open(Body.GENERAL_ASSEMBLY, today);
        String cancelled = meetings.open(Body.GENERAL_ASSEMBLY, today.plusDays(3));
        List<Map<String, Object>> list = clerk().get("/api/meetings").list();
        assertThat(entry(list, adjourned)).containsEntry("state", "IN_SESSION").containsEntry("agendaConfirmed", false);
        assertThat(entry(list, cancelled)).containsEntry("state", "PLANNED");

        meetings.adjourn(adjourned);
        tasks.complete(task(nothing, Meetings.Step.CONFIRM_AGENDA), Meetings.agendaAsGathered());
        runtime.deleteProcessInstance(runtime.createProcessInstanceQuery().processInstanceBusinessKey(cancelled)
                .singleResult().getId(), "the Secretariat called the meeting off");

        list = clerk().get("/api/meetings").list();
        assertThat(entry(list, adjourned)).containsEntry("state", "ADJOURNED").containsEntry("agenda", null)
                .containsEntry("resolutions", List.of());
        assertThat(entry(list, nothing)).containsEntry("state", "NOTHING_TO_DECIDE");
        assertThat(entry(list, cancelled)).containsEntry("state", "CANCELLED").containsEntry("agenda", null);
    }

    @Test
    void theFiltersNarrowTheListByBodyAndYear() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String council = meetings.open(Body.COUNCIL, today.plusDays(1));
        String standing = meetings.open(Body.STANDING_COUNCIL, today);
        int year = today.getYear();

        List<Map<String, Object>> councils = clerk().get("/api/meetings?body=COUNCIL").list();
        assertThat(councils).extracting(m -> m.get("body")).containsOnly("COUNCIL");
        assertThat(councils).extracting(m -> m.get("number")).contains(council).doesNotContain(standing);
        List<Map<String, Object>> thisYear = clerk().get("/api/meetings?year=" + year).list();
        assertThat(thisYear).extracting(m -> ((String) m.get("date")).substring(0, 4)).containsOnly(String.valueOf(year));
        assertThat(thisYear).extracting(m -> m.get("number")).contains(standing);
        assertThat(clerk().get("/api/meetings?year=" + (year - 1)).list()).extracting(m -> m.get("number"))
                .doesNotContain(standing, council);
        assertThat(clerk().get("/api/meetings?body=STANDING_COUNCIL&year=" + year).list())
                .extracting(m -> m.get("number")).contains(standing).doesNotContain(council);
        assertThat(clerk().get("/api/meetings?body=GENERAL_ASSEMBLY&year=" + year).list())
                .extracting(m -> m.get("number")).doesNotContain(standing, council);
    }

    @Test
    void aFilterTheListDoesNotKnowIsRefusedInChineseAndEnglish() throws Exception {
        Map<String, String> refused = Map.of(
                "body=SENATE", "body 须为", "body=council", "body 须为", "body=", "body 须为",
                "year=26", "year 须为四位数字", "year=二〇二六", "year 须为四位数字", "year=2026-01", "year 须为四位数字",
                "body=%3Cscript%3Ealert(1)%3C/script%3E", "body 须为", "year=2026&year=2027", "各一次", "colour=red", "只接受筛选条件", "body=COUNCIL&status=HELD", "只接受筛选条件");
        for (Map.Entry<String, String> query : refused.entrySet()) {
            Http.Answer answer = clerk().get("/api/meetings?" + query.getKey().replace("二〇二六", "%E4%BA%8C%E3%80%87%E4%BA%8C%E5%85%AD"));
            assertThat(answer.status()).as(query.getKey()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat((String) answer.object().get("detail")).as(query.getKey()).contains(query.getValue())
                    .containsPattern("[a-z]+ [a-z]+ [a-z]+").doesNotContain("Exception", "<script>", "SENATE");
        }
    }

    @Test
    void theSecretariatTheCouncilAndManagersReadTheListOthersAreRefused() throws Exception {
        for (String reader : List.of("clerk", "director", "standing", "manager", "admin")) {
            assertThat(Http.basic(port, reader, reader).get("/api/meetings").status()).as(reader).isEqualTo(200);
            assertThat(Http.basic(port, reader, reader).get("/api/me").object()).as(reader)
                    .containsEntry("userId", reader).containsEntry("readsMeetings", true);
        }
        for (String other : List.of("branch", "liaison", "elector")) {
            Http.Answer refused = Http.basic(port, other, other).get("/api/meetings");
            assertThat(refused.status()).as(other).isEqualTo(403);
            assertThat((String) refused.object().get("detail")).contains("会议记录供秘书处", "The meetings are for");
            assertThat(Http.basic(port, other, other).get("/api/me").object()).as(other)
                    .containsEntry("readsMeetings", false).containsEntry("readsMemberRegister", false);
        }
        assertThat(Http.basic(port, "clerk", "clerk").get("/api/me").object()).containsEntry("readsMemberRegister", true);
        assertThat(Http.basic(port, "director", "director").get("/api/me").object())
                .containsEntry("readsMemberRegister", false);
        assertThat(Http.anonymous(port).get("/api/meetings").status()).isEqualTo(401);
        assertThat(Http.anonymous(port).get("/api/me").status()).isEqualTo(401);
        // a wrong password, of an account nobody has: a real user's failed login would make that user wait (the
        // login delay), and the next test that signs in as them would be refused
        assertThat(Http.basic(port, "nobody-" + java.util.UUID.randomUUID(), "wrong").get("/api/meetings").status())
                .isEqualTo(401);
    }

    @Test
    void thePersonSignedInToTasklistReadsTheListWithTheSessionButChangesNothingWithIt() throws Exception {
        int[] login = new int[1];
        Http director = Http.webapp(port, "director", "director", "tasklist", login);
        assertThat(login[0]).isEqualTo(200);
        assertThat(director.get("/api/meetings").status()).isEqualTo(200);
        assertThat(director.get("/api/me").object()).containsEntry("userId", "director");
        assertThat(director.get("/api/members").status()).as("the register is not the Council's").isEqualTo(403);
        Http branch = Http.webapp(port, "branch", "branch", "tasklist", login);
        assertThat(branch.get("/api/meetings").status()).isEqualTo(403);

        Http clerk = Http.webapp(port, "clerk", "clerk", "tasklist", login);
        assertThat(clerk.get("/api/members").status()).isEqualTo(200);
        Http.Answer change = clerk.post("/api/members/CHIA-1999-000001/dues", Map.of("date", "2026-01-01"));
        assertThat(change.status()).as("a change through /api needs HTTP Basic: %s", change).isEqualTo(401);
        assertThat(change.headers().firstValue("WWW-Authenticate")).as("the challenge, to a program").isPresent();
        Http.Answer fromAPage = clerk.send("POST", "/api/members/CHIA-1999-000001/dues", "application/json",
                "{\"date\":\"2026-01-01\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("X-Requested-With", "XMLHttpRequest"));
        assertThat(fromAPage.status()).isEqualTo(401);
        assertThat(fromAPage.headers().firstValue("WWW-Authenticate")).as("no password dialog over a page").isEmpty();
        assertThat(clerk.get("/engine-rest/task").status()).as("/engine-rest takes HTTP Basic alone").isEqualTo(401);

        clerk.post("/camunda/api/admin/auth/user/default/logout", Map.of());
        assertThat(clerk.get("/api/meetings").status()).as("signed out").isEqualTo(401);
    }

    private Http clerk() {
        return Http.basic(port, "clerk", "clerk");
    }

    private static Map<String, Object> entry(List<Map<String, Object>> list, String number) {
        return list.stream().filter(m -> number.equals(m.get("number"))).findFirst()
                .orElseThrow(() -> new AssertionError(number + " is not in the list"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> agenda(Map<String, Object> meeting) {
        return (List<Map<String, Object>>) meeting.get("agenda");
    }

    private String task(String meeting, Meetings.Step step) {
        return tasks.createTaskQuery().processInstanceBusinessKey(meeting).taskDefinitionKey(step.id).singleResult().getId();
    }
}
