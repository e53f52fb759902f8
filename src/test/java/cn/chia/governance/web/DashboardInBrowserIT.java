package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.process.Members;
import cn.chia.governance.register.MemberRegister;

/**
 * A manager with a Chinese browser opens Cockpit's governance dashboard from its tab, finds every figure as
 * {@code GET /api/dashboard} gives it, follows a stage's figure to Cockpit's list of the cases waiting there, lists a
 * month's meetings, and reads the same figures in English. Headless Chromium, as in {@link ChineseWebappsInBrowserIT};
 * with {@code -Dbrowser.screens=true} the dashboard in both languages is kept in target/browser/.
 */
@GovernanceTest
class DashboardInBrowserIT {

    private static final By USER_MENU = By.cssSelector("li.account > a.dropdown-toggle");
    private static final By LOADED = By.cssSelector(".governance-dashboard[data-loaded='true']");

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    MemberRegister register;

    private Chromium chromium;
    private ProcessInstance waiting;

    @BeforeEach
    void openACaseAndStartTheBrowser() throws IOException {
        // a case under review past its due date, and a member admitted this month by a resolution of the Council
        waiting = runtime.startProcessInstanceByKey("membership-admission", Applications.aPerson("看板 浏览器").build());
        Task review = tasks.createTaskQuery().processInstanceId(waiting.getId()).singleResult();
        review.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(2))));
        tasks.saveTask(review);
        Members.admit(register, "看板 会员");
        chromium = Chromium.start("zh-CN");
    }

    @AfterEach
    void stopTheBrowserAndCloseTheCase() throws IOException {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            runtime.deleteProcessInstance(waiting.getId(), "browser test done", true, true);
        }
    }

    @Test
    void aManagerWithAChineseBrowserFindsTheFiguresOfTheApiOnTheDashboardAndFollowsThemToTheCases() throws Exception {
        Map<String, Object> figures = chromium.step("dashboard-zh-01-tab", () -> {
            logIn("manager");
            chromium.click(By.xpath("//a[normalize-space(.)='治理看板']"));
            chromium.wait.until(ExpectedConditions.presenceOfElementLocated(LOADED));
            assertThat(chromium.browser.getCurrentUrl()).endsWith("#/governance");
            String page = dashboardText();
            assertThat(page).contains("治理看板", "在册会员", "会员", "入会申请：各阶段的件数与等待时间", "会议与章程规定的频次",
                    "各月决议", "逾期任务", "届期", "年度工作报告报送期限", "故障", "联络部审核中", "报业务主管单位（中国科协）",
                    "报登记管理机关（民政部）", "理事会", "常务理事会")
                    .doesNotContain("Governance dashboard", "Under review")
                    .doesNotContainPattern("\\bMembers\\b"); // "入会审批 Membership admission" names the process in both
            assertThat(chromium.browser.findElements(By.cssSelector(".governance-chart canvas"))).hasSize(4);
            return api();
        });
        snapshots("dashboard-zh");

        chromium.step("dashboard-zh-02-figures", () -> {
            theFiguresShownAreThoseOf(figures);
            return null;
        });

        chromium.step("dashboard-zh-03-links", () -> {
            assertThat(href("kind-INDIVIDUAL-active")).endsWith("/api/members?kind=INDIVIDUAL&status=ACTIVE");
            assertThat(href("branch-none-active")).endsWith("/api/members?branch=&status=ACTIVE");
            List<Map<String, Object>> reports = list(figures.get("reports"));
            assertThat(chromium.browser.findElements(By.cssSelector("#governance-reports a.governance-download")))
                    .extracting(link -> link.getAttribute("href"))
                    .contains(url("/api/reports/annual/" + reports.get(0).get("reportYear")));
            Map<String, Object> council = list(figures.get("bodies")).get(1);
            String lastMeeting = (String) map(council.get("lastHeld")).get("number");
            assertThat(chromium.browser.findElements(By.cssSelector("#governance-meetings a.governance-download")))
                    .extracting(link -> link.getAttribute("href")).contains(url("/api/meetings/" + lastMeeting + "/minutes"));
            // this year's annual report and last year's, and every download the page offers, as the page asks for it
            int year = Integer.parseInt(((String) figures.get("asOf")).substring(0, 4));
            List<WebElement> downloads = chromium.browser.findElements(By.cssSelector("a.governance-download"));
            assertThat(downloads).extracting(link -> link.getAttribute("href"))
                    .contains(url("/api/reports/annual/" + year), url("/api/reports/annual/" + (year - 1)));
            for (WebElement download : downloads) {
                String href = download.getAttribute("href");
                String accept = download.getAttribute("data-accept");
                Object answer = ((JavascriptExecutor) chromium.browser).executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], { credentials: 'same-origin', headers: { Accept: arguments[1] } })"
                        + ".then((r) => r.arrayBuffer().then((body) => done(r.status + ' ' + r.headers.get('Content-Type')"
                        + " + ' ' + body.byteLength))).catch((e) => done(String(e)));", href, accept);
                assertThat((String) answer).as("%s as %s", href, accept).startsWith("200 " + accept + " ");
            }
            return null;
        });

        chromium.step("dashboard-zh-04-month", () -> {
            List<Map<String, Object>> months = list(figures.get("decisions"));
            Map<String, Object> current = months.get(months.size() - 1);
            List<Map<String, Object>> meetings = list(current.get("meetings"));
            assertThat(meetings).as("the Council's admission this month").isNotEmpty();
            chromium.click(By.xpath("//table[contains(@class,'governance-months')]//a[normalize-space(.)='"
                    + chineseMonth((String) current.get("month")) + "']"));
            WebElement list = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".governance-month-meetings table")));
            assertThat(list.getText()).contains((String) meetings.get(0).get("number"), "会议纪要（PDF）");
            return null;
        });

        chromium.step("dashboard-zh-05-stage-to-cockpit", () -> {
            Map<String, Object> review = list(figures.get("applications")).get(1);
            assertThat(review).containsEntry("stage", "UNDER_REVIEW");
            assertThat(href("stage-UNDER_REVIEW-count")).contains("#/process-definition/" + review.get("processDefinitionId")
                    + "/runtime?searchQuery=");
            chromium.click(By.cssSelector("[data-figure='stage-UNDER_REVIEW-count']"));
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.process-instances"),
                    waiting.getBusinessKey()));
            assertThat(chromium.browser.findElement(By.tagName("body")).getText()).contains("UserTask_ReviewApplication");
            return null;
        });

        chromium.step("dashboard-en", () -> {
            chromium.browser.get(url("/camunda/app/cockpit/default/#/governance"));
            chromium.wait.until(ExpectedConditions.presenceOfElementLocated(LOADED));
            chromium.click(USER_MENU);
            chromium.click(By.cssSelector("li.language-en > a"));
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                    "Governance dashboard"));
            chromium.wait.until(ExpectedConditions.presenceOfElementLocated(LOADED));
            String page = dashboardText();
            assertThat(page).contains("Members", "Applications: how many wait at each stage, and for how long",
                    "Meetings against the charter's cadence", "Resolutions per month", "Tasks past their due date",
                    "Under review by the Liaison Department", "To the business supervisor (CAST)")
                    .doesNotContain("治理看板", "会员代表大会");
            assertThat(chromium.browser.findElement(By.xpath("//a[normalize-space(.)='Governance']"))).isNotNull();
            theFiguresShownAreThoseOf(api());
            return null;
        });
        snapshots("dashboard-en");
    }

    /** The dashboard's text, also of what lies below the fold of Cockpit's scrolling view. */
    private String dashboardText() {
        return chromium.browser.findElement(By.cssSelector(".governance-dashboard")).getDomProperty("textContent");
    }

    /** The dashboard's upper half, then its lower half (Cockpit's view scrolls within the window). */
    private void snapshots(String name) {
        ((JavascriptExecutor) chromium.browser).executeScript(
                "document.querySelector('.governance-header').scrollIntoView({block: 'start'});");
        chromium.snapshot(name + "-1");
        ((JavascriptExecutor) chromium.browser).executeScript(
                "document.querySelector('#governance-decisions').scrollIntoView({block: 'start'});");
        chromium.snapshot(name + "-2");
    }

    /** Every figure of the dashboard: the number shown beside its name (data-figure) is the API's. */
    private void theFiguresShownAreThoseOf(Map<String, Object> figures) {
        List<String> compared = new ArrayList<>();
        Map<String, Object> members = map(figures.get("members"));
        Map<String, Object> total = map(members.get("total"));
        expect("headline-active", total.get("active"), compared);
        for (String status : List.of("active", "withdrawn", "expelled")) {
            expect("members-" + status, total.get(status), compared);
            for (Map<String, Object> kind : list(members.get("byKind"))) {
                expect("kind-" + kind.get("key") + "-" + status, map(kind.get("count")).get(status), compared);
            }
            for (Map<String, Object> branch : list(members.get("byBranch"))) {
                String key = "".equals(branch.get("key")) ? "none" : (String) branch.get("key");
                expect("branch-" + key + "-" + status, map(branch.get("count")).get(status), compared);
            }
        }
        long open = 0;
        for (Map<String, Object> stage : list(figures.get("applications"))) {
            expect("stage-" + stage.get("stage") + "-count", stage.get("count"), compared);
            expect("stage-" + stage.get("stage") + "-median", stage.get("medianAgeDays"), compared);
            expect("stage-" + stage.get("stage") + "-oldest", stage.get("oldestAgeDays"), compared);
            open += ((Number) stage.get("count")).longValue();
        }
        expect("headline-applications", open, compared);
        Map<String, Object> overdue = map(figures.get("overdueTasks"));
        expect("overdue-count", overdue.get("overdue"), compared);
        expect("overdue-with-due-date", overdue.get("withDueDate"), compared);
        expect("headline-overdue", overdue.get("overdue"), compared);
        assertThat(((Number) overdue.get("overdue")).longValue()).as("the review past its due date").isPositive();
        for (Map<String, Object> body : list(figures.get("bodies"))) {
            expect("body-" + body.get("body") + "-held", body.get("heldInLast12Months"), compared);
            expect("body-" + body.get("body") + "-days-left", body.get("daysLeft"), compared);
        }
        for (Map<String, Object> month : list(figures.get("decisions"))) {
            expect("decisions-" + month.get("month") + "-adopted", month.get("adopted"), compared);
            expect("decisions-" + month.get("month") + "-rejected", month.get("rejected"), compared);
        }
        expect("term-days-left", map(figures.get("term")).get("daysLeft"), compared);
        expect("headline-term", map(figures.get("term")).get("daysLeft"), compared);
        for (Map<String, Object> report : list(figures.get("reports"))) {
            expect("report-" + report.get("recipient") + "-days-left", report.get("daysLeft"), compared);
        }
        expect("incidents-open", map(figures.get("incidents")).get("open"), compared);
        expect("headline-incidents", map(figures.get("incidents")).get("open"), compared);
        assertThat(compared).as("figures compared").hasSizeGreaterThan(60);
    }

    /** The figure shown under that name is the API's value (a dash where the API has none). */
    private void expect(String name, Object value, List<String> compared) {
        List<WebElement> shown = chromium.browser.findElements(By.cssSelector("[data-figure='" + name + "']"));
        assertThat(shown).as("figure %s on the page", name).isNotEmpty();
        String text = shown.get(0).getDomProperty("textContent");
        if (value == null) {
            assertThat(text).as(name).isEqualTo("–");
        } else {
            assertThat(Long.parseLong(text.replaceAll("[^0-9-]", ""))).as("%s shown as %s", name, text)
                    .isEqualTo(((Number) value).longValue());
        }
        compared.add(name);
    }

    private String href(String figure) {
        return chromium.browser.findElement(By.cssSelector("[data-figure='" + figure + "']")).getAttribute("href");
    }

    private static String chineseMonth(String yearMonth) {
        String[] parts = yearMonth.split("-");
        return Integer.parseInt(parts[0]) + "年" + Integer.parseInt(parts[1]) + "月";
    }

    private Map<String, Object> api() {
        try {
            Http.Answer answer = Http.basic(port, "manager", "manager").get("/api/dashboard");
            assertThat(answer.status()).isEqualTo(200);
            return answer.object();
        } catch (Exception failed) {
            throw new AssertionError(failed);
        }
    }

    private void logIn(String user) {
        chromium.browser.manage().deleteAllCookies();
        chromium.browser.get(url("/camunda/app/cockpit/default/"));
        WebElement name = chromium.wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        chromium.type(name, user);
        chromium.type(chromium.browser.findElement(By.cssSelector("input[ng-model='password']")), user);
        chromium.click(By.xpath("//button[@type='submit']"));
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(USER_MENU));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
