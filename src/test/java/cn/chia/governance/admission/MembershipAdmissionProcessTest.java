package cn.chia.governance.admission;

import cn.chia.governance.meeting.RecordResolution;

import cn.chia.governance.process.ProcessTest;
import cn.chia.governance.process.Texts;
import cn.chia.governance.process.WaitingCase;
import cn.chia.governance.process.WaitingCases;

import static cn.chia.governance.admission.AdmissionCase.BRANCH;
import static cn.chia.governance.admission.AdmissionCase.BRANCH_RECOMMENDED;
import static cn.chia.governance.admission.AdmissionCase.DECLINE;
import static cn.chia.governance.admission.AdmissionCase.FORWARD;
import static cn.chia.governance.admission.AdmissionCase.IDENTITY_NUMBER;
import static cn.chia.governance.admission.AdmissionCase.INFORMATION_PROVIDED;
import static cn.chia.governance.admission.AdmissionCase.INFORMATION_REQUESTED;
import static cn.chia.governance.admission.AdmissionCase.MATTER;
import static cn.chia.governance.admission.AdmissionCase.MEMBERSHIP_NUMBER;
import static cn.chia.governance.admission.AdmissionCase.MORE_INFORMATION;
import static cn.chia.governance.admission.AdmissionCase.PROCESS_KEY;
import static cn.chia.governance.admission.AdmissionCase.REASON;
import static cn.chia.governance.admission.AdmissionCase.RECOMMEND;
import static cn.chia.governance.admission.AdmissionCase.RECOMMENDATION;
import static cn.chia.governance.admission.AdmissionCase.REJECT;
import static cn.chia.governance.admission.AdmissionCase.REVIEW_DECISION;
import static cn.chia.governance.admission.AdmissionCase.STATEMENT;
import static cn.chia.governance.admission.AdmissionCase.SUPPORTS_CHARTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailSendException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import cn.chia.governance.Resolutions;
import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.InformationRequest;
import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.Outcome;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.PersonalData;
import cn.chia.governance.register.MemberRegister.Member;
import cn.chia.governance.register.Notifier;
import cn.chia.governance.register.Notifier.Notification;

/**
 * Membership admission, path by path. The decision of the Council or Standing Council is sent to the
 * case as a governance meeting sends it (AdmissionThroughMeetingIT runs a real meeting).
 */
@ProcessTest
public class MembershipAdmissionProcessTest {

    /** The number the minutes gave the last decision delivered. */
    String resolution;

    @Autowired
    ProcessEngine engine;
    @Autowired
    MemberRegister register;
    @Autowired
    PersonalData vault;
    @MockitoSpyBean
    Notifier notifier;

    @BeforeEach
    void cleanEngine() {
        init(engine);
        new WaitingCases(engine).clearAll();
    }

