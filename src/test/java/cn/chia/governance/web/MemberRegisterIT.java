package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import cn.chia.governance.Resolutions;
import cn.chia.governance.GovernanceTest;
import cn.chia.governance.register.Applicant;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;
import cn.chia.governance.register.Notifier;

@GovernanceTest
class MemberRegisterIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MemberRegister register;
    @Autowired
    Notifier notifier;

    @Test
    void theSecretariatManagersAndAdministratorsReadTheRegister() {
        Member member = admit("周杰", "清华大学");
        for (String reader : List.of("clerk", "manager", "admin")) {
            ResponseEntity<List<Map<String, Object>>> list = rest.withBasicAuth(reader, reader).exchange(
                    "/api/members", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
            assertThat(list.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
            assertThat(list.getBody()).extracting(m -> m.get("membershipNumber")).contains(member.membershipNumber());
        }
    }

    @Test
    void aMembersFileShowsItsHistoryAndItsCard() {
        Member member = admit("孙丽", "北京大学");
        ResponseEntity<Map<String, Object>> file = rest.withBasicAuth("clerk", "clerk").exchange(
                "/api/members/" + member.membershipNumber(), HttpMethod.GET, null, new ParameterizedTypeReference<>() { });

        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Map<String, Object>) file.getBody().get("member")).containsEntry("name", "孙丽")
                .containsEntry("status", "ACTIVE").containsEntry("admittedOn", member.admittedOn().toString())
                .containsEntry("language", member.language().code());
        assertThat((List<Map<String, Object>>) file.getBody().get("history")).singleElement()
                .satisfies(change -> assertThat(change).containsEntry("reason", "Admitted by resolution " + member.resolutionNumber()));
        assertThat((Map<String, Object>) file.getBody().get("card"))
                .containsEntry("cardNumber", "CARD-" + member.membershipNumber());
    }

    @Test
    void anUnknownMemberIsAProblemNotAStackTrace() {
        ResponseEntity<String> response = rest.withBasicAuth("clerk", "clerk")
                .getForEntity("/api/members/CHIA-1999-999999", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("No member CHIA-1999-999999").doesNotContain("Exception");
    }

    @Test
    void theRegisterIsNotForBranchesNorTheLiaisonDepartmentNorStrangers() {
        for (String path : List.of("/api/members", "/api/members/CHIA-2026-000001", "/api/members.csv",
                "/api/cases/APP-2026-000001/notifications")) {
            for (String user : List.of("branch", "liaison", "director")) {
                ResponseEntity<String> refused = rest.withBasicAuth(user, user).getForEntity(path, String.class);
                assertThat(refused.getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
                assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            }
            assertThat(rest.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void theCsvExportQuotesCommasQuotesAndNewlinesAndOpensInExcel() {
        Member member = admit("张伟, 博士", "清华大学 \"材料\" 实验室\n北京");
        String caseNumber = "APP-T-" + UUID.randomUUID();
        register.admit(caseNumber, new Applicant("INDIVIDUAL", "=HYPERLINK(\"http://evil\")", null,
                null, null, null, null, null, null), Resolutions.admission(caseNumber, "COUNCIL"), "COUNCIL");

        ResponseEntity<byte[]> response = rest.withBasicAuth("manager", "manager").getForEntity("/api/members.csv",
                byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/csv;charset=UTF-8"));
        byte[] body = response.getBody();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(body, StandardCharsets.UTF_8).substring(1);
        assertThat(csv).startsWith("membership_number,case_number,kind,name,");
        assertThat(csv).contains(member.membershipNumber() + "," + member.caseNumber() + ",INDIVIDUAL,\"张伟, 博士\",")
                .contains(",\"清华大学 \"\"材料\"\" 实验室\n北京\",")
                .contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",");
    }

    @Test
    void theMessagesOfACaseAreReadable() {
        String caseNumber = "APP-T-" + UUID.randomUUID();
        notifier.notify(caseNumber, "applicant@example.org", "Application received", "您的申请已受理。");
        ResponseEntity<List<Map<String, Object>>> messages = rest.withBasicAuth("clerk", "clerk").exchange(
                "/api/cases/" + caseNumber + "/notifications", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });

        assertThat(messages.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(messages.getBody()).singleElement().satisfies(m -> assertThat(m)
                .containsEntry("recipient", "applicant@example.org").containsEntry("subject", "Application received")
                .containsEntry("body", "您的申请已受理。").containsEntry("channel", "STORED"));
    }

    private Member admit(String name, String organisation) {
        String caseNumber = "APP-T-" + UUID.randomUUID();
        return register.admit(caseNumber, new Applicant("INDIVIDUAL", name, "m@example.org",
                "+86 10 6543 2100", "110101199001011234", null, organisation, "Materials", "branch-beijing"),
                Resolutions.admission(caseNumber, "COUNCIL"), "COUNCIL");
    }
}
