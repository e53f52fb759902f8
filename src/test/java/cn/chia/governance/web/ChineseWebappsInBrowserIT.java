package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.GovernanceTest;

/**
 * A browser set to Chinese (zh-CN) gets Tasklist and Cockpit in Chinese, and the user switches to English and back
 * in the user menu or under the login form. Headless Chromium, as in {@link AdmissionInBrowserIT}.
 */
@GovernanceTest
class ChineseWebappsInBrowserIT {

    private static final By START_PROCESS_IN_CHINESE = By.xpath("//a[contains(normalize-space(.),'启动流程')]");
    private static final By START_PROCESS_IN_ENGLISH = By.xpath("//a[contains(normalize-space(.),'Start process')]");
    private static final By USER_MENU = By.cssSelector("li.account > a.dropdown-toggle");

    @LocalServerPort
    int port;

    private Chromium chromium;

    @BeforeEach
    void startBrowser() throws IOException {
        chromium = Chromium.start("zh-CN");
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aClerkWithAChineseBrowserSeesTasklistInChineseAndSwitchesToEnglishAndBack() {
        chromium.step("zh-01-login-page", () -> {
            chromium.browser.get(url("/camunda/app/tasklist/default/"));
            assertThat(((JavascriptExecutor) chromium.browser).executeScript("return navigator.languages[0]"))
                    .isEqualTo("zh-CN");
            WebElement name = chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
            chromium.wait.until(ExpectedConditions.attributeToBe(name, "placeholder", "用户名"));
            assertThat(chromium.browser.findElement(By.cssSelector("input[ng-model='password']")).getAttribute("placeholder"))
                    .isEqualTo("密码");
            assertThat(chromium.browser.findElement(By.xpath("//button[@type='submit']")).getText()).isEqualTo("登录");
            return null;
        });

        chromium.step("zh-02-tasklist", () -> {
            logIn("clerk", "tasklist");
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(START_PROCESS_IN_CHINESE));
            assertThat(chromium.browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
            assertThat(chromium.browser.getTitle()).isEqualTo("中国高科技产业化研究会 任务列表");
            assertThat(chromium.browser.findElement(By.tagName("body")).getText()).contains("启动流程")
                    .doesNotContain("Start process", "Create task");
            chromium.click(START_PROCESS_IN_CHINESE);
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//div[contains(@class,'modal')]//*[normalize-space(.)='点击要启动的流程。']")));
            chromium.click(By.xpath("//div[contains(@class,'modal')]//button[normalize-space(.)='关闭']"));
            chromium.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal")));
            return null;
        });

        chromium.step("zh-03-switch-to-english", () -> {
            chromium.click(USER_MENU);
            WebElement chinese = chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.language-zh")));
            assertThat(chinese.getAttribute("class")).contains("active");
            assertThat(chromium.browser.findElement(By.cssSelector("li.account li.profile")).getText()).isEqualTo("我的资料");
            chromium.click(By.cssSelector("li.language-en > a"));
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(START_PROCESS_IN_ENGLISH));
            assertThat(chromium.browser.findElements(START_PROCESS_IN_CHINESE)).isEmpty();
            assertThat(chromium.browser.findElement(By.tagName("body")).getText()).contains("Start process");
            assertThat(chromium.browser.getTitle()).isEqualTo("China High-tech Industrialization Association Tasklist");
            return null;
        });

        chromium.step("zh-04-english-stays-after-login", () -> {
            logIn("clerk", "tasklist");
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(START_PROCESS_IN_ENGLISH));
            return null;
        });

        chromium.step("zh-05-switch-back-to-chinese", () -> {
            chromium.click(USER_MENU);
            chromium.click(By.cssSelector("li.language-zh > a"));
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(START_PROCESS_IN_CHINESE));
            return null;
        });
    }

    @Test
    void anyoneChoosesTheLanguageUnderTheLoginForm() {
        chromium.step("zh-21-login-page-in-english", () -> {
            chromium.browser.get(url("/camunda/app/tasklist/default/"));
            WebElement name = chromium.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
            chromium.wait.until(ExpectedConditions.attributeToBe(name, "placeholder", "用户名"));
            assertThat(chromium.browser.findElement(By.cssSelector(".language-choice .language-zh")).getTagName())
                    .as("the current language is not a link").isEqualTo("strong");
            chromium.click(By.cssSelector(".language-choice a.language-en"));
            chromium.wait.until(ExpectedConditions.attributeToBe(By.cssSelector("input[ng-model='username']"),
                    "placeholder", "Username"));
            assertThat(chromium.browser.findElement(By.xpath("//button[@type='submit']")).getText()).isEqualTo("Log in");
            return null;
        });
        chromium.step("zh-22-login-page-in-chinese-again", () -> {
            chromium.click(By.cssSelector(".language-choice a.language-zh"));
            chromium.wait.until(ExpectedConditions.attributeToBe(By.cssSelector("input[ng-model='username']"),
                    "placeholder", "用户名"));
            return null;
        });
    }

    @Test
    void aManagerWithAChineseBrowserSeesCockpitInChinese() {
        chromium.step("zh-11-cockpit", () -> {
            logIn("manager", "cockpit");
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "当前状况"));
            assertThat(chromium.browser.findElement(By.tagName("body")).getText())
                    .contains("中国高科技产业化研究会 驾驶舱", "人工任务", "运行中的流程实例", "未解决的故障")
                    .doesNotContain("Right Now", "Human Tasks");
            return null;
        });
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
