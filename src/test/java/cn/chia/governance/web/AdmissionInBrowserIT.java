package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.admission.Applications;
import cn.chia.governance.GovernanceTest;
import cn.chia.governance.Resolutions;
import cn.chia.governance.charter.ActKind;
import cn.chia.governance.charter.RosterBody;
import cn.chia.governance.register.Rosters;
import cn.chia.governance.register.Rosters.NewMember;

/**
 * The whole admission in a real browser (Chromium, headless): an applicant applies on /apply, the Liaison
 * Department forwards the application in Tasklist, the Secretariat opens a Council meeting by communication in
 * Tasklist, the two directors on the roster vote in Tasklist, and the applicant finds the membership number on the status page. A failing step leaves a screenshot and
 * the page's HTML in target/browser/.
 */
@GovernanceTest
class AdmissionInBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    FilterService filters;
    @Autowired
    HistoryService history;
    @Autowired
    Rosters rosters;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private Chromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        chromium = Chromium.start("en-GB");
        browser = chromium.browser;
        wait = chromium.wait;
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anApplicantAppliesOnTheWebAndIsAdmittedByTheCouncilThroughTasklist() {
        // a Council of the two demo directors, who vote themselves at a meeting by communication
        rosters.record(RosterBody.COUNCIL, "第五届会员代表大会选举", ActKind.ELECTION, LocalDate.now(clock).minusDays(1),
                List.of(new NewMember("王理事", "中国科学院", true, false, null, "director", null),
                        new NewMember("李理事", "清华大学", true, false, null, "standing", null)),
                "clerk", user -> true);
        try {
            admittedThroughTasklist();
        } finally {
            Resolutions.emptyRosters(jdbc);
        }
    }

    private void admittedThroughTasklist() {
        String identity = Applications.residentIdentityNumber();
        String[] receipt = step("01-apply", () -> apply("Lin Qiyue", identity));
        String caseNumber = receipt[0];
        assertThat(caseNumber).matches("APP-\\d{4}-\\d{6}");
        assertThat(receipt[1]).matches(ApplicationApiIT.GROUPED_SECRET);

        step("02-liaison-forwards", () -> {
            login("liaison");
            openTask("联络部 — 待审核的申请 Liaison Department — applications to review", task(caseNumber, "UserTask_ReviewApplication"));
            click(By.xpath("//label[normalize-space(.)='提交理事会 Forward to the Council']"));
            complete(caseNumber, "UserTask_ReviewApplication");
            return null;
        });

        String meeting = step("03-clerk-opens-a-meeting", () -> {
            login("clerk");
            return startCouncilMeeting();
        });
        step("04-clerk-confirms-agenda", () -> {
            Task confirm = task(meeting, "UserTask_ConfirmAgenda");
            @SuppressWarnings("unchecked")
            List<String> agenda = (List<String>) tasks.getVariable(confirm.getId(), "agendaCases");
            assertThat(confirm.getAssignee()).as("opens for the clerk who opened the meeting: no claim").isEqualTo("clerk");
            openTask("秘书处 — 秘书处的任务 Secretariat — tasks of the Secretariat", confirm);
            assertThat(field("议程 Agenda").getAttribute("value")).contains(caseNumber);
            assertThat(field("会议编号 Meeting number").getAttribute("value")).isEqualTo(meeting);
            type(field("要移除的案件编号（以逗号分隔） Case numbers to remove (separated by commas)"),
                    String.join(",", agenda.stream().filter(c -> !c.equals(caseNumber)).toList()));
            chromium.snapshot("04-confirm-agenda-form");
            complete(meeting, "UserTask_ConfirmAgenda");
            return null;
        });
        // the Council meets by communication: each director votes in Tasklist, by name
        for (String director : List.of("director", "standing")) {
            step("05-" + director + "-votes", () -> {
                login(director);
                Task ballot = tasks.createTaskQuery().processInstanceBusinessKey(meeting)
                        .taskDefinitionKey("UserTask_CastBallot").taskAssignee(director).singleResult();
                openTask("我的任务 My tasks", ballot);
                assertThat(browser.findElement(By.cssSelector(".fjs-container")).getText())
                        .contains("台风停航 A typhoon grounds the flights");
                click(By.xpath("//label[contains(normalize-space(.),'" + caseNumber + " · Lin Qiyue — 赞成 For')]"));
                chromium.snapshot("05-" + director + "-ballot-form");
                click(By.xpath("//button[normalize-space(.)='Complete']"));
                wait.until(driver -> tasks.createTaskQuery().taskId(ballot.getId()).count() == 0);
                return null;
            });
        }

        String instance = runtime.createProcessInstanceQuery().processDefinitionKey("membership-admission")
                .processInstanceBusinessKey(caseNumber).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());

        String membershipNumber = step("07-applicant-looks-up", () -> {
            browser.get(url("/apply/status.html?case=" + caseNumber));
            type(browser.findElement(By.id("secret")), receipt[1]);
            click(By.id("lookup"));
            WebElement number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("membershipNumber")));
            assertThat(browser.findElement(By.id("stage")).getText()).contains("Admitted");
            return number.getText();
        });
        assertThat(membershipNumber).matches("CHIA-\\d{4}-\\d{6}");
    }

    private String[] apply(String name, String identity) {
        browser.get(url("/apply"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Apply for membership"));
        click(By.id("language"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "申请入会"));
        click(By.id("language"));
        click(By.id("submit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem-applicantName")));
        assertThat(browser.findElements(By.className("problem"))).extracting(WebElement::getText)
                .contains("A member must support the Articles of Association (membership condition 1).");

        new Select(browser.findElement(By.id("applicantKind"))).selectByValue("INDIVIDUAL");
        type(browser.findElement(By.id("applicantName")), name);
        type(browser.findElement(By.id("email")), "lin.qiyue@example.org");
        type(browser.findElement(By.id("phone")), "+86 10 6851 2345");
        type(browser.findElement(By.id("identityNumber")), identity);
        type(browser.findElement(By.id("organisation")), "Zhejiang University");
        type(browser.findElement(By.id("field")), "Photonic chips");
        type(browser.findElement(By.id("statement")), "Moved two photonic chip designs from the laboratory into volume production.");
        click(By.id("supportsCharter"));
        click(By.id("willingToJoin"));
        click(By.id("privacyConsent"));
        click(By.id("identityNumberConsent"));
        click(By.id("submit"));
        WebElement caseNumber = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-case")));
        return new String[] {caseNumber.getText(), browser.findElement(By.id("receipt-secret")).getText()};
    }

    /** Opens a Council meeting by communication from Tasklist's "Start process" dialog, today, the votes due in a week. */
    private String startCouncilMeeting() {
        long before = meetingsOfClerk().count();
        click(By.xpath("//a[contains(normalize-space(.),'Start process')]"));
        // the list of procedures scrolls and loads as it goes: searched by name first, one line is left to click
        type(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".modal input[ng-model='page.searchValue']"))), "治理会议");
        click(By.xpath("//div[contains(@class,'modal')]//a[normalize-space(.)='治理会议 Governance meeting']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal .fjs-container")));
        click(By.id(field("机构 Body").getAttribute("id") + "-display"));
        click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='理事会 Council']"));
        // year-month-day, whatever the browser's language (DatesInTasklistIT)
        type(field("会议日期 Meeting date"), LocalDate.now(clock).toString());
        field("会议日期 Meeting date").sendKeys(Keys.TAB);
        click(By.xpath("//label[normalize-space(text()[1])='以通讯方式召开（非现场） Held by communication (not in person)']"));
        type(field("特殊情况说明 Special circumstances"), "台风停航 A typhoon grounds the flights");
        type(field("表决截止日期 Votes due by"), LocalDate.now(clock).plusDays(7).toString());
        field("表决截止日期 Votes due by").sendKeys(Keys.TAB);
        chromium.snapshot("03-open-meeting-form");
        click(By.xpath("//div[contains(@class,'modal')]//button[normalize-space(.)='Start']"));
        wait.until(driver -> meetingsOfClerk().count() > before);
        return meetingsOfClerk().orderByProcessInstanceStartTime().desc().listPage(0, 1).get(0).getBusinessKey();
    }

    private HistoricProcessInstanceQuery meetingsOfClerk() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey("governance-meeting").startedBy("clerk");
    }

    private void login(String user) {
        browser.manage().deleteAllCookies();
        browser.get(url("/camunda/app/tasklist/default/"));
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        type(name, user);
        type(browser.findElement(By.cssSelector("input[ng-model='password']")), user);
        click(By.xpath("//button[@type='submit']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[contains(@class,'task-filter')]")));
    }

    /** Chooses the filter in Tasklist, then opens the task as its link in the filter's list does. */
    private void openTask(String filterName, Task task) {
        click(By.xpath("//*[contains(@class,'task-filter')]//a[contains(normalize-space(.),'" + filterName + "')]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.tasks-list")));
        String filterId = filters.createFilterQuery().filterName(filterName).singleResult().getId();
        browser.get(url("/camunda/app/tasklist/default/#/?filter=" + filterId + "&task=" + task.getId()));
        List<WebElement> claim = wait.until(driver -> {
            List<WebElement> found = driver.findElements(By.xpath("//*[normalize-space(text())='Claim']"));
            return found.isEmpty() && driver.findElements(By.cssSelector(".fjs-container")).isEmpty() ? null : found;
        });
        if (!claim.isEmpty()) {
            claim.get(0).click();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    }

    private void complete(String businessKey, String taskKey) {
        click(By.xpath("//button[normalize-space(.)='Complete']"));
        wait.until(driver -> tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey).count() == 0);
    }

    private Task task(String businessKey, String taskKey) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as(taskKey + " of " + businessKey).isNotNull();
        return task;
    }

    /** The form-js input labelled so. */
    private WebElement field(String label) {
        WebElement labelled = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[normalize-space(text()[1])='" + label + "']")));
        return browser.findElement(By.id(labelled.getAttribute("for")));
    }

    private void click(By element) {
        chromium.click(element);
    }

    private void type(WebElement input, String text) {
        chromium.type(input, text);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private <T> T step(String name, java.util.function.Supplier<T> step) {
        return chromium.step(name, step);
    }
}
