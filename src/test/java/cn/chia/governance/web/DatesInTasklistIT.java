package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.GovernanceTest;

/**
 * The dates of Tasklist's forms in a real browser (Chromium, headless), in an American browser, where form-js reads a
 * typed date as month/day/year (2026-12-03 became 6 August 2027), and in a Chinese one: a date typed year-month-day is
 * the date stored, whatever the browser; a text that is no date is emptied with the reason, never reinterpreted; the
 * calendar of a Chinese user is in Chinese. Screens in target/browser/ with -Dbrowser.screens=true.
 */
@GovernanceTest
class DatesInTasklistIT {

    private static final String MEETING_DATE = "会议日期 Meeting date";

    @LocalServerPort
    int port;
    @Autowired
    HistoryService history;
    @Autowired
    RuntimeService runtime;
    @Autowired
    Clock clock;

    @Test
    void inAnAmericanBrowserADateTypedYearMonthDayIsThatDateAndNoDateIsReinterpreted() throws IOException {
        try (Chromium chromium = Chromium.start("en-US")) {
            WebDriver browser = chromium.browser;
            chromium.step("dates-en-1-start-form", () -> {
                login(chromium, "clerk");
                openMeetingStartForm(chromium);
                return null;
            });
            String typed = chromium.step("dates-en-2-typed", () -> {
                WebElement date = field(chromium, MEETING_DATE);
                chromium.type(date, "2026-12-03");
                date.sendKeys(Keys.TAB);
                chromium.snapshot("dates-en-2-typed-iso");
                return selected(browser, date);
            });
            assertThat(typed).as("what flatpickr holds, not 2027-08-06").isEqualTo("2026-12-03");
            assertThat(field(chromium, MEETING_DATE).getAttribute("value")).isEqualTo("2026-12-03");
            assertThat(field(chromium, MEETING_DATE).getAttribute("placeholder")).isEqualTo("yyyy-mm-dd, e.g. 2026-12-03");

            chromium.step("dates-en-3-not-a-date", () -> {
                for (String wrong : List.of("2026-13-03", "2026-02-30", "12/03/2026")) {
                    WebElement date = field(chromium, MEETING_DATE);
                    chromium.type(date, wrong);
                    date.sendKeys(Keys.TAB);
                    WebElement error = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector(".governance-date-error")));
                    // an American browser reads English: the reason in English only
                    assertThat(error.getText()).as(wrong)
                            .contains("“" + wrong + "” is not a date: enter it as year-month-day, e.g. 2026-12-03.")
                            .doesNotContain("无法识别的日期");
                    assertThat(selected(browser, date)).as(wrong + " is not reinterpreted").isEmpty();
                }
                chromium.snapshot("dates-en-3-not-a-date");
                return null;
            });

            // a meeting opened with a date typed year-month-day is dated so
            LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
            String meeting = chromium.step("dates-en-4-start", () -> {
                WebElement date = field(chromium, MEETING_DATE);
                chromium.type(date, tomorrow.toString());
                date.sendKeys(Keys.TAB);
                chromium.wait.until(driver -> driver.findElements(By.cssSelector(".governance-date-error")).isEmpty());
                return start(chromium);
            });
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instanceOf(meeting))
                    .variableName("meetingDate").singleResult().getValue()).isEqualTo(tomorrow.toString());
        }
    }

    @Test
    void aChineseClerkTypesAndPicksDatesInChinese() throws IOException {
        try (Chromium chromium = Chromium.start("zh-CN")) {
            WebDriver browser = chromium.browser;
            chromium.step("dates-zh-1-start-form", () -> {
                login(chromium, "clerk");
                openMeetingStartForm(chromium);
                return null;
            });
            chromium.step("dates-zh-2-calendar", () -> {
                WebElement date = field(chromium, MEETING_DATE);
                assertThat(date.getAttribute("placeholder")).isEqualTo("年-月-日，如 2026-12-03");
                chromium.type(date, "2026年12月3日");
                date.sendKeys(Keys.TAB);
                assertThat(selected(browser, date)).isEqualTo("2026-12-03");
                assertThat(date.getAttribute("value")).isEqualTo("2026-12-03");
                chromium.click(By.id(date.getAttribute("id")));
                WebElement calendar = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".flatpickr-calendar.open")));
                assertThat(calendar.findElement(By.cssSelector(".flatpickr-monthDropdown-months, .cur-month")).getText())
                        .contains("十二月");
                assertThat(calendar.findElements(By.cssSelector(".flatpickr-weekday"))).extracting(WebElement::getText)
                        .first().asString().isEqualTo("一");
                chromium.snapshot("dates-zh-2-calendar");
                chromium.type(field(chromium, MEETING_DATE), "明天");
                field(chromium, MEETING_DATE).sendKeys(Keys.TAB);
                WebElement error = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".governance-date-error")));
                assertThat(error.getText()).startsWith("无法识别的日期“明天”：请按 年-月-日 填写，例如 2026-12-03。");
                chromium.snapshot("dates-zh-3-not-a-date");
                return null;
            });
        }
    }

    /** The date flatpickr holds for the field, as yyyy-mm-dd; empty when none. */
    private static String selected(WebDriver browser, WebElement input) {
        return (String) ((JavascriptExecutor) browser).executeScript("""
                const picker = arguments[0]._flatpickr;
                const day = picker && picker.selectedDates[0];
                if (!day) return '';
                const two = n => String(n).padStart(2, '0');
                return day.getFullYear() + '-' + two(day.getMonth() + 1) + '-' + two(day.getDate());""", input);
    }

    private void openMeetingStartForm(Chromium chromium) {
        chromium.click(By.xpath("//a[contains(normalize-space(.),'Start process') or contains(normalize-space(.),'启动流程')]"));
        // the list of procedures scrolls and loads as it goes: searched by name first, one line is left to click
        chromium.type(chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".modal input[ng-model='page.searchValue']"))), "治理会议");
        chromium.click(By.xpath("//div[contains(@class,'modal')]//a[normalize-space(.)='治理会议 Governance meeting']"));
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal .fjs-container")));
        chromium.click(By.id(field(chromium, "机构 Body").getAttribute("id") + "-display"));
        chromium.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='常务理事会 Standing Council']"));
    }

    private String start(Chromium chromium) {
        long before = meetingsOfClerk().count();
        chromium.click(By.xpath("//div[contains(@class,'modal')]//button[normalize-space(.)='Start' or normalize-space(.)='开始']"));
        chromium.wait.until(driver -> meetingsOfClerk().count() > before);
        return meetingsOfClerk().orderByProcessInstanceStartTime().desc().listPage(0, 1).get(0).getBusinessKey();
    }

    private String instanceOf(String meeting) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(meeting).singleResult().getId();
    }

    private HistoricProcessInstanceQuery meetingsOfClerk() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey("governance-meeting").startedBy("clerk");
    }

    private void login(Chromium chromium, String user) {
        chromium.browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        WebElement name = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[ng-model='username']")));
        chromium.type(name, user);
        chromium.type(chromium.browser.findElement(By.cssSelector("input[ng-model='password']")), user);
        chromium.click(By.xpath("//button[@type='submit']"));
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[contains(@class,'task-filter')]")));
    }

    private static WebElement field(Chromium chromium, String label) {
        WebElement labelled = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[normalize-space(text()[1])='" + label + "']")));
        return chromium.browser.findElement(By.id(labelled.getAttribute("for")));
    }
}
