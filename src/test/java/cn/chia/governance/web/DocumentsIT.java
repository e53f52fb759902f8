package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.Resolutions;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.charter.Body;
import cn.chia.governance.register.Applicant;
import cn.chia.governance.register.MeetingRecords;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;

/**
 * The documents as the Secretariat downloads them: the minutes of a meeting held through the meeting's procedure and
 * one of its resolutions as PDF, a member's certificate, the annual work report as PDF and XLSX. Each PDF is read back
 * with PDFBox and holds its case's numbers and names in Chinese, and in English (the setting's default); the workbook's
 * members by kind and by branch are the register's. Who may read them, a form not given (406), a number unknown (404),
 * each answered in the caller's language.
 */
@GovernanceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsIT {

    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    MeetingRecords records;
    @Autowired
    MemberRegister register;
    @Autowired
    Clock clock;

    private MeetingsOnRecord meetings;
    private MeetingsOnRecord.Held held;
    private String caseNumber;
    private Member admitted;
    private Member withdrawn;
    private final HttpClient client = HttpClient.newHttpClient();

    record Download(int status, String contentType, String disposition, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    @BeforeAll
    void holdAMeetingAndAdmitMembers() {
        meetings = new MeetingsOnRecord(engine, records);
        meetings.endMeetingsUnderWay();
        caseNumber = meetings.waitingCase("APP-2026-" + (960000 + (int) (System.nanoTime() % 9999)), "欧阳修入会申请");
        held = meetings.hold(Body.COUNCIL, caseNumber, 3);
        admitted = admit("INDIVIDUAL", "branch-beijing", "诸葛文档");
        withdrawn = admit("UNIT", null, "退会文档科技有限公司");
        register.withdraw(withdrawn.membershipNumber(), "Withdrew by written notice (documents test)", "WDR-DOC-1");
    }

    @AfterAll
    void endTheMeetingsOpened() {
        meetings.endMeetingsUnderWay();
        runtime.createProcessInstanceQuery().processDefinitionKey("case-awaiting-decision").list()
                .forEach(i -> runtime.deleteProcessInstance(i.getId(), "test clean-up", true, true));
    }

    // ---- the minutes

    @Test
    void theMinutesAsPdfHoldTheMeetingItsResolutionAndTheCaseInChineseAndEnglish() throws Exception {
        Download pdf = get("clerk", "/api/meetings/" + held.meeting() + "/minutes", PDF, null);
        assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo(PDF);
        assertThat(pdf.disposition()).contains("attachment", held.meeting() + ".pdf");
        String text = text(pdf.body());
        int present = records.meeting(held.meeting()).orElseThrow().seats();
        assertThat(text).contains("中国高科技产业化研究会", "理事会会议纪要", "Minutes of the Council meeting", held.meeting(),
                held.resolution(), caseNumber, "欧阳修入会申请", "会员入会", "Admission of a member", "赞成 " + (present - 3) + " 票",
                "反对 3 票", "通过", "Adopted", LocalDate.now(clock).getYear() + "年");
        // the same by ?format=pdf, whatever the browser accepts; JSON as before
        assertThat(text(get("director", "/api/meetings/" + held.meeting() + "/minutes?format=pdf", "text/html,*/*;q=0.8", null)
                .body())).contains(held.resolution());
        Download json = get("manager", "/api/meetings/" + held.meeting() + "/minutes", "application/json", null);
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.text()).contains("\"resolutionNumber\":\"" + held.resolution() + "\"");
        assertThat(get("manager", "/api/meetings/" + held.meeting() + "/minutes", null, null).contentType())
                .as("without Accept: JSON, as before").startsWith("application/json");
    }

    // ---- a resolution

    @Test
    void aResolutionIsJsonOrPdfWithItsMeetingCountsRuleOutcomeAndReason() throws Exception {
        Download json = get("director", "/api/resolutions/" + held.resolution(), "application/json", null);
        assertThat(json.status()).as(json.text()).isEqualTo(200);
        Map<String, Object> resolution = new ObjectMapper().readValue(json.body(), new TypeReference<>() { });
        assertThat(resolution).containsEntry("resolutionNumber", held.resolution()).containsEntry("meeting", held.meeting())
                .containsEntry("caseNumber", caseNumber).containsEntry("title", "欧阳修入会申请").containsEntry("outcome", "ADOPTED")
                .containsEntry("votesAgainst", 3);

        Download pdf = get("clerk", "/api/resolutions/" + held.resolution(), PDF, null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.disposition()).contains(held.resolution() + ".pdf");
        String text = text(pdf.body());
        MeetingRecords.Resolution recorded = records.resolution(held.resolution()).orElseThrow();
        assertThat(text).contains("理事会决议", "Resolution of the Council", held.resolution(), held.meeting(), caseNumber,
                "欧阳修入会申请", "通过须至少 " + recorded.requiredVotes() + " 票赞成", "通过", "Adopted");
        assertThat(text.replaceAll("\\s+", "")).contains(recorded.reasonZh().replaceAll("\\s+", ""));
    }

    // ---- a member's certificate

    @Test
    void aMembersCertificateNamesTheMemberKindNumberDayAdmittedAndTheAssociation() throws Exception {
        Download pdf = get("clerk", "/api/members/" + admitted.membershipNumber() + "/certificate", null, null);
        assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo(PDF);
        String text = text(pdf.body());
        LocalDate day = admitted.admittedOn();
        assertThat(text).contains("会员证书", "Membership Certificate", "诸葛文档", admitted.membershipNumber(), "个人会员",
                "Individual member", "中国高科技产业化研究会", "China High-tech Industrialization Association",
                day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日", admitted.resolutionNumber());
        // a member who withdrew has no certificate
        Download refused = get("manager", "/api/members/" + withdrawn.membershipNumber() + "/certificate", PDF, "zh-CN");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("已退会", "不出具会员证书").doesNotContain("no certificate");
    }

    // ---- the annual work report

    @Test
    void theAnnualReportAsPdfNamesTheYearsAdmissionsWithdrawalsMeetingsAndResolutions() throws Exception {
        int year = LocalDate.now(clock).getYear();
        Download pdf = get("manager", "/api/reports/annual/" + year, PDF, null);
        assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
        assertThat(pdf.disposition()).contains("annual-report-" + year + ".pdf");
        String text = text(pdf.body());
        assertThat(text).as("the numbers, each unbroken").contains(year + " 年度工作报告", "Annual work report " + year,
                admitted.membershipNumber(), withdrawn.membershipNumber(), held.meeting(), held.resolution(), "理事会", "本届起始");
        assertThat(text.replaceAll("\\s+", "")).as("the names, which a table's cell may wrap")
                .contains("诸葛文档", "退会文档科技有限公司", "欧阳修入会申请");
        assertThat(get("director", "/api/reports/annual/" + (year - 1) + "?format=pdf", null, null).status()).isEqualTo(200);
    }

    @Test
    void theAnnualReportAsXlsxCountsTheMembersAtTheYearsEndByKindAndBranchAsTheRegisterDoes() throws Exception {
        int year = LocalDate.now(clock).getYear();
        Download xlsx = get("clerk", "/api/reports/annual/" + year, XLSX, null);
        assertThat(xlsx.status()).as(xlsx.text()).isEqualTo(200);
        assertThat(xlsx.contentType()).isEqualTo(XLSX);
        assertThat(get("clerk", "/api/reports/annual/" + year + "?format=xlsx", PDF, null).contentType())
                .as("?format= before Accept").isEqualTo(XLSX);

        Map<String, Long> byKind = new HashMap<>();
        Map<String, Long> byBranch = new HashMap<>();
        // members at the year's end, or today while the year runs, from the register: admitted by then, and not left
        // by then (other tests leave members whose leaving is dated ahead, where their clock was)
        LocalDate asOf = LocalDate.now(clock);
        List<Member> active = register.list().stream().filter(m -> !m.admittedOn().isAfter(asOf))
                .filter(m -> register.history(m.membershipNumber()).stream()
                        .filter(change -> change.status() != MemberRegister.Status.ACTIVE)
                        .map(MemberRegister.StatusChange::changedOn).min(Comparator.naturalOrder())
                        .map(left -> left.isAfter(asOf)).orElse(true))
                .toList();
        active.forEach(m -> {
            byKind.merge(m.kind(), 1L, Long::sum);
            byBranch.merge(m.branch() == null ? "" : m.branch(), 1L, Long::sum);
        });
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet members = book.getSheet("年末会员 Members at year end");
            assertThat(members).as("the sheets: %s", book.getNumberOfSheets()).isNotNull();
            Map<String, Long> kinds = new HashMap<>();
            Map<String, Long> branches = new HashMap<>();
            long kindTotal = -1;
            long branchTotal = -1;
            Map<String, Long> table = kinds;
            for (Row row : members) {
                if (row.getCell(2) == null) {
                    continue;
                }
                if (row.getCell(2).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    table = row.getCell(0).getStringCellValue().startsWith("分支机构") ? branches : kinds;
                    continue;
                }
                long count = (long) row.getCell(2).getNumericCellValue();
                String code = row.getCell(1).getStringCellValue();
                if (row.getCell(0).getStringCellValue().startsWith("合计")) {
                    if (table == kinds) {
                        kindTotal = count;
                    } else {
                        branchTotal = count;
                    }
                } else {
                    table.put(code, count);
                }
            }
            kinds.values().removeIf(count -> count == 0);
            branches.values().removeIf(count -> count == 0);
            assertThat(kinds).as("members by kind").isEqualTo(byKind);
            assertThat(branches).as("members by branch").isEqualTo(byBranch);
            assertThat(kindTotal).isEqualTo(active.size());
            assertThat(branchTotal).isEqualTo(active.size());
            assertThat(kinds.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(active.size());
            assertThat(byKind.get("INDIVIDUAL")).isPositive();
            assertThat(byBranch.get("branch-beijing")).isPositive();

            Sheet changes = book.getSheet("会员变动 Member changes");
            List<String> named = new java.util.ArrayList<>();
            changes.forEach(row -> named.add(row.getCell(1).getStringCellValue() + " " + row.getCell(2).getStringCellValue()));
            assertThat(named).contains(admitted.membershipNumber() + " 诸葛文档",
                    withdrawn.membershipNumber() + " 退会文档科技有限公司");
            assertThat(book.getSheet("决议 Resolutions")).anySatisfy(row ->
                    assertThat(row.getCell(0).getStringCellValue()).isEqualTo(held.resolution()));
        }
    }

    // ---- refusals

    @Test
    void aFormNotGivenIs406AndAnUnknownNumber404InTheCallersLanguage() throws Exception {
        for (String path : List.of("/api/meetings/" + held.meeting() + "/minutes", "/api/resolutions/" + held.resolution())) {
            Download refused = get("clerk", path, XLSX, "zh-CN");
            assertThat(refused.status()).as(path).isEqualTo(406);
            assertThat(refused.text()).as(path).contains("无法以所要求的格式作答", "application/pdf").doesNotContain("cannot answer");
            assertThat(get("clerk", path + "?format=docx", null, "en-GB").text()).contains("cannot answer in the form asked for")
                    .doesNotContain("无法");
        }
        assertThat(get("clerk", "/api/members/" + admitted.membershipNumber() + "/certificate", "application/json", "zh")
                .status()).isEqualTo(406);
        Download csv = get("clerk", "/api/reports/annual/2025", "text/csv", "en");
        assertThat(csv.status()).isEqualTo(406);
        assertThat(csv.text()).contains(XLSX);

        Map<String, String> unknown = Map.of("/api/meetings/MTG-1999-9999/minutes", "没有会议 MTG-1999-9999",
                "/api/resolutions/RES-1999-9999", "没有第 RES-1999-9999 号决议",
                "/api/members/CHIA-1999-999999/certificate", "没有会员 CHIA-1999-999999",
                "/api/reports/annual/" + (LocalDate.now(clock).getYear() + 1), "年度工作报告");
        for (Map.Entry<String, String> path : unknown.entrySet()) {
            Download chinese = get("clerk", path.getKey(), PDF, "zh-CN,zh;q=0.9");
            assertThat(chinese.status()).as(path.getKey()).isEqualTo(404);
            assertThat(chinese.text()).as(path.getKey()).contains(path.getValue());
            Download english = get("clerk", path.getKey(), PDF, "en-US");
            assertThat(english.status()).as(path.getKey()).isEqualTo(404);
            assertThat(english.text()).as(path.getKey()).containsPattern("No |no resolution|no annual work report")
                    .doesNotContain(path.getValue());
        }
    }

    @Test
    void onlyTheRolesTheTableNamesReadTheDocuments() throws Exception {
        int year = LocalDate.now(clock).getYear();
        String certificate = "/api/members/" + admitted.membershipNumber() + "/certificate";
        List<String> records = List.of("/api/meetings/" + held.meeting() + "/minutes?format=pdf",
                "/api/resolutions/" + held.resolution() + "?format=pdf", "/api/reports/annual/" + year,
                "/api/reports/annual/" + year + "?format=xlsx");
        for (String reader : List.of("clerk", "director", "standing", "manager", "admin")) {
            for (String path : records) {
                assertThat(get(reader, path, null, null).status()).as("%s %s", reader, path).isEqualTo(200);
            }
        }
        for (String reader : List.of("clerk", "manager", "admin")) {
            assertThat(get(reader, certificate, null, null).status()).as(reader).isEqualTo(200);
        }
        for (String other : List.of("branch", "liaison", "elector")) {
            for (String path : records) {
                Download refused = get(other, path, null, "zh-CN");
                assertThat(refused.status()).as("%s %s", other, path).isEqualTo(403);
                assertThat(refused.text()).contains("供秘书处、理事会和管理人员查阅");
            }
        }
        for (String other : List.of("branch", "liaison", "elector", "director", "standing")) {
            assertThat(get(other, certificate, null, null).status()).as(other).isEqualTo(403);
        }
        assertThat(get(null, certificate, null, null).status()).isEqualTo(401);
        assertThat(get(null, "/api/reports/annual/" + year, null, null).status()).isEqualTo(401);
    }

    // ---- the link in Tasklist

    @Test
    void theLastFormOfAMeetingLinksToItsMinutesAsPdfWhichTheClerksTasklistSessionOpens() throws Exception {
        String form;
        try (var file = getClass().getClassLoader().getResourceAsStream("forms/confirm-resolution.form")) {
            form = new String(file.readAllBytes(), StandardCharsets.UTF_8);
        }
        java.util.regex.Matcher link = java.util.regex.Pattern
                .compile("\\]\\((/api/meetings/\\{\\{meetingNumber}}/minutes[^)]*)\\)").matcher(form);
        assertThat(link.find()).as("the form links to the minutes").isTrue();
        int[] login = new int[1];
        Http tasklist = Http.webapp(port, "clerk", "clerk", "tasklist", login);
        assertThat(login[0]).isEqualTo(200);
        Http.Answer minutes = tasklist.get(link.group(1).replace("{{meetingNumber}}", held.meeting()));
        assertThat(minutes.status()).as("%s", minutes).isEqualTo(200);
        assertThat(minutes.headers().firstValue("Content-Type")).hasValue(PDF);
    }

    // ---- helpers

    private Member admit(String kind, String branch, String name) {
        String number = "APP-DOC-" + UUID.randomUUID();
        return register.admit(number, new Applicant(kind, name, "member@example.org", null,
                "UNIT".equals(kind) ? null : Applications.residentIdentityNumber(),
                "UNIT".equals(kind) ? Applications.creditCode() : null, "文档测试单位", "Materials", branch),
                Resolutions.admission(number, "COUNCIL"), "COUNCIL");
    }

    /** A GET as the demo user (its password is its name; null: no account), with that Accept and Accept-Language. */
    private Download get(String user, String path, String accept, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("Content-Disposition").orElse(""), response.body());
    }

    static String text(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
