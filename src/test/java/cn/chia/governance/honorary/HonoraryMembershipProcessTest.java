package cn.chia.governance.honorary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.chia.governance.Resolutions;
import cn.chia.governance.charter.Language;
import cn.chia.governance.process.ProcessTest;
import cn.chia.governance.process.WaitingCase;
import cn.chia.governance.process.WaitingCases;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;
import cn.chia.governance.register.MemberRegister.Status;

/**
 * Honorary membership, path by path. The decisions of the Standing Council and the Council are sent to the case as a
 * governance meeting sends them (HonoraryMembershipThroughMeetingIT holds real meetings).
 */
@ProcessTest
class HonoraryMembershipProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    MemberRegister register;
    @Autowired
    Clock clock;

    /** The numbers the minutes gave the resolutions this test calls RES-2026-0101 and so on. */
    Map<String, String> recorded = new HashMap<>();

    @BeforeEach
    void noOpenCases() {
        init(engine);
        new WaitingCases(engine).clearAll();
    }

    @Test
    void aForeignerRecommendedAndApprovedIsAnHonoraryMemberWithBothResolutions() {
        ProcessInstance honorary = propose(HonoraryProposals.aForeigner(" Anna Schmidt ", "Fraunhofer ILT", "Germany")
                .phone("+49 241 8906 0"));
        assertThat(honorary.getBusinessKey()).matches("HON-\\d{4}-\\d{4}");
        assertThat(honorary).isWaitingAt("Event_RecommendationTaken");
        assertThat(honorary).variables().containsEntry(WaitingCase.MATTER, "HONORARY_RECOMMENDATION")
                .containsEntry(WaitingCase.CASE_TITLE, "荣誉会员：Anna Schmidt（Fraunhofer ILT，Germany） Honorary membership for Anna Schmidt (Fraunhofer ILT, Germany)");

        decide(honorary, "ADOPTED", "STANDING_COUNCIL", "RES-2026-0101");
        assertThat(honorary).isWaitingAt("Event_CouncilApprovalTaken");
        assertThat(honorary).variables().containsEntry(WaitingCase.MATTER, "HONORARY_MEMBERSHIP")
                .containsEntry(HonoraryMembershipCase.RECOMMENDATION_RESOLUTION, recorded.get("RES-2026-0101"));

        decide(honorary, "ADOPTED", "COUNCIL", "RES-2026-0102");
        assertThat(honorary).isWaitingAt("ServiceTask_RegisterHonoraryMember");
        execute(job(honorary));
        assertThat(honorary).isEnded().hasPassed("EndEvent_HonoraryMemberRegistered");

        Member member = register.find((String) historicVariable(honorary, HonoraryMembershipCase.MEMBERSHIP_NUMBER))
                .orElseThrow();
        assertThat(member).extracting(Member::kind, Member::name, Member::organisation, Member::nationality,
                Member::email, Member::phone, Member::status, Member::admittedOn, Member::caseNumber,
                Member::recommendationResolution, Member::resolutionNumber, Member::decidingBody, Member::language)
                .containsExactly("HONORARY", "Anna Schmidt", "Fraunhofer ILT", "Germany", "honoree@example.org",
                        "+49 241 8906 0", Status.ACTIVE, LocalDate.now(clock), honorary.getBusinessKey(),
                        recorded.get("RES-2026-0101"), recorded.get("RES-2026-0102"), "COUNCIL", Language.EN);
        assertThat(member.membershipNumber()).matches("CHIA-\\d{4}-\\d{6}");
        assertThat(register.card(member.membershipNumber())).hasValueSatisfying(card ->
                assertThat(card.issuingBody()).startsWith("Council"));
        assertThat(register.history(member.membershipNumber())).singleElement().satisfies(change ->
                assertThat(change.reason()).contains(recorded.get("RES-2026-0101"), recorded.get("RES-2026-0102")));
    }

    @Test
    void aChineseExpertIsRegisteredAsChineseAndReadsChinese() {
        ProcessInstance honorary = propose(HonoraryProposals.aChineseExpert("王院士", "中国科学院"));
        decide(honorary, "ADOPTED", "STANDING_COUNCIL", "RES-2026-0201");
        decide(honorary, "ADOPTED", "COUNCIL", "RES-2026-0202");
        execute(job(honorary));

        Member member = register.find((String) historicVariable(honorary, HonoraryMembershipCase.MEMBERSHIP_NUMBER))
                .orElseThrow();
        assertThat(member).extracting(Member::kind, Member::nationality, Member::phone, Member::language)
                .containsExactly("HONORARY", "中国 China", null, Language.ZH);
    }

    @Test
    void aProposalTheStandingCouncilDoesNotRecommendEndsWithItsReasonAndNobodyIsRegistered() {
        long members = register.list().size();
        ProcessInstance honorary = propose(HonoraryProposals.aChineseExpert("李教授", "北京大学"));
        decide(honorary, "REJECTED", "STANDING_COUNCIL", "RES-2026-0301");

        assertThat(honorary).isEnded().hasPassed("EndEvent_NotRecommended").hasNotPassed("Event_CouncilApprovalTaken");
        assertThat((String) historicVariable(honorary, WaitingCase.DECISION_REASON)).startsWith("Rejected:");
        assertThat(register.list()).hasSize((int) members);
    }

    @Test
    void aRecommendationTheCouncilDoesNotApproveEndsWithItsReasonAndNobodyIsRegistered() {
        long members = register.list().size();
        ProcessInstance honorary = propose(HonoraryProposals.aChineseExpert("赵研究员", "清华大学"));
        decide(honorary, "ADOPTED", "STANDING_COUNCIL", "RES-2026-0401");
        decide(honorary, "REJECTED", "COUNCIL", "RES-2026-0402");

        assertThat(honorary).isEnded().hasPassed("EndEvent_NotApproved").hasNotPassed("ServiceTask_RegisterHonoraryMember");
        assertThat((String) historicVariable(honorary, WaitingCase.DECISION_REASON)).startsWith("Rejected:");
        assertThat(register.list()).hasSize((int) members);
    }

    @Test
    void theCouncilCannotSkipTheRecommendation() {
        ProcessInstance honorary = propose(HonoraryProposals.aChineseExpert("钱院士", "浙江大学"));
        // a Council resolution on the case, delivered while the case waits for the Standing Council's
        String council = Resolutions.record(engine, honorary.getBusinessKey(), "HONORARY_MEMBERSHIP", "ADOPTED", "COUNCIL");
        assertThatThrownBy(() -> deliver(honorary, "ADOPTED", "COUNCIL", council))
                .isInstanceOf(BadUserRequestException.class);
        assertThat(honorary).isWaitingAt("Event_RecommendationTaken");
    }

    @Test
    void anIncompleteProposalIsRefusedNamingEveryProblemAndNothingStarts() {
        assertRefused(HonoraryProposals.aForeigner("", "MIT", null).email("nobody"),
                "honoreeName", "honoreeNationality", "honoreeEmail", "请填写国籍");
        assertRefused(HonoraryProposals.aChineseExpert("孙教授", "复旦大学").because("Too short."), "contributions");
    }

    @Test
    void aSecondOpenProposalForTheSamePersonIsRefusedNamingTheOpenCase() {
        ProcessInstance first = propose(HonoraryProposals.aChineseExpert("周院士", "南京大学"));
        assertRefused(HonoraryProposals.aChineseExpert(" 周院士 ", "南京大学 "), "already open: " + first.getBusinessKey());
        assertThat(propose(HonoraryProposals.aChineseExpert("周院士", "武汉大学")))
                .as("a namesake of another organisation").isWaitingAt("Event_RecommendationTaken");
    }

    /** What a governance meeting sends the case (see RecordResolution), after recording the resolution. */
    private void decide(ProcessInstance honorary, String outcome, String body, String resolution) {
        recorded.put(resolution, Resolutions.on(engine, honorary.getBusinessKey(), outcome, body));
        deliver(honorary, outcome, body, recorded.get(resolution));
    }

    private void deliver(ProcessInstance honorary, String outcome, String body, String resolutionNumber) {
        engine.getRuntimeService().createMessageCorrelation(WaitingCase.DECISION_TAKEN)
                .processInstanceBusinessKey(honorary.getBusinessKey())
                .setVariable(WaitingCase.DECISION_OUTCOME, outcome).setVariable(WaitingCase.RESOLUTION_NUMBER, resolutionNumber)
                .setVariable(WaitingCase.DECISION_REASON, outcome.equals("ADOPTED") ? "Adopted: as recorded." : "Rejected: as recorded.")
                .setVariable(WaitingCase.DECIDING_BODY, body)
                .correlateWithResult();
    }

    private ProcessInstance propose(HonoraryProposals proposal) {
        return engine.getRuntimeService().startProcessInstanceByKey(HonoraryMembershipCase.PROCESS_KEY, proposal.build());
    }

    private void assertRefused(HonoraryProposals proposal, String... messages) {
        long before = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(HonoraryMembershipCase.PROCESS_KEY).count();
        assertThatThrownBy(() -> propose(proposal)).isInstanceOf(BadUserRequestException.class)
                .satisfies(refused -> assertThat(refused.getMessage()).contains(messages));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(HonoraryMembershipCase.PROCESS_KEY).count()).isEqualTo(before);
    }

    private Object historicVariable(ProcessInstance instance, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).singleResult().getValue();
    }
}
