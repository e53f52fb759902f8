package cn.chia.governance.exits;

import static cn.chia.governance.exits.WithdrawalCase.CARD_LOST;
import static cn.chia.governance.exits.WithdrawalCase.CARD_RETURNED_ON;
import static cn.chia.governance.exits.Withdrawals.aNotice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.chia.governance.Resolutions;
import cn.chia.governance.process.Members;
import cn.chia.governance.process.ProcessTest;
import cn.chia.governance.process.WaitingCases;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.CardStatus;
import cn.chia.governance.register.MemberRegister.Member;
import cn.chia.governance.register.MemberRegister.StatusChange;
import cn.chia.governance.register.MemberRegister.Status;
import cn.chia.governance.register.Notifier;

/** Voluntary withdrawal is free: the written notice withdraws the member; the card's return or its voiding follow. */
@ProcessTest
class MembershipWithdrawalProcessTest {

    static final LocalDate ADMITTED = LocalDate.of(2025, 3, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @Autowired
    ProcessEngine engine;
    @Autowired
    MemberRegister register;
    @Autowired
    Notifier notifier;

    Member member;

    @BeforeEach
    void cleanEngineAndAdmitAMember() {
        init(engine);
        new WaitingCases(engine).clearAll();
        Members.today(ADMITTED);
        member = Members.admit(register, "Lin Hua");
        Members.today(TODAY);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theMemberIsWithdrawnOnTheDayTheNoticeIsReceivedAndTheReturnedCardIsRecorded() {
        ProcessInstance withdrawal = notice(member, "2026-05-18");
        assertThat(withdrawal.getBusinessKey()).matches("WDR-2026-\\d{4}");
        assertThat(register.find(member.membershipNumber()).orElseThrow().status()).isEqualTo(Status.WITHDRAWN);
        assertThat(register.history(member.membershipNumber())).last().satisfies(change -> {
            assertThat(change.status()).isEqualTo(Status.WITHDRAWN);
            assertThat(change.reason()).isEqualTo("Withdrew by written notice of 2026-05-18, received on 2026-05-20");
            assertThat(change.changedOn()).isEqualTo(TODAY);
            assertThat(change.caseNumber()).isEqualTo(withdrawal.getBusinessKey());
        });
        assertThat(register.card(member.membershipNumber()).orElseThrow()).satisfies(card -> {
            assertThat(card.status()).isEqualTo(CardStatus.AWAITING_RETURN);
            assertThat(card.revokedOn()).isEqualTo(TODAY);
        });
        assertThat(withdrawal).isWaitingAt("UserTask_RecordCardReturn").task().hasCandidateGroup("secretariat");
        assertThat(withdrawal).variables().containsEntry(WithdrawalCase.CARD_RETURN_DUE, "2026-06-19");
        assertThat(notifier.of(withdrawal.getBusinessKey())).singleElement().satisfies(n -> {
            assertThat(n.subject()).isEqualTo("您的退会 " + withdrawal.getBusinessKey() + " 已登记");
            assertThat(n.body()).contains("尊敬的Lin Hua：", "您已于2026年5月20日退出本会",
                    "请于2026年6月19日（含当日）前将会员证 CARD-" + member.membershipNumber() + " 交回秘书处");
        });

        complete(task(withdrawal), withVariables(CARD_RETURNED_ON, "2026-05-20", CARD_LOST, false));
        assertThat(withdrawal).isEnded().hasPassed("ServiceTask_RecordCardReturn", "EndEvent_CardReturned");
        assertThat(register.card(member.membershipNumber()).orElseThrow()).satisfies(card -> {
            assertThat(card.status()).isEqualTo(CardStatus.RETURNED);
            assertThat(card.returnedOn()).isEqualTo(TODAY);
        });
        assertThat(register.history(member.membershipNumber())).hasSize(2);
    }

    @Test
    void theNoticeMayHaveBeenReceivedEarlierThanToday() {
        ProcessInstance withdrawal = engine.getRuntimeService().startProcessInstanceByKey(WithdrawalCase.PROCESS_KEY,
                aNotice().ofMember(member.membershipNumber()).datedOn("2026-05-10").receivedOn("2026-05-12").build());
        assertThat(register.history(member.membershipNumber())).last().extracting(StatusChange::changedOn)
                .isEqualTo(LocalDate.of(2026, 5, 12));
        assertThat(withdrawal).variables().containsEntry(WithdrawalCase.CARD_RETURN_DUE, "2026-06-11");
    }

    @Test
    void aNoticeReceivedBeforeItsLetterOrInTheFutureIsRefused() {
        for (String day : new String[] {"2026-05-09", "2026-05-21"}) {
            assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(WithdrawalCase.PROCESS_KEY,
                    aNotice().ofMember(member.membershipNumber()).datedOn("2026-05-10").receivedOn(day).build()))
                    .as(day).isInstanceOf(BadUserRequestException.class).hasMessageContaining("收到通知的日期");
        }
        assertThat(register.find(member.membershipNumber()).orElseThrow().status()).isEqualTo(Status.ACTIVE);
    }

    @Test
    void aCardDeclaredLostIsVoid() {
        ProcessInstance withdrawal = notice(member, "2026-05-18");
        complete(task(withdrawal), withVariables(CARD_LOST, true));
        assertThat(withdrawal).isEnded().hasPassed("Gateway_JoinCardVoid", "ServiceTask_VoidCard",
                "ServiceTask_NotifyCardVoid", "EndEvent_CardVoided");
        assertThat(register.card(member.membershipNumber()).orElseThrow()).satisfies(card -> {
            assertThat(card.status()).isEqualTo(CardStatus.VOID);
            assertThat(card.voidedOn()).isEqualTo(TODAY);
            assertThat(card.voidReason()).isEqualTo("Declared lost by the member");
        });
        assertThat(notifier.of(withdrawal.getBusinessKey())).last().satisfies(n -> {
            assertThat(n.subject()).isEqualTo("您的会员证 CARD-" + member.membershipNumber() + " 已作废");
            assertThat(n.body()).contains("已声明遗失");
        });
    }

    @Test
    void aCardReturnedOnTheLastDayCountsAndOneNotBackByThenIsVoidTheDayAfter() {
        ProcessInstance withdrawal = notice(member, "2026-05-18");
        Members.today(LocalDate.of(2026, 6, 19));
        assertThat(dueTimers(withdrawal)).as("on the last day").isZero();
        Members.today(LocalDate.of(2026, 6, 20));
        assertThat(dueTimers(withdrawal)).as("the day after").isOne();
        execute(job(withdrawal));
        assertThat(withdrawal).isEnded().hasPassed("BoundaryEvent_CardNotReturned", "EndEvent_CardVoided")
                .hasNotPassed("ServiceTask_RecordCardReturn");
        assertThat(register.card(member.membershipNumber()).orElseThrow()).satisfies(card -> {
            assertThat(card.status()).isEqualTo(CardStatus.VOID);
            assertThat(card.voidedOn()).isEqualTo(LocalDate.of(2026, 6, 20));
            assertThat(card.voidReason()).isEqualTo("Not returned by 2026-06-19");
        });
        assertThat(notifier.of(withdrawal.getBusinessKey())).last().extracting(Notifier.Notification::body).asString()
                .contains("未于2026年6月19日前交回");
    }

    @Test
    void theReturnOrTheLossIsRecordedNotBothNorNeither() {
        ProcessInstance withdrawal = notice(member, "2026-05-18");
        assertThatThrownBy(() -> complete(task(withdrawal), withVariables(CARD_LOST, false)))
                .hasRootCauseInstanceOf(BadUserRequestException.class).rootCause()
                .hasMessageContaining("one or the other");
        assertThatThrownBy(() -> complete(task(withdrawal), withVariables(CARD_LOST, true, CARD_RETURNED_ON, "2026-05-20")))
                .hasRootCauseInstanceOf(BadUserRequestException.class);
        assertThat(withdrawal).isWaitingAt("UserTask_RecordCardReturn");
    }

    @Test
    void aLetterDatedInTheFutureIsRefused() {
        assertThatThrownBy(() -> notice(member, "2026-05-21")).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("in the future");
    }

    @Test
    void aLetterDatedBeforeTheAdmissionIsRefused() {
        assertThatThrownBy(() -> notice(member, "2025-02-28")).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("before the member's admission on 2025-03-01");
    }

    @Test
    void aLetterDateNotWrittenYYYYMMDDIsRefused() {
        assertThatThrownBy(() -> notice(member, "20 May")).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void aLetterDatedOnTheDayOfTheAdmissionIsReceived() {
        assertThat(notice(member, "2025-03-01")).isWaitingAt("UserTask_RecordCardReturn");
        assertThat(register.find(member.membershipNumber()).orElseThrow().status()).isEqualTo(Status.WITHDRAWN);
    }

    @Test
    void aSecondNoticeFindsTheMemberWithdrawnAlready() {
        notice(member, "2026-05-18");
        assertThatThrownBy(() -> notice(member, "2026-05-19")).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("is withdrawn (WITHDRAWN)");
    }

    @Test
    void anUnknownMemberCannotWithdraw() {
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(WithdrawalCase.PROCESS_KEY,
                aNotice().ofMember("CHIA-1999-999999").datedOn("2026-05-18").build()))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("No member");
    }

    @Test
    void anExpelledMemberCannotWithdraw() {
        register.expel(member.membershipNumber(), Resolutions.expulsion("EXP-TEST-" + member.membershipNumber()),
                "EXP-TEST-" + member.membershipNumber());
        assertThatThrownBy(() -> notice(member, "2026-05-18")).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("is expelled (EXPELLED)");
    }

    @Test
    void theCardCannotComeBackBeforeTheLetterNorInTheFuture() {
        ProcessInstance withdrawal = notice(member, "2026-05-18");
        for (String day : new String[] {"2026-05-17", "2026-05-21"}) {
            assertThatThrownBy(() -> complete(task(withdrawal), withVariables(CARD_RETURNED_ON, day)))
                    .as(day).hasRootCauseInstanceOf(BadUserRequestException.class);
        }
        assertThat(withdrawal).isWaitingAt("UserTask_RecordCardReturn");
        complete(task(withdrawal), withVariables(CARD_RETURNED_ON, "2026-05-18"));
        assertThat(withdrawal).isEnded();
    }

    private long dueTimers(ProcessInstance withdrawal) {
        return engine.getManagementService().createJobQuery().processInstanceId(withdrawal.getId()).timers()
                .executable().count();
    }

    private ProcessInstance notice(Member who, String letterDate) {
        return engine.getRuntimeService().startProcessInstanceByKey(WithdrawalCase.PROCESS_KEY,
                aNotice().ofMember(who.membershipNumber()).datedOn(letterDate).build());
    }
}
