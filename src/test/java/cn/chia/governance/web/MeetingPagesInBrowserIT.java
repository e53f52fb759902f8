package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.Resolutions;
import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.Language;
import cn.chia.governance.register.Applicant;
import cn.chia.governance.register.MeetingRecords;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;

/**
 * A director and a clerk reach the meetings page from Tasklist's header: the next Council meeting's agenda, a meeting
 * held with its resolution and its minutes, in Chinese (a Chinese browser) and in English (a British one); the clerk
 * also the member register, narrowed by a search and a status. Names are shown as the text people typed, never run as
 * markup. With {@code -Dbrowser.screens=true} each screen is kept in target/browser/.
 */
@GovernanceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingPagesInBrowserIT {

    /** A title and names as a person might type them, markup included: the pages show them, never run them. */
    static final String HOSTILE_TITLE = "<script>window.ran = 1</script>欧阳娜娜";
    static final String HOSTILE_NAME = "<img src=x onerror=\"window.ran = 2\">司马光";

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
    private String heldCase;
    private String next;
    private String nextCase;
    private LocalDate nextDay;
    private Member member;
    private String memberName;

    @BeforeAll
    void aMeetingHeldAMeetingPlannedAndMembers() {
        meetings = new MeetingsOnRecord(engine, records);
        meetings.endMeetingsUnderWay();
        heldCase = meetings.waitingCase("APP-2026-960001", HOSTILE_TITLE);
        held = meetings.hold(Body.COUNCIL, heldCase, 7);
        nextCase = meetings.waitingCase("APP-2026-960002", "诸葛亮");
        nextDay = LocalDate.now(clock).plusDays(20);
        next = meetings.open(Body.COUNCIL, nextDay);
        String run = UUID.randomUUID().toString().substring(0, 6);
        memberName = HOSTILE_NAME + run;
        member = admit(memberName);
        admit("黄月英" + run);
    }

    @AfterAll
    void endTheMeetings() {
        meetings.endMeetingsUnderWay();
        runtime.createProcessInstanceQuery().processDefinitionKey("case-awaiting-decision").list()
                .forEach(i -> runtime.deleteProcessInstance(i.getId(), "test clean-up", true, true));
    }

    private Member admit(String name) {
        String caseNumber = "APP-PAGE-" + UUID.randomUUID();
        return register.admit(caseNumber, new Applicant("INDIVIDUAL", name, "member@example.org", null,
                cn.chia.governance.admission.Applications.residentIdentityNumber(), null, "清华大学", "材料", null,
                Language.ZH), Resolutions.admission(caseNumber, "COUNCIL"), "COUNCIL");
    }

    @Test
    void aDirectorAndAClerkReadTheMeetingsAndTheClerkTheRegisterInChinese() throws IOException {
        try (Chromium chromium = Chromium.start("zh-CN")) {
            WebDriver browser = chromium.browser;
            chromium.step("meetings-zh-director", () -> {
                login(chromium, "director");
                assertThat(browser.findElements(By.id("association-member-register"))).as("the register is not the Council's")
                        .isEmpty();
                chromium.snapshot("meetings-zh-tasklist-header");
                chromium.click(By.id("association-meetings"));
                WebElement nextCouncil = nextMeeting(chromium, "COUNCIL");
                assertThat(nextCouncil.getText()).contains("理事会", next, date(Language.ZH, nextDay), "已安排",
                        "议程（待秘书处确认）", nextCase, "会员入会", "诸葛亮");
                assertThat(browser.findElement(By.id("next-STANDING_COUNCIL")).getText()).contains("常务理事会", "尚未安排会议");
                WebElement past = pastMeeting(chromium, held.meeting());
                assertThat(past.getText()).contains("理事会", date(Language.ZH, LocalDate.now(clock)), "已举行",
                        held.resolution(), heldCase, HOSTILE_TITLE, "会员入会", "通过");
                past.findElement(By.cssSelector("button.show-minutes")).click();
                WebElement minutes = chromium.wait.until(d -> past.findElements(By.cssSelector("#resolution-"
                        + held.resolution())).stream().findFirst().orElse(null));
                MeetingRecords.Resolution taken = records.minutes(held.meeting()).orElseThrow().resolutions().get(0);
                assertThat(minutes.getText()).contains("通过", "赞成", "反对", "弃权", "通过所需票数", HOSTILE_TITLE,
                        "理由：" + taken.reasonZh());
                assertThat(minutes.findElements(By.cssSelector("table.counts td"))).extracting(WebElement::getText)
                        .containsExactly(String.valueOf(taken.votesFor()), "7", "0", "—", String.valueOf(taken.requiredVotes()));
                assertThat(past.findElement(By.cssSelector(".minutes")).getText()).contains("会议纪要", "应到", "现场出席",
                        "法定人数", "已达到");
                nothingRan(browser);
                chromium.snapshot("meetings-zh-director");
                return null;
            });
            chromium.step("meetings-zh-clerk", () -> {
                login(chromium, "clerk");
                chromium.click(By.id("association-meetings"));
                assertThat(nextMeeting(chromium, "COUNCIL").getText()).contains(nextCase, "诸葛亮");
                chromium.click(By.id("to-members"));
                chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#register table")));
                assertThat(headers(browser)).containsExactly("会员编号", "姓名或单位名称", "类别", "工作单位", "分支机构", "状态",
                        "入会日期", "决议编号");
                chromium.type(browser.findElement(By.id("search")), memberName.substring(memberName.length() - 9));
                new Select(browser.findElement(By.id("filter-status"))).selectByVisibleText("在册");
                new Select(browser.findElement(By.id("filter-kind"))).selectByVisibleText("个人会员");
                chromium.wait.until(d -> rows(d).size() == 1);
                assertThat(rows(browser).get(0).getText()).contains(member.membershipNumber(), memberName, "个人会员",
                        "清华大学", "在册", date(Language.ZH, member.admittedOn()), member.resolutionNumber());
                assertThat(browser.findElement(By.id("count")).getText()).contains("符合条件 1 名");
                new Select(browser.findElement(By.id("filter-status"))).selectByVisibleText("已除名");
                chromium.wait.until(d -> d.findElement(By.id("register")).getText().contains("没有符合条件的会员"));
                new Select(browser.findElement(By.id("filter-status"))).selectByVisibleText("在册");
                chromium.wait.until(d -> rows(d).size() == 1);
                nothingRan(browser);
                chromium.snapshot("members-zh-clerk");
                return null;
            });
        }
    }

    @Test
    void inABritishBrowserThePagesSpeakEnglishUntilChineseIsChosen() throws IOException {
        try (Chromium chromium = Chromium.start("en-GB")) {
            WebDriver browser = chromium.browser;
            chromium.step("meetings-en-clerk", () -> {
                login(chromium, "clerk");
                chromium.click(By.id("association-meetings"));
                assertThat(nextMeeting(chromium, "COUNCIL").getText()).contains("Council", next, date(Language.EN, nextDay),
                        "Planned", "Agenda (to be confirmed by the Secretariat)", "Admission of a member", "诸葛亮");
                WebElement past = pastMeeting(chromium, held.meeting());
                assertThat(past.getText()).contains(date(Language.EN, LocalDate.now(clock)), "Held", held.resolution(),
                        HOSTILE_TITLE, "Adopted");
                new Select(browser.findElement(By.id("filter-body"))).selectByVisibleText("Standing Council");
                chromium.wait.until(d -> d.findElements(By.id("meeting-" + held.meeting())).isEmpty());
                new Select(browser.findElement(By.id("filter-body"))).selectByVisibleText("Council");
                pastMeeting(chromium, held.meeting()).findElement(By.cssSelector("button.show-minutes")).click();
                chromium.wait.until(d -> !d.findElements(By.id("resolution-" + held.resolution())).isEmpty());
                assertThat(browser.findElement(By.id("resolution-" + held.resolution())).getText())
                        .contains("Adopted", "For", "Against", "Reason: Adopted:");
                nothingRan(browser);
                chromium.snapshot("meetings-en-clerk");
                return null;
            });
            chromium.step("members-en-clerk", () -> {
                chromium.click(By.id("to-members"));
                chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#register table")));
                assertThat(headers(browser)).containsExactly("Membership number", "Name", "Kind", "Organisation", "Branch",
                        "Status", "Admitted on", "Resolution");
                chromium.type(browser.findElement(By.id("search")), member.membershipNumber());
                chromium.wait.until(d -> rows(d).size() == 1);
                assertThat(rows(browser).get(0).getText()).contains(memberName, "Individual member", "Active",
                        date(Language.EN, member.admittedOn()));
                nothingRan(browser);
                chromium.snapshot("members-en-clerk");
                chromium.click(By.id("language"));
                chromium.wait.until(d -> headers(d).contains("会员编号"));
                browser.navigate().refresh();
                chromium.wait.until(d -> !d.findElements(By.cssSelector("#register th")).isEmpty()
                        && headers(d).contains("会员编号"));
                assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
                return null;
            });
        }
    }

    private void login(Chromium chromium, String user) {
        WebDriver browser = chromium.browser;
        browser.manage().deleteAllCookies();
        browser.get(url("/camunda/app/tasklist/default/"));
        WebElement name = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[ng-model='username']")));
        chromium.type(name, user);
        chromium.type(browser.findElement(By.cssSelector("input[ng-model='password']")), user);
        chromium.click(By.xpath("//button[@type='submit']"));
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("association-meetings")));
    }

    private static WebElement nextMeeting(Chromium chromium, String body) {
        return chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("next-" + body)));
    }

    private static WebElement pastMeeting(Chromium chromium, String number) {
        return chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meeting-" + number)));
    }

    private static List<String> headers(WebDriver browser) {
        return browser.findElements(By.cssSelector("#register th")).stream().map(WebElement::getText).toList();
    }

    private static List<WebElement> rows(WebDriver browser) {
        return browser.findElements(By.cssSelector("#register tbody tr"));
    }

    /** The markup in the names was shown as text: no script of it ran, no element of it was made. */
    private static void nothingRan(WebDriver browser) {
        assertThat(((JavascriptExecutor) browser).executeScript("return window.ran === undefined"
                + " && document.querySelectorAll('main script, main img').length === 0")).isEqualTo(true);
    }

    private static String date(Language language, LocalDate day) {
        return cn.chia.governance.process.Texts.date(language, day);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
