package cn.chia.governance.exits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.chia.governance.charter.Inactivity.Reading;
import cn.chia.governance.charter.InactivityReason;
import cn.chia.governance.charter.Language;
import cn.chia.governance.config.GovernanceSettings.InactivitySweep.OpenExpulsion;
import cn.chia.governance.process.Texts;
import cn.chia.governance.register.CaseNumbers;
import cn.chia.governance.register.InactivityReasons;
import cn.chia.governance.register.MemberRegister.CardStatus;
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
 * register reads too). 2 years of either lapse without any reason, to the end of the anniversary day, withdraw;
 * 60 days before the day of withdrawal, one warning.
 */
@ProcessTest
class InactivitySweepProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    MemberRegister register;
    @Autowired
    Notifier notifier;
    @Autowired
    InactivityReasons reasons;
    @Autowired
    MemberNotices notices;
    @Autowired
    Texts texts;
    @Autowired
    CaseNumbers caseNumbers;
    @Autowired
    Clock clock;

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
    void aMemberWhoPaidNoDuesForTwoYearsIsDeemedWithdrawnTheDayAfterTheAnniversary() {
        Member member = admittedOn(LocalDate.of(2024, 11, 26), "Gao Ming");
        Members.today(LocalDate.of(2026, 6, 1));
        register.recordParticipation(member.membershipNumber(), LocalDate.of(2026, 6, 1));

        sweepOn(LocalDate.of(2026, 11, 26));
        assertThat(status(member)).as("the anniversary itself").isEqualTo(Status.ACTIVE);

        sweepOn(LocalDate.of(2026, 11, 27));
        assertThat(status(member)).isEqualTo(Status.WITHDRAWN);
        StatusChange change = register.history(member.membershipNumber()).get(1);
        assertThat(change.reason()).isEqualTo("No dues paid since 2024-11-26: deemed withdrawn (charter: withdrawal)");
        assertThat(change.changedOn()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(change.caseNumber()).matches("WDR-2026-\\d{4}");
        assertThat(register.card(member.membershipNumber()).orElseThrow()).satisfies(card -> {
            assertThat(card.revokedOn()).isEqualTo(LocalDate.of(2026, 11, 27));
            assertThat(card.status()).isEqualTo(CardStatus.REVOKED);
        });
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

        sweepOn(LocalDate.of(2026, 11, 27));
        assertThat(register.history(member.membershipNumber())).last().extracting(StatusChange::reason).isEqualTo(
                "No participation in the Association's activities since 2024-11-26: deemed withdrawn (charter: withdrawal)");
    }

    @Test
    void theTwoYearsCountFromTheLastPaymentAndTheLastParticipation() {
        Member member = admittedOn(LocalDate.of(2024, 1, 10), "Luo Fang");
        Members.today(LocalDate.of(2025, 1, 12));
        register.recordDues(member.membershipNumber(), LocalDate.of(2025, 1, 10));
        register.recordParticipation(member.membershipNumber(), LocalDate.of(2025, 1, 12));

        sweepOn(LocalDate.of(2027, 1, 10));
        assertThat(status(member)).isEqualTo(Status.ACTIVE);
        sweepOn(LocalDate.of(2027, 1, 11));
        assertThat(status(member)).isEqualTo(Status.WITHDRAWN);
        assertThat(register.history(member.membershipNumber())).last().extracting(StatusChange::reason)
                .isEqualTo("No dues paid since 2025-01-10: deemed withdrawn (charter: withdrawal)");
    }

    @Test
    void aMemberIsWarnedOnceSixtyDaysBeforeAndToldHowToGiveAReason() {
        Members.today(LocalDate.of(2024, 11, 26));
        Member member = Members.admit(register, "Song Lei", Language.EN);

        sweepOn(LocalDate.of(2026, 9, 27));
        assertThat(notifier.of(member.membershipNumber())).as("61 days before").isEmpty();

        sweepOn(LocalDate.of(2026, 9, 28));
        assertThat(notifier.of(member.membershipNumber())).singleElement().satisfies(n -> {
            assertThat(n.subject()).isEqualTo("Your membership lapses after 26 November 2026 unless you are active");
            assertThat(n.body()).startsWith("Dear Song Lei,").contains("No dues paid since 26 November 2024",
                    "unless you pay your dues by that day", "only time without any reason",
                    "illness, a posting abroad or an exemption granted by the Association", "secretariat@chia.example",
                    "the reason and its period (from, until)");
        });

        sweepOn(LocalDate.of(2026, 9, 29));
        assertThat(notifier.of(member.membershipNumber())).extracting(Notification::subject).hasSize(1);
        assertThat(status(member)).isEqualTo(Status.ACTIVE);
    }

    @Test
    void aPaymentAfterTheWarningKeepsTheMemberAndAFutureLapseIsWarnedAgain() {
        Member member = admittedOn(LocalDate.of(2024, 11, 26), "Tang Yun");
        Members.today(LocalDate.of(2026, 6, 1));
        register.recordParticipation(member.membershipNumber(), LocalDate.of(2026, 6, 1));
        sweepOn(LocalDate.of(2026, 9, 28));
        Members.today(LocalDate.of(2026, 10, 1));
        register.recordDues(member.membershipNumber(), LocalDate.of(2026, 10, 1));

        sweepOn(LocalDate.of(2026, 11, 27));
        assertThat(status(member)).isEqualTo(Status.ACTIVE);
        sweepOn(LocalDate.of(2028, 4, 3));
        assertThat(notifier.of(member.membershipNumber())).extracting(Notification::subject).containsExactly(
                "除非您恢复活动，您将于2026年11月26日之后视为自动退会",
                "除非您恢复活动，您将于2028年6月1日之后视为自动退会");
        assertThat(notifier.of(member.membershipNumber())).last().extracting(Notification::body).asString()
                .contains("章程只计算无故的期间", "疾病、派驻国外或本会给予的豁免");
    }

    @Test
    void aPaymentRecordedOnTheAnniversaryStillCounts() {
        Member member = admittedOn(LocalDate.of(2024, 11, 26), "Xu Lan");
        sweepOn(LocalDate.of(2026, 11, 26));
        register.recordDues(member.membershipNumber(), LocalDate.of(2026, 11, 26));
        register.recordParticipation(member.membershipNumber(), LocalDate.of(2026, 11, 26));
        sweepOn(LocalDate.of(2026, 11, 27));
        assertThat(status(member)).isEqualTo(Status.ACTIVE);
    }

    @Test
    void theDaysAReasonCoversDoNotCount() {
        Member member = admittedOn(LocalDate.of(2024, 11, 26), "Qian Yu");
        reasons.record(member.membershipNumber(), new InactivityReason(InactivityReason.Kind.POSTING_ABROAD,
                InactivityReason.Covers.BOTH, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 10)), "Posted to Geneva", "clerk");
        sweepOn(LocalDate.of(2026, 12, 6));
        assertThat(status(member)).as("10 days covered: the last day is 6 December").isEqualTo(Status.ACTIVE);
        sweepOn(LocalDate.of(2026, 12, 7));
        assertThat(status(member)).isEqualTo(Status.WITHDRAWN);
    }

    @Test
    void readAsBothLapsesOnlyAMemberWhoNeitherPaysNorTakesPartIsWithdrawn() {
        Member paying = admittedOn(LocalDate.of(2024, 11, 26), "Zhou Bo");
        Member neither = admittedOn(LocalDate.of(2024, 11, 26), "Wu Di");
        Members.today(LocalDate.of(2026, 6, 1));
        register.recordDues(paying.membershipNumber(), LocalDate.of(2026, 6, 1));
        Members.today(LocalDate.of(2026, 11, 27));
        sweep(Reading.BOTH_LAPSES, OpenExpulsion.LEAVE_TO_EXPULSION);
        assertThat(status(paying)).isEqualTo(Status.ACTIVE);
        assertThat(status(neither)).isEqualTo(Status.WITHDRAWN);
        assertThat(register.history(neither.membershipNumber())).last().extracting(StatusChange::reason).isEqualTo(
                "No dues paid since 2024-11-26 and no participation in the Association's activities since 2024-11-26:"
                        + " deemed withdrawn (charter: withdrawal)");
    }

    /** The sweep as the other settings would make it. */
    private void sweep(Reading reading, OpenExpulsion openExpulsion) {
        new SweepInactiveMembers(register, reasons, notices, texts, caseNumbers, engine.getRuntimeService(), clock,
                reading, openExpulsion, "secretariat@chia.example").execute(null);
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
