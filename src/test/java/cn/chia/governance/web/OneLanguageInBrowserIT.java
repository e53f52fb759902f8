package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.admission.Applications;

/**
 * An applicant, the Liaison Department and the Secretariat as a Chinese user, and again as an English user, see
 * them in a real browser: the application on /apply (refused first, then received), the review in Tasklist, a Council
 * meeting in person from its start form to the resolution's last look, and the applicant's status page. On every
 * screen no text is in the other language only (a text in both, as the forms' labels are, reads for both): no
 * English-only text for the Chinese user, no Chinese-only text for the English one. The people's names and what
 * they typed are theirs and are not checked. Each screen is kept in target/browser/ as {@code <language>-NN-<screen>.png}.
 */
@GovernanceTest
class OneLanguageInBrowserIT {

    private static final Path SCREENS = Path.of("target", "browser");
    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff]");
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{2,}");
    /**
     * What reads the same in both languages: case, meeting and resolution numbers, a receipt secret and its pattern,
     * e-mail addresses, addresses of pages, user ids, the time zone, the product's name in the footer, and the names of
     * the languages on the switch (English, Deutsch, 中文).
     */
    private static final Pattern NEUTRAL = Pattern.compile("[A-Z]{2,5}-\\d{4}-\\d{4,6}(-\\d+)?"
            + "|\\b[0-9A-Z]{4}(-[0-9A-Z]{4}){3}\\b|[\\w.+-]+@[\\w.-]+|https?://\\S+"
            + "|\\b(clerk|liaison|director|standing|manager|branch|admin|elector|UTC|Camunda Platform|English|Deutsch)\\b|中文");

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
    Clock clock;

    private Chromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;
    private String language;
    private boolean chinese;
    private int screen;
    private String seats;
    /** What the people typed: their own words, in whichever language. */
    private final Set<String> typed = new LinkedHashSet<>();
    private final List<String> otherLanguageOnly = new ArrayList<>();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh-CN", "en-GB"})
    void everyScreenOfAnAdmissionAndAMeetingIsInTheReadersLanguage(String browserLanguage) throws IOException {
        language = browserLanguage;
        chinese = browserLanguage.startsWith("zh");
        try (Chromium started = Chromium.start(browserLanguage)) {
            chromium = started;
            browser = started.browser;
            wait = started.wait;
            walk();
        }
        assertThat(otherLanguageOnly).as("texts in the other language only, on the screens of a " + browserLanguage
                + " user").isEmpty();
    }

    private void walk() {
        String[] receipt = chromium.step(language + "-apply", this::apply);
        String caseNumber = receipt[0];

        chromium.step(language + "-review", () -> {
            login("liaison");
            Task review = task(caseNumber, "UserTask_ReviewApplication");
            openTask("联络部 — 待审核的申请 Liaison Department — applications to review", review);
            look("review-application");
            // the task's due date, in the reader's language only (the form holds it in both)
            String due = (String) tasks.getVariableLocal(review.getId(), chinese ? "dueDateZh" : "dueDateEn");
            String other = (String) tasks.getVariableLocal(review.getId(), chinese ? "dueDateEn" : "dueDateZh");
            String shown = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                    "//div[contains(@class,'fjs-form-field-text')][.//strong[normalize-space(.)='办理期限']]"))).getText();
            assertThat(shown).contains(due).doesNotContain(other);
            chromium.click(By.xpath("//label[normalize-space(.)='提交理事会 Forward to the Council']"));
            complete(caseNumber, "UserTask_ReviewApplication");
            look("review-completed");
            return null;
        });

        String meeting = chromium.step(language + "-open-meeting", () -> {
            login("clerk");
            look("tasklist-of-the-secretariat");
            return openCouncilMeeting();
        });

        chromium.step(language + "-agenda", () -> {
            Task confirm = task(meeting, "UserTask_ConfirmAgenda");
            openTask("秘书处 — 秘书处的任务 Secretariat — tasks of the Secretariat", confirm);
            @SuppressWarnings("unchecked")
            List<String> agenda = (List<String>) tasks.getVariable(confirm.getId(), "agendaCases");
            typeInto(field("要移除的案件编号（以逗号分隔） Case numbers to remove (separated by commas)"),
                    String.join(",", agenda.stream().filter(c -> !c.equals(caseNumber)).toList()));
            look("confirm-agenda");
            complete(meeting, "UserTask_ConfirmAgenda");
            return null;
        });

        chromium.step(language + "-attendance", () -> {
            openTask("秘书处 — 秘书处的任务 Secretariat — tasks of the Secretariat", task(meeting, "UserTask_RecordAttendance"));
            seats = field("席位数 Seats").getAttribute("value");
            typeInto(field("亲自出席人数 Present in person"), seats);
            typeInto(field("委托出席人数 Present by proxy"), "0");
            look("record-attendance");
            complete(meeting, "UserTask_RecordAttendance");
            return null;
        });

        chromium.step(language + "-votes", () -> {
            openTask("秘书处 — 秘书处的任务 Secretariat — tasks of the Secretariat", task(meeting, "UserTask_RecordVotes"));
            // a tally that does not add up is refused where the clerk is, in the clerk's language
            typeInto(field("赞成票 Votes in favour"), "1");
            typeInto(field("反对票 Votes against"), "0");
            typeInto(field("弃权票 Abstentions"), "0");
            chromium.click(By.xpath("//button[normalize-space(.)='" + (chinese ? "完成" : "Complete") + "']"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notifications .alert-danger")));
            look("record-votes-refused");
            typeInto(field("赞成票 Votes in favour"), seats); // everyone is present
            look("record-votes");
            complete(meeting, "UserTask_RecordVotes");
            return null;
        });

        chromium.step(language + "-last-look", () -> {
            openTask("秘书处 — 秘书处的任务 Secretariat — tasks of the Secretariat", task(meeting, "UserTask_ConfirmResolution"));
            look("confirm-resolution");
            chromium.click(By.xpath("//label[contains(normalize-space(.),'确认并编号决议')]"));
            complete(meeting, "UserTask_ConfirmResolution");
            look("resolution-confirmed");
            return null;
        });

        String instance = runtime.createProcessInstanceQuery().processDefinitionKey("membership-admission")
                .processInstanceBusinessKey(caseNumber).singleResult().getId();
        management.createJobQuery().processInstanceId(instance).list()
                .forEach(job -> management.executeJob(job.getId()));

        chromium.step(language + "-status", () -> {
            browser.manage().deleteAllCookies();
            browser.get(url("/apply/status.html?case=" + caseNumber));
            chromium.type(browser.findElement(By.id("secret")), receipt[1]);
            chromium.click(By.id("lookup"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("membershipNumber")));
            look("status-admitted");
            return null;
        });
    }

    private String[] apply() {
        browser.get(url("/apply"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), chinese ? "申请入会" : "Apply for membership"));
        look("apply");
        chromium.click(By.id("submit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem-applicantName")));
        look("apply-refused");
        new Select(browser.findElement(By.id("applicantKind"))).selectByValue("INDIVIDUAL");
        typeInto(browser.findElement(By.id("applicantName")), chinese ? "林启越" : "Lin Qiyue");
        typeInto(browser.findElement(By.id("email")), "lin.qiyue@example.org");
        typeInto(browser.findElement(By.id("phone")), "+86 10 6851 2345");
        typeInto(browser.findElement(By.id("identityNumber")), Applications.residentIdentityNumber());
        typeInto(browser.findElement(By.id("organisation")), chinese ? "浙江大学" : "Zhejiang University");
        typeInto(browser.findElement(By.id("field")), chinese ? "光子芯片" : "Photonic chips");
        typeInto(browser.findElement(By.id("statement")), chinese ? "将两款光子芯片设计从实验室推向量产，年产量超过十万片，服务国内多家通信企业。"
                : "Moved two photonic chip designs from the laboratory into volume production.");
        chromium.click(By.id("supportsCharter"));
        chromium.click(By.id("willingToJoin"));
        chromium.click(By.id("privacyConsent"));
        chromium.click(By.id("identityNumberConsent"));
        chromium.click(By.id("submit"));
        WebElement caseNumber = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-case")));
        look("apply-received");
        return new String[] {caseNumber.getText(), browser.findElement(By.id("receipt-secret")).getText()};
    }

    /** A Council meeting in person, today, from Tasklist's "Start process" dialog. */
    private String openCouncilMeeting() {
        long before = meetingsOfClerk().count();
        chromium.click(By.xpath("//a[contains(normalize-space(.),'" + (chinese ? "启动流程" : "Start process") + "')]"));
        // the list of procedures scrolls and loads as it goes: searched by name first, one line is left to click
        chromium.type(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".modal input[ng-model='page.searchValue']"))), "治理会议");
        chromium.click(By.xpath("//div[contains(@class,'modal')]//a[normalize-space(.)='治理会议 Governance meeting']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal .fjs-container")));
        chromium.click(By.id(field("机构 Body").getAttribute("id") + "-display"));
        look("open-meeting-bodies");
        chromium.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='理事会 Council']"));
        typeInto(field("会议日期 Meeting date"), LocalDate.now(clock).toString());
        field("会议日期 Meeting date").sendKeys(Keys.TAB);
        look("open-meeting");
        chromium.click(By.xpath("//div[contains(@class,'modal')]//button[normalize-space(.)='" + (chinese ? "开始" : "Start") + "']"));
        wait.until(driver -> meetingsOfClerk().count() > before);
        return meetingsOfClerk().orderByProcessInstanceStartTime().desc().listPage(0, 1).get(0).getBusinessKey();
    }

    private HistoricProcessInstanceQuery meetingsOfClerk() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey("governance-meeting").startedBy("clerk");
    }

    /**
     * Keeps the screen as a picture and notes every text on it that is in the other language only: the text of each
     * visible element, the values of fields, placeholders and titles, line by line.
     */
    private void look(String name) {
        screen++;
        // the applicants' names (other cases' too, in the lists) are theirs, in whichever language
        history.createHistoricVariableInstanceQuery().variableName("applicantName").list()
                .forEach(variable -> typed.add(String.valueOf(variable.getValue())));
        String shot = String.format("%s-%02d-%s", language, screen, name);
        try {
            Files.createDirectories(SCREENS);
            Files.write(SCREENS.resolve(shot + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException unsaved) {
            throw new UncheckedIOException(unsaved);
        }
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const texts = [];
                const shown = (element) => element && element.getClientRects().length > 0
                    && getComputedStyle(element).visibility !== 'hidden';
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  const parent = node.parentElement;
                  if (parent && !['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName) && shown(parent)) {
                    texts.push(node.textContent);
                  }
                }
                document.querySelectorAll('input, textarea, select').forEach((field) => {
                  if (!shown(field)) return;
                  if (field.tagName === 'SELECT') {
                    if (field.selectedOptions[0]) texts.push(field.selectedOptions[0].textContent);
                  } else if (!['checkbox', 'radio', 'hidden', 'password'].includes(field.type)) {
                    texts.push(field.value);
                  }
                  if (field.placeholder) texts.push(field.placeholder);
                });
                document.querySelectorAll('[title]').forEach((element) => { if (shown(element)) texts.push(element.title); });
                return texts;
                """);
        for (String text : texts) {
            for (String line : text.split("\\R")) {
                String problem = otherLanguageOnly(line.strip());
                if (problem != null) {
                    otherLanguageOnly.add(shot + ": " + problem);
                }
            }
        }
    }

    /** The line, when it reads in the other language only; null when it reads for this user. */
    private String otherLanguageOnly(String line) {
        String unnamed = NEUTRAL.matcher(line).replaceAll(" ");
        if (CJK.matcher(unnamed).find() && ENGLISH_WORD.matcher(unnamed).find()) {
            return null; // both languages on the line ("张三 Zhang San"), whatever a name in it
        }
        String text = line;
        // the longest first: "张三 Zhang San" whole, before another applicant's "Zhang San" leaves "张三" alone
        for (String own : typed.stream().map(String::strip).sorted(Comparator.comparingInt(String::length).reversed())
                .toList()) {
            if (own.length() > 1) {
                text = text.replace(own, " ");
            }
        }
        text = NEUTRAL.matcher(text).replaceAll(" ");
        boolean hasChinese = CJK.matcher(text).find();
        boolean hasEnglish = ENGLISH_WORD.matcher(text).find();
        if (chinese && hasEnglish && !hasChinese) {
            return "English only: \"" + line + "\"";
        }
        if (!chinese && hasChinese && !hasEnglish) {
            return "Chinese only: \"" + line + "\"";
        }
        return null;
    }

    private void login(String user) {
        browser.manage().deleteAllCookies();
        browser.get(url("/camunda/app/tasklist/default/"));
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        look("login");
        chromium.type(name, user);
        chromium.type(browser.findElement(By.cssSelector("input[ng-model='password']")), user);
        chromium.click(By.xpath("//button[@type='submit']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[contains(@class,'task-filter')]")));
    }

    /** Chooses the filter in Tasklist, then opens the task as its link in the filter's list does, claiming it if needed. */
    private void openTask(String filterName, Task task) {
        chromium.click(By.xpath("//*[contains(@class,'task-filter')]//a[contains(normalize-space(.),'" + filterName + "')]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.tasks-list")));
        String filterId = filters.createFilterQuery().filterName(filterName).singleResult().getId();
        browser.get(url("/camunda/app/tasklist/default/#/?filter=" + filterId + "&task=" + task.getId()));
        String claimWord = chinese ? "认领" : "Claim";
        List<WebElement> claim = wait.until(driver -> {
            List<WebElement> found = driver.findElements(By.xpath("//*[normalize-space(text())='" + claimWord + "']"));
            return found.isEmpty() && driver.findElements(By.cssSelector(".fjs-container")).isEmpty() ? null : found;
        });
        if (!claim.isEmpty()) {
            claim.get(0).click();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    }

    private void complete(String businessKey, String taskKey) {
        chromium.click(By.xpath("//button[normalize-space(.)='" + (chinese ? "完成" : "Complete") + "']"));
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

    private void typeInto(WebElement input, String text) {
        typed.add(text);
        chromium.type(input, text);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
