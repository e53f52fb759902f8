package cn.chia.governance.exits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.Resolutions;
import cn.chia.governance.register.Applicant;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.CardStatus;
import cn.chia.governance.register.MemberRegister.Member;
import cn.chia.governance.register.MemberRegister.Status;
import cn.chia.governance.register.MemberRegister.StatusChange;
import cn.chia.governance.register.Notifier;

/**
 * A withdrawal opened on the version of the BPMN before withdrawal was free runs on to its end on that version: the
 * member, still a member while the card was awaited, is withdrawn when the Secretariat records the card's return
 * (or its loss), with the delegates of this version. The old version is deployed here under its own key
 * (src/test/resources/bpmn), as the database of an existing installation keeps it, and its case started where such
 * cases wait: at the card's return, with the variables the old version had set.
 */
@GovernanceTest
class WithdrawalsOpenedBeforeFreeWithdrawalIT {

    static final String OLD_VERSION = "membership-withdrawal-before-free-withdrawal";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    MemberRegister register;
    @Autowired
    Notifier notifier;

    @BeforeEach
    void deployTheOldVersion() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(OLD_VERSION).count() == 0) {
            repository.createDeployment().addClasspathResource("bpmn/" + OLD_VERSION + ".bpmn").deploy();
        }
    }

    @Test
    void theMemberIsWithdrawnWhenTheCardComesBackAndTheCardIsReturned() {
        Member member = admit("钱进");
        ProcessInstance old = waitingForTheCard(member);
        assertThat(register.find(member.membershipNumber()).orElseThrow().status()).isEqualTo(Status.ACTIVE);

        String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        assertThat(complete(old, Map.of("cardReturnedOn", Map.of("value", today, "type", "String"))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(old.getId()).count()).isZero();
        assertThat(register.find(member.membershipNumber()).orElseThrow().status()).isEqualTo(Status.WITHDRAWN);
        assertThat(register.history(member.membershipNumber())).last().extracting(StatusChange::reason)
                .isEqualTo("Withdrew by written notice of 2026-01-05; card returned on " + today);
        assertThat(register.card(member.membershipNumber()).orElseThrow().status()).isEqualTo(CardStatus.RETURNED);
        assertThat(notifier.of(old.getBusinessKey())).last().extracting(Notifier.Notification::subject)
                .isEqualTo("本会已登记您的退会");
        assertThat(runtime.createIncidentQuery().processInstanceId(old.getId()).count()).isZero();
    }

    @Test
    void aCardDeclaredLostOnTheOldVersionIsVoid() {
        Member member = admit("孙琪");
        ProcessInstance old = waitingForTheCard(member);
        assertThat(complete(old, Map.of("cardLost", Map.of("value", true, "type", "Boolean"))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(register.find(member.membershipNumber()).orElseThrow().status()).isEqualTo(Status.WITHDRAWN);
        assertThat(register.card(member.membershipNumber()).orElseThrow().status()).isEqualTo(CardStatus.VOID);
        assertThat(notifier.of(old.getBusinessKey())).last().extracting(Notifier.Notification::subject).asString()
                .endsWith("已作废");
    }

    @Test
    void aMemberWithdrawnAutomaticallyMeanwhileLeavesTheOldCaseNothingToWithdraw() {
        Member member = admit("周全");
        ProcessInstance old = waitingForTheCard(member);
        register.withdraw(member.membershipNumber(), "No dues paid since 2024-01-01: deemed withdrawn (charter: withdrawal)",
                "WDR-IT-" + UUID.randomUUID());
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        assertThat(complete(old, Map.of("cardReturnedOn", Map.of("value", today, "type", "String"))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(old.getId()).count()).isZero();
        assertThat(register.history(member.membershipNumber())).hasSize(2);
        assertThat(register.card(member.membershipNumber()).orElseThrow().status()).isEqualTo(CardStatus.REVOKED);
    }

    /** An old-version case as the old version left it: waiting for the card, the member still a member. */
    private ProcessInstance waitingForTheCard(Member member) {
        String caseNumber = "WDR-OLD-" + UUID.randomUUID().toString().substring(0, 8);
        return runtime.createProcessInstanceByKey(OLD_VERSION).businessKey(caseNumber)
                .startBeforeActivity("UserTask_RecordCardReturn")
                .setVariables(Map.of(WithdrawalCase.MEMBERSHIP_NUMBER, member.membershipNumber(),
                        WithdrawalCase.LETTER_DATE, "2026-01-05", WithdrawalCase.CASE_NUMBER, caseNumber,
                        WithdrawalCase.CASE_TITLE, member.name()))
                .execute();
    }

    /** The Secretariat completes the task through Camunda's REST API, as Tasklist does. */
    private ResponseEntity<String> complete(ProcessInstance old, Map<String, Object> variables) {
        String task = tasks.createTaskQuery().processInstanceId(old.getId()).singleResult().getId();
        return rest.withBasicAuth("clerk", "clerk").postForEntity("/engine-rest/task/" + task + "/complete",
                Map.of("variables", variables), String.class);
    }

    private Member admit(String name) {
        String caseNumber = "APP-IT-" + UUID.randomUUID();
        return register.admit(caseNumber, new Applicant("INDIVIDUAL", name, "member@example.org", null,
                "11010519800101" + String.format("%04d", (int) (Math.random() * 10000)), null, "北京大学", "材料", null),
                Resolutions.admission(caseNumber, "COUNCIL"), "COUNCIL");
    }
}
