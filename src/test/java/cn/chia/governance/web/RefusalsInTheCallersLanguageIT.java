package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.Clerks;
import cn.chia.governance.GovernanceTest;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.process.Members;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;

/**
 * Every refusal a person meets reads in the caller's language: Chinese alone for {@code Accept-Language: zh-CN},
 * English alone for {@code en}, and the language the webapps or the applicants' page chose (cookie
 * {@code governance.language}) before the browser's. Through the application's API (each controller), its filters
 * (the public endpoints' limits, the webapps' plugins), Tasklist's own engine API and {@code /engine-rest}.
 */
@GovernanceTest
class RefusalsInTheCallersLanguageIT {

    /** A Chinese or full-width character. */
    static final Pattern CHINESE = Pattern.compile("[\\u3000-\\u9fff\\uff00-\\uffef]");
    /** Three English words in a row: a sentence, not a code (ARTICLES_AMENDMENT), a field (basisKind) or a number. */
    static final Pattern ENGLISH_SENTENCE = Pattern.compile("\\b[A-Za-z][a-z']+(?: [A-Za-z][a-z']+){2,}");

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    MemberRegister register;

    /** A request the application refuses, with the status it answers. */
    record Refused(String user, String method, String path, String contentType, String body, int status) {
    }

    @TestFactory
    Stream<DynamicTest> eachControllerRefusesInTheCallersLanguage() {
        Member member = Members.admit(register, "雷语言");
        String future = member.admittedOn().plusDays(1).toString();
        Map<String, Refused> refusals = new LinkedHashMap<>();
        refusals.put("ApplicationController: an application with every field wrong", new Refused(null, "POST",
                "/api/applications", "application/json", "{\"applicantKind\": \"ROBOT\", \"email\": \"x\"}", 400));
        refusals.put("ApplicationController: a wrong receipt secret", new Refused(null, "GET",
                "/api/applications/APP-1999-999999?secret=0000-0000-0000-0000", null, null, 404));
        refusals.put("ApplicationController: a lost secret without an address", new Refused(null, "POST",
                "/api/applications/APP-1999-999999/new-secret", "application/json", "{\"email\": \"x@@y\"}", 400));
        refusals.put("AuthorityAnswerController: no such case", new Refused("clerk", "POST",
                "/api/filings/TRM-1999-0001/reply", "application/json", "{\"answer\": \"APPROVED\"}", 404));
        refusals.put("AuthorityAnswerController: a role that does not record answers", new Refused("liaison", "POST",
                "/api/filings/TRM-1999-0001/reply", "application/json", "{\"answer\": \"APPROVED\"}", 403));
        refusals.put("MeetingMinutesController: no such meeting", new Refused("clerk", "GET",
                "/api/meetings/MTG-1999-9999/minutes", null, null, 404));
        refusals.put("BallotController: no decided election", new Refused("clerk", "GET",
                "/api/ballots/BAL-1999-9999/minutes", null, null, 404));
        refusals.put("BranchCandidatesController: not a branch", new Refused("clerk", "GET",
                "/api/branches/mine/candidates", null, null, 403));
        refusals.put("TermController: not a reader of the records", new Refused("liaison", "GET", "/api/terms", null, null,
                403));
        refusals.put("AssemblyMattersController: a kind that is none of the General Assembly's matters", new Refused(
                "clerk", "GET", "/api/assembly/matters?kind=PICNIC", null, null, 400));
        refusals.put("DirectorRosterController: not a reader of the records", new Refused("liaison", "GET",
                "/api/directors", null, null, 403));
        refusals.put("BodiesController: not a reader of the records", new Refused("liaison", "GET", "/api/bodies", null,
                null, 403));
        refusals.put("BodyRosterController: no such body", new Refused("clerk", "GET", "/api/bodies/PICNIC/roster", null,
                null, 404));
        refusals.put("BodyRosterController: a day that is no date", new Refused("clerk", "GET",
                "/api/bodies/COUNCIL/roster?on=tomorrow", null, null, 400));
        refusals.put("RosterCsv: a column named twice", new Refused("clerk", "PUT",
                "/api/bodies/COUNCIL/roster?basis=test&effectiveFrom=2026-01-01", "text/csv", "name,name\n", 400));
        refusals.put("MemberRegisterController: no such member", new Refused("clerk", "GET",
                "/api/members/CHIA-1999-999999", null, null, 404));
        refusals.put("MemberRegisterController: no case number", new Refused("clerk", "GET",
                "/api/cases/12345/notifications", null, null, 400));
        refusals.put("MemberEndingsController: a reason with every field wrong", new Refused("clerk", "POST",
                "/api/members/" + member.membershipNumber() + "/reasons", "application/json",
                "{\"reason\": \"HOLIDAY\", \"covers\": \"WEEKENDS\", \"from\": \"soon\"}", 400));
        refusals.put("MemberEndingsController and the register: dues paid in the future", new Refused("clerk", "POST",
                "/api/members/" + member.membershipNumber() + "/dues", "application/json",
                "{\"date\": \"" + future + "\"}", 400));
        refusals.put("MemberEndingsController: a withdrawal with a wrong card secret", new Refused(null, "POST",
                "/api/withdrawals", "application/json", "{\"membershipNumber\": \"CHIA-1999-999999\", \"cardSecret\": \"x\"}",
                404));
        refusals.put("PublicRequestLimits: a body beyond 16 KiB", new Refused(null, "POST", "/api/applications",
                "application/json", "{\"applicantName\": \"" + "x".repeat(17 * 1024) + "\"}", 413));
        refusals.put("WebappPluginAccess: Cockpit's plugins without Cockpit", new Refused(null, "GET",
                "/camunda/api/cockpit/plugin/base/default/process-definition/statistics", null, null, 401));
        refusals.put("ApiErrors: a method the path does not take", new Refused("clerk", "DELETE", "/api/terms", null, null,
                405));
        refusals.put("ApiErrors: a path the API does not have", new Refused("clerk", "GET", "/api/nothing-here", null,
                null, 404));
        refusals.put("/engine-rest: a task that does not exist", new Refused("clerk", "GET", "/engine-rest/task/nonexistent",
                null, null, 404));
        refusals.put("/engine-rest: a case number chosen by the caller", new Refused("clerk", "POST",
                "/engine-rest/process-definition/key/membership-admission/start", "application/json",
                "{\"businessKey\": \"APP-1999-000001\"}", 400));

        List<DynamicTest> checks = new ArrayList<>();
        refusals.forEach((name, refused) -> checks.add(dynamicTest(name, () -> {
            chineseAlone(said(call(refused, Map.of("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")), refused.status()));
            englishAlone(said(call(refused, Map.of("Accept-Language", "en-GB,en;q=0.9")), refused.status()));
            englishAlone(said(call(refused, Map.of("Accept-Language", "zh-CN", "Cookie", "governance.language=en")),
                    refused.status()));
            chineseAlone(said(call(refused, Map.of("Accept-Language", "en", "Cookie", "governance.language=zh")),
                    refused.status()));
        })));
        return checks.stream();
    }

