package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.admission.AdmissionCase;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.register.Masking;

/**
 * The review form in a Chinese Tasklist: the identity number and telephone are shown masked, and the button
 * "显示完整号码 Show full number" shows the reviewer the full numbers beside the field, without putting them in the form.
 */
@GovernanceTest
class FullNumberInBrowserIT {

    static final String REVIEW_FILTER = "联络部 — 待审核的申请 Liaison Department — applications to review";

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    FilterService filters;

    private Chromium chromium;

    private Chromium browserIn(String language) throws IOException {
        chromium = Chromium.start(language);
        return chromium;
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theReviewerShowsTheFullNumberOfTheApplicationBeforeThem() throws Exception {
        browserIn("zh-CN");
        String identity = Applications.residentIdentityNumber();
        String phone = phone();
        Task review = reviewOf(identity, phone, "198.51.100.77");
        tasks.claim(review.getId(), "liaison");

        chromium.step("full-number-01-review-form", () -> {
            WebElement shown = openAs("liaison", review);
            assertThat(shown.getAttribute("value")).isEqualTo(Masking.identityNumber(identity));
            assertThat(chromium.browser.findElement(By.cssSelector(".fjs-container input[id$='Field_Phone']"))
                    .getAttribute("value")).isEqualTo(Masking.phone(phone));
            assertThat(chromium.browser.getPageSource()).doesNotContain(identity);
            chromium.snapshot("full-number-01-masked-zh");
            return null;
        });
        chromium.step("full-number-02-shown", () -> {
            chromium.click(By.xpath("//button[normalize-space(.)='显示完整号码 Show full number']"));
            WebElement answer = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".governance-full-number strong")));
            chromium.wait.until(driver -> driver.findElement(By.cssSelector(".governance-full-number")).getText()
                    .contains(phone));
            String text = chromium.browser.findElement(By.cssSelector(".governance-full-number")).getText();
            assertThat(answer.getText()).isEqualTo(identity);
            assertThat(text).contains("身份证件号码：" + identity, "电话：" + phone);
            assertThat(chromium.browser.findElement(By.cssSelector(".fjs-container input[id$='Field_IdentityNumber']"))
                    .getAttribute("value")).as("the form keeps the masked number").isEqualTo(Masking.identityNumber(identity));
            chromium.snapshot("full-number-02-shown-zh");
            return null;
        });
    }

    @Test
    void anAdministratorWhoOpensTheReviewFormIsToldInEnglishThatTheFullNumberIsNotForThem() throws Exception {
        browserIn("en-GB");
        String identity = Applications.residentIdentityNumber();
        String phone = phone();
        Task review = reviewOf(identity, phone, "198.51.100.78");
        tasks.setAssignee(review.getId(), "admin");

        chromium.step("full-number-03-refused-en", () -> {
            openAs("admin", review);
            chromium.click(By.xpath("//button[normalize-space(.)='显示完整号码 Show full number']"));
            WebElement answer = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".governance-full-number.governance-refused")));
            assertThat(answer.getText()).isEqualTo("Full identity numbers and telephones are for the Secretariat, and"
                    + " for the Liaison Department while it reviews the case.");
            assertThat(chromium.browser.getPageSource()).doesNotContain(identity).doesNotContain(phone);
            chromium.snapshot("full-number-03-refused-en");
            return null;
        });
    }

    private static String phone() {
        return "138" + (10_000_000 + (int) (System.nanoTime() % 89_999_999));
    }

    /** A new application's review task, from the applicants' API. */
    private Task reviewOf(String identity, String phone, String address) throws Exception {
        Map<String, Object> form = Applications.aPerson("全号测试").withIdentityNumber(identity)
                .with(AdmissionCase.PHONE, phone).build();
        Http.Answer receipt = Http.anonymous(port).send("POST", "/api/applications", "application/json",
                Http.JSON.writeValueAsBytes(form), Map.of("X-Forwarded-For", address));
        assertThat(receipt.status()).as("%s", receipt).isEqualTo(201);
        String caseNumber = (String) receipt.object().get("caseNumber");
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(AdmissionCase.Step.REVIEW_APPLICATION.id()).singleResult();
    }

    /** Signs in as {@code user} and opens the task's form; answers the identity number's field. */
    private WebElement openAs(String user, Task review) {
        login(user);
        String filter = filters.createFilterQuery().filterName(REVIEW_FILTER).singleResult().getId();
        chromium.browser.get(url("/camunda/app/tasklist/default/#/?filter=" + filter + "&task=" + review.getId()));
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
        return chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".fjs-container input[id$='Field_IdentityNumber']")));
    }

    private void login(String user) {
        chromium.browser.manage().deleteAllCookies();
        chromium.browser.get(url("/camunda/app/tasklist/default/"));
        WebElement name = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[ng-model='username']")));
        chromium.type(name, user);
        chromium.type(chromium.browser.findElement(By.cssSelector("input[ng-model='password']")), user);
        chromium.click(By.xpath("//button[@type='submit']"));
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[contains(@class,'task-filter')]")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
