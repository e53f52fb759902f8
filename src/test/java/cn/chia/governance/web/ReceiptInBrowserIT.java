package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.process.Texts;

/**
 * The applicant's receipt and status page in a real browser, in Chinese and in English: the grouped secret with its
 * copy and print buttons, the status link carrying the secret in its fragment (the page looks the case up by
 * itself), the steps with their dates and what comes next, and the form for a lost secret, whose refusal by the server
 * reads in the page's language. Screens in
 * target/browser/ with -Dbrowser.screens=true.
 */
@GovernanceTest
class ReceiptInBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;

    @Test
    void aChineseApplicantKeepsTheReceiptAndFollowsTheApplicationInChinese() throws IOException {
        LocalDate today = LocalDate.now(clock);
        walk("zh-CN", "receipt-zh", "您的申请已收到", "复制", "已复制。", "打印", "申请已受理", "联络部开始审核",
                Texts.CHINESE_DATE.format(today), "联络部正在审核您的申请", "遗失回执密码？",
                "请填写案件编号和申请时所填的电子邮箱。", "如案件编号与电子邮箱同该申请相符");
    }

    @Test
    void anEnglishApplicantKeepsTheReceiptAndFollowsTheApplicationInEnglish() throws IOException {
        LocalDate today = LocalDate.now(clock);
        walk("en-GB", "receipt-en", "Your application has been received", "Copy", "Copied.", "Print",
                "Application received", "Review by the Liaison Department began", Texts.ENGLISH_DATE.format(today),
                "The Liaison Department reviews your application", "Lost the receipt secret?",
                "Enter the case number and the e-mail address given in the application.",
                "If the case number and the e-mail address are those of an application");
    }

    private void walk(String language, String screen, String received, String copy, String copied, String print,
            String firstStep, String secondStep, String date, String next, String lost, String refused, String lostAnswer)
            throws IOException {
        try (Chromium chromium = Chromium.start(language)) {
            WebDriver browser = chromium.browser;
            String[] receipt = chromium.step(screen + "-1-receipt", () -> {
                apply(chromium, "Mo Xiao" + language.substring(0, 2));
                assertThat(browser.findElement(By.cssSelector("#receipt h1")).getText()).isEqualTo(received);
                String secret = browser.findElement(By.id("receipt-secret")).getText();
                assertThat(secret).matches(ApplicationApiIT.GROUPED_SECRET);
                assertThat(browser.findElement(By.id("print-receipt")).getText()).isEqualTo(print);
                chromium.click(By.id("copy-receipt"));
                WebElement done = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("copied")));
                assertThat(done.getText()).isEqualTo(copied);
                assertThat(browser.findElement(By.id("copy-receipt")).getText()).isEqualTo(copy);
                ((JavascriptExecutor) browser).executeScript("window.printed = false; window.print = () => { window.printed = true; };");
                chromium.click(By.id("print-receipt"));
                assertThat(((JavascriptExecutor) browser).executeScript("return window.printed")).isEqualTo(true);
                chromium.snapshot(screen + "-1-receipt");
                String link = browser.findElement(By.id("receipt-status")).getAttribute("href");
                String caseNumber = browser.findElement(By.id("receipt-case")).getText();
                assertThat(link).as("the secret only in the fragment").contains("/apply/status.html#case=" + caseNumber)
                        .contains("secret=" + secret).doesNotContain("?");
                return new String[] {caseNumber, secret, link};
            });

            chromium.step(screen + "-2-status", () -> {
                browser.get(receipt[2]);
                WebElement steps = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("steps")));
                assertThat(steps.findElements(By.tagName("li"))).extracting(WebElement::getText)
                        .containsExactly(date + " " + firstStep, date + " " + secondStep);
                assertThat(browser.findElement(By.id("next")).getText()).startsWith(next);
                assertThat(browser.findElement(By.id("status-case")).getText()).isEqualTo(receipt[0]);
                chromium.snapshot(screen + "-2-status");
                return null;
            });

            chromium.step(screen + "-3-lost-secret", () -> {
                browser.get("http://localhost:" + port + "/apply/status.html");
                chromium.click(By.id("lost"));
                assertThat(browser.findElement(By.id("lost")).getText()).isEqualTo(lost);
                chromium.type(browser.findElement(By.id("lostCase")), receipt[0]);
                // an address the page lets pass and the server refuses: its refusal in the page's language
                chromium.type(browser.findElement(By.id("lostEmail")), "nobody@@example.org");
                chromium.click(By.id("send-secret"));
                chromium.wait.until(ExpectedConditions.textToBe(By.id("lost-problem"), refused));
                chromium.snapshot(screen + "-3a-lost-secret-refused");
                chromium.type(browser.findElement(By.id("lostEmail")), "nobody@example.org");
                chromium.click(By.id("send-secret"));
                WebElement answer = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lost-sent")));
                assertThat(answer.getText()).startsWith(lostAnswer);
                chromium.snapshot(screen + "-3-lost-secret");
                return null;
            });
        }
    }

    private void apply(Chromium chromium, String name) {
        WebDriver browser = chromium.browser;
        browser.get("http://localhost:" + port + "/apply/");
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("applicantName")));
        new Select(browser.findElement(By.id("applicantKind"))).selectByValue("INDIVIDUAL");
        chromium.type(browser.findElement(By.id("applicantName")), name);
        chromium.type(browser.findElement(By.id("email")), "mo.xiao@example.org");
        chromium.type(browser.findElement(By.id("phone")), "+86 10 6851 2345");
        chromium.type(browser.findElement(By.id("identityNumber")), Applications.residentIdentityNumber());
        chromium.type(browser.findElement(By.id("organisation")), "Zhejiang University");
        chromium.type(browser.findElement(By.id("field")), "Photonic chips");
        chromium.type(browser.findElement(By.id("statement")),
                "Moved two photonic chip designs from the laboratory into volume production.");
        chromium.click(By.id("supportsCharter"));
        chromium.click(By.id("willingToJoin"));
        chromium.click(By.id("privacyConsent"));
        chromium.click(By.id("identityNumberConsent"));
        chromium.click(By.id("submit"));
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-case")));
    }
}