    @AfterEach
    void clearAuthentication() {
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void aSelfApplicationForwardedAndAdoptedByTheCouncilMakesAMemberWithACard() {
        Map<String, Object> sent = Applications.aPerson("Zhang San").build();
        ProcessInstance application = apply(sent);
        assertThat(application.getBusinessKey()).matches("APP-\\d{4}-\\d{6}");
        assertThat(application).isWaitingAt("UserTask_ReviewApplication").task()
                .hasCandidateGroup("liaison-department");

        complete(task(application), withVariables(REVIEW_DECISION, FORWARD));
        assertThat(application).isWaitingAt("Event_DecisionTaken");
        decide(application, "ADOPTED", "COUNCIL");

        assertThat(application).isWaitingAt("ServiceTask_RegisterMember");
        execute(job(application));
        assertThat(application).isEnded().hasPassed("ServiceTask_NotifyAdmitted", "EndEvent_MemberAdmitted");

        String number = (String) historicVariable(application, MEMBERSHIP_NUMBER);
        Member member = register.find(number).orElseThrow();
        assertThat(member.name()).isEqualTo("Zhang San");
        assertThat(member.identityNumber()).as("the register keeps the full number, from the vault")
                .isEqualTo(sent.get(IDENTITY_NUMBER)).doesNotContain("*");
        assertThat(member.phone()).isEqualTo(((String) sent.get(AdmissionCase.PHONE)).strip());
        assertThat((String) historicVariable(application, IDENTITY_NUMBER)).contains("********");
        assertThat(member.caseNumber()).isEqualTo(application.getBusinessKey());
        assertThat(member.status()).isEqualTo(MemberRegister.Status.ACTIVE);
        assertThat(member.resolutionNumber()).isEqualTo(resolution);
        assertThat(register.history(number)).hasSize(1);
        assertThat(register.card(number).orElseThrow().issuingBody()).contains("Council");
        assertThat(register.list()).filteredOn(m -> m.caseNumber().equals(application.getBusinessKey())).hasSize(1);
        assertThat(member.language()).as("no language chosen: Chinese").isEqualTo(Language.ZH);
        assertThat(notifier.of(application.getBusinessKey())).extracting(Notification::subject)
                .containsExactly("欢迎加入中国高科技产业化研究会");
        assertThat(notifier.of(application.getBusinessKey()).get(0).body())
                .startsWith("尊敬的Zhang San：").contains("您的会员编号为 " + number, "决议 " + resolution + "");
    }

    @Test
    void theStandingCouncilMayAdoptAnAdmissionWhenTheCouncilIsNotInSession() {
        ProcessInstance application = forwarded(Applications.aUnit("Beijing Aerospace Materials Co., Ltd.").build());
        decide(application, "ADOPTED", "STANDING_COUNCIL");
        execute(job(application));
        String number = (String) historicVariable(application, MEMBERSHIP_NUMBER);
        assertThat(register.find(number).orElseThrow().kind()).isEqualTo("UNIT");
        assertThat(register.card(number).orElseThrow().issuingBody()).contains("Standing Council");
    }

    @Test
    void anApplicationTheCouncilRejectsIsToldWithTheReasonInEnglishWhenTheApplicantReadsEnglish() {
        ProcessInstance application = forwarded(Applications.aPerson("Li Si").inEnglish().build());
        decide(application, "REJECTED", "COUNCIL");
        assertThat(application).isEnded().hasPassed("ServiceTask_NotifyCouncilRejected", "EndEvent_RejectedByCouncil");
        assertThat(notifier.of(application.getBusinessKey())).singleElement()
                .satisfies(n -> assertThat(n.subject()).isEqualTo("Your application " + application.getBusinessKey() + " was not adopted"))
                .satisfies(n -> assertThat(n.body()).startsWith("Dear Li Si,").contains("Rejected: 40 of 61 directors present"));
        assertThat(register.list()).noneMatch(m -> m.caseNumber().equals(application.getBusinessKey()));
    }

    @Test
    void anApplicationTheCouncilRejectsIsToldWithTheReasonInChineseByDefault() {
        ProcessInstance chinese = forwarded(Applications.aPerson("Li Sisi").build());
        decide(chinese, "REJECTED", "COUNCIL");
        assertThat(notifier.of(chinese.getBusinessKey())).singleElement()
                .satisfies(n -> assertThat(n.subject()).isEqualTo("您的申请 " + chinese.getBusinessKey() + " 未获决议通过"))
                .satisfies(n -> assertThat(n.body()).contains("未通过：出席的 61 名理事中 40 名赞成；超过三分之二需至少 41 名。"));
    }

    @Test
    void anApplicationThatNamesABranchWaitsForItsRecommendation() {
        ProcessInstance application = apply(Applications.aPerson("Wang Wu").withBranch("branch-beijing").build());
        assertThat(application).isWaitingAt("UserTask_RecommendCandidate").task().hasCandidateGroup("branch-beijing");

        complete(task(application), withVariables(RECOMMENDATION, RECOMMEND));
        assertThat(application).isWaitingAt("UserTask_ReviewApplication");
    }

    @Test
    void anApplicationEnteredByItsBranchIsRecommendedByThatAct() {
        engine.getIdentityService().setAuthentication("branch", List.of("branch-beijing"));
        ProcessInstance application = apply(Applications.aPerson("Zhao Liu").build());
        engine.getIdentityService().clearAuthentication();
        assertThat(application).isWaitingAt("UserTask_ReviewApplication").hasNotPassed("UserTask_RecommendCandidate");
        assertThat(application).variables().containsEntry(BRANCH, "branch-beijing").containsEntry(BRANCH_RECOMMENDED, true);
    }

    @Test
    void aBranchThatDeclinesEndsTheApplicationAndTheApplicantIsToldWhy() {
        ProcessInstance application = apply(Applications.aPerson("Sun Qi").withBranch("branch-beijing").build());
        assertThatThrownBy(() -> complete(task(application), withVariables(RECOMMENDATION, DECLINE)))
                .hasRootCauseInstanceOf(BadUserRequestException.class).rootCause().hasMessageContaining("reason");
        complete(task(application), withVariables(RECOMMENDATION, DECLINE, REASON, "Not active in the branch's field"));
        assertThat(application).isEnded().hasPassed("ServiceTask_NotifyBranchDeclined", "EndEvent_DeclinedByBranch");
        assertThat(notifier.of(application.getBusinessKey())).singleElement()
                .satisfies(n -> assertThat(n.body()).contains("Not active in the branch's field"));
    }

    @Test
    void theLiaisonDepartmentAsksForMoreInformationAndGetsItBack() {
        ProcessInstance application = apply(Applications.aPerson("Zhou Ba").build());
        complete(task(application), withVariables(REVIEW_DECISION, MORE_INFORMATION,
                INFORMATION_REQUESTED, "A list of your patents"));
        assertThat(application).isWaitingAt("UserTask_RecordInformation").task().hasCandidateGroup("secretariat");
        assertThat(notifier.of(application.getBusinessKey())).singleElement()
                .satisfies(n -> assertThat(n.body()).contains("A list of your patents", "请于"
                        + Texts.date(Language.ZH, LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30)) + "前答复"));

        complete(task(application), withVariables(INFORMATION_PROVIDED, "CN1234567A, CN7654321B"));
        assertThat(application).isWaitingAt("UserTask_ReviewApplication");
        assertThat(application).variables().containsEntry(INFORMATION_PROVIDED, "CN1234567A, CN7654321B");
    }

