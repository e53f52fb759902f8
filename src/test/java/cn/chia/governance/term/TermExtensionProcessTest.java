package cn.chia.governance.term;

import cn.chia.governance.filing.Filings;
import cn.chia.governance.process.ProcessTest;
import cn.chia.governance.process.WaitingCase;
import cn.chia.governance.process.WaitingCases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.chia.governance.Resolutions;
import cn.chia.governance.register.Notifier;
import cn.chia.governance.register.TermRecords;
import cn.chia.governance.register.TermRecords.TermChange;

/** Term extension or early change, path by path. The term as elected ends on 2027-07-27 (application.yaml). */
@ProcessTest
class TermExtensionProcessTest {

    /** The number the minutes gave the last decision delivered. */
    String resolution;

    private static final LocalDate TERM_END = TermChanges.TERM_END;

    @Autowired
    ProcessEngine engine;
    @Autowired
    TermRecords terms;
    @Autowired
    Notifier notifier;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void theTermAsElected() {
        init(engine);
        new WaitingCases(engine).clearAll();
        jdbc.sql("DELETE FROM gov_term_change").update();
        jdbc.sql("DELETE FROM gov_term").update();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        jdbc.sql("DELETE FROM gov_term").update();
    }

    @Test
    void afterARenewalTheNewTermIsExtendedFromItsOwnEndAsElectedAndTheOldPostponementNoLongerCounts() {
        approve(request(TermChanges.anExtension().to(TERM_END.plusMonths(6))));
        assertThat(terms.currentTermEnd()).isEqualTo(TERM_END.plusMonths(6));

        LocalDate elected = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        terms.recordElectedTerm("GEL-TEST-0001", elected, "RES-TEST-0001");
        LocalDate newEnd = elected.plusYears(5);
        assertThat(terms.termStart()).isEqualTo(elected);
        assertThat(terms.electedTermEnd()).isEqualTo(newEnd);
        assertThat(terms.currentTermEnd()).as("the old term's postponement does not move the new term").isEqualTo(newEnd);

        assertThatThrownBy(() -> request(TermChanges.anExtension().from(TERM_END.plusMonths(6)).to(newEnd.plusMonths(6))))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("register says the current term ends on "
                        + newEnd);
        assertThatThrownBy(() -> request(TermChanges.anExtension().from(newEnd).to(newEnd.plusYears(1).plusDays(1))))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("counted from its end as elected (" + newEnd + ")");
        approve(request(TermChanges.anExtension().from(newEnd).to(newEnd.plusYears(1))));
        assertThat(terms.currentTermEnd()).isEqualTo(newEnd.plusYears(1));
        assertThat(terms.term().electedBy()).isEqualTo("GEL-TEST-0001");
    }

    @Test
    void aPostponementAdoptedReviewedAndApprovedMovesTheEndOfTheTerm() {
        ProcessInstance change = request(TermChanges.anExtension().to(TERM_END.plusYears(1)));
        assertThat(change.getBusinessKey()).matches("TRM-\\d{4}-\\d{4}");
        assertThat(change).isWaitingAt("Event_CouncilDecisionTaken");
        assertThat(change).variables().containsEntry(WaitingCase.MATTER, "TERM_CHANGE");

        decide(change, "ADOPTED");
        assertThat(change).isWaitingAt("UserTask_RecordCastAnswer").task().hasCandidateGroup("secretariat");
        answer(change, "APPROVED", "CAST-R-2026-12", null);
        assertThat(change).isWaitingAt("UserTask_RecordMcaAnswer");
        answer(change, "APPROVED", "MCA-2026-77", null);

        assertThat(change).isEnded().hasPassed("ServiceTask_RecordNewTermEnd", "EndEvent_TermChanged");
        assertThat(terms.currentTermEnd()).isEqualTo(LocalDate.parse("2028-07-27"));
        TermChange recorded = onlyChange();
        assertThat(recorded.status()).isEqualTo(TermRecords.Status.APPROVED);
        assertThat(recorded.resolutionNumber()).isEqualTo(resolution);
        assertThat(recorded.castReference()).isEqualTo("CAST-R-2026-12");
        assertThat(recorded.mcaReference()).isEqualTo("MCA-2026-77");
    }

    @Test
    void anApprovedEarlyChangeEndsTheTermBeforeItsTime() {
        ProcessInstance change = request(TermChanges.anEarlyChange().to(LocalDate.parse("2027-03-01")));
        decide(change, "ADOPTED");
        answer(change, "APPROVED", "CAST-R-2026-13", null);
        answer(change, "APPROVED", "MCA-2026-78", null);
        assertThat(terms.currentTermEnd()).isEqualTo(LocalDate.parse("2027-03-01"));
    }

