package cn.chia.governance.web;

import static cn.chia.governance.charter.ExpulsionCharge.Ground.SERIOUS_VIOLATION;
import static cn.chia.governance.exits.Expulsions.anExpulsion;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import cn.chia.governance.Resolutions;
import cn.chia.governance.GovernanceTest;
import cn.chia.governance.exits.ExpulsionCase;
import cn.chia.governance.register.Applicant;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;
import cn.chia.governance.register.MemberRegister.Status;

@GovernanceTest
class MemberEndingsIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MemberRegister register;
    @Autowired
    RuntimeService runtime;

    @Test
    void theSecretariatRecordsDuesAndParticipationOfAnActiveMember() {
        Member member = admit("何静");
        String today = member.admittedOn().toString();
        assertThat(post("clerk", member, "dues", today).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("clerk", member, "participation", today).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Member updated = register.find(member.membershipNumber()).orElseThrow();
        assertThat(updated.lastDuesOn()).isEqualTo(member.admittedOn());
        assertThat(updated.lastParticipationOn()).isEqualTo(member.admittedOn());
    }

    @Test
    void aDateInTheFutureOrBeforeTheAdmissionIsABadRequest() {
        Member member = admit("罗军");
        for (String day : List.of(member.admittedOn().plusDays(1).toString(), member.admittedOn().minusDays(1).toString())) {
            ResponseEntity<String> refused = post("clerk", member, "dues", day);
            assertThat(refused.getStatusCode()).as(day).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(post("clerk", member, "participation", "yesterday").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.withBasicAuth("clerk", "clerk").postForEntity("/api/members/CHIA-1999-999999/dues",
                Map.of("date", "2026-01-01"), String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyTheSecretariatRecordsDuesAndIssuesCardSecrets() {
        Member member = admit("梁平");
        String today = member.admittedOn().toString();
        for (String user : List.of("director", "liaison", "manager")) {
            assertThat(post(user, member, "dues", today).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(rest.withBasicAuth(user, user).postForEntity("/api/members/" + member.membershipNumber()
                    + "/card-secret", null, String.class).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(rest.postForEntity("/api/members/" + member.membershipNumber() + "/participation",
                Map.of("date", today), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aMemberWithdrawsOnlineWithTheSecretPrintedOnTheCard() {
        Member member = admit("谢芳");
        String secret = cardSecret(member);
        assertThat(secret).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(register.card(member.membershipNumber()).orElseThrow().toString()).doesNotContain(secret);

        ResponseEntity<Map> accepted = rest.postForEntity("/api/withdrawals",
                Map.of("membershipNumber", member.membershipNumber(), "cardSecret", secret.toLowerCase()), Map.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String caseNumber = (String) accepted.getBody().get("caseNumber");
        assertThat(caseNumber).matches("WDR-\\d{4}-\\d{4}");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult()).isNotNull();
    }

    @Test
    void aWrongNumberOrSecretIsTheSameNotFound() {
        Member member = admit("邓超");
        String secret = cardSecret(member);
        ResponseEntity<String> wrongSecret = rest.postForEntity("/api/withdrawals",
                Map.of("membershipNumber", member.membershipNumber(), "cardSecret", "AAAA-AAAA-AAAA"), String.class);
        ResponseEntity<String> wrongNumber = rest.postForEntity("/api/withdrawals",
                Map.of("membershipNumber", "CHIA-1999-999999", "cardSecret", secret), String.class);
        assertThat(wrongSecret.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(wrongNumber.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(wrongSecret.getBody().replace("/api/withdrawals", ""))
                .isEqualTo(wrongNumber.getBody().replace("/api/withdrawals", ""));
        assertThat(register.find(member.membershipNumber()).orElseThrow().status()).isEqualTo(Status.ACTIVE);
    }

    @Test
    void anOnlineNoticeDuringAnExpulsionWithdrawsTheMemberAndClosesTheExpulsion() {
        Member member = admit("蒋华");
        ProcessInstance expulsion = runtime.startProcessInstanceByKey(ExpulsionCase.PROCESS_KEY, anExpulsion()
                .ofMember(member.membershipNumber()).onGround(SERIOUS_VIOLATION)
                .withFacts("Misused the Association's name in advertising.").build());
        ResponseEntity<Map> withdrawal = rest.postForEntity("/api/withdrawals",
                Map.of("membershipNumber", member.membershipNumber(), "cardSecret", cardSecret(member)), Map.class);
        assertThat(withdrawal.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(expulsion.getId()).count()).isZero();
        assertThat(register.find(member.membershipNumber()).orElseThrow().status()).isEqualTo(Status.WITHDRAWN);
    }

    private String cardSecret(Member member) {
        ResponseEntity<Map> issued = rest.withBasicAuth("clerk", "clerk").postForEntity(
                "/api/members/" + member.membershipNumber() + "/card-secret", null, Map.class);
        assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.OK);
        return (String) issued.getBody().get("cardSecret");
    }

    private ResponseEntity<String> post(String user, Member member, String what, String date) {
        return rest.withBasicAuth(user, user).postForEntity("/api/members/" + member.membershipNumber() + "/" + what,
                Map.of("date", date), String.class);
    }

    private Member admit(String name) {
        String caseNumber = "APP-IT-" + UUID.randomUUID();
        return register.admit(caseNumber, new Applicant("INDIVIDUAL", name, "member@example.org",
                null, "11010519800101" + String.format("%04d", (int) (Math.random() * 10000)), null, "北京大学", "材料",
                null), Resolutions.admission(caseNumber, "COUNCIL"), "COUNCIL");
    }
}
