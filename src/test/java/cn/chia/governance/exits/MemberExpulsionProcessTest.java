package cn.chia.governance.exits;

import static cn.chia.governance.charter.ExpulsionCharge.Ground.CRIMINAL_OFFENCE;
import static cn.chia.governance.charter.ExpulsionCharge.Ground.SERIOUS_VIOLATION;
import static cn.chia.governance.exits.ExpulsionCase.CASE_TITLE;
import static cn.chia.governance.exits.ExpulsionCase.MATTER;
import static cn.chia.governance.exits.ExpulsionCase.MEMBERSHIP_NUMBER;
import static cn.chia.governance.exits.ExpulsionCase.MEMBER_ANSWER;
import static cn.chia.governance.exits.Expulsions.anExpulsion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.chia.governance.Resolutions;
import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.ExpulsionCharge;
import cn.chia.governance.charter.ExpulsionCharge.Ground;
import cn.chia.governance.charter.Inactivity.Reading;
import cn.chia.governance.charter.Language;
import cn.chia.governance.config.GovernanceSettings.InactivitySweep.OpenExpulsion;
import cn.chia.governance.process.Texts;
import cn.chia.governance.register.CaseNumbers;
import cn.chia.governance.register.InactivityReasons;
import cn.chia.governance.charter.Outcome;
import cn.chia.governance.process.EngineClock;
import cn.chia.governance.process.Members;
import cn.chia.governance.process.ProcessConfiguration;
import cn.chia.governance.process.ProcessTest;
import cn.chia.governance.process.WaitingCase;
import cn.chia.governance.process.WaitingCases;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;
import cn.chia.governance.register.MemberRegister.Status;
import cn.chia.governance.register.MemberRegister.StatusChange;
import cn.chia.governance.register.Notifier;
import cn.chia.governance.register.Notifier.Notification;

/** Expulsion, path by path; the vote of the Council or Standing Council is sent as a governance meeting sends it. */
@ProcessTest
class MemberExpulsionProcessTest {

    static final String CONVICTION = "Convicted of fraud by the Haidian District People's Court.";

    /** The number the minutes gave the last decision delivered. */
    String resolution;

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
    void aMemberWhoWithdrewBetweenTheVoteAndTheEntryIsNotExpelledAndNothingFails() {
        Member member = Members.admit(register, "Kong Ming");
        ProcessInstance expulsion = open(member, SERIOUS_VIOLATION);
        complete(task(expulsion), withVariables(MEMBER_ANSWER, "I disagree."));
        decide(expulsion, "ADOPTED");
        register.withdrawByNotice(member.membershipNumber(), LocalDate.now(clock()), "Withdrew by written notice",
                "WDR-TEST-" + member.membershipNumber());

        execute(job(expulsion));
        assertThat(expulsion).isEnded().hasPassed("BoundaryEvent_MemberHadLeft", "EndEvent_MemberHadLeft")
                .hasNotPassed("ServiceTask_NotifyExpelled");
        assertThat(register.find(member.membershipNumber()).orElseThrow().status()).isEqualTo(Status.WITHDRAWN);
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    }

    @Test
    void theSweepLeavesAMemberUnderAnOpenExpulsionToThatCaseByDefaultAndTheVoteDecides() {
        Member member = inactiveSinceThreeYears("Ma Chao");
        ProcessInstance expulsion = open(member, SERIOUS_VIOLATION);
        sweep();
        assertThat(register.find(member.membershipNumber()).orElseThrow().status()).isEqualTo(Status.ACTIVE);
        assertThat(expulsion).isWaitingAt("UserTask_RecordMemberAnswer");

        complete(task(expulsion), withVariables(MEMBER_ANSWER, "I was abroad."));
        decide(expulsion, "ADOPTED");
        execute(job(expulsion));
        assertThat(expulsion).isEnded().hasPassed("EndEvent_MemberExpelled");
        assertThat(register.find(member.membershipNumber()).orElseThrow().status()).isEqualTo(Status.EXPELLED);
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    }

