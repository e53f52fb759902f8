package cn.chia.governance.exits;

import static cn.chia.governance.charter.ExpulsionCharge.Ground.SERIOUS_VIOLATION;
import static cn.chia.governance.exits.Expulsions.anExpulsion;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.Resolutions;
import cn.chia.governance.register.Applicant;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;
import cn.chia.governance.register.MemberRegister.Status;

/**
 * How membership ends, driven as the Secretariat drives it: a reason for inactivity through the member API, a notice
 * of withdrawal through Camunda's REST API or the member's own online notice, the card's return or loss in Tasklist's
 * calls, an expulsion case meeting the automatic withdrawal in either order. The daily sweep is run as its timer runs
 * it, on the day the engine's clock is set to.
 */
@GovernanceTest
class MemberExitsIT {

    static final ZoneId ASSOCIATION = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MemberRegister register;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    SweepInactiveMembers sweep;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // ---- reasons for not paying or not taking part

    @Test
    void theSecretariatRecordsAReasonWithItsPeriodAndReadsItBack() {
        Member member = admit("冯雪", today());
        ResponseEntity<Map> recorded = rest.withBasicAuth("clerk", "clerk").postForEntity(reasonsOf(member),
                Map.of("reason", "ILLNESS", "from", today().toString(), "until", today().plusMonths(3).toString(),
                        "note", "住院治疗 In hospital"), Map.class);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(recorded.getBody()).containsEntry("kind", "ILLNESS").containsEntry("covers", "BOTH")
                .containsEntry("until", today().plusMonths(3).toString()).containsEntry("recordedBy", "clerk");
        ResponseEntity<List> listed = rest.withBasicAuth("clerk", "clerk").getForEntity(reasonsOf(member), List.class);
        assertThat(listed.getBody()).hasSize(1);
    }

