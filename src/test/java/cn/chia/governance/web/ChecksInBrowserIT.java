package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import cn.chia.governance.Clerks;
import cn.chia.governance.GovernanceTest;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.meeting.MeetingCase;
import cn.chia.governance.meeting.Meetings;

/**
 * The checks where the user is, in Chromium: the applicants' page names a resident identity number with a wrong
 * check digit or month 13 as soon as it is typed, in the page's language, and the server names it too when sent; in Tasklist (Chinese) an impossible roll is
 * refused when the clerk completes the form, the reason shown in Chinese then English, and the task stays open and
 * the clerk's. With {@code -Dbrowser.screens=true} the screens are kept in target/browser/.
 */
@GovernanceTest
class ChecksInBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;

    private Chromium chromium;

    @AfterEach
    void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theApplicantsPageNamesAWrongIdentityNumberInThePagesLanguage() throws IOException {
        chromium = Chromium.start("zh-CN");
        chromium.step("checks-zh-01-apply-wrong-check-digit", () -> {
            chromium.browser.get(url("/apply/"));
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "申请入会"));
            new Select(chromium.browser.findElement(By.id("applicantKind"))).selectByValue("INDIVIDUAL");
            chromium.type(chromium.browser.findElement(By.id("identityNumber")), "110105194912310021");
            chromium.browser.findElement(By.id("identityNumber")).sendKeys(Keys.TAB);
            chromium.wait.until(ExpectedConditions.textToBe(By.id("problem-identityNumber"),
                    "身份证号码末位校验码不符，请核对号码。"));
            chromium.snapshot("checks-zh-01-apply-wrong-check-digit");
            chromium.click(By.id("submit"));
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem-applicantName")));
            assertThat(chromium.browser.findElement(By.id("problem-identityNumber")).getText())
                    .as("the server's refusal names the same problem, with every other field's")
                    .isEqualTo("请填写个人的 18 位居民身份证号码：末位校验码不符，请核对号码。");
            chromium.snapshot("checks-zh-01b-apply-sent");
            return null;
        });
        chromium.step("checks-zh-02-apply-month-13", () -> {
            String month13 = "1101051949" + "13" + "01002";
            month13 += cn.chia.governance.charter.ResidentIdentityNumber.checkCharacter(month13);
            chromium.type(chromium.browser.findElement(By.id("identityNumber")), month13);
            chromium.browser.findElement(By.id("identityNumber")).sendKeys(Keys.TAB);
            chromium.wait.until(ExpectedConditions.textToBe(By.id("problem-identityNumber"),
                    "身份证号码第 7 至 14 位的出生日期不是真实日期或晚于今天。"));
            return null;
        });
        chromium.step("checks-en-03-apply-credit-code", () -> {
            chromium.click(By.id("language"));
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Apply for membership"));
            new Select(chromium.browser.findElement(By.id("applicantKind"))).selectByValue("UNIT");
            chromium.type(chromium.browser.findElement(By.id("creditCode")), "91110000100001234X");
            chromium.browser.findElement(By.id("creditCode")).sendKeys(Keys.TAB);
            chromium.wait.until(ExpectedConditions.textToBe(By.id("problem-creditCode"),
                    "Its last character (the check character) does not match: check the code."));
            assertThat(chromium.browser.findElements(By.id("problem-identityNumber"))).isEmpty();
            chromium.snapshot("checks-en-03-apply-credit-code");
            chromium.click(By.id("language")); // the next test's page is Chinese again
            return null;
        });
    }

    @Test
    void anImpossibleRollIsRefusedInTheFormAndTheTaskStaysWithTheClerk() throws IOException {
        Clerks clerks = new Clerks(rest);
        String caseNumber = clerks.caseOnTheAgenda("Bing Xin");
        String meeting = (String) clerks.start("clerk", MeetingCase.PROCESS_KEY,
                Meetings.ofBody("STANDING_COUNCIL").today().build()).ok().json().get("businessKey");
        String confirm = clerks.task("clerk", meeting, "UserTask_ConfirmAgenda");
        @SuppressWarnings("unchecked")
        List<String> agenda = (List<String>) clerks.call("clerk", HttpMethod.GET,
                "/engine-rest/task/" + confirm + "/variables/agendaCases?deserializeValue=true", null).ok().json()
                .get("value");
        clerks.complete("clerk", confirm, Meetings.removing(agenda.stream().filter(c -> !c.equals(caseNumber)).toList()))
                .ok();
        String roll = clerks.task("clerk", meeting, "UserTask_RecordAttendance");
        int seats = Integer.parseInt(tasks.getVariable(roll, MeetingCase.SEATS).toString());

        chromium = Chromium.start("zh-CN");
        chromium.step("checks-zh-11-impossible-roll", () -> {
            logIn("clerk");
            assertThat(tasks.createTaskQuery().taskId(roll).singleResult().getAssignee())
                    .as("the next task of the meeting opens for the clerk who confirmed the agenda: no claim").isEqualTo("clerk");
            chromium.browser.get(url("/camunda/app/tasklist/default/#/?task=" + roll));
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
            chromium.type(field("亲自出席人数 Present in person"), String.valueOf(seats + 1));
            chromium.type(field("委托出席人数 Present by proxy"), "0");
            chromium.click(By.xpath("//button[normalize-space(.)='完成']"));
            WebElement refusal = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                    "//*[contains(normalize-space(.),'常务理事会共有 " + seats + " 名常务理事，但登记出席 " + (seats + 1)
                            + " 名') and not(*[contains(normalize-space(.),'常务理事会共有')])]")));
            // the browser reads Chinese: the refusal is in Chinese only
            assertThat(refusal.getText()).contains("常务理事会共有 " + seats + " 名常务理事")
                    .doesNotContain("The Standing Council has");
            chromium.snapshot("checks-zh-11-impossible-roll");
            Task still = tasks.createTaskQuery().taskId(roll).singleResult();
            assertThat(still).as("the task is still open").isNotNull();
            assertThat(still.getAssignee()).isEqualTo("clerk");
            assertThat(field("亲自出席人数 Present in person").getAttribute("value")).as("what the clerk typed stays")
                    .isEqualTo(String.valueOf(seats + 1));
            return null;
        });
        chromium.step("checks-zh-12-corrected-roll", () -> {
            chromium.type(field("亲自出席人数 Present in person"), String.valueOf(seats));
            chromium.click(By.xpath("//button[normalize-space(.)='完成']"));
            chromium.wait.until(driver -> tasks.createTaskQuery().taskId(roll).count() == 0);
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(meeting)
                    .taskDefinitionKey("UserTask_RecordVotes").count()).isOne();
            return null;
        });
        String votes = tasks.createTaskQuery().processInstanceBusinessKey(meeting)
                .taskDefinitionKey("UserTask_RecordVotes").singleResult().getId();
        chromium.step("checks-zh-13-votes-that-do-not-add-up", () -> {
            chromium.browser.get(url("/camunda/app/tasklist/default/#/?task=" + votes));
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
            assertThat(field("会议编号 Meeting number").getAttribute("value")).isEqualTo(meeting);
            assertThat(field("上一步 What just happened").getAttribute("value")).startsWith("已达法定人数：");
            chromium.type(field("赞成票 Votes in favour"), String.valueOf(seats - 2));
            chromium.type(field("反对票 Votes against"), "0");
            chromium.type(field("弃权票 Abstentions"), "0");
            chromium.click(By.xpath("//button[normalize-space(.)='完成']"));
            WebElement refusal = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                    "//*[contains(normalize-space(.),'相差 2 名') and not(*[contains(normalize-space(.),'相差 2 名')])]")));
            assertThat(refusal.getText()).contains("相差 2 名").doesNotContain("not accounted for"); // a Chinese browser: Chinese only
            chromium.snapshot("checks-zh-13-votes-that-do-not-add-up");
            assertThat(tasks.createTaskQuery().taskId(votes).singleResult()).as("the task stays").isNotNull();
            chromium.type(field("未投票 Did not vote"), "2");
            chromium.click(By.xpath("//button[normalize-space(.)='完成']"));
            chromium.wait.until(driver -> tasks.createTaskQuery().taskId(votes).count() == 0);
            return null;
        });
        Task lastLook = tasks.createTaskQuery().processInstanceBusinessKey(meeting)
                .taskDefinitionKey("UserTask_ConfirmResolution").singleResult();
        assertThat(lastLook.getAssignee()).isEqualTo("clerk");
        chromium.step("checks-zh-14-last-look", () -> {
            chromium.browser.get(url("/camunda/app/tasklist/default/#/?task=" + lastLook.getId()));
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
            assertThat(field("票数、规则与结果 Counts, rule and outcome").getAttribute("value"))
                    .contains("未投票 2 名").contains("规则 Rule: 出席常务理事的超过三分之二").contains("结果 Outcome:");
            chromium.snapshot("checks-zh-14-last-look");
            chromium.click(By.xpath("//label[contains(normalize-space(.),'确认并编号决议 Confirm and number the resolution')]"));
            chromium.click(By.xpath("//button[normalize-space(.)='完成']"));
            chromium.wait.until(driver -> tasks.createTaskQuery().taskId(lastLook.getId()).count() == 0);
            assertThat(clerks.call("clerk", HttpMethod.GET, "/api/meetings/" + meeting + "/minutes", null).ok().body())
                    .contains("RES-");
            return null;
        });
    }

    private void logIn(String user) {
        chromium.browser.manage().deleteAllCookies();
        chromium.browser.get(url("/camunda/app/tasklist/default/"));
        WebElement name = chromium.wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        chromium.type(name, user);
        chromium.type(chromium.browser.findElement(By.cssSelector("input[ng-model='password']")), user);
        chromium.click(By.xpath("//button[@type='submit']"));
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[contains(@class,'task-filter')]")));
    }

    /** The form-js input labelled so. */
    private WebElement field(String label) {
        WebElement labelled = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[normalize-space(text()[1])='" + label + "']")));
        return chromium.browser.findElement(By.id(labelled.getAttribute("for")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
