package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.Clerks;
import cn.chia.governance.GovernanceTest;
import cn.chia.governance.admission.Applications;

/**
 * Tasklist in Chinese as the Secretariat, a branch and the Liaison Department see it: the Secretariat's filter of the
 * cases waiting for the Council with its count and the case's number and title in the list, the branch's list naming
 * the applicant, and the review form with the applicant's contact and identity data and the case's history. With
 * {@code -Dbrowser.screens=true} each screen is kept in target/browser/.
 */
@GovernanceTest
class SecretariatTasklistInBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;
    @Autowired
    FilterService filters;

    private Chromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        chromium = Chromium.start("zh-CN");
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
    void theSecretariatABranchAndTheLiaisonDepartmentSeeWhatTheyNeedInChinese() {
        Clerks clerks = new Clerks(rest);
        String waiting = clerks.caseOnTheAgenda("欧阳娜娜");
        String recommended = (String) clerks.start("clerk", "membership-admission",
                Applications.aPerson("司马光").withBranch("branch-beijing").withEmail("sima.guang@example.cn").build())
                .ok().json().get("businessKey");

        chromium.step("tasklist-01-council-waiting", () -> {
            login("clerk");
            // every filter's count, not only the chosen one's
            for (String name : List.of(SecretariatTasklistIT.COUNCIL, SecretariatTasklistIT.STANDING,
                    SecretariatTasklistIT.EVERY_TASK)) {
                wait.until(driver -> !filterLink(name).findElements(By.cssSelector(".filter-total")).isEmpty());
                assertThat(Integer.parseInt(filterLink(name).findElement(By.cssSelector(".filter-total")).getText()))
                        .as("the count beside " + name).isEqualTo(filters.count(
                                filters.createFilterQuery().filterName(name).singleResult().getId()).intValue());
            }
            filterLink(SecretariatTasklistIT.COUNCIL).click();
            // the newest first: cases other tests left waiting may fill the list's first page
            String filterId = filters.createFilterQuery().filterName(SecretariatTasklistIT.COUNCIL).singleResult().getId();
            browser.get(url("/camunda/app/tasklist/default/#/?filter=" + filterId
                    + "&sorting=%5B%7B%22sortBy%22:%22created%22,%22sortOrder%22:%22desc%22%7D%5D"));
            WebElement list = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.tasks-list")));
            wait.until(driver -> list.getText().contains(waiting));
            assertThat(list.getText()).contains("欧阳娜娜", "等待理事会或常务理事会决定");
            chromium.snapshot("tasklist-01-council-waiting");
            return null;
        });

        chromium.step("tasklist-02-branch-list", () -> {
            login("branch");
            filterLink(SecretariatTasklistIT.BRANCH).click();
            WebElement list = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.tasks-list")));
            wait.until(driver -> list.getText().contains(recommended));
            assertThat(list.getText()).as("whose case each task is").contains("司马光");
            Task recommend = tasks.createTaskQuery().processInstanceBusinessKey(recommended).singleResult();
            openTask(SecretariatTasklistIT.BRANCH, recommend);
            String form = browser.findElement(By.cssSelector(".fjs-container")).getText();
            assertThat(form).contains("办理经过 History of the case", "电子邮箱 E-mail");
            assertThat(fieldValue("电子邮箱 E-mail")).isEqualTo("sima.guang@example.cn");
            assertThat(fieldValue("办理经过 History of the case")).contains("立案 Case opened");
            chromium.snapshot("tasklist-02-branch-recommends");
            return null;
        });
        clerks.complete("branch", tasks.createTaskQuery().processInstanceBusinessKey(recommended).singleResult().getId(),
                Map.of("recommendation", "RECOMMEND")).ok();

        chromium.step("tasklist-03-liaison-reviews", () -> {
            login("liaison");
            Task review = tasks.createTaskQuery().processInstanceBusinessKey(recommended).singleResult();
            openTask(SecretariatTasklistIT.LIAISON, review);
            assertThat(fieldValue("身份证件号码 Identity number")).isNotBlank();
            assertThat(fieldValue("电子邮箱 E-mail")).isEqualTo("sima.guang@example.cn");
            assertThat(fieldValue("办理经过 History of the case"))
                    .contains("推荐候选人 Recommend the candidate", "推荐意见 Recommendation：推荐 Recommend");
            chromium.snapshot("tasklist-03-liaison-reviews");
            return null;
        });
    }

    private void login(String user) {
        browser.manage().deleteAllCookies();
        browser.get(url("/camunda/app/tasklist/default/"));
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        chromium.type(name, user);
        chromium.type(browser.findElement(By.cssSelector("input[ng-model='password']")), user);
        chromium.click(By.xpath("//button[@type='submit']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[contains(@class,'task-filter')]")));
    }

    private WebElement filterLink(String name) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[contains(@class,'task-filter')]//a[contains(normalize-space(.),\"" + name + "\")]")));
    }

    private void openTask(String filterName, Task task) {
        String filterId = filters.createFilterQuery().filterName(filterName).singleResult().getId();
        browser.get(url("/camunda/app/tasklist/default/#/?filter=" + filterId + "&task=" + task.getId()));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    }

    /** The value of the form-js input labelled so. */
    private String fieldValue(String label) {
        WebElement labelled = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[normalize-space(text()[1])='" + label + "']")));
        WebElement input = browser.findElement(By.id(labelled.getAttribute("for")));
        wait.until(driver -> !input.getAttribute("value").isBlank());
        return input.getAttribute("value");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
