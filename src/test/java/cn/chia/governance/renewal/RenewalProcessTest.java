package cn.chia.governance.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

import cn.chia.governance.Resolutions;
import cn.chia.governance.TestProfiles;
import cn.chia.governance.ballot.BallotCase;
import cn.chia.governance.charter.RosterBody;
import cn.chia.governance.filing.AuthorityAnswer;
import cn.chia.governance.process.WaitingCase;
import cn.chia.governance.process.WaitingCases;
import cn.chia.governance.register.MeetingRecords;
import cn.chia.governance.register.Notifier;
import cn.chia.governance.register.Rosters;
import cn.chia.governance.register.Rosters.Entry;
import cn.chia.governance.register.TermRecords;

/**
 * The renewal of the term, path by path, through the real ballots (on paper). The Council's decisions are sent to
 * the case as a governance meeting sends them (RenewalThroughMeetingsIT holds real meetings). Every flow node of
 * general-election is reached; the ballots it calls are covered by BallotProcessTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles(resolver = TestProfiles.class)
@Import({ProcessEngineCoverageConfiguration.class, RenewalProcessTest.CoverageOfTheRenewal.class})
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class RenewalProcessTest {

    /** 100 % of general-election; the ballot is BallotProcessTest's to cover. */
    @TestConfiguration(proxyBeanMethods = false)
    static class CoverageOfTheRenewal {
        @Bean
        ProcessEngineCoverageProperties processEngineCoverageProperties() {
            return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0)
                    .excludeProcessDefinitionKeys(WaitingCases.PROCESS_KEY, BallotCase.PROCESS_KEY).build();
        }
    }

    static final List<String> OLD_COUNCIL = names("原理事", 9);
    /** Seven of the old Council stand again with three new candidates, for nine seats. */
    static final List<String> DIRECTOR_CANDIDATES = List.of("原理事1", "原理事2", "原理事3", "原理事4", "原理事5", "原理事6",
            "原理事7", "新理事1", "新理事2", "新理事3");
    static final List<String> SUPERVISORS = List.of("监事甲", "监事乙", "监事丙");

    @Autowired
    ProcessEngine engine;
    @Autowired
    Rosters rosters;
    @Autowired
    TermRecords terms;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    Notifier notifier;
    @Autowired
    MeetingRecords meetings;

    @BeforeEach
    void theOldCouncilAndTheWindowOpen() {
        init(engine);
        new WaitingCases(engine).clearAll();
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(RenewalCase.PROCESS_KEY).list()
                .forEach(open -> engine.getRuntimeService().deleteProcessInstance(open.getId(), "test clean-up", true));
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(BallotCase.PROCESS_KEY).list()
                .forEach(open -> engine.getRuntimeService().deleteProcessInstance(open.getId(), "test clean-up", true));
        Resolutions.emptyRosters(jdbc);
        jdbc.sql("DELETE FROM gov_term").update();
        OLD_COUNCIL.forEach(name -> Resolutions.seatDirector(jdbc, name, Renewals.organisation(name), false, true));
        today(Renewals.WINDOW_OPENS);
    }

    @AfterEach
    void backToToday() {
        ClockUtil.reset();
        jdbc.sql("DELETE FROM gov_meeting WHERE business_key LIKE 'MTG-GEL-T-%'").update();
        Resolutions.emptyRosters(jdbc);
        jdbc.sql("DELETE FROM gov_term").update();
    }

    @Test
    void theWholeRenewalElectsTheNewTermsRostersAndWarnsWhenFewerThanAThirdOfTheDirectorsAreNew() {
        ProcessInstance renewal = open(Renewals.typical(DIRECTOR_CANDIDATES, SUPERVISORS));
        assertThat(renewal.getBusinessKey()).matches("GEL-2027-\\d{4}");
        assertThat(renewal).isWaitingAt("Event_CandidatesAdopted");
        assertThat(renewal).variables().containsEntry(WaitingCase.MATTER, "RENEWAL_CANDIDATES")
                .containsEntry(RenewalCase.CAST_CONSENT_REQUIRED, true);

        String adopting = decide(renewal, "ADOPTED");
        assertThat(renewal).isWaitingAt("UserTask_RecordCastAnswer");
        assertThat(renewal).variables().containsEntry(RenewalCase.CANDIDATES_RESOLUTION, adopting);
        complete(renewal, "UserTask_RecordCastAnswer",
                AuthorityAnswer.reply("APPROVED", "科协函〔2027〕12号", null, Renewals.WINDOW_OPENS.toString()));

        // the General Assembly, at its meeting of 200 present, elects nine directors of ten on paper: only two of them
        // new, one fewer than a third
        String assembly = assemblyMeeting(200);
        assertThat(renewal).isWaitingAt("UserTask_PrepareAssemblyElections");
        assertThatThrownBy(() -> complete(renewal, "UserTask_PrepareAssemblyElections",
                Map.of(RenewalCase.ASSEMBLY_MODE, "SHOW_OF_HANDS"))).hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("(assemblyMode) must be one of paper ballot (PAPER), electronic ballot (ELECTRONIC)");
        complete(renewal, "UserTask_PrepareAssemblyElections", Map.of(RenewalCase.ASSEMBLY_MODE, "PAPER",
                RenewalCase.ASSEMBLY_MEETING, " " + assembly));
        List<String> directors = DIRECTOR_CANDIDATES.stream().filter(name -> !name.equals("新理事3")).toList();
        countOnPaper(renewal, DIRECTOR_CANDIDATES, directors);
        assertThat(renewal).isWaitingAt("CallActivity_ElectSupervisors");
        countOnPaper(renewal, SUPERVISORS, SUPERVISORS);
        assertThat(renewal).isWaitingAt("ServiceTask_RecordNewCouncil");
        execute(job(renewal));
        assertThat(meetings.minutes(assembly).orElseThrow().elections()).as("the General Assembly's minutes")
                .extracting(MeetingRecords.Election::office, MeetingRecords.Election::resolutionNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DIRECTOR", engine.getRuntimeService()
                        .getVariable(renewal.getId(), RenewalCase.DIRECTORS_RESOLUTION)),
                        org.assertj.core.groups.Tuple.tuple("SUPERVISOR", engine.getRuntimeService()
                                .getVariable(renewal.getId(), RenewalCase.SUPERVISORS_RESOLUTION)));

        assertThat(renewal).isWaitingAt("UserTask_PrepareCouncilElections");
        String warnings = (String) engine.getRuntimeService().getVariable(renewal.getId(), RenewalCase.COMPOSITION_WARNINGS);
        assertThat(warnings).contains("2 of 9 directors replaced; at least one third requires at least 3.");
        assertThat(serving(RosterBody.COUNCIL)).extracting(Entry::name).containsExactlyInAnyOrderElementsOf(directors);
        assertThat(serving(RosterBody.SUPERVISORS)).extracting(Entry::name).containsExactlyInAnyOrderElementsOf(SUPERVISORS);
        assertThat(serving(RosterBody.COUNCIL)).allSatisfy(director -> assertThat(director.basis())
                .contains(renewal.getBusinessKey()));
        assertThat(terms.termStart()).isEqualTo(Renewals.WINDOW_OPENS);
        assertThat(terms.electedTermEnd()).isEqualTo(LocalDate.parse("2032-01-27"));
        assertThat(terms.currentTermEnd()).isEqualTo(LocalDate.parse("2032-01-27"));

        // the new Council: at most three executive directors of nine; a fourth seat is refused and the task stays
        Map<String, Object> elections = Map.of(RenewalCase.EXECUTIVE_SEATS, 3,
                RenewalCase.EXECUTIVE_CANDIDATES, "原理事1\n新理事1\n新理事2",
                RenewalCase.PRESIDENT_CANDIDATES, "原理事1",
                RenewalCase.VICE_PRESIDENT_SEATS, 2,
                RenewalCase.VICE_PRESIDENT_CANDIDATES, "新理事1\n新理事2",
                RenewalCase.COUNCIL_MODE, "PAPER");
        Map<String, Object> tooMany = new java.util.HashMap<>(elections);
        tooMany.put(RenewalCase.EXECUTIVE_SEATS, 4);
        tooMany.put(RenewalCase.EXECUTIVE_CANDIDATES, "原理事1\n新理事1\n新理事2\n新理事3");
        assertThatThrownBy(() -> complete(renewal, "UserTask_PrepareCouncilElections", tooMany))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("4 executive directors for 9 directors exceed one third (at most 3)")
                .hasMessageContaining("新理事3 is not a director of the new Council");
        complete(renewal, "UserTask_PrepareCouncilElections", elections);
        countOnPaper(renewal, List.of("原理事1", "新理事1", "新理事2"), List.of("原理事1", "新理事1", "新理事2"));
        countOnPaper(renewal, List.of("原理事1"), List.of("原理事1"));
        countOnPaper(renewal, List.of("新理事1", "新理事2"), List.of("新理事1", "新理事2"));

        // the Council does not appoint the first proposal; the Secretariat proposes again
        complete(renewal, "UserTask_ProposeSecretaryGeneral", Map.of(RenewalCase.SECRETARY_GENERAL_NAME, " 王秘书 ",
                RenewalCase.SECRETARY_GENERAL_ORGANISATION, "本会秘书处 Secretariat"));
        assertThat(renewal).isWaitingAt("Event_SecretaryGeneralAppointed");
        assertThat(renewal).variables().containsEntry(WaitingCase.MATTER, "SECRETARY_GENERAL_APPOINTMENT");
        decide(renewal, "REJECTED");
        assertThat(renewal).isWaitingAt("UserTask_ProposeSecretaryGeneral");
        complete(renewal, "UserTask_ProposeSecretaryGeneral", Map.of(RenewalCase.SECRETARY_GENERAL_NAME, "李秘书",
                RenewalCase.SECRETARY_GENERAL_ORGANISATION, "本会秘书处 Secretariat"));
        String appointing = decide(renewal, "ADOPTED");
        execute(job(renewal));
        assertThat(renewal).isEnded().hasPassed("EndEvent_TermRenewed");

        assertThat(serving(RosterBody.STANDING_COUNCIL)).extracting(Entry::name)
                .containsExactlyInAnyOrder("原理事1", "新理事1", "新理事2");
        assertThat(serving(RosterBody.OFFICERS)).extracting(entry -> entry.office().name() + " " + entry.name())
                .containsExactlyInAnyOrder("PRESIDENT 原理事1", "VICE_PRESIDENT 新理事1", "VICE_PRESIDENT 新理事2",
                        "SECRETARY_GENERAL 李秘书");
        assertThat(serving(RosterBody.OFFICERS)).allSatisfy(officer -> assertThat(officer.basis()).contains(appointing));
    }

    @Test
    void exactlyAThirdOfTheDirectorsNewIsNoWarning() {
        ProcessInstance renewal = open(Renewals.typical(DIRECTOR_CANDIDATES, SUPERVISORS));
        // CAST's consent not required (governance.renewal.cast-consent: false), as the case reads it
        engine.getRuntimeService().setVariable(renewal.getId(), RenewalCase.CAST_CONSENT_REQUIRED, false);
        decide(renewal, "ADOPTED");
        assertThat(renewal).hasPassed("Gateway_JoinConsent").hasNotPassed("UserTask_RecordCastAnswer");
        complete(renewal, "UserTask_PrepareAssemblyElections", Map.of(RenewalCase.ASSEMBLY_MODE, "PAPER"));
        List<String> directors = DIRECTOR_CANDIDATES.stream().filter(name -> !name.equals("原理事7")).toList();
        countOnPaper(renewal, DIRECTOR_CANDIDATES, directors);
        countOnPaper(renewal, SUPERVISORS, SUPERVISORS);
        execute(job(renewal));
        assertThat((String) engine.getRuntimeService().getVariable(renewal.getId(), RenewalCase.COMPOSITION_WARNINGS))
                .isEmpty();
    }

    @Test
    void candidatesTheCouncilDoesNotAdoptEndTheRenewalWithItsReason() {
        ProcessInstance renewal = open(Renewals.typical(DIRECTOR_CANDIDATES, SUPERVISORS));
        decide(renewal, "REJECTED");
        assertThat(renewal).isEnded().hasPassed("EndEvent_CandidatesNotAdopted");
        assertThat(serving(RosterBody.COUNCIL)).extracting(Entry::name).containsExactlyInAnyOrderElementsOf(OLD_COUNCIL);
    }

    @Test
    void castRefusingTheCandidatesEndsTheRenewalAndElectsNobody() {
        ProcessInstance renewal = open(Renewals.typical(DIRECTOR_CANDIDATES, SUPERVISORS));
        decide(renewal, "ADOPTED");
        complete(renewal, "UserTask_RecordCastAnswer", AuthorityAnswer.reply("REFUSED", "科协函〔2027〕13号",
                "候选人结构不合理 The candidates' structure is unbalanced", Renewals.WINDOW_OPENS.toString()));
        assertThat(renewal).isEnded().hasPassed("EndEvent_CastRefused");
        assertThat(terms.electedTermEnd()).isEqualTo(Renewals.CONFIGURED_TERM_END);
    }

    @Test
    void aDayBeforeTheWindowOpensTheRenewalIsRefusedWithTheDates() {
        today(Renewals.WINDOW_OPENS.minusDays(1));
        assertRefused(Renewals.typical(DIRECTOR_CANDIDATES, SUPERVISORS), "The renewal may be opened from 2027-01-27",
                "6 months before the term ends on 2027-07-27; today is 2027-01-26",
                "换届选举最早可于本届任期届满日 2027-07-27 前 6 个月，即 2027-01-27 起启动");
    }

    @Test
    void aSecondRenewalIsRefusedNamingTheOneUnderWay() {
        ProcessInstance first = open(Renewals.typical(DIRECTOR_CANDIDATES, SUPERVISORS));
        assertRefused(Renewals.typical(DIRECTOR_CANDIDATES, SUPERVISORS), "The renewal " + first.getBusinessKey()
                + " is under way");
    }

    @Test
    void theDailyCheckDoesNotRemindOfTheRenewalWhileOneIsUnderWay() {
        jdbc.sql("DELETE FROM gov_cadence_notice WHERE kind = 'RENEWAL_WINDOW'").update();
        jdbc.sql("DELETE FROM gov_notification WHERE case_number LIKE 'CAD-RENEWAL-%'").update();
        open(Renewals.typical(DIRECTOR_CANDIDATES, SUPERVISORS));
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processDefinitionKey("meeting-cadence").timers().singleResult().getId());
        assertThat(notifier.of("CAD-RENEWAL-2027-07-27")).as("a renewal is under way").isEmpty();
    }

    @Test
    void badListsAreRefusedNamingEveryProblem() {
        assertRefused(Renewals.of(3, List.of("甲", "乙"), 1, List.of())
                        .with(RenewalCase.DIRECTOR_CANDIDATES, "甲 | 单位甲 | 理事会 | 是\n甲 | 单位甲 | 理事会 | 是\n乙 | 单位乙 | | 也许"),
                "2 director candidates for 3 seats", "candidate 2, 甲, is named twice", "does not say who proposed them",
                "does not say whether front-line", "0 supervisor candidates for 1 seat");
    }

    // --- helpers

    /** A meeting of the General Assembly today whose attendance was recorded as a head count. */
    private String assemblyMeeting(int present) {
        String key = "MTG-GEL-T-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO gov_meeting (business_key, body, meeting_date, by_communication, seats, status, opened_at,
                    present_in_person, present_by_proxy) VALUES (?, 'GENERAL_ASSEMBLY', ?, FALSE, 300, 'HELD', ?, ?, 0)""")
                .params(key, LocalDate.now(clock), java.time.LocalDateTime.now(clock), present).update();
        return key;
    }

    private static List<String> names(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + i).collect(Collectors.toList());
    }

    private static void today(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant()));
    }

    private ProcessInstance open(Renewals renewal) {
        return engine.getRuntimeService().startProcessInstanceByKey(RenewalCase.PROCESS_KEY, renewal.build());
    }

    private void assertRefused(Renewals renewal, String... messages) {
        long before = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(RenewalCase.PROCESS_KEY).count();
        assertThatThrownBy(() -> open(renewal)).isInstanceOf(BadUserRequestException.class)
                .satisfies(refused -> assertThat(refused.getMessage()).contains(messages));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(RenewalCase.PROCESS_KEY).count()).isEqualTo(before);
    }

    /** The Council's resolution on the matter the case waits for, recorded and sent as a meeting sends it. */
    private String decide(ProcessInstance renewal, String outcome) {
        String resolution = Resolutions.on(engine, renewal.getBusinessKey(), outcome, "COUNCIL");
        engine.getRuntimeService().createMessageCorrelation(WaitingCase.DECISION_TAKEN)
                .processInstanceBusinessKey(renewal.getBusinessKey())
                .setVariable(WaitingCase.DECISION_OUTCOME, outcome).setVariable(WaitingCase.RESOLUTION_NUMBER, resolution)
                .setVariable(WaitingCase.DECISION_REASON, outcome.equals("ADOPTED") ? "Adopted: as recorded." : "Rejected: as recorded.")
                .setVariable(WaitingCase.DECIDING_BODY, "COUNCIL")
                .correlateWithResult();
        return resolution;
    }

    private void complete(ProcessInstance renewal, String activity, Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(renewal.getId())
                .taskDefinitionKey(activity).singleResult();
        engine.getTaskService().complete(task.getId(), variables);
    }

    /** The scrutineers' count of the ballot the renewal waits for: 100 ballots, 80 votes for each elected, 20 for the rest. */
    private void countOnPaper(ProcessInstance renewal, List<String> candidates, List<String> elected) {
        ProcessInstance ballot = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(renewal.getId()).singleResult();
        Task tally = engine.getTaskService().createTaskQuery().processInstanceId(ballot.getId())
                .taskDefinitionKey("UserTask_RecordPaperTally").singleResult();
        String votes = candidates.stream().map(name -> name + ": " + (elected.contains(name) ? 80 : 20))
                .collect(Collectors.joining("\n"));
        engine.getTaskService().complete(tally.getId(), Map.of(BallotCase.BALLOTS_ISSUED, 100, BallotCase.BALLOTS_CAST,
                100, BallotCase.VALID_BALLOTS, 100, BallotCase.INVALID_BALLOTS, 0, BallotCase.VOTES, votes));
    }

    private List<Entry> serving(RosterBody body) {
        return rosters.members(body, LocalDate.now(clock));
    }
}
