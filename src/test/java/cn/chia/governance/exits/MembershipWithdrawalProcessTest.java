package cn.chia.governance.exits;

import static cn.chia.governance.exits.WithdrawalCase.CARD_RETURNED_ON;
import static cn.chia.governance.exits.Withdrawals.aNotice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
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
import cn.chia.governance.register.MemberRegister.Member;
import cn.chia.governance.register.MemberRegister.Status;
import cn.chia.governance.register.Notifier;

/** Voluntary withdrawal: the written notice, the card's return, the register. */
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
    void aWrittenNoticeAndTheReturnedCardWithdrawTheMember() {
        ProcessInstance withdrawal = notice(member, "2026-05-18");
        assertThat(withdrawal.getBusinessKey()).matches("WDR-2026-\\d{4}");
        assertThat(withdrawal).isWaitingAt("UserTask_RecordCardReturn").task().hasCandidateGroup("secretariat");
        assertThat(notifier.of(withdrawal.getBusinessKey())).singleElement()
                .satisfies(n -> assertThat(n.body()).contains("尊敬的Lin Hua：", "请将会员证 CARD-" + member.membershipNumber() + " 交回秘书处"));
        assertThat(register.find(member.membershipNumber()).orElseThrow().status()).isEqualTo(Status.ACTIVE);

        complete(task(withdrawal), withVariables(CARD_RETURNED_ON, "2026-05-20"));
        assertThat(withdrawal).isEnded().hasPassed("ServiceTask_NotifyWithdrawn", "EndEvent_MemberWithdrew");
        assertThat(register.find(member.membershipNumber()).orElseThrow().status()).isEqualTo(Status.WITHDRAWN);
        assertThat(register.history(member.membershipNumber())).last().satisfies(change -> {
            assertThat(change.status()).isEqualTo(Status.WITHDRAWN);
            assertThat(change.reason()).isEqualTo("Withdrew by written notice of 2026-05-18; card returned on 2026-05-20");
            assertThat(change.changedOn()).isEqualTo(TODAY);
            assertThat(change.caseNumber()).isEqualTo(withdrawal.getBusinessKey());
        });
        assertThat(register.card(member.membershipNumber()).orElseThrow().revokedOn()).isEqualTo(TODAY);
        assertThat(notifier.of(withdrawal.getBusinessKey())).last()
                .satisfies(n -> assertThat(n.subject()).isEqualTo("本会已登记您的退会"));
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
    }

    @Test
    void aSecondOpenWithdrawalIsRefused() {
        ProcessInstance first = notice(member, "2026-05-18");
        assertThatThrownBy(() -> notice(member, "2026-05-19")).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining(first.getBusinessKey());
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
                .hasMessageContaining("is EXPELLED");
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

    private ProcessInstance notice(Member who, String letterDate) {
        return engine.getRuntimeService().startProcessInstanceByKey(WithdrawalCase.PROCESS_KEY,
                aNotice().ofMember(who.membershipNumber()).datedOn(letterDate).build());
    }
}