    @Test
    void aChangeTheCouncilDoesNotAdoptEndsWithTheReasonRecorded() {
        ProcessInstance change = request(TermChanges.anExtension().to(TERM_END.plusMonths(6)));
        decide(change, "REJECTED");
        assertThat(change).isEnded().hasPassed("ServiceTask_RecordRefusal", "EndEvent_TermChangeRefused");
        assertThat(onlyChange()).satisfies(c -> {
            assertThat(c.status()).isEqualTo(TermRecords.Status.REFUSED);
            assertThat(c.refusedBy()).isEqualTo("COUNCIL");
            assertThat(c.refusalReason()).startsWith("Rejected: 40 of 61 directors present");
        });
        assertThat(terms.currentTermEnd()).isEqualTo(TERM_END);
    }

    @Test
    void castApprovesOrRefusesAChangeButDoesNotReturnIt() {
        ProcessInstance change = request(TermChanges.anExtension().to(TERM_END.plusMonths(6)));
        decide(change, "ADOPTED");
        assertThatThrownBy(() -> answer(change, "RETURNED", null, "Incomplete"))
                .hasRootCauseInstanceOf(BadUserRequestException.class).rootCause().hasMessageContaining("one of approved (APPROVED), refused (REFUSED)");
        assertThat(change).isWaitingAt("UserTask_RecordCastAnswer");
    }

    @Test
    void aChangeCastRefusesEndsWithItsReasonRecorded() {
        ProcessInstance change = request(TermChanges.anExtension().to(TERM_END.plusMonths(6)));
        decide(change, "ADOPTED");
        answer(change, "REFUSED", "CAST-R-2026-14", "No special circumstances shown");
        assertThat(change).isEnded().hasPassed("EndEvent_TermChangeRefused").hasNotPassed("UserTask_RecordMcaAnswer");
        assertThat(onlyChange().refusedBy()).isEqualTo("CAST");
        assertThat(onlyChange().refusalReason()).isEqualTo("No special circumstances shown");
    }

    @Test
    void aChangeTheMinistryRefusesEndsWithItsReasonRecorded() {
        ProcessInstance change = request(TermChanges.anExtension().to(TERM_END.plusMonths(6)));
        decide(change, "ADOPTED");
        answer(change, "APPROVED", "CAST-R-2026-15", null);
        answer(change, "REFUSED", "MCA-2026-79", "Elections must be held on time");
        assertThat(onlyChange().refusedBy()).isEqualTo("MINISTRY_OF_CIVIL_AFFAIRS");
        assertThat(terms.currentTermEnd()).isEqualTo(TERM_END);
    }

    @Test
    void theSecretariatIsRemindedEveryThirtyDaysWhileCastOrTheMinistryIsSilent() {
        ProcessInstance change = request(TermChanges.anExtension().to(TERM_END.plusMonths(6)));
        decide(change, "ADOPTED");
        remindAfterThirtyDays(change, "CAST");
        answer(change, "APPROVED", "CAST-R-2026-16", null);
        remindAfterThirtyDays(change, "the Ministry of Civil Affairs");
        answer(change, "APPROVED", "MCA-2026-80", null);
        assertThat(change).isEnded().hasPassed("ServiceTask_RemindOfCast", "EndEvent_CastReminderSent",
                "ServiceTask_RemindOfMca", "EndEvent_McaReminderSent", "EndEvent_TermChanged");
        assertThat(notifier.of(change.getBusinessKey())).extracting(Notifier.Notification::subject).containsExactly(
                "中国科协尚未就 " + change.getBusinessKey() + " 作出答复 / CAST has not answered on " + change.getBusinessKey(),
                "民政部尚未就 " + change.getBusinessKey() + " 作出答复 / the Ministry of Civil Affairs has not answered on "
                        + change.getBusinessKey());
    }

    @Test
    void aPostponementOfExactlyOneYearIsAllowedAndOneDayMoreIsRefused() {
        assertThatThrownBy(() -> request(TermChanges.anExtension().to(TERM_END.plusYears(1).plusDays(1))))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("may not exceed 1 year");
        assertThat(request(TermChanges.anExtension().to(TERM_END.plusYears(1)))).isWaitingAt("Event_CouncilDecisionTaken");
    }

