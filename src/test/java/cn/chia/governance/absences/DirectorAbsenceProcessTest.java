package cn.chia.governance.absences;

import static cn.chia.governance.absences.AbsenceCase.ANSWER;
import static cn.chia.governance.absences.AbsenceCase.ANSWERED_ON;
import static cn.chia.governance.absences.AbsenceCase.ANSWER_REASONS;
import static cn.chia.governance.absences.AbsenceCase.REQUEST_SENT_ON;
import static cn.chia.governance.charter.AttendanceRoll.Presence.ABSENT;
import static cn.chia.governance.charter.AttendanceRoll.Presence.BY_PROXY;
import static cn.chia.governance.charter.AttendanceRoll.Presence.EXCUSED;
import static cn.chia.governance.charter.AttendanceRoll.Presence.IN_PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.chia.governance.Resolutions;
import cn.chia.governance.charter.ActKind;
import cn.chia.governance.charter.AttendanceRoll.Presence;
import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.RosterBody;
import cn.chia.governance.process.Members;
import cn.chia.governance.process.ProcessTest;
import cn.chia.governance.process.WaitingCases;
import cn.chia.governance.register.MeetingRecords;
import cn.chia.governance.register.Rosters;
import cn.chia.governance.register.Rosters.NewMember;

/**
 * A director's absences, path by path. The meetings' attendance is written to the minutes as a meeting writes it
 * (the register announces it), so that the case opens as it does after a real meeting; the meetings are a month apart
 * in 2026, in the term that ends in 2027 (application.yaml).
 */
