package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.Clerks;
import cn.chia.governance.GovernanceTest;
import cn.chia.governance.admission.Applications;

/**
 * What form-js writes into Tasklist's forms by itself, in a real browser (Chromium, headless): a Chinese clerk who
 * sends the application form half filled in reads 此项为必填项。 and 长度不能少于 2 个字。 under the fields and 请选择 in an
 * empty choice, an English one reads form-js's English; and a form shows the words of what a case holds (个人会员
 * Individual member, the branch's name), not its codes. Screens in target/browser/ with -Dbrowser.screens=true.
 */
@GovernanceTest
class FormTextsInBrowserIT {

    private static final String NAME = "个人或单位名称 Name of the person or unit";
    private static final String BRANCH = "推荐的分支机构 Recommending branch";
    private static final String SUPPORTS = "申请人拥护本会章程 The applicant supports the Articles of Association";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;
    @Autowired
    FilterService filters;

    @Test
    void aChineseClerkReadsFormJsInChineseAndTheCaseInWords() throws IOException {
        try (Chromium chromium = Chromium.start("zh-CN")) {
            chromium.step("form-texts-zh-1-empty", () -> {
                login(chromium, "clerk");
                openApplicationForm(chromium);
                assertThat(choiceShown(chromium, BRANCH)).isEqualTo("请选择");
                chromium.snapshot("form-texts-zh-1-empty");
                return null;
            });
            chromium.step("form-texts-zh-2-refused", () -> {
                start(chromium);
                assertThat(errorsUnder(chromium, SUPPORTS)).containsExactly("此项为必填项。");
                chromium.type(field(chromium, NAME), "x" + Keys.TAB);
                chromium.wait.until(driver -> errorsUnder(chromium, NAME).equals(List.of("长度不能少于 2 个字。")));
                assertThat(chromium.browser.findElement(By.cssSelector(".fjs-container")).getText())
                        .doesNotContain("Field is required.", "Field must have");
                chromium.snapshot("form-texts-zh-2-refused");
                return null;
            });

            String caseNumber = (String) new Clerks(rest).start("clerk", "membership-admission",
                    Applications.aPerson("司马光").withBranch("branch-beijing").build()).ok().json().get("businessKey");
            new Clerks(rest).complete("branch", tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
                    .singleResult().getId(), Map.of("recommendation", "RECOMMEND")).ok();
            chromium.step("form-texts-zh-3-review", () -> {
                login(chromium, "liaison");
                Task review = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
                chromium.browser.get(url("/camunda/app/tasklist/default/#/?filter="
                        + filters.createFilterQuery().filterName(SecretariatTasklistIT.LIAISON).singleResult().getId()
                        + "&task=" + review.getId()));
                chromium.wait.until(driver -> choiceShown(chromium, "会员类别 Kind of member").equals("个人会员 Individual member"));
                chromium.wait.until(driver -> "北京分支机构 Beijing Branch".equals(
                        field(chromium, "推荐方 Recommended by").getAttribute("value")));
                chromium.snapshot("form-texts-zh-3-review");
                return null;
            });
        }
    }

    @Test
    void anEnglishClerkReadsFormJsInEnglish() throws IOException {
        try (Chromium chromium = Chromium.start("en-GB")) {
            chromium.step("form-texts-en-1-refused", () -> {
                login(chromium, "clerk");
                openApplicationForm(chromium);
                assertThat(choiceShown(chromium, BRANCH)).isEqualTo("Select");
                start(chromium);
                assertThat(errorsUnder(chromium, SUPPORTS)).containsExactly("Field is required.");
                chromium.type(field(chromium, NAME), "x" + Keys.TAB);
                chromium.wait.until(driver -> errorsUnder(chromium, NAME)
                        .equals(List.of("Field must have minimum length of 2.")));
                chromium.snapshot("form-texts-en-1-refused");
                return null;
            });
        }
    }

    private void login(Chromium chromium, String user) {
        chromium.browser.manage().deleteAllCookies();
        chromium.browser.get(url("/camunda/app/tasklist/default/"));
        WebElement name = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[ng-model='username']")));
        chromium.type(name, user);
        chromium.type(chromium.browser.findElement(By.cssSelector("input[ng-model='password']")), user);
        chromium.click(By.xpath("//button[@type='submit']"));
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[contains(@class,'task-filter')]")));
    }

    private static void openApplicationForm(Chromium chromium) {
        chromium.click(By.xpath("//a[contains(normalize-space(.),'Start process') or contains(normalize-space(.),'启动流程')]"));
        // the list of procedures scrolls and loads as it goes (a click on it missed under load): searched by name first
        chromium.type(chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".modal input[ng-model='page.searchValue']"))), "入会审批");
        chromium.click(By.xpath("//div[contains(@class,'modal')]//a[normalize-space(.)='入会审批 Membership admission']"));
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal .fjs-container")));
    }

    /**
     * Sends the form as opened, nothing typed yet (Tasklist disables "Start" while a field shows an error, as a name
     * too short does once left): form-js then marks every required field left empty, among them the checkbox.
     */
    private static void start(Chromium chromium) {
        chromium.click(By.xpath("//div[contains(@class,'modal')]//button[normalize-space(.)='Start' or normalize-space(.)='开始']"));
        chromium.wait.until(driver -> !errorsUnder(chromium, SUPPORTS).isEmpty());
    }

    /** The errors form-js shows under the field labelled so. */
    private static List<String> errorsUnder(Chromium chromium, String label) {
        WebElement field = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//label[normalize-space(text()[1])='" + label + "']/ancestor::div[contains(@class,'fjs-form-field')][1]")));
        return field.findElements(By.cssSelector(".fjs-form-field-error li")).stream().map(WebElement::getText).toList();
    }

    /** What a choice (a select) shows: the words of its value, or its placeholder. */
    private static String choiceShown(Chromium chromium, String label) {
        return chromium.browser.findElement(By.id(field(chromium, label).getAttribute("id") + "-display")).getText();
    }

    private static WebElement field(Chromium chromium, String label) {
        WebElement labelled = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[normalize-space(text()[1])='" + label + "']")));
        return chromium.browser.findElement(By.id(labelled.getAttribute("for")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
