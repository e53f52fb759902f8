package cn.chia.governance.directors;

import cn.chia.governance.meeting.RecordResolution;

import cn.chia.governance.process.CurrentCharter;
import cn.chia.governance.process.ProcessTest;
import cn.chia.governance.process.WaitingCase;
import cn.chia.governance.process.WaitingCases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.Composition;
import cn.chia.governance.Resolutions;
import cn.chia.governance.register.DirectorRoster;
import cn.chia.governance.register.DirectorRoster.Director;

/**
 * Mid-term director adjustment, path by path. The decisions of the Standing Council and the Council are
 * sent to the case as a governance meeting sends them (DirectorAdjustmentThroughMeetingIT holds real meetings).
 * Each test starts from a roster of its own: 9 directors, 3 of them executive, 7 front-line (2 executives).
 */
@ProcessTest
class DirectorAdjustmentProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    DirectorRoster roster;
    @Autowired
    CurrentCharter charter;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    Map<String, Long> ids = new HashMap<>();
    /** The numbers the minutes gave the resolutions this test calls RES-2026-0101 and so on. */
    Map<String, String> recorded = new HashMap<>();

    @BeforeEach
    void arrangeRoster() {
        init(engine);
        new WaitingCases(engine).clearAll();
        emptyRoster();
        seed("Li Ming", true, true);
        seed("Wang Hong", true, true);
        seed("Zhao Lei", true, false);
        for (int i = 1; i <= 5; i++) {
            seed("Front-line Director " + i, false, true);
        }
        seed("Chen Jing", false, false);
    }

    @AfterEach
    void emptyRoster() {
        jdbc.sql("DELETE FROM gov_director").update();
    }

    @Test
    void anAdditionNominatedAndAdoptedEntersTheDirectorWithBothResolutions() {
        ProcessInstance adjustment = propose(add("Wang Fang", "Tsinghua University", false, true));
        assertThat(adjustment.getBusinessKey()).matches("DIR-\\d{4}-\\d{4}");
        assertThat(adjustment).isWaitingAt("Event_NominationTaken");
        assertThat(adjustment).variables().containsEntry(WaitingCase.MATTER, "DIRECTOR_NOMINATION")
                .containsEntry(WaitingCase.CASE_TITLE, "增补Wang Fang（Tsinghua University）为理事 Add Wang Fang (Tsinghua University) as director");

        decide(adjustment, "ADOPTED", "STANDING_COUNCIL", "RES-2026-0101");
        assertThat(adjustment).isWaitingAt("Event_CouncilDecisionTaken");
        assertThat(adjustment).variables().containsEntry(WaitingCase.MATTER, "DIRECTOR_ADJUSTMENT")
                .containsEntry(AdjustmentCase.NOMINATION_RESOLUTION, recorded.get("RES-2026-0101"));

        decide(adjustment, "ADOPTED", "COUNCIL", "RES-2026-0102");
        assertThat(adjustment).isWaitingAt("ServiceTask_AdjustRoster");
        execute(job(adjustment));
        assertThat(adjustment).isEnded().hasPassed("EndEvent_DirectorsAdjusted");

        Director added = roster.find((Long) historicVariable(adjustment, AdjustmentCase.NEW_DIRECTOR_ID)).orElseThrow();
        assertThat(added).extracting(Director::name, Director::organisation, Director::executive, Director::frontLine,
                Director::servingFrom, Director::servingUntil, Director::appointedCase, Director::appointedNomination,
                Director::appointedResolution)
                .containsExactly("Wang Fang", "Tsinghua University", false, true, LocalDate.now(clock), null,
                        adjustment.getBusinessKey(), recorded.get("RES-2026-0101"), recorded.get("RES-2026-0102"));
        assertThat(roster.current()).hasSize(10);
        assertThat(historicVariable(adjustment, AdjustmentCase.COMPOSITION_WARNINGS)).isEqualTo(List.of());
    }

    @Test
    void afterAnAdoptedAdjustmentLaterMeetingsCountTheSeatsOfTheRoster() {
        assertThat(charter.now().seats(Body.COUNCIL)).isEqualTo(9);
        assertThat(charter.now().seats(Body.STANDING_COUNCIL)).isEqualTo(3);

        ProcessInstance adjustment = propose(add("Liu Yang", "Peking University", false, true));
        adopt(adjustment);

        assertThat(charter.now().seats(Body.COUNCIL)).isEqualTo(10);
        assertThat(charter.now().seats(Body.STANDING_COUNCIL)).isEqualTo(3);
        assertThat(charter.now().checkQuorum(Body.COUNCIL, 7, 0).reason())
                .isEqualTo("Quorum met: 7 of 10 directors present; more than two thirds requires at least 7.");
    }

    @Test
    void anAdjustmentOfAnUnrecordedCouncilIsRefusedBeforeAnyVote() {
        Resolutions.emptyRosters(jdbc);
        assertRefused(add("Liu Yang", "Peking University", false, true),
                "理事会本届名册尚未登记", "The Council's roster for the term is not recorded");
    }

    @Test
    void anExecutiveDirectorBeyondOneThirdIsRefusedBeforeAnyVote() {
        // 9 directors, 3 executive: one more executive makes 4 of 10, more than one third
        assertRefused(add("Liu Yang", "Peking University", true, true),
                "4 executive directors for 10 directors: exceeds the limit of one third (at most 3)");
    }

    @Test
    void aDirectorLeavingWhoWouldLeaveTooManyExecutivesIsRefusedBeforeAnyVote() {
        // 9 directors, 3 executive: without Chen Jing, 3 of 8
        assertRefused(remove(ids.get("Chen Jing")),
                "3 executive directors for 8 directors: exceeds the limit of one third (at most 2)");
    }

    @Test
    void withoutDirectorsOnTheRosterTheConfiguredSeatsApply() {
        emptyRoster();
        assertThat(charter.now().seats(Body.COUNCIL)).isEqualTo(90);
        assertThat(charter.now().seats(Body.STANDING_COUNCIL)).isEqualTo(30);
        seed("Sole Director", false, true);
        assertThat(charter.now().seats(Body.COUNCIL)).isEqualTo(1);
        assertThat(charter.now().seats(Body.STANDING_COUNCIL)).as("no executive director on the roster yet")
                .isEqualTo(30);
    }

    @Test
    void aReplacementNamedByNameEndsTheServiceOfOneAndBeginsTheOther() {
        ProcessInstance adjustment = propose(Adjustments.aReplacement().ofDirectorNamed(" li ming ")
                .of("Sun Li", "Chinese Academy of Sciences").executive(true).frontLine(true).because("Changed employer"));
        assertThat(adjustment).variables().containsEntry(AdjustmentCase.DIRECTOR_ID, ids.get("Li Ming"))
                .containsEntry(WaitingCase.CASE_TITLE, "由Sun Li（Chinese Academy of Sciences）接替Li Ming任常务理事 Replace Li Ming by Sun Li (Chinese Academy of Sciences) as executive director");
        adopt(adjustment);

        Director left = roster.find(ids.get("Li Ming")).orElseThrow();
        assertThat(left).extracting(Director::servingUntil, Director::leftCase, Director::leftNomination,
                Director::leftResolution, Director::leftReason)
                .containsExactly(LocalDate.now(clock), adjustment.getBusinessKey(), recorded.get("RES-2026-0201"), recorded.get("RES-2026-0202"),
                        "Changed employer");
        assertThat(roster.current()).extracting(Director::name).contains("Sun Li").doesNotContain("Li Ming").hasSize(9);
        assertThat(charter.now().seats(Body.STANDING_COUNCIL)).isEqualTo(3);
    }

    @Test
    void aRemovalByRosterNumberEndsTheServiceAndShrinksTheCouncil() {
        ProcessInstance adjustment = propose(remove(ids.get("Zhao Lei")));
        assertThat(adjustment).variables()
                .containsEntry(WaitingCase.CASE_TITLE, "免去Zhao Lei（Test Institute）的理事职务 Remove Zhao Lei (Test Institute) from the Council");
        adopt(adjustment);

        assertThat(roster.find(ids.get("Zhao Lei")).orElseThrow().leftResolution()).isEqualTo(recorded.get("RES-2026-0202"));
        assertThat(roster.current()).hasSize(8);
        assertThat(charter.now().seats(Body.COUNCIL)).isEqualTo(8);
    }

    @Test
    void anAdjustmentThatBreaksACompositionRuleTakesEffectAndIsRecordedAsAWarning() {
        ProcessInstance adjustment = propose(add("Zhou Qiang", "Aerospace Holdings", false, false));
        adopt(adjustment);

        assertThat(roster.current()).hasSize(10);
        @SuppressWarnings("unchecked")
        List<String> warnings = (List<String>) historicVariable(adjustment, AdjustmentCase.COMPOSITION_WARNINGS);
        assertThat(warnings).singleElement().asString().startsWith(Composition.FRONT_LINE_DIRECTORS_CLAUSE)
                .contains("7 of 10 directors are front-line scientific workers");
    }

    @Test
    void anAdjustmentTheStandingCouncilDoesNotNominateEndsWithItsReasonAndTheRosterStays() {
        ProcessInstance adjustment = propose(remove(ids.get("Zhao Lei")));
        decide(adjustment, "REJECTED", "STANDING_COUNCIL", "RES-2026-0301");

        assertThat(adjustment).isEnded().hasPassed("EndEvent_NotNominated").hasNotPassed("Event_CouncilDecisionTaken");
        assertThat((String) historicVariable(adjustment, WaitingCase.DECISION_REASON)).startsWith("Rejected:");
        assertThat(roster.current()).hasSize(9);
    }

    @Test
    void anAdjustmentTheCouncilRejectsEndsWithItsReasonAndTheRosterStays() {
        ProcessInstance adjustment = propose(remove(ids.get("Zhao Lei")));
        decide(adjustment, "ADOPTED", "STANDING_COUNCIL", "RES-2026-0401");
        decide(adjustment, "REJECTED", "COUNCIL", "RES-2026-0402");

        assertThat(adjustment).isEnded().hasPassed("EndEvent_RejectedByCouncil").hasNotPassed("ServiceTask_AdjustRoster");
        assertThat((String) historicVariable(adjustment, WaitingCase.DECISION_REASON)).startsWith("Rejected:");
        assertThat(roster.find(ids.get("Zhao Lei")).orElseThrow().servingUntil()).isNull();
    }

    @Test
    void aProposalNamingNoServingDirectorByNumberIsRefused() {
        assertRefused(remove(999_999L), "No director with roster number 999999 serves");
    }

    @Test
    void aProposalNamingNoServingDirectorByNameIsRefused() {
        assertRefused(remove(null).ofDirectorNamed("Nobody Known"), "No director named Nobody Known serves");
    }

    @Test
    void aProposalNamingNoDirectorAtAllIsRefused() {
        assertRefused(remove(null), "Enter the roster number or the name of the director concerned");
    }

    @Test
    void aNameTwoDirectorsShareIsRefusedAskingForTheRosterNumber() {
        seed("Chen Jing", false, true);
        assertRefused(remove(null).ofDirectorNamed("Chen Jing"), "2 directors named Chen Jing serve", "enter the roster number");
    }

    @Test
    void anIncompleteProposalIsRefusedNamingEveryProblem() {
        assertRefused(Adjustments.anAddition().of(" ", null).executive(false).frontLine(false),
                "newDirectorName", "newDirectorOrganisation", "Give the reason");
    }

    @Test
    void aProposalOfAnUnknownKindIsRefused() {
        assertRefused(Adjustments.ofKind("PROMOTE").because("x"), "Choose the kind of adjustment");
    }

    @Test
    void anAdditionOfADirectorWhoServesAlreadyIsRefused() {
        assertRefused(add("Li Ming", "Test Institute", false, true), "Li Ming of Test Institute already serves");
    }

    @Test
    void aSecondOpenAdjustmentOfTheSameDirectorIsRefusedNamingTheOpenCase() {
        ProcessInstance first = propose(remove(ids.get("Zhao Lei")));
        assertRefused(remove(ids.get("Zhao Lei")), "already open: " + first.getBusinessKey());
    }

    private void adopt(ProcessInstance adjustment) {
        decide(adjustment, "ADOPTED", "STANDING_COUNCIL", "RES-2026-0201");
        decide(adjustment, "ADOPTED", "COUNCIL", "RES-2026-0202");
        execute(job(adjustment));
        assertThat(adjustment).isEnded().hasPassed("EndEvent_DirectorsAdjusted");
    }

    /** What a governance meeting sends the case (see RecordResolution). */
    private void decide(ProcessInstance adjustment, String outcome, String body, String resolution) {
        recorded.put(resolution, Resolutions.on(engine, adjustment.getBusinessKey(), outcome, body));
        engine.getRuntimeService().createMessageCorrelation(WaitingCase.DECISION_TAKEN)
                .processInstanceBusinessKey(adjustment.getBusinessKey())
                .setVariable(WaitingCase.DECISION_OUTCOME, outcome).setVariable(WaitingCase.RESOLUTION_NUMBER, recorded.get(resolution))
                .setVariable(WaitingCase.DECISION_REASON, outcome.equals("ADOPTED") ? "Adopted: as recorded." : "Rejected: as recorded.")
                .setVariable(WaitingCase.DECIDING_BODY, body)
                .correlateWithResult();
    }

    private ProcessInstance propose(Adjustments proposal) {
        return engine.getRuntimeService().startProcessInstanceByKey(AdjustmentCase.PROCESS_KEY, proposal.build());
    }

    private void assertRefused(Adjustments proposal, String... messages) {
        long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AdjustmentCase.PROCESS_KEY)
                .count();
        assertThatThrownBy(() -> propose(proposal)).isInstanceOf(BadUserRequestException.class)
                .satisfies(refused -> assertThat(refused.getMessage()).contains(messages));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AdjustmentCase.PROCESS_KEY)
                .count()).isEqualTo(before);
    }

    private static Adjustments add(String name, String organisation, boolean executive, boolean frontLine) {
        return Adjustments.anAddition().of(name, organisation).executive(executive).frontLine(frontLine)
                .because("Changed employer");
    }

    private static Adjustments remove(Long directorId) {
        return Adjustments.aRemoval().ofDirector(directorId)
                .because("Absent from three consecutive Council meetings without reason");
    }

    private void seed(String name, boolean executive, boolean frontLine) {
        ids.put(name, Resolutions.seatDirector(jdbc, name, "Test Institute", executive, frontLine));
    }

    private Object historicVariable(ProcessInstance instance, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).singleResult().getValue();
    }
}
