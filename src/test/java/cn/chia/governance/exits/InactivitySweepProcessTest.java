package cn.chia.governance.exits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.chia.governance.charter.Language;
import cn.chia.governance.process.Members;
import cn.chia.governance.process.ProcessTest;
import cn.chia.governance.process.WaitingCases;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;
import cn.chia.governance.register.MemberRegister.Status;
import cn.chia.governance.register.MemberRegister.StatusChange;
import cn.chia.governance.register.Notifier;
import cn.chia.governance.register.Notifier.Notification;

/**
 * Automatic withdrawal: the daily sweep, run on chosen days by moving the engine's clock (which the
 * register reads too). Exactly 2 years of either lapse withdraws; 60 days before, one warning.
 */
@ProcessTest
class InactivitySweepProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    MemberRegister register;
    @Autowired
    Notifier notifier;

    @BeforeEach
    void cleanEngine() {
        init(engine);
        new WaitingCases(engine).clearAll();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aMemberWhoPaidNoDuesForExactlyTwoYearsIsDeemedWithdrawnThatDay() {
        Member member = admittedOn(LocalDate.of(2024, 11, 26), "Gao Ming");
        Members.today(LocalDate.of(2026, 6, 1));
        register.recordParticipation(member.membershipNumber(), LocalDate.of(2026, 6, 1));

        sweepOn(LocalDate.of(2026, 11, 25));
        assertThat(status(member)).isEqualTo(Status.ACTIVE);

        sweepOn(LocalDate.of(2026, 11, 26));
        assertThat(status(member)).isEqualTo(Status.WITHDRAWN);
        StatusChange change = register.history(member.membershipNumber()).get(1);
        assertThat(change.reason()).isEqualTo("No dues paid since 2024-11-26: deemed withdrawn (charter: withdrawal)");
        assertThat(change.changedOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(change.caseNumber()).matches("WDR-2026-\\d{4}");
        assertThat(register.card(member.membershipNumber()).orElseThrow().revokedOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(notifier.of(change.caseNumber())).singleElement().satisfies(n -> {
            assertThat(n.subject()).isEqualTo("本会已视您为自动退会");
            assertThat(n.body()).contains("自2024年11月26日起未缴纳会费。根据本会章程");
        });
    }

    @Test
    void aMemberWhoPaysDuesButTookNoPartForTwoYearsIsDeemedWithdrawnToo() {
        Member member = admittedOn(LocalDate.of(2024, 11, 26), "Hu Jing");
        Members.today(LocalDate.of(2026, 6, 1));
        register.recordDues(member.membershipNumber(), LocalDate.of(2026, 6, 1));

        sweepOn(LocalDate.of(2026, 11, 26));
        assertThat(register.history(member.membershipNumber())).last().extracting(StatusChange::reason).isEqualTo(
                "No participation in the Association's activities since 2024-11-26: deemed withdrawn (charter: withdrawal)");
    }

    @Test
    void theTwoYearsCountFromTheLastPaymentAndTheLastParticipation() {
        Member member = admittedOn(LocalDate.of(2024, 1, 10), "Luo Fang");
        Members.today(LocalDate.of(2025, 1, 12));
        register.recordDues(member.membershipNumber(), LocalDate.of(2025, 1, 10));
        register.recordParticipation(member.membershipNumber(), LocalDate.of(2025, 1, 12));

        sweepOn(LocalDate.of(2027, 1, 9));
        assertThat(status(member)).isEqualTo(Status.ACTIVE);
        sweepOn(LocalDate.of(2027, 1, 10));
        assertThat(status(member)).isEqualTo(Status.WITHDRAWN);
        assertThat(register.history(member.membershipNumber())).last().extracting(StatusChange::reason)
                .isEqualTo("No dues paid since 2025-01-10: deemed withdrawn (charter: withdrawal)");
    }

    @Test
    void aMemberIsWarnedOnceSixtyDaysBefore() {
        Members.today(LocalDate.of(2024, 11, 26));
        Member member = Members.admit(register, "Song Lei", Language.EN);

        sweepOn(LocalDate.of(2026, 9, 26));
        assertThat(notifier.of(member.membershipNumber())).as("61 days before").isEmpty();

        sweepOn(LocalDate.of(2026, 9, 27));
        assertThat(notifier.of(member.membershipNumber())).singleElement().satisfies(n -> {
            assertThat(n.subject()).isEqualTo("Your membership lapses on 26 November 2026 unless you are active");
            assertThat(n.body()).startsWith("Dear Song Lei,").contains("No dues paid since 26 November 2024", "unless you pay your dues");
        });

        sweepOn(LocalDate.of(2026, 9, 28));
        assertThat(notifier.of(member.membershipNumber())).extracting(Notification::subject).hasSize(1);
        assertThat(status(member)).isEqualTo(Status.ACTIVE);
    }

    @Test
    void aPaymentAfterTheWarningKeepsTheMemberAndAFutureLapseIsWarnedAgain() {
        Member member = admittedOn(LocalDate.of(2024, 11, 26), "Tang Yun");
        Members.today(LocalDate.of(2026, 6, 1));
        register.recordParticipation(member.membershipNumber(), LocalDate.of(2026, 6, 1));
        sweepOn(LocalDate.of(2026, 9, 27));
        Members.today(LocalDate.of(2026, 10, 1));
        register.recordDues(member.membershipNumber(), LocalDate.of(2026, 10, 1));

        sweepOn(LocalDate.of(2026, 11, 26));
        assertThat(status(member)).isEqualTo(Status.ACTIVE);
        sweepOn(LocalDate.of(2028, 4, 2));
        assertThat(notifier.of(member.membershipNumber())).extracting(Notification::subject).containsExactly(
                "除非您恢复活动，您将于2026年11月26日视为自动退会",
                "除非您恢复活动，您将于2028年6月1日视为自动退会");
    }

    private Member admittedOn(LocalDate day, String name) {
        Members.today(day);
        return Members.admit(register, name);
    }

    private void sweepOn(LocalDate day) {
        Members.today(day);
        Job sweep = engine.getManagementService().createJobQuery()
                .processDefinitionKey(SweepInactiveMembers.PROCESS_KEY).timers().singleResult();
        engine.getManagementService().executeJob(sweep.getId());
    }

    private Status status(Member member) {
        return register.find(member.membershipNumber()).orElseThrow().status();
    }
}