    @Test
    void aBadReasonIsRefusedWithEveryProblemInChineseAndEnglishAndNothingIsRecorded() {
        Member member = admit("韩梅", today());
        ResponseEntity<String> refused = rest.withBasicAuth("clerk", "clerk").postForEntity(reasonsOf(member),
                Map.of("reason", "HOLIDAY", "covers", "DUES", "from", today().toString(), "until", "soon"), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("请选择理由", "Choose 'reason' from [ILLNESS, POSTING_ABROAD, EXEMPTION]",
                "Enter 'until' as YYYY-MM-DD");
        ResponseEntity<String> backwards = rest.withBasicAuth("clerk", "clerk").postForEntity(reasonsOf(member),
                Map.of("reason", "EXEMPTION", "from", today().toString(), "until", today().minusDays(1).toString()),
                String.class);
        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(backwards.getBody()).contains("理由的期间应在", "ends on or after its first day");
        assertThat(rest.withBasicAuth("clerk", "clerk").getForEntity(reasonsOf(member), List.class).getBody()).isEmpty();
        assertThat(rest.withBasicAuth("clerk", "clerk").postForEntity("/api/members/CHIA-1999-999999/reasons",
                Map.of("reason", "ILLNESS"), String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyTheSecretariatRecordsOrReadsReasons() {
        Member member = admit("林涛", today());
        Map<String, String> reason = Map.of("reason", "ILLNESS", "from", today().toString(), "until", today().toString());
        for (String user : List.of("director", "liaison", "manager", "branch")) {
            assertThat(rest.withBasicAuth(user, user).postForEntity(reasonsOf(member), reason, String.class)
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(rest.withBasicAuth(user, user).getForEntity(reasonsOf(member), String.class).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(rest.postForEntity(reasonsOf(member), reason, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aReasonKeepsTheMemberForTheDaysItCoversAndAPaymentOnTheAnniversaryStillCounts() {
        LocalDate today = today();
        Member excused = admit("欧阳", today.minusYears(2).minusDays(5));
        Member withoutReason = admit("司马", today.minusYears(2).minusDays(5));
        Member payingOnTheDay = admit("诸葛", today.minusYears(2));
        assertThat(rest.withBasicAuth("clerk", "clerk").postForEntity(reasonsOf(excused), Map.of("reason",
                "POSTING_ABROAD", "from", today.minusYears(1).toString(), "until", today.minusYears(1).plusDays(9).toString()),
                String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        sweep.execute(null);
        assertThat(status(excused)).as("10 days covered").isEqualTo(Status.ACTIVE);
        assertThat(status(withoutReason)).isEqualTo(Status.WITHDRAWN);
        assertThat(status(payingOnTheDay)).as("the anniversary itself").isEqualTo(Status.ACTIVE);

        for (String what : List.of("dues", "participation")) {
            assertThat(rest.withBasicAuth("clerk", "clerk").postForEntity("/api/members/"
                    + payingOnTheDay.membershipNumber() + "/" + what, Map.of("date", today.toString()), String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        }
        onDay(today.plusDays(1));
        sweep.execute(null);
        assertThat(status(payingOnTheDay)).isEqualTo(Status.ACTIVE);
        onDay(today.plusDays(5));
        sweep.execute(null);
        assertThat(status(excused)).as("the last day: 5 days late, 10 days covered").isEqualTo(Status.ACTIVE);
        onDay(today.plusDays(6));
        sweep.execute(null);
        assertThat(status(excused)).isEqualTo(Status.WITHDRAWN);
    }

    // ---- free withdrawal

    @Test
    void aMemberWhoSendsTheNoticeOnlineIsWithdrawnAtOnceAndTheCardIsAwaitedThenDeclaredLost() {
        Member member = admit("宋玉", today());
        String secret = (String) rest.withBasicAuth("clerk", "clerk").postForEntity("/api/members/"
                + member.membershipNumber() + "/card-secret", null, Map.class).getBody().get("cardSecret");
        ResponseEntity<Map> accepted = rest.postForEntity("/api/withdrawals",
                Map.of("membershipNumber", member.membershipNumber(), "cardSecret", secret), Map.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String caseNumber = (String) accepted.getBody().get("caseNumber");

        Map<?, ?> file = rest.withBasicAuth("clerk", "clerk").getForEntity("/api/members/" + member.membershipNumber(),
                Map.class).getBody();
        assertThat(((Map<?, ?>) file.get("member")).get("status")).isEqualTo("WITHDRAWN");
        assertThat(((Map<?, ?>) file.get("card")).get("status")).isEqualTo("AWAITING_RETURN");
        assertThat(csvRowOf(member)).endsWith(",AWAITING_RETURN");

        String task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        assertThat(rest.withBasicAuth("clerk", "clerk").postForEntity("/engine-rest/task/" + task + "/complete",
                Map.of("variables", Map.of("cardLost", Map.of("value", true, "type", "Boolean"))), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(csvRowOf(member)).endsWith(",VOID");
        Map<?, ?> card = (Map<?, ?>) rest.withBasicAuth("manager", "manager").getForEntity("/api/members/"
                + member.membershipNumber(), Map.class).getBody().get("card");
        assertThat(card.get("voidReason")).isEqualTo("Declared lost by the member");
    }

    @Test
    void aCardReturnedIsRecordedInTheRegister() {
        Member member = admit("杜鹃", today());
        String caseNumber = startWithdrawal(member).getBody().get("businessKey").toString();
        String task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        ResponseEntity<String> both = rest.withBasicAuth("clerk", "clerk").postForEntity("/engine-rest/task/" + task
                + "/complete", Map.of("variables", Map.of("cardLost", Map.of("value", true, "type", "Boolean"),
                        "cardReturnedOn", Map.of("value", today().toString(), "type", "String"))), String.class);
        assertThat(both.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(both.getBody()).contains("二者择一", "one or the other");
        assertThat(rest.withBasicAuth("clerk", "clerk").postForEntity("/engine-rest/task/" + task + "/complete",
                Map.of("variables", Map.of("cardReturnedOn", Map.of("value", today().toString(), "type", "String"))),
                String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(register.card(member.membershipNumber()).orElseThrow().returnedOn()).isEqualTo(today());
        assertThat(csvRowOf(member)).endsWith(",RETURNED");
    }

    // ---- an open expulsion meets a withdrawal

    @Test
    void aNoticeOfWithdrawalDuringAnExpulsionWithdrawsTheMemberAndClosesTheCase() {
        Member member = admit("蔡文", today());
        String expulsion = startExpulsion(member);
        assertThat(startWithdrawal(member).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(status(member)).isEqualTo(Status.WITHDRAWN);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(expulsion).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(expulsion).singleResult()
                .getDeleteReason()).startsWith("已结束：会员 " + member.membershipNumber() + " 已书面通知退会")
                .contains(" Closed: member " + member.membershipNumber() + " withdrew by written notice");
        assertThat(runtime.createIncidentQuery().count()).isZero();
    }

    @Test
    void aNoticeOfWithdrawalAfterTheVoteLeavesTheAdoptedExpulsionNothingToEnterAndNoIncident() {
        Member member = admit("曹植", today());
        String expulsion = startExpulsion(member);
        answerAndVote(expulsion, "ADOPTED");
        assertThat(startWithdrawal(member).getStatusCode()).isEqualTo(HttpStatus.OK);
        enterTheExpulsion(expulsion);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(expulsion).count()).isZero();
        assertThat(status(member)).isEqualTo(Status.WITHDRAWN);
        assertThat(runtime.createIncidentQuery().count()).isZero();
    }

    @Test
    void theSweepLeavesAMemberUnderAnOpenExpulsionAndTheAdoptedVoteExpels() {
        Member member = admit("孟浩", today().minusYears(3));
        String expulsion = startExpulsion(member);
        sweep.execute(null);
        assertThat(status(member)).isEqualTo(Status.ACTIVE);
        answerAndVote(expulsion, "ADOPTED");
        sweep.execute(null);
        enterTheExpulsion(expulsion);
        assertThat(status(member)).isEqualTo(Status.EXPELLED);
        assertThat(runtime.createIncidentQuery().count()).isZero();
    }

    // ---- helpers

    private ResponseEntity<Map> startWithdrawal(Member member) {
        return rest.withBasicAuth("clerk", "clerk").postForEntity("/engine-rest/process-definition/key/"
                + WithdrawalCase.PROCESS_KEY + "/start", Map.of("variables", typed(Withdrawals.aNotice()
                        .ofMember(member.membershipNumber()).datedOn(today().toString()).build())), Map.class);
    }

    private String startExpulsion(Member member) {
        ResponseEntity<Map> started = rest.withBasicAuth("clerk", "clerk").postForEntity("/engine-rest/process-definition/key/"
                + ExpulsionCase.PROCESS_KEY + "/start", Map.of("variables", typed(anExpulsion()
                        .ofMember(member.membershipNumber()).onGround(SERIOUS_VIOLATION)
                        .withFacts("Used the Association's name in advertising without leave.").build())), Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        return started.getBody().get("businessKey").toString();
    }

    private void answerAndVote(String expulsion, String outcome) {
        String task = tasks.createTaskQuery().processInstanceBusinessKey(expulsion).singleResult().getId();
        assertThat(rest.withBasicAuth("clerk", "clerk").postForEntity("/engine-rest/task/" + task + "/complete",
                Map.of("variables", Map.of(ExpulsionCase.MEMBER_ANSWER, Map.of("value", "I regret it.", "type", "String"))),
                String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        runtime.createMessageCorrelation("DecisionTaken").processInstanceBusinessKey(expulsion)
                .setVariable("decisionOutcome", outcome).setVariable("resolutionNumber", Resolutions.expulsion(expulsion))
                .setVariable("decisionReason", "Adopted.").setVariable("decidingBody", "COUNCIL").correlateWithResult();
    }

    /** The asynchronous step after an adopted vote, as the job executor runs it. */
    private void enterTheExpulsion(String expulsion) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(expulsion).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).messages().singleResult().getId());
    }

    private static Map<String, Object> typed(Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value, "type", "String")));
        return typed;
    }

    private String csvRowOf(Member member) {
        String csv = rest.withBasicAuth("clerk", "clerk").getForEntity("/api/members.csv", String.class).getBody();
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",card_status");
        return csv.lines().filter(line -> line.startsWith(member.membershipNumber() + ",")).findFirst().orElseThrow();
    }

    private static String reasonsOf(Member member) {
        return "/api/members/" + member.membershipNumber() + "/reasons";
    }

    private Status status(Member member) {
        return register.find(member.membershipNumber()).orElseThrow().status();
    }

    private static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ASSOCIATION).toLocalDate();
    }

    private static void onDay(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.NOON).atZone(ASSOCIATION).toInstant()));
    }

    /** A member admitted on that day (the engine's clock set to it for the admission). */
    private Member admit(String name, LocalDate admittedOn) {
        onDay(admittedOn);
        String caseNumber = "APP-IT-" + UUID.randomUUID();
        Member member = register.admit(caseNumber, new Applicant("INDIVIDUAL", name, "member@example.org", null,
                "T" + System.nanoTime(), null, "北京大学", "材料", null), Resolutions.admission(caseNumber, "COUNCIL"),
                "COUNCIL");
        ClockUtil.reset();
        return member;
    }
}
