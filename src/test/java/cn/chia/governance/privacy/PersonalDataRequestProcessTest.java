package cn.chia.governance.privacy;

import static cn.chia.governance.privacy.DataRequestCase.ANSWER;
import static cn.chia.governance.privacy.DataRequestCase.CORRECTED_EMAIL;
import static cn.chia.governance.privacy.DataRequestCase.CORRECTED_NAME;
import static cn.chia.governance.privacy.DataRequestCase.CORRECTED_PHONE;
import static cn.chia.governance.privacy.DataRequestCase.OUTCOME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.chia.governance.admission.AdmissionCase;
import cn.chia.governance.admission.ApplicantDesk;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.process.Members;
import cn.chia.governance.process.ProcessTest;
import cn.chia.governance.process.WaitingCases;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;
import cn.chia.governance.register.Notifier;

/**
 * A request to correct or delete one's personal data, path by path: the Secretariat answers within the legal period
 * (governance.privacy.answer-within, P15D), corrects, withdraws an open application, or refuses with the reason; the
 * person is told in their language, on receipt and on the answer.
 */
@ProcessTest
class PersonalDataRequestProcessTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Autowired
    ProcessEngine engine;
    @Autowired
    MemberRegister register;
    @Autowired
    Notifier notifier;
    @Autowired
    ApplicantDesk desk;
    @Autowired
    cn.chia.governance.register.PersonalData vault;

    @BeforeEach
    void cleanEngine() {
        init(engine);
        new WaitingCases(engine).clearAll();
        Members.today(TODAY);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void aCorrectionOfAnOpenApplicationIsWrittenToTheCaseAndTheApplicantIsAnsweredInEnglishAtTheNewAddress() {
        ProcessInstance application = apply(Applications.aPerson("Li Lei").inEnglish().withEmail("old@example.org").build());
        ProcessInstance request = ask(application.getBusinessKey(), DataRequestCase.Kind.CORRECTION,
                "My e-mail address is now new@example.org.");

        assertThat(request.getBusinessKey()).matches("PDR-2026-\\d{4}");
        assertThat(request).isWaitingAt("UserTask_AnswerDataRequest").task().hasCandidateGroup("secretariat")
                .hasName("答复个人信息请求 Answer the personal-data request");
        assertThat(LocalDate.ofInstant(task(request).getDueDate().toInstant(), cn.chia.governance.process.ProcessConfiguration.ASSOCIATION_ZONE))
                .as("due within the legal period, P15D").isEqualTo(TODAY.plusDays(15));
        assertThat(request).variables().containsEntry(DataRequestCase.ANSWER_BY, "2026-12-18")
                .containsEntry(DataRequestCase.SUBJECT, "APPLICATION").containsEntry(DataRequestCase.PERSON_EMAIL, "old@example.org");
        assertThat(notifier.of(request.getBusinessKey())).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo("old@example.org");
            assertThat(n.subject()).isEqualTo("Your request " + request.getBusinessKey() + " about your personal data is received");
            assertThat(n.body()).contains("Dear Li Lei", "a correction of the personal data we hold under "
                    + application.getBusinessKey(), "by 18 December 2026");
        });

        complete(task(request), withVariables(OUTCOME, "CORRECTED", CORRECTED_EMAIL, "new@example.org",
                CORRECTED_PHONE, "+86 10 1234 5678", ANSWER, "Your e-mail address and phone are corrected."));

        assertThat(request).isEnded().hasPassed("ServiceTask_ApplyCorrection", "ServiceTask_NotifyAnswer",
                "EndEvent_RequestAnswered");
        assertThat(AdmissionCase.given(engine.getHistoryService(), application.getBusinessKey()).orElseThrow())
                .satisfies(given -> {
                    assertThat(given.email()).isEqualTo("new@example.org");
                    assertThat(given.phone()).as("the case keeps it masked").isEqualTo("+86*********5678");
                    assertThat(given.applicantName()).isEqualTo("Li Lei");
                });
        assertThat(vault.find(application.getBusinessKey()).orElseThrow().phone()).as("the vault keeps it in full")
                .isEqualTo("+86 10 1234 5678");
        assertThat(notifier.of(request.getBusinessKey())).hasSize(2).last().satisfies(n -> {
            assertThat(n.recipient()).as("the corrected address").isEqualTo("new@example.org");
            assertThat(n.subject()).isEqualTo("Answer to your request " + request.getBusinessKey() + " about your personal data");
            assertThat(n.body()).contains("your data is corrected.", "Your e-mail address and phone are corrected.");
        });
    }

    @Test
    void aDeletionWithdrawsTheOpenApplicationWhoseStatusThenReadsClosed() {
        ProcessInstance application = apply(Applications.aPerson("王芳").build());
        ProcessInstance request = ask(application.getBusinessKey(), DataRequestCase.Kind.DELETION, "请删除我的申请。");

        complete(task(request), withVariables(OUTCOME, "DELETED", ANSWER, "您的申请已撤回。"));

        assertThat(request).isEnded().hasPassed("ServiceTask_WithdrawApplication", "EndEvent_RequestAnswered");
        assertThat(application).isEnded();
        assertThat(desk.status(application.getBusinessKey()).orElseThrow()).satisfies(status -> {
            assertThat(status.stage()).isEqualTo(ApplicantDesk.Stage.CLOSED);
            assertThat(status.reason()).contains("应申请人请求撤回", request.getBusinessKey());
        });
        assertThat(notifier.of(request.getBusinessKey())).last().satisfies(n -> {
            assertThat(n.subject()).isEqualTo("对您关于个人信息的请求 " + request.getBusinessKey() + " 的答复");
            assertThat(n.body()).contains("尊敬的王芳：", "删除请求", "您的申请已撤回，案件已终结。");
        });
    }

    @Test
    void aMembersDeletionCannotBeRecordedAsDoneAndIsRefusedWithTheReason() {
        Member member = Members.admit(register, "赵敏");
        ProcessInstance request = ask(member.membershipNumber(), DataRequestCase.Kind.DELETION, "请删除我在名册中的信息。");
        assertThat(request).variables().containsEntry(DataRequestCase.SUBJECT, "MEMBER");

        assertThatThrownBy(() -> complete(task(request), withVariables(OUTCOME, "DELETED", ANSWER, "已删除。")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("只有尚未办结的申请可以");
        assertThatThrownBy(() -> complete(task(request), withVariables(OUTCOME, "REFUSED", ANSWER, " ")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("请填写答复");
        assertThat(request).isWaitingAt("UserTask_AnswerDataRequest");

        complete(task(request), withVariables(OUTCOME, "REFUSED", ANSWER, "会员名册依法保存至退会后三年。"));

        assertThat(request).isEnded().hasPassed("Gateway_JoinAnswer", "EndEvent_RequestAnswered")
                .hasNotPassed("ServiceTask_ApplyCorrection", "ServiceTask_WithdrawApplication");
        assertThat(register.find(member.membershipNumber())).isPresent();
        assertThat(notifier.of(request.getBusinessKey())).last().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo("member@example.org");
            assertThat(n.body()).contains("您的请求未获同意，理由如下：", "会员名册依法保存至退会后三年。");
        });
    }

    @Test
    void aMembersCorrectionIsWrittenToTheRegister() {
        Member member = Members.admit(register, "Chen Jing");
        ProcessInstance request = ask(member.membershipNumber(), DataRequestCase.Kind.CORRECTION, "My name is Chen Jingyi.");

        assertThatThrownBy(() -> complete(task(request), withVariables(OUTCOME, "CORRECTED", ANSWER, "Done.")))
                .as("a correction names what was corrected").isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("至少一项");
        complete(task(request), withVariables(OUTCOME, "CORRECTED", CORRECTED_NAME, "Chen Jingyi", ANSWER, "更正完毕。"));

        assertThat(register.find(member.membershipNumber()).orElseThrow()).satisfies(m -> {
            assertThat(m.name()).isEqualTo("Chen Jingyi");
            assertThat(m.email()).as("unchanged").isEqualTo("member@example.org");
        });
        assertThat(notifier.of(request.getBusinessKey())).last().extracting(Notifier.Notification::body).asString()
                .contains("尊敬的Chen Jingyi：");
    }

    @Test
    void aRequestNamesAKindWhatIsAskedAndAnApplicationOrMemberTheAssociationHolds() {
        Member member = Members.admit(register, "孙丽");
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(DataRequestCase.PROCESS_KEY,
                Map.of(DataRequestCase.SUBJECT_NUMBER, member.membershipNumber(), DataRequestCase.REQUEST_KIND, "ERASE",
                        DataRequestCase.REQUEST_DETAIL, "x"))).hasMessageContaining("CORRECTION");
        assertThatThrownBy(() -> ask(member.membershipNumber(), DataRequestCase.Kind.CORRECTION, " "))
                .hasMessageContaining("请写明");
        assertThatThrownBy(() -> ask("CHIA-1999-999999", DataRequestCase.Kind.CORRECTION, "Correct my name."))
                .hasMessageContaining("CHIA-1999-999999");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(DataRequestCase.PROCESS_KEY).count()).isZero();
    }

    private ProcessInstance apply(Map<String, Object> application) {
        return engine.getRuntimeService().startProcessInstanceByKey(AdmissionCase.PROCESS_KEY, application);
    }

    private ProcessInstance ask(String subject, DataRequestCase.Kind kind, String detail) {
        return engine.getRuntimeService().startProcessInstanceByKey(DataRequestCase.PROCESS_KEY,
                DataRequestCase.asked(subject, kind, detail));
    }
}