    @Test
    void theApplicantsFieldsAreEachNamedInTheCallersLanguageWithTheCodesAsWords() throws Exception {
        Refused application = new Refused(null, "POST", "/api/applications", "application/json",
                Http.JSON.writeValueAsString(Applications.aPerson("X").withEmail("not-an-address").build()), 400);

        Map<String, Object> chinese = call(application, Map.of("Accept-Language", "zh-CN")).object();
        Map<String, Object> english = call(application, Map.of("Accept-Language", "en")).object();

        assertThat(errors(chinese)).containsOnlyKeys("applicantName", "email")
                .hasEntrySatisfying("email", text -> assertThat(text).startsWith("请填写有效的电子邮箱"))
                .allSatisfy((field, text) -> chineseAlone(text));
        assertThat(errors(english)).containsOnlyKeys("applicantName", "email")
                .hasEntrySatisfying("email", text -> assertThat(text).startsWith("Enter a valid e-mail address"))
                .allSatisfy((field, text) -> englishAlone(text));
        assertThat(said(call(new Refused("clerk", "GET", "/api/assembly/matters?kind=PICNIC", null, null, 400),
                Map.of("Accept-Language", "zh-CN")), 400)).contains("修改章程（ARTICLES_AMENDMENT）", "会费标准（FEE_STANDARD）");
        assertThat(said(call(new Refused("clerk", "GET", "/api/assembly/matters?kind=PICNIC", null, null, 400),
                Map.of("Accept-Language", "en")), 400)).contains("Amendment of the Articles (ARTICLES_AMENDMENT)");
    }

    @Test
    void withoutALanguageTheRefusalReadsChineseThenEnglish() throws Exception {
        String both = said(call(new Refused("clerk", "GET", "/api/meetings/MTG-1999-9999/minutes", null, null, 404),
                Map.of()), 404);
        assertThat(both).isEqualTo("没有会议 MTG-1999-9999。 No meeting MTG-1999-9999.");
    }