    @Test
    void twoPostponementsOfSixMonthsReachTheYearAndAThirdIsRefusedAtOnce() {
        approve(request(TermChanges.anExtension().to(TERM_END.plusMonths(6))));
        approve(request(TermChanges.anExtension().from(TERM_END.plusMonths(6)).to(TERM_END.plusYears(1))));
        assertThat(terms.currentTermEnd()).isEqualTo(TERM_END.plusYears(1));

        assertThatThrownBy(() -> request(TermChanges.anExtension().from(TERM_END.plusYears(1))
                .to(TERM_END.plusYears(1).plusMonths(6))))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageStartingWith("换届延期最长不超过 1 年")
                .hasMessageContaining("counted from its end as elected (2027-07-27): the term may end on 2028-07-27"
                        + " at the latest, not on 2029-01-27");
        assertThat(terms.term().changes()).hasSize(2);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(TermExtensionCase.PROCESS_KEY).count()).isZero();
    }

    @Test
    void afterAPostponementTheYearLeftMayBeTakenToTheDayButNotADayMore() {
        approve(request(TermChanges.anExtension().to(TERM_END.plusMonths(6))));
        TermChanges beyond = TermChanges.anExtension().from(TERM_END.plusMonths(6)).to(TERM_END.plusYears(1).plusDays(1));
        assertThatThrownBy(() -> request(beyond)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("may not exceed 1 year in all");
        assertThat(request(TermChanges.anExtension().from(TERM_END.plusMonths(6)).to(TERM_END.plusYears(1))))
                .isWaitingAt("Event_CouncilDecisionTaken");
    }

    @Test
    void aRequestedEndInThePastIsRefused() {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
        assertThatThrownBy(() -> request(TermChanges.anEarlyChange().to(yesterday)))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("lies in the past");
        assertThat(terms.term().changes()).isEmpty();
    }

    @Test
    void anEarlyChangeEndingAfterTheTermIsRefused() {
        assertThatThrownBy(() -> request(TermChanges.anEarlyChange().to(TERM_END.plusDays(5))))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("before 2027-07-27");
        assertThat(terms.term().changes()).isEmpty();
    }

    @Test
    void aRequestThatMisstatesTheCurrentEndOfTheTermIsRefused() {
        assertThatThrownBy(() -> request(TermChanges.anExtension().from(TERM_END.minusDays(1)).to(TERM_END.plusMonths(3))))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("register says");
        assertThat(terms.term().changes()).isEmpty();
    }

    @Test
    void aKindOfChangeTheCharterDoesNotKnowIsRefused() {
        assertThatThrownBy(() -> request(TermChanges.ofKind("ABOLITION").to(TERM_END.plusMonths(3))))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("postponement (POSTPONEMENT) or an early change (EARLY_CHANGE)");
        assertThat(terms.term().changes()).isEmpty();
    }

    @Test
    void aSecondChangeWhileOneIsUnderWayIsRefused() {
        ProcessInstance first = request(TermChanges.anExtension().to(TERM_END.plusMonths(6)));
        assertThatThrownBy(() -> request(TermChanges.anExtension().to(TERM_END.plusMonths(9))))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining(first.getBusinessKey());
    }

    private ProcessInstance request(TermChanges change) {
        return engine.getRuntimeService().startProcessInstanceByKey(TermExtensionCase.PROCESS_KEY, change.build());
    }

    private void approve(ProcessInstance change) {
        decide(change, "ADOPTED");
        answer(change, "APPROVED", "CAST-R-" + change.getBusinessKey(), null);
        answer(change, "APPROVED", "MCA-" + change.getBusinessKey(), null);
        assertThat(change).isEnded().hasPassed("EndEvent_TermChanged");
    }

    private void decide(ProcessInstance change, String outcome) {
        resolution = Resolutions.on(engine, change.getBusinessKey(), outcome, "COUNCIL");
        engine.getRuntimeService().createMessageCorrelation(WaitingCase.DECISION_TAKEN)
                .processInstanceBusinessKey(change.getBusinessKey())
                .setVariable(WaitingCase.DECISION_OUTCOME, outcome).setVariable(WaitingCase.RESOLUTION_NUMBER, resolution)
                .setVariable(WaitingCase.DECISION_REASON, outcome.equals("ADOPTED")
                        ? "Adopted: 41 of 61 directors present voted in favour; more than two thirds requires at least 41."
                        : "Rejected: 40 of 61 directors present voted in favour; more than two thirds requires at least 41.")
                .setVariable(WaitingCase.DECIDING_BODY, "COUNCIL")
                .correlateWithResult();
    }

    private void answer(ProcessInstance change, String answer, String reference, String note) {
        complete(task(change), Filings.anAnswer(answer).reference(reference).note(note)
                .on(LocalDate.now(ZoneId.of("Asia/Shanghai"))).build());
    }

    private void remindAfterThirtyDays(ProcessInstance change, String authority) {
        Date now = ClockUtil.getCurrentTime();
        assertThat(dueTimers(change)).isZero();
        ClockUtil.setCurrentTime(Date.from(now.toInstant().plus(Duration.ofDays(31))));
        assertThat(dueTimers(change)).as("reminder due for " + authority).isOne();
        Job reminder = engine.getManagementService().createJobQuery().processInstanceId(change.getId()).timers()
                .singleResult();
        execute(reminder);
        ClockUtil.reset();
    }

    private long dueTimers(ProcessInstance change) {
        return engine.getManagementService().createJobQuery().processInstanceId(change.getId()).timers().executable()
                .count();
    }

    private TermChange onlyChange() {
        assertThat(terms.term().changes()).hasSize(1);
        return terms.term().changes().get(0);
    }
}