@ProcessTest
class DirectorAbsenceProcessTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final LocalDate FIRST_MEETING = LocalDate.of(2026, 1, 10);

    @Autowired
    ProcessEngine engine;
    @Autowired
    MeetingRecords meetings;
    @Autowired
    Rosters rosters;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    /** Council roster numbers: Wang (also executive), Li, Zhao. */
    List<Long> council;
    /** Standing Council roster number of Wang. */
    long wangExecutive;
    int held;

    @BeforeEach
    void threeDirectorsOneOfThemExecutive() {
        init(engine);
        new WaitingCases(engine).clearAll();
        Resolutions.emptyRosters(jdbc);
        Members.today(TODAY);
        LocalDate from = FIRST_MEETING.minusDays(1);
        council = rosters.record(RosterBody.COUNCIL, "第五届会员代表大会选举", ActKind.ELECTION, from,
                List.of(director("王芳", true), director("李明", false), director("赵强", false)), "clerk", user -> false)
                .members().stream().map(Rosters.Entry::rosterNumber).toList();
        wangExecutive = rosters.record(RosterBody.STANDING_COUNCIL, "第五届理事会第一次会议选举", ActKind.ELECTION, from,
                List.of(director("王芳", true)), "clerk", user -> false).members().get(0).rosterNumber();
    }

    @AfterEach
    void resetClockAndRosters() {
        ClockUtil.reset();
        Resolutions.emptyRosters(jdbc);
    }

    @Test
    void theThirdAbsenceWithoutReasonInARowOpensACaseAndTheDirectorWhoResignsLeavesBothRosters() {
        councilMeeting(ABSENT, IN_PERSON, IN_PERSON);
        councilMeeting(ABSENT, IN_PERSON, IN_PERSON);
        assertThat(cases()).as("two absences").isEmpty();

        String third = councilMeeting(ABSENT, IN_PERSON, IN_PERSON);
        ProcessInstance absence = cases().get(0);
        assertThat(cases()).hasSize(1);
        assertThat(absence.getBusinessKey()).matches("ABS-2026-\\d{4}");
        assertThat(absence).isWaitingAt("UserTask_RequestResignation").task().hasCandidateGroup("secretariat");
        assertThat(absence).variables().containsEntry(AbsenceCase.CASE_TITLE, "王芳（研究所 王芳）")
                .containsEntry(AbsenceCase.ROSTER_NUMBER, council.get(0))
                .containsEntry(AbsenceCase.BODY_TITLE, "理事会 Council")
                .containsEntry(AbsenceCase.LAST_ABSENCE_ON, "2026-03-10");
        assertThat((String) engine.getRuntimeService().getVariable(absence.getId(), AbsenceCase.ABSENCES))
                .matches("MTG-T-\\w+ \\(2026-01-10\\)\nMTG-T-\\w+ \\(2026-02-10\\)\n" + third + " \\(2026-03-10\\)");
        assertThat((String) engine.getRuntimeService().getVariable(absence.getId(), AbsenceCase.REASON))
                .startsWith("连续 3 次无故缺席理事会会议").contains("3 consecutive absences without reason from the Council");

        meetings.recordAttendance(third, Map.of(council.get(0), ABSENT), Map.of());
        assertThat(cases()).as("the same absences, announced again").hasSize(1);

        complete(task(absence), withVariables(REQUEST_SENT_ON, "2026-11-20"));
        assertThat(absence).isWaitingAt("UserTask_RecordAnswer").task().hasCandidateGroup("secretariat");
        complete(task(absence), withVariables(ANSWER, "RESIGNS", ANSWERED_ON, "2026-11-30"));

        assertThat(absence).isEnded().hasPassed("ServiceTask_EndService", "EndEvent_DirectorResigned");
        Rosters.Entry wang = rosters.entry(council.get(0)).orElseThrow();
        assertThat(wang.until()).isEqualTo(TODAY);
        assertThat(wang.leftCase()).isEqualTo(absence.getBusinessKey());
        assertThat(wang.leftReason()).isEqualTo("Resigned after absences without reason, case " + absence.getBusinessKey()
                + " (2026-11-30)");
        assertThat(rosters.entry(wangExecutive).orElseThrow().until()).as("an executive director is a director")
                .isEqualTo(TODAY);
        assertThat(rosters.entry(council.get(1)).orElseThrow().until()).isNull();
    }

    @Test
    void aDirectorWhoGivesReasonsStaysAndTheCountStartsAgainAfterTheCase() {
        councilMeeting(IN_PERSON, ABSENT, IN_PERSON);
        councilMeeting(IN_PERSON, ABSENT, IN_PERSON);
        councilMeeting(IN_PERSON, ABSENT, IN_PERSON);
        ProcessInstance absence = cases().get(0);
        complete(task(absence), withVariables(REQUEST_SENT_ON, "2026-11-20"));

        assertThatThrownBy(() -> complete(task(absence), withVariables(ANSWER, "STAYS", ANSWERED_ON, "2026-11-25")))
                .hasRootCauseInstanceOf(BadUserRequestException.class).rootCause().hasMessageContaining("gives reasons");
        assertThatThrownBy(() -> complete(task(absence), withVariables(ANSWER, "MAYBE", ANSWERED_ON, "2026-11-25")))
                .rootCause().hasMessageContaining("resigns (RESIGNS) or gives reasons and stays (STAYS)");
        complete(task(absence), withVariables(ANSWER, "STAYS", ANSWERED_ON, "2026-11-25",
                ANSWER_REASONS, "在国外执行科研任务，已向秘书处补交说明。 On a research mission abroad."));
        assertThat(absence).isEnded().hasPassed("EndEvent_DirectorStays").hasNotPassed("ServiceTask_EndService");
        assertThat(rosters.entry(council.get(1)).orElseThrow().until()).isNull();

        councilMeeting(IN_PERSON, ABSENT, IN_PERSON);
        councilMeeting(IN_PERSON, ABSENT, IN_PERSON);
        assertThat(cases()).as("two absences since the case").isEmpty();
        councilMeeting(IN_PERSON, ABSENT, IN_PERSON);
        assertThat(cases()).singleElement().satisfies(second -> {
            assertThat(second.getBusinessKey()).isNotEqualTo(absence.getBusinessKey());
            assertThat(second).variables().containsEntry(AbsenceCase.LAST_ABSENCE_ON, "2026-06-10");
        });
    }

    @Test
    void anExcusedAbsenceNeitherCountsNorBreaksTheRunAndAnAttendanceByProxyBreaksIt() {
        councilMeeting(IN_PERSON, IN_PERSON, ABSENT);
        councilMeeting(IN_PERSON, IN_PERSON, EXCUSED);
        councilMeeting(IN_PERSON, IN_PERSON, ABSENT);
        councilMeeting(IN_PERSON, IN_PERSON, BY_PROXY);
        councilMeeting(IN_PERSON, IN_PERSON, ABSENT);
        councilMeeting(IN_PERSON, IN_PERSON, ABSENT);
        assertThat(cases()).isEmpty();
        councilMeeting(IN_PERSON, IN_PERSON, EXCUSED);
        councilMeeting(IN_PERSON, IN_PERSON, ABSENT);
        assertThat(cases()).singleElement().satisfies(absence -> assertThat(absence).variables()
                .containsEntry(AbsenceCase.ROSTER_NUMBER, council.get(2)));
    }

    @Test
    void theFifthAbsenceWithoutReasonFromTheStandingCouncilOpensACaseNotTheFourth() {
        for (Presence presence : List.of(ABSENT, IN_PERSON, ABSENT, EXCUSED, ABSENT, IN_PERSON, ABSENT)) {
            meeting(Body.STANDING_COUNCIL, Map.of(wangExecutive, presence));
        }
        assertThat(cases()).as("four absences").isEmpty();
        meeting(Body.STANDING_COUNCIL, Map.of(wangExecutive, ABSENT));
        ProcessInstance absence = cases().get(0);
        assertThat(absence).variables().containsEntry(AbsenceCase.ROSTER_NUMBER, wangExecutive)
                .containsEntry(AbsenceCase.BODY_TITLE, "常务理事会 Standing Council");

        complete(task(absence), withVariables(REQUEST_SENT_ON, "2026-11-20"));
        complete(task(absence), withVariables(ANSWER, "RESIGNS", ANSWERED_ON, "2026-11-20"));
        assertThat(rosters.entry(wangExecutive).orElseThrow().until()).isEqualTo(TODAY);
        assertThat(rosters.entry(council.get(0)).orElseThrow().until()).as("resigns from the Standing Council only")
                .isNull();
    }

    @Test
    void theDaysRecordedRunFromTheLastAbsenceToTodayAndTheAnswerFollowsTheRequest() {
        for (int i = 0; i < 3; i++) {
            councilMeeting(ABSENT, IN_PERSON, IN_PERSON);
        }
        ProcessInstance absence = cases().get(0);
        for (String day : List.of("2026-03-09", "2026-12-02")) {
            assertThatThrownBy(() -> complete(task(absence), withVariables(REQUEST_SENT_ON, day))).as(day)
                    .hasRootCauseInstanceOf(BadUserRequestException.class);
        }
        complete(task(absence), withVariables(REQUEST_SENT_ON, "2026-03-10"));
        for (String day : List.of("2026-03-09", "2026-12-02")) {
            assertThatThrownBy(() -> complete(task(absence), withVariables(ANSWER, "RESIGNS", ANSWERED_ON, day)))
                    .as(day).hasRootCauseInstanceOf(BadUserRequestException.class);
        }
        assertThat(absence).isWaitingAt("UserTask_RecordAnswer");
    }

    @Test
    void aCaseStartedByHandIsHeldToTheSameRules() {
        councilMeeting(ABSENT, ABSENT, IN_PERSON);
        councilMeeting(ABSENT, IN_PERSON, IN_PERSON);
        assertThatThrownBy(() -> start(Body.COUNCIL, council.get(0))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("2 consecutive absences without reason from the Council");
        assertThatThrownBy(() -> start(Body.STANDING_COUNCIL, council.get(0))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("is no serving executive director of the Standing Council");
        assertThatThrownBy(() -> AbsenceCase.start(engine.getRuntimeService(),
                Map.of(AbsenceCase.BODY, "GENERAL_ASSEMBLY", AbsenceCase.ROSTER_NUMBER, 1L)))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Give the body");
        councilMeeting(ABSENT, IN_PERSON, IN_PERSON);
        assertThat(cases()).hasSize(1);
        assertThatThrownBy(() -> start(Body.COUNCIL, council.get(0))).isInstanceOf(BadUserRequestException.class)
                .as("the absences the open case counted count no more")
                .hasMessageContaining("0 consecutive absences without reason from the Council");
        assertThat(cases()).hasSize(1);
    }

    private void start(Body body, long rosterNumber) {
        AbsenceCase.start(engine.getRuntimeService(), body, rosterNumber);
    }

    private List<ProcessInstance> cases() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AbsenceCase.PROCESS_KEY)
                .orderByBusinessKey().asc().list();
    }

    /** A Council meeting, the next month: Wang, Li and Zhao as given. */
    private String councilMeeting(Presence wang, Presence li, Presence zhao) {
        Map<Long, Presence> presence = new LinkedHashMap<>();
        presence.put(council.get(0), wang);
        presence.put(council.get(1), li);
        presence.put(council.get(2), zhao);
        return meeting(Body.COUNCIL, presence);
    }

    /** A meeting of the body the next month, its attendance taken by name as a meeting takes it. */
    private String meeting(Body body, Map<Long, Presence> presence) {
        String key = "MTG-T-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        meetings.open(key, body, FIRST_MEETING.plusMonths(held++), false, presence.size(), null, null);
        meetings.recordRoster(key, presence.keySet().stream().map(number -> rosters.entry(number).orElseThrow())
                .map(entry -> new MeetingRecords.RosterMember(entry.rosterNumber(), entry.name(), entry.organisation()))
                .toList());
        Map<Long, Long> representedBy = new LinkedHashMap<>();
        presence.forEach((number, how) -> {
            if (how == BY_PROXY) {
                representedBy.put(number, council.get(0));
            }
        });
        meetings.recordAttendance(key, presence, representedBy);
        return key;
    }

    private static NewMember director(String name, boolean executive) {
        return new NewMember(name, "研究所 " + name, true, executive, null, null, null);
    }
}
