package cn.chia.governance.exits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.chia.governance.process.Members;
import cn.chia.governance.process.ProcessTest;
import cn.chia.governance.process.WaitingCases;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;
import cn.chia.governance.register.MemberRegister.Status;
import cn.chia.governance.register.Notifier;

/**
 * An honorary member pays no dues (charter, other matters: honorary members), so the daily sweep neither warns nor
 * withdraws one, however long since the award; an ordinary member admitted the same day is withdrawn beside them.
 */
@ProcessTest
class HonoraryMembersAndTheSweepProcessTest {

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
    void theSweepLeavesAnHonoraryMemberAndWithdrawsTheOrdinaryMemberBeside() {
        Members.today(LocalDate.of(2024, 3, 1));
        Member honorary = Members.honorary(register, "Honorary Li");
        Member ordinary = Members.admit(register, "Ordinary Wu");

        sweepOn(LocalDate.of(2025, 12, 31));
        sweepOn(LocalDate.of(2026, 3, 1));
        sweepOn(LocalDate.of(2031, 3, 1));

        assertThat(register.find(ordinary.membershipNumber()).orElseThrow().status()).isEqualTo(Status.WITHDRAWN);
        Member left = register.find(honorary.membershipNumber()).orElseThrow();
        assertThat(left.status()).isEqualTo(Status.ACTIVE);
        assertThat(left.warnedOfWithdrawalOn()).isNull();
        assertThat(notifier.of(honorary.membershipNumber())).as("no warning").isEmpty();
        assertThat(register.history(honorary.membershipNumber())).hasSize(1);
    }

    @Test
    void anHonoraryMembersDuesAreNotRecordedButTheirParticipationIs() {
        Members.today(LocalDate.of(2026, 3, 1));
        Member honorary = Members.honorary(register, "Honorary Qian");

        assertThatThrownBy(() -> register.recordDues(honorary.membershipNumber(), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("荣誉会员，不缴纳会费")
                .hasMessageContaining("is an honorary member, who pays no dues");
        register.recordParticipation(honorary.membershipNumber(), LocalDate.of(2026, 3, 1));
        assertThat(register.find(honorary.membershipNumber()).orElseThrow())
                .extracting(Member::lastDuesOn, Member::lastParticipationOn).containsExactly(null, LocalDate.of(2026, 3, 1));
    }

    private void sweepOn(LocalDate day) {
        Members.today(day);
        Job sweep = engine.getManagementService().createJobQuery()
                .processDefinitionKey(SweepInactiveMembers.PROCESS_KEY).timers().singleResult();
        engine.getManagementService().executeJob(sweep.getId());
    }
}
