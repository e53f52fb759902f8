package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.GovernanceTest;

/**
 * The webapps carry the association's name, in the header and on the login page, in the user's language; no
 * "time to migrate to Camunda 8" banner; a clerk sees neither "Create task" nor the pencil that edits a filter (an
 * administrator does); a manager who opens Tasklist is taken to Cockpit. Headless Chromium, as in
 * {@link AdmissionInBrowserIT}; with {@code -Dbrowser.screens=true} each screen is kept in target/browser/.
 */
@GovernanceTest
class AssociationLookInBrowserIT {

    private static final String CHINESE_NAME = "中国高科技产业化研究会";
    private static final String ENGLISH_NAME = "China High-tech Industrialization Association";
    private static final By USER_MENU = By.cssSelector("li.account > a.dropdown-toggle");
    private static final By BRAND = By.cssSelector(".navbar-brand .brand-name");
    private static final By FILTERS = By.cssSelector(".task-filter");

    @LocalServerPort
    int port;

    private Chromium chromium;

    @AfterEach
    void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void inChineseTheAssociationsNameNoBannerAndOnlyWhatTheRoleMayUse() throws IOException {
        chromium = Chromium.start("zh-CN");
        chromium.step("look-zh-01-login", () -> {
            chromium.browser.get(url("/camunda/app/tasklist/default/"));
            WebElement name = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".login-header .association-name")));
            assertThat(name.getText()).isEqualTo(CHINESE_NAME);
            chromium.wait.until(ExpectedConditions.attributeToBe(By.cssSelector("input[ng-model='username']"),
                    "placeholder", "用户名"));
            assertNoBannerAndNoCamundaLogo();
            chromium.snapshot("look-zh-01-login");
            return null;
        });

        chromium.step("look-zh-02-tasklist-clerk", () -> {
            logIn("clerk", "tasklist");
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(FILTERS));
            chromium.wait.until(ExpectedConditions.textToBe(BRAND, CHINESE_NAME + " 任务列表"));
            assertThat(chromium.browser.getTitle()).isEqualTo(CHINESE_NAME + " 任务列表");
            assertNoBannerAndNoCamundaLogo();
            waitForTheAdministratorMark(false);
            assertThat(chromium.browser.findElement(By.tagName("body")).getText()).contains("启动流程")
                    .doesNotContain("创建任务");
            assertThat(displayed(By.cssSelector(".create-task-action"))).as("Create task").isEmpty();
            chromium.click(FILTERS);
            assertThat(displayed(By.cssSelector(".task-filter .actions a"))).as("the filter's pencil").isEmpty();
            chromium.snapshot("look-zh-02-tasklist-clerk");
            return null;
        });

        chromium.step("look-zh-03-tasklist-admin", () -> {
            logIn("admin", "tasklist");
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(FILTERS));
            waitForTheAdministratorMark(true);
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".create-task-action")));
            assertThat(chromium.browser.findElement(By.tagName("body")).getText()).contains("创建任务");
            chromium.snapshot("look-zh-03-tasklist-admin");
            return null;
        });

        chromium.step("look-zh-04-manager-opens-tasklist", () -> {
            logIn("manager", "cockpit");
            chromium.browser.get(url("/camunda/app/tasklist/default/"));
            chromium.wait.until(ExpectedConditions.urlContains("/camunda/app/cockpit/default/"));
            chromium.wait.until(ExpectedConditions.textToBe(BRAND, CHINESE_NAME + " 驾驶舱"));
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "当前状况"));
            assertThat(chromium.browser.getPageSource()).doesNotContain("Whitelabel");
            assertNoBannerAndNoCamundaLogo();
            chromium.snapshot("look-zh-04-manager-opens-tasklist");
            return null;
        });
    }

    @Test
    void inEnglishTheAssociationsEnglishName() throws IOException {
        chromium = Chromium.start("en-GB");
        chromium.step("look-en-01-login", () -> {
            chromium.browser.get(url("/camunda/app/tasklist/default/"));
            WebElement name = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".login-header .association-name")));
            assertThat(name.getText()).isEqualTo(ENGLISH_NAME);
            assertNoBannerAndNoCamundaLogo();
            chromium.snapshot("look-en-01-login");
            return null;
        });

        chromium.step("look-en-02-tasklist-clerk", () -> {
            logIn("clerk", "tasklist");
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(FILTERS));
            chromium.wait.until(ExpectedConditions.textToBe(BRAND, ENGLISH_NAME + " Tasklist"));
            assertThat(chromium.browser.getTitle()).isEqualTo(ENGLISH_NAME + " Tasklist");
            waitForTheAdministratorMark(false);
            assertThat(chromium.browser.findElement(By.tagName("body")).getText()).contains("Start process")
                    .doesNotContain("Create task").doesNotContain("It is time to migrate");
            assertNoBannerAndNoCamundaLogo();
            chromium.snapshot("look-en-02-tasklist-clerk");
            return null;
        });

        chromium.step("look-en-03-manager-opens-tasklist", () -> {
            logIn("manager", "cockpit");
            chromium.browser.get(url("/camunda/app/tasklist/default/"));
            chromium.wait.until(ExpectedConditions.urlContains("/camunda/app/cockpit/default/"));
            chromium.wait.until(ExpectedConditions.textToBe(BRAND, ENGLISH_NAME + " Cockpit"));
            chromium.snapshot("look-en-03-manager-opens-tasklist");
            return null;
        });
    }

    private void assertNoBannerAndNoCamundaLogo() {
        assertThat(displayed(By.cssSelector(".ce-eol-banner"))).as("Camunda's migration banner").isEmpty();
        assertThat(displayed(By.cssSelector(".brand-logo, .login-logo"))).as("Camunda's logo").isEmpty();
        assertThat(chromium.browser.findElement(By.tagName("body")).getText()).doesNotContain("Camunda 8");
    }

    /**
     * association.js asks who is signed in, then marks the page of an administrator; a page without the mark hides
     * what only administrators may use, whether or not the answer has arrived.
     */
    private void waitForTheAdministratorMark(boolean administrator) {
        chromium.wait.until(driver -> {
            String marks = driver.findElement(By.tagName("body")).getAttribute("class");
            return administrator == (marks != null && marks.contains("may-administer"));
        });
    }

    private List<WebElement> displayed(By what) {
        return chromium.browser.findElements(what).stream().filter(WebElement::isDisplayed).toList();
    }

    /** Logs in on the app's login page with the demo user's password, which is the user id. */
    private void logIn(String user, String app) {
        chromium.browser.manage().deleteAllCookies();
        chromium.browser.get(url("/camunda/app/" + app + "/default/"));
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
}