    @Test
    void anApplicationWithoutAnAnswerWithinThirtyDaysLapses() {
        ProcessInstance application = apply(Applications.aPerson("Wu Jiu").build());
        complete(task(application), withVariables(REVIEW_DECISION, MORE_INFORMATION,
                INFORMATION_REQUESTED, "Your publications"));
        assertThat(job(application).getDuedate()).as("thirty days to answer")
                .isAfter(Date.from(Instant.now().plus(Duration.ofDays(29))))
                .isBefore(Date.from(Instant.now().plus(Duration.ofDays(31))));
        execute(job(application));
        assertThat(application).isEnded().hasPassed("ServiceTask_NotifyLapsed", "EndEvent_ApplicationLapsed");
        assertThat(notifier.of(application.getBusinessKey())).extracting(Notification::subject)
                .last().asString().isEqualTo("您的申请 " + application.getBusinessKey() + " 已失效");
    }

    @Test
    void theApplicationLapsesAfterTheDaysToAnswerThatTheApplicantIsTold() {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
                .latestVersion().singleResult().getId();
        TimerEventDefinition lapse = engine.getRepositoryService().getBpmnModelInstance(definition)
                .getModelElementById("TimerEventDefinition_InformationLapsed");
        assertThat(lapse.getTimeDuration().getTextContent()).isEqualTo("P" + InformationRequest.DAYS_TO_ANSWER + "D");
    }

    @Test
    void theLiaisonDepartmentRejectsWithAReason() {
        ProcessInstance application = apply(Applications.aPerson("Zheng Shi").build());
        assertThatThrownBy(() -> complete(task(application), withVariables(REVIEW_DECISION, "MAYBE")))
                .hasRootCauseInstanceOf(BadUserRequestException.class);
        complete(task(application), withVariables(REVIEW_DECISION, REJECT, REASON, "Outside the Association's fields"));
        assertThat(application).isEnded().hasPassed("ServiceTask_NotifyReviewRejected", "EndEvent_ApplicationRejected");
        assertThat(notifier.of(application.getBusinessKey())).singleElement()
                .satisfies(n -> assertThat(n.body()).contains("Outside the Association's fields"));
    }

    @Test
    void aSecondOpenApplicationOfTheSamePersonIsRefusedNamingTheOpenCase() {
        Applications.Builder candidate = Applications.aPerson("Feng Yi");
        ProcessInstance first = apply(candidate.build());
        assertThatThrownBy(() -> apply(candidate.build()))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining(first.getBusinessKey());
    }