    @Test
    void tasklistsFormSubmissionIsRefusedInTheLanguageTasklistShows() throws Exception {
        Clerks clerks = new Clerks(rest);
        String caseNumber = (String) clerks.start("clerk", "membership-admission",
                Applications.aPerson("语言测试").build()).ok().json().get("businessKey");
        String review = clerks.task("liaison", caseNumber, "UserTask_ReviewApplication");
        String submit = "/camunda/api/engine/engine/default/task/" + review + "/submit-form";
        String outsideTheForm = "{\"variables\": {\"reviewDecision\": {\"value\": \"FORWARD\"},"
                + " \"decisionOutcome\": {\"value\": \"ADOPTED\"}}}";

        // Tasklist in English on a Chinese browser: its language script keeps the choice in the cookie
        Http english = tasklist("liaison").withCookie("governance.language", "en");
        Http.Answer inEnglish = english.send("POST", submit, "application/json",
                outsideTheForm.getBytes(StandardCharsets.UTF_8), Map.of("Accept-Language", "zh-CN,zh;q=0.9"));
        assertThat(inEnglish.status()).as(inEnglish.toString()).isEqualTo(400);
        assertThat(message(inEnglish)).isEqualTo("'decisionOutcome' is not a field of this form.");

        Http chinese = tasklist("liaison").withCookie("governance.language", "zh");
        Http.Answer inChinese = chinese.send("POST", submit, "application/json",
                outsideTheForm.getBytes(StandardCharsets.UTF_8), Map.of("Accept-Language", "en"));
        assertThat(inChinese.status()).as(inChinese.toString()).isEqualTo(400);
        assertThat(message(inChinese)).isEqualTo("“decisionOutcome”不是此表单的字段。");

        Http.Answer markup = chinese.send("POST", submit, "application/json",
                ("{\"variables\": {\"reviewDecision\": {\"value\": \"REJECT\"}, \"reason\": {\"value\":"
                        + " \"<script>alert(1)</script>\"}}}").getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(markup.status()).as(markup.toString()).isEqualTo(400);
        assertThat(message(markup)).isEqualTo("“不通过的理由（将告知申请人）”（reason）含有 <script> 之类的标记，请输入纯文本。");
        chineseAlone(message(markup));
        assertThat(clerks.task("liaison", caseNumber, "UserTask_ReviewApplication")).as("the task stays").isEqualTo(review);
    }

    @Test
    void engineRestRefusesAFormsFieldInTheCallersLanguage() throws Exception {
        Clerks clerks = new Clerks(rest);
        String caseNumber = (String) clerks.start("clerk", "membership-admission",
                Applications.aPerson("语言测试二").build()).ok().json().get("businessKey");
        String review = clerks.task("liaison", caseNumber, "UserTask_ReviewApplication");
        Refused complete = new Refused("liaison", "POST", "/engine-rest/task/" + review + "/complete", "application/json",
                "{\"variables\": {\"reviewDecision\": {\"value\": \"MAYBE\"}}}", 400);

        String chinese = said(call(complete, Map.of("Accept-Language", "zh-CN")), 400);
        String english = said(call(complete, Map.of("Accept-Language", "en")), 400);

        assertThat(chinese).startsWith("“审核意见”（reviewDecision）须为以下之一：").contains("（FORWARD）");
        chineseAlone(chinese);
        assertThat(english).startsWith("'Decision' (reviewDecision) must be one of ").contains("FORWARD");
        englishAlone(english);
    }

    private Http.Answer call(Refused refused, Map<String, String> language) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>(language);
        // each call from an address of its own, so that the public endpoints' limits count no call against another
        int n = NEXT.incrementAndGet();
        headers.put("X-Forwarded-For", "203.0." + (n / 250 % 250) + "." + (n % 250 + 1));
        Http client = refused.user() == null ? Http.anonymous(port) : Http.basic(port, refused.user(), refused.user());
        return client.send(refused.method(), refused.path(), refused.contentType(),
                refused.body() == null ? null : refused.body().getBytes(StandardCharsets.UTF_8), headers);
    }

    /** What the answer says to the person: a problem's detail (and its fields' errors), the engine's message. */
    private static String said(Http.Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        Map<String, Object> body = answer.object();
        String said = body.containsKey("detail") ? (String) body.get("detail") : (String) body.get("message");
        assertThat(said).as(answer.toString()).isNotBlank();
        return body.containsKey("errors") ? said + " " + String.join(" ", errors(body).values()) : said;
    }

    private static String message(Http.Answer answer) {
        return (String) answer.object().get("message");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> errors(Map<String, Object> body) {
        return (Map<String, String>) body.get("errors");
    }

    static void chineseAlone(String text) {
        assertThat(text).as("Chinese").containsPattern(CHINESE).doesNotContainPattern(ENGLISH_SENTENCE);
    }

    static void englishAlone(String text) {
        assertThat(text).as("English").isNotBlank().doesNotContainPattern(CHINESE);
    }

    private Http tasklist(String user) throws Exception {
        int[] login = new int[1];
        Http browser = Http.webapp(port, user, user, "tasklist", login);
        assertThat(login[0]).isEqualTo(200);
        return browser;
    }
}
