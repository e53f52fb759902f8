package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.process.Texts;

/**
 * The status page's own-data buttons in a real browser, in Chinese and in English: "Download my data" saves the
 * applicant's own data as a JSON file, "Ask for a correction or deletion" sends a request and tells its number and the
 * day it is answered by. Screens in target/browser/ with -Dbrowser.screens=true.
 */
@GovernanceTest
class OwnDataInBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;

    @Test
    void aChineseApplicantDownloadsTheirDataAndAsksForACorrection() throws Exception {
        walk("zh-CN", "own-data-zh", "欧阳娜", "您的个人信息", "下载我的个人信息", "申请更正或删除", "请写明要更正或删除的信息（1 至 2000 字）。",
                "已收到您的请求 ", "秘书处最迟于" + Texts.CHINESE_DATE.format(LocalDate.now(clock).plusDays(15)) + "以电子邮件答复您。");
    }

    @Test
    void anEnglishApplicantDownloadsTheirDataAndAsksForACorrection() throws Exception {
        walk("en-GB", "own-data-en", "Ouyang Na", "Your personal data", "Download my data", "Ask for a correction or deletion",
                "Say what to correct or delete, in 1 to 2000 characters.", "Your request ",
                "The Secretariat answers you by e-mail by " + Texts.ENGLISH_DATE.format(LocalDate.now(clock).plusDays(15))
                        + " at the latest.");
    }

    private void walk(String language, String screen, String name, String title, String download, String ask,
            String emptyRefused, String sentStart, String sentEnd) throws Exception {
        Map<String, Object> receipt = Http.anonymous(port).send("POST", "/api/applications", "application/json",
                Http.JSON.writeValueAsBytes(Applications.aPerson(name).build()), Map.of()).object();
        String caseNumber = (String) receipt.get("caseNumber");
        try (Chromium chromium = Chromium.start(language)) {
            WebDriver browser = chromium.browser;
            JavascriptExecutor script = (JavascriptExecutor) browser;
            chromium.step(screen + "-1-download", () -> {
                browser.get("http://localhost:" + port + "/apply/status.html#case=" + caseNumber + "&secret="
                        + receipt.get("secret"));
                chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("steps")));
                assertThat(browser.findElement(By.cssSelector("#status")).getText()).contains(title);
                assertThat(browser.findElement(By.id("download-data")).getText()).isEqualTo(download);
                assertThat(browser.findElement(By.id("ask-change")).getText()).isEqualTo(ask);
                // the file the page saves: its name and its text, caught as the browser is handed it
                script.executeScript("""
                        window.saved = null;
                        const created = URL.createObjectURL;
                        URL.createObjectURL = blob => { blob.text().then(text => { window.saved = text; }); return created(blob); };
                        HTMLAnchorElement.prototype.click = function () { window.savedAs = this.download; };""");
                chromium.click(By.id("download-data"));
                chromium.wait.until(driver -> script.executeScript("return window.saved") != null);
                assertThat(script.executeScript("return window.savedAs")).isEqualTo("personal-data-" + caseNumber + ".json");
                assertThat((String) script.executeScript("return window.saved")).contains("\"name\":\"" + name + "\"")
                        .contains("\"caseNumber\":\"" + caseNumber + "\"").contains("\"email\":\"applicant@example.org\"");
                chromium.snapshot(screen + "-1-download");
                return null;
            });
            chromium.step(screen + "-2-request", () -> {
                chromium.click(By.id("ask-change"));
                chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("requestDetail")));
                chromium.click(By.id("send-request"));
                chromium.wait.until(ExpectedConditions.textToBe(By.id("request-problem"), emptyRefused));
                chromium.snapshot(screen + "-2a-request-empty");
                chromium.type(browser.findElement(By.id("requestDetail")), "我的电话已改为 +86 139 0000 2222。My phone is now +86 139 0000 2222.");
                chromium.click(By.id("send-request"));
                WebElement sent = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("request-sent")));
                assertThat(sent.getText()).startsWith(sentStart + "PDR-").endsWith(sentEnd);
                assertThat(browser.findElement(By.id("request-form")).isDisplayed()).isFalse();
                chromium.snapshot(screen + "-2-request");
                return null;
            });
        }
    }
}