    @Test
    void anIncompleteApplicationIsRefusedNamingEveryProblem() {
        Map<String, Object> candidate = Applications.aPerson("Chen Er").withEmail("not-an-address")
                .with(SUPPORTS_CHARTER, false).without(STATEMENT).build();
        long before = engine.getRuntimeService().createProcessInstanceQuery().count();
        assertThatThrownBy(() -> apply(candidate)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("email").hasMessageContaining("supportsCharter").hasMessageContaining("statement")
                .hasMessageStartingWith("申请不完整：请填写有效的电子邮箱").hasMessageContaining("会员须拥护本会章程（入会条件一）。")
                .hasMessageContaining(" The application is incomplete: ");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void aResidentIdentityNumberWithAWrongCheckDigitOrMonthThirteenIsRefusedInBothLanguages() {
        long before = engine.getRuntimeService().createProcessInstanceQuery().count();
        assertThatThrownBy(() -> apply(Applications.aPerson("Han Mei").withIdentityNumber("110105194912310021").build()))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageStartingWith("申请不完整：请填写个人的 18 位居民身份证号码：末位校验码不符，请核对号码。")
                .hasMessageContaining("identityNumber: Enter the person's resident identity number. Its last character (the check digit) does not match");
        String thirteenthMonth = "1101051949" + "13" + "01002";
        thirteenthMonth += cn.chia.governance.charter.ResidentIdentityNumber.checkCharacter(thirteenthMonth);
        String month13 = thirteenthMonth;
        assertThatThrownBy(() -> apply(Applications.aPerson("Han Mei").withIdentityNumber(month13).build()))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("出生日期不是真实日期")
                .hasMessageContaining("not a real date of birth");
        assertThatThrownBy(() -> apply(Applications.aUnit("Han Mei Ltd").withCreditCode("91110000100001234X").build()))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("统一社会信用代码：末位校验码不符")
                .hasMessageContaining("check character");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void aPersonsIdentityNumberIsKeptWithACapitalXAndAPassportFromTheStartFormAsTheIdentityNumber() {
        ProcessInstance person = apply(Applications.aPerson("Du Juan").withIdentityNumber("11010519491231002x").build());
        assertThat(person).variables().as("masked: the vault keeps it").containsEntry(IDENTITY_NUMBER, "110105********002X");
        assertThat(vault.find(person.getBusinessKey()).orElseThrow().identityNumber()).isEqualTo("11010519491231002X");
        assertThatThrownBy(() -> apply(Applications.aPerson("Du Juan").withIdentityNumber("11010519491231002X").build()))
                .as("the same person, whichever x was typed").hasMessageContaining(person.getBusinessKey());

        engine.getIdentityService().setAuthentication("clerk", List.of("secretariat"));
        ProcessInstance foreign = apply(Applications.aForeignExpert("Anna Berg").without(IDENTITY_NUMBER)
                .with(AdmissionCase.PASSPORT_NUMBER, "C01X00T47").build());
        engine.getIdentityService().clearAuthentication();
        assertThat(foreign).variables().containsEntry(IDENTITY_NUMBER, "C01****47")
                .doesNotContainKey(AdmissionCase.PASSPORT_NUMBER);
        assertThat(vault.find(foreign.getBusinessKey()).orElseThrow().identityNumber()).isEqualTo("C01X00T47");
    }

    @Test
    void aFailureWhileRegisteringLeavesNoMemberAndTheRegistrationIsRetried() {
        ProcessInstance application = forwarded(Applications.aPerson("Chu Shisan").build());
        decide(application, "ADOPTED", "COUNCIL");
        doThrow(new MailSendException("mail server down")).when(notifier)
                .notify(eq(application.getBusinessKey()), any(), startsWith("欢迎"), any());

        assertThatThrownBy(() -> execute(job(application))).isInstanceOf(MailSendException.class);
        assertThat(register.list()).noneMatch(m -> m.caseNumber().equals(application.getBusinessKey()));
        assertThat(notifier.of(application.getBusinessKey())).isEmpty();

        reset(notifier);
        execute(job(application));
        assertThat(application).isEnded().hasPassed("EndEvent_MemberAdmitted");
        assertThat(register.list()).filteredOn(m -> m.caseNumber().equals(application.getBusinessKey())).hasSize(1);
    }

    @Test
    void aForeignExpertIsReviewedApprovedByTheCouncilAndFiledWithCastBeforeMembershipBegins() {
        ProcessInstance application = apply(Applications.aForeignExpert("John Smith").inEnglish().build());
        assertThat(application).isWaitingAt("Event_ForeignReviewDecided").hasNotPassed("UserTask_ReviewApplication");
        assertThat(application).variables().containsEntry(MATTER, "FOREIGN_MEMBER_REVIEW");
        decide(application, "ADOPTED", "STANDING_COUNCIL");
        assertThat(application).isWaitingAt("Event_ForeignApprovalDecided");
        assertThat(application).variables().containsEntry(MATTER, "FOREIGN_MEMBER_APPROVAL");
        decide(application, "ADOPTED", "COUNCIL");

        ProcessInstance filing = calledProcessInstance("foreign-member-filing", application);
        assertThat(filing.getBusinessKey()).isEqualTo(application.getBusinessKey());
        assertThat(filing).isWaitingAt("UserTask_PrepareDossier").task().hasCandidateGroup("secretariat");
        submitDossier(filing);

        Date submitted = ClockUtil.getCurrentTime();
        try {
            assertThat(dueReminders(filing)).as("no reminder before 30 days").isZero();
            ClockUtil.setCurrentTime(Date.from(submitted.toInstant().plus(Duration.ofDays(31))));
            assertThat(dueReminders(filing)).isOne();
            execute(reminder(filing));
            ClockUtil.setCurrentTime(Date.from(submitted.toInstant().plus(Duration.ofDays(61))));
            assertThat(dueReminders(filing)).as("again 30 days later").isOne();
            execute(reminder(filing));
        } finally {
            ClockUtil.reset();
        }
        assertThat(filing).isWaitingAt("UserTask_RecordCastAnswer");
        assertThat(notifier.of(application.getBusinessKey())).filteredOn(n -> n.subject().equals("中国科协尚未就 " + application.getBusinessKey() + " 作出答复 / CAST has not answered on "
                        + application.getBusinessKey()))
                .hasSize(2).allSatisfy(n -> assertThat(n.recipient()).isEqualTo("secretariat@chia.example"));

        assertThatThrownBy(() -> complete(task(filing), withVariables("authorityAnswer", "RETURNED", "answeredOn", today())))
                .hasRootCauseInstanceOf(BadUserRequestException.class).rootCause().hasMessageContaining("reason");
        complete(task(filing), withVariables("authorityAnswer", "RETURNED", "answeredOn", today(),
                "authorityNote", "Add a certified translation of the diploma"));
        assertThat(filing).isWaitingAt("UserTask_PrepareDossier");
        submitDossier(filing);
        complete(task(filing), withVariables("authorityAnswer", "APPROVED", "answeredOn", today(),
                "authorityReference", "CAST-F-2026-0031"));

        assertThat(filing).isEnded().hasPassed("EndEvent_FilingApproved");
        assertThat(application).isWaitingAt("ServiceTask_RegisterMember");
        execute(job(application));
        assertThat(application).isEnded().hasPassed("CallActivity_FileWithCast", "EndEvent_MemberAdmitted");
        Member member = register.find((String) historicVariable(application, MEMBERSHIP_NUMBER)).orElseThrow();
        assertThat(member.kind()).isEqualTo("FOREIGN");
        assertThat(register.card(member.membershipNumber()).orElseThrow().issuingBody()).startsWith("Council");
    }

    @Test
    void aForeignExpertRefusedByCastIsToldWhyAndNoMember() {
        ProcessInstance application = apply(Applications.aForeignExpert("Marie Dupont").inEnglish().build());
        decide(application, "ADOPTED", "COUNCIL");
        decide(application, "ADOPTED", "COUNCIL");
        ProcessInstance filing = calledProcessInstance("foreign-member-filing", application);
        submitDossier(filing);
        assertThatThrownBy(() -> complete(task(filing), withVariables("authorityAnswer", "MAYBE", "answeredOn", today())))
                .hasRootCauseInstanceOf(BadUserRequestException.class);
        complete(task(filing), withVariables("authorityAnswer", "REFUSED", "answeredOn", today(),
                "authorityNote", "Not within the Association's scope of foreign cooperation"));

        assertThat(filing).isEnded().hasPassed("EndEvent_FilingRefused");
        assertThat(application).isEnded().hasPassed("ServiceTask_NotifyCastRefused", "EndEvent_RefusedByCast");
        assertThat(notifier.of(application.getBusinessKey())).singleElement()
                .satisfies(n -> assertThat(n.body()).contains("Not within the Association's scope"));
        assertThat(register.list()).noneMatch(m -> m.caseNumber().equals(application.getBusinessKey()));
    }

    @Test
    void aForeignExpertNotReviewedFavourablyIsToldWithTheReason() {
        ProcessInstance application = apply(Applications.aForeignExpert("Hans Weber").inEnglish().build());
        decide(application, "REJECTED", "STANDING_COUNCIL");
        assertThat(application).isEnded().hasPassed("ServiceTask_NotifyReviewNotAdopted", "EndEvent_ForeignReviewNotAdopted");
        assertThat(notifier.of(application.getBusinessKey())).singleElement()
                .satisfies(n -> assertThat(n.body()).contains("Rejected: 40 of 61"));
    }

    @Test
    void aForeignExpertTheCouncilDoesNotApproveIsToldWithTheReason() {
        ProcessInstance application = apply(Applications.aForeignExpert("Anna Rossi").inEnglish().build());
        decide(application, "ADOPTED", "STANDING_COUNCIL");
        decide(application, "REJECTED", "COUNCIL");
        assertThat(application).isEnded()
                .hasPassed("ServiceTask_NotifyApprovalNotAdopted", "EndEvent_ForeignApprovalNotAdopted");
    }

    @Test
    void aForeignExpertAppliesDirectlyNotThroughABranch() {
        Map<String, Object> candidate = Applications.aForeignExpert("Kenji Sato").inEnglish()
                .withBranch("branch-beijing").build();
        assertThatThrownBy(() -> apply(candidate)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("foreign member applies directly");
    }

    private void submitDossier(ProcessInstance filing) {
        assertThat(filing).isWaitingAt("UserTask_PrepareDossier");
        complete(task(filing), withVariables("dossierSummary", "CV, passport copy, Council resolution"));
        assertThatThrownBy(() -> complete(task(filing), withVariables("submittedOn", "2999-01-01", "castReference", "X")))
                .hasRootCauseInstanceOf(BadUserRequestException.class).rootCause().hasMessageContaining("future");
        complete(task(filing), withVariables("submittedOn", today(), "castReference", "CAST-2026-118"));
        assertThat(filing).isWaitingAt("UserTask_RecordCastAnswer");
    }

    private long dueReminders(ProcessInstance filing) {
        return engine.getManagementService().createJobQuery().processInstanceId(filing.getId()).timers().executable().count();
    }

    private Job reminder(ProcessInstance filing) {
        return engine.getManagementService().createJobQuery().processInstanceId(filing.getId()).timers().singleResult();
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    private ProcessInstance apply(Map<String, Object> application) {
        return engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, application);
    }

    private ProcessInstance forwarded(Map<String, Object> application) {
        ProcessInstance instance = apply(application);
        complete(task(instance), withVariables(REVIEW_DECISION, FORWARD));
        return instance;
    }

    /** What a governance meeting sends the case (see RecordResolution). */
    private void decide(ProcessInstance application, String outcome, String body) {
        resolution = Resolutions.on(engine, application.getBusinessKey(), outcome, body);
        String reason = outcome.equals("ADOPTED")
                ? "Adopted: 41 of 61 directors present voted in favour; more than two thirds requires at least 41."
                : "Rejected: 40 of 61 directors present voted in favour; more than two thirds requires at least 41.";
        String chineseReason = outcome.equals("ADOPTED")
                ? "通过：出席的 61 名理事中 41 名赞成；超过三分之二需至少 41 名。"
                : "未通过：出席的 61 名理事中 40 名赞成；超过三分之二需至少 41 名。";
        engine.getRuntimeService().createMessageCorrelation(WaitingCase.DECISION_TAKEN)
                .processInstanceBusinessKey(application.getBusinessKey())
                .setVariables(WaitingCase.decision(Outcome.valueOf(outcome), resolution, Body.valueOf(body), reason,
                        chineseReason))
                .correlateWithResult();
    }

    private Object historicVariable(ProcessInstance instance, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).singleResult().getValue();
    }
}