    @Test
    void aRejectedExpulsionLeavesTheInactiveMemberToTheNextSweep() {
        Member member = inactiveSinceThreeYears("Huang Zhong");
        ProcessInstance expulsion = open(member, SERIOUS_VIOLATION);
        complete(task(expulsion), withVariables(MEMBER_ANSWER, "No."));
        sweep();
        decide(expulsion, "REJECTED");
        assertThat(register.find(member.membershipNumber()).orElseThrow().status()).isEqualTo(Status.ACTIVE);
        sweep();
        assertThat(register.find(member.membershipNumber()).orElseThrow().status()).isEqualTo(Status.WITHDRAWN);
    }

    @Test
    void setToCloseTheExpulsionTheSweepWithdrawsTheMemberAndClosesTheWaitingCaseWithTheReason() {
        Member member = inactiveSinceThreeYears("Wei Yan");
        ProcessInstance expulsion = open(member, SERIOUS_VIOLATION);
        complete(task(expulsion), withVariables(MEMBER_ANSWER, "No."));
        sweepClosingExpulsions();
        assertThat(register.find(member.membershipNumber()).orElseThrow().status()).isEqualTo(Status.WITHDRAWN);
        StatusChange withdrawn = register.history(member.membershipNumber()).get(1);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(expulsion.getId()).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(expulsion.getId())
                .singleResult().getDeleteReason()).startsWith("已结束：会员 " + member.membershipNumber() + " 视为自动退会")
                .endsWith(" Closed: member " + member.membershipNumber() + " was deemed withdrawn (automatic withdrawal,"
                        + " 2 years without dues or participation) in case " + withdrawn.caseNumber() + ".");
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    }

    @Test
    void anExpulsionAdoptedBeforeTheSweepIsEnteredWhateverTheSetting() {
        Member member = inactiveSinceThreeYears("Pang Tong");
        ProcessInstance expulsion = open(member, SERIOUS_VIOLATION);
        complete(task(expulsion), withVariables(MEMBER_ANSWER, "No."));
        decide(expulsion, "ADOPTED");
        sweepClosingExpulsions();
        sweep();
        assertThat(register.find(member.membershipNumber()).orElseThrow().status()).isEqualTo(Status.ACTIVE);
        execute(job(expulsion));
        assertThat(expulsion).isEnded().hasPassed("EndEvent_MemberExpelled");
        assertThat(register.find(member.membershipNumber()).orElseThrow().status()).isEqualTo(Status.EXPELLED);
    }

    /** A member admitted three years ago who has neither paid nor taken part since. */
    private Member inactiveSinceThreeYears(String name) {
        Members.today(LocalDate.now(clock()).minusYears(3));
        Member member = Members.admit(register, name);
        ClockUtil.reset();
        return member;
    }

    /** The daily sweep, as its timer runs it (the settings' default: an open expulsion decides). */
    private void sweep() {
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processDefinitionKey(SweepInactiveMembers.PROCESS_KEY).timers().singleResult().getId());
    }

    /** The sweep as {@code governance.inactivity-sweep.open-expulsion: CLOSE_EXPULSION} makes it. */
    private void sweepClosingExpulsions() {
        new SweepInactiveMembers(register, reasons, notices, texts, caseNumbers, engine.getRuntimeService(), clock(),
                Reading.EITHER_LAPSE, OpenExpulsion.CLOSE_EXPULSION, "secretariat@chia.example").execute(null);
    }

    @Test
    void anAdoptedExpulsionExpelsTheMemberRevokesTheCardAndClosesTheMembersOtherCases() {
        Member member = Members.admit(register, "Qian Yi", Language.EN);
        ProcessInstance otherCase = engine.getRuntimeService().startProcessInstanceByKey(WaitingCases.PROCESS_KEY,
                "OTHER-" + member.membershipNumber(), Map.of(MEMBERSHIP_NUMBER, member.membershipNumber(),
                        MATTER, "ADMISSION", CASE_TITLE, member.name()));

        ProcessInstance expulsion = open(member, CRIMINAL_OFFENCE);
        assertThat(expulsion.getBusinessKey()).matches("EXP-\\d{4}-\\d{4}");
        assertThat(expulsion).isWaitingAt("UserTask_RecordMemberAnswer").task().hasCandidateGroup("secretariat");
        assertThat(notifier.of(expulsion.getBusinessKey())).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo("member@example.org");
            assertThat(n.body()).contains("Dear Qian Yi", "violation of criminal law", "Convicted of fraud", "answer in writing by");
        });

        complete(task(expulsion), withVariables(MEMBER_ANSWER, "The conviction is under appeal."));
        assertThat(expulsion).isWaitingAt("Event_DecisionTaken").variables()
                .containsEntry(MATTER, "EXPULSION").containsEntry(CASE_TITLE, "Qian Yi")
                .containsEntry(MEMBER_ANSWER, "The conviction is under appeal.");
        decide(expulsion, "ADOPTED");
        execute(job(expulsion));

        assertThat(expulsion).isEnded().hasPassed("ServiceTask_NotifyExpelled", "EndEvent_MemberExpelled");
        assertThat(register.find(member.membershipNumber()).orElseThrow().status()).isEqualTo(Status.EXPELLED);
        assertThat(register.history(member.membershipNumber())).last().satisfies(change -> {
            assertThat(change.status()).isEqualTo(Status.EXPELLED);
            assertThat(change.reason()).isEqualTo("Expelled by resolution " + resolution + " in case " + expulsion.getBusinessKey());
            assertThat(change.resolutionNumber()).isEqualTo(resolution);
            assertThat(change.caseNumber()).isEqualTo(expulsion.getBusinessKey());
        });
        assertThat(register.card(member.membershipNumber()).orElseThrow().revokedOn()).isEqualTo(LocalDate.now(clock()));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(otherCase.getId()).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(otherCase.getId())
                .singleResult().getDeleteReason()).startsWith("已结束：会员 " + member.membershipNumber() + " 已由第 ")
                .endsWith(" Closed: member " + member.membershipNumber() + " was expelled by resolution " + resolution
                        + " in case " + expulsion.getBusinessKey() + ".");
        assertThat(notifier.of(expulsion.getBusinessKey())).extracting(Notification::subject).last()
                .isEqualTo("You have been expelled from the Association");
    }

    @Test
    void withoutAnAnswerWithinThirtyDaysTheCaseGoesToTheVoteAndARejectionLeavesTheMemberActive() {
        Member member = Members.admit(register, "Sun Er");
        ProcessInstance expulsion = open(member, SERIOUS_VIOLATION);
        assertThat(job(expulsion).getDuedate()).as("thirty days to answer")
                .isAfter(Date.from(Instant.now().plus(Duration.ofDays(29))))
                .isBefore(Date.from(Instant.now().plus(Duration.ofDays(31))));
        execute(job(expulsion));
        assertThat(expulsion).isWaitingAt("Event_DecisionTaken").hasPassed("BoundaryEvent_AnswerTimeOver")
                .variables().doesNotContainKey(MEMBER_ANSWER);

        decide(expulsion, "REJECTED");
        assertThat(expulsion).isEnded().hasPassed("ServiceTask_NotifyExpulsionRejected", "EndEvent_ExpulsionRejected");
        assertThat(register.find(member.membershipNumber()).orElseThrow().status()).isEqualTo(Status.ACTIVE);
        assertThat(register.history(member.membershipNumber())).extracting(StatusChange::status).containsExactly(Status.ACTIVE);
        assertThat(register.card(member.membershipNumber()).orElseThrow().revokedOn()).isNull();
        assertThat(notifier.of(expulsion.getBusinessKey())).last().satisfies(n -> {
            assertThat(n.subject()).as("in the member's language").isEqualTo("除名案件 " + expulsion.getBusinessKey() + " 已结案");
            assertThat(n.body()).startsWith("尊敬的Sun Er：").contains("您仍是本会会员", resolution, "未通过：出席的 61 名理事中 20 名赞成");
        });
    }

    @Test
    void aSecondOpenExpulsionCaseIsRefused() {
        Member member = Members.admit(register, "Zhou San");
        ProcessInstance first = open(member, SERIOUS_VIOLATION);
        assertThatThrownBy(() -> open(member, CRIMINAL_OFFENCE)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining(first.getBusinessKey());
    }

    @Test
    void anUnknownMemberCannotBeExpelled() {
        assertThatThrownBy(() -> start(anExpulsion().ofMember("CHIA-1999-999999").onGround(CRIMINAL_OFFENCE).withFacts("x")
                .build())).isInstanceOf(BadUserRequestException.class).hasMessageContaining("No member CHIA-1999-999999");
    }

    @Test
    void aWithdrawnMemberCannotBeExpelled() {
        Member withdrawn = Members.admit(register, "Wu Si");
        register.withdraw(withdrawn.membershipNumber(), "Withdrew by written notice", "WDR-TEST-" + withdrawn.membershipNumber());
        assertThatThrownBy(() -> open(withdrawn, CRIMINAL_OFFENCE)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("is withdrawn (WITHDRAWN)");
    }

    @Test
    void anExpelledMemberCannotBeExpelledAgain() {
        Member expelled = Members.admit(register, "Zheng Wu");
        register.expel(expelled.membershipNumber(), Resolutions.expulsion("EXP-TEST-" + expelled.membershipNumber()),
                "EXP-TEST-" + expelled.membershipNumber());
        assertThatThrownBy(() -> open(expelled, CRIMINAL_OFFENCE)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("is expelled (EXPELLED)");
    }

    @Test
    void anExpulsionNeedsAGroundOfTheCharter() {
        Member member = Members.admit(register, "Wang Liu");
        assertThatThrownBy(() -> start(anExpulsion().ofMember(member.membershipNumber()).onGround("RUDENESS")
                .withFacts(CONVICTION).build())).isInstanceOf(BadUserRequestException.class).hasMessageContaining("ground");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ExpulsionCase.PROCESS_KEY).count()).isZero();
    }

    @Test
    void anExpulsionNeedsTheFacts() {
        Member member = Members.admit(register, "Wang Liu");
        assertThatThrownBy(() -> start(anExpulsion().ofMember(member.membershipNumber()).onGround(CRIMINAL_OFFENCE)
                .withFacts(" ").build())).isInstanceOf(BadUserRequestException.class).hasMessageContaining("facts");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ExpulsionCase.PROCESS_KEY).count()).isZero();
    }

    @Test
    void theMemberHasTheCharterPeriodToAnswer() {
        TimerEventDefinition timer = Bpmn.readModelFromFile(new java.io.File("processes/member-expulsion.bpmn"))
                .getModelElementById("TimerEventDefinition_AnswerTimeOver");
        assertThat(timer.getTimeDuration().getTextContent()).isEqualTo("P" + ExpulsionCharge.DAYS_TO_ANSWER + "D");
    }

    @Test
    void theMembersAnswerCannotBeLeftEmpty() {
        ProcessInstance expulsion = open(Members.admit(register, "Feng Qi"), SERIOUS_VIOLATION);
        assertThatThrownBy(() -> complete(task(expulsion), withVariables(MEMBER_ANSWER, "")))
                .hasRootCauseInstanceOf(BadUserRequestException.class);
        assertThat(expulsion).isWaitingAt("UserTask_RecordMemberAnswer");
    }

    private ProcessInstance open(Member member, Ground ground) {
        return start(anExpulsion().ofMember(member.membershipNumber()).onGround(ground).withFacts(CONVICTION).build());
    }

    private ProcessInstance start(Map<String, Object> variables) {
        return engine.getRuntimeService().startProcessInstanceByKey(ExpulsionCase.PROCESS_KEY, variables);
    }

    private void decide(ProcessInstance expulsion, String outcome) {
        resolution = Resolutions.on(engine, expulsion.getBusinessKey(), outcome, "STANDING_COUNCIL");
        engine.getRuntimeService().createMessageCorrelation(WaitingCase.DECISION_TAKEN)
                .processInstanceBusinessKey(expulsion.getBusinessKey())
                .setVariables(WaitingCase.decision(Outcome.valueOf(outcome), resolution, Body.STANDING_COUNCIL,
                        outcome.equals("ADOPTED")
                                ? "Adopted: 50 of 61 directors present voted in favour." : "Rejected: 20 of 61 directors present voted in favour.",
                        outcome.equals("ADOPTED") ? "通过：出席的 61 名理事中 50 名赞成。" : "未通过：出席的 61 名理事中 20 名赞成。"))
                .correlateWithResult();
    }

    private static java.time.Clock clock() {
        return new EngineClock(ProcessConfiguration.ASSOCIATION_ZONE);
    }
}
