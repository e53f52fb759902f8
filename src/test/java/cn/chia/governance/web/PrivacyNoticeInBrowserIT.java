package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.admission.AdmissionCase;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.config.GovernanceSettings;

/**
 * The notice on personal information on {@code /apply} in Chromium, in Chinese and in English: a short summary with
 * the notice's version, the full notice folded until asked for (the periods from the settings), the consent naming
 * that version and the separate consent for the identity number (not asked of a unit); an application without them is
 * refused at the boxes in the page's language, with them it is received and the case keeps the version. Screens in
 * target/browser/ with -Dbrowser.screens=true.
 */
@GovernanceTest
class PrivacyNoticeInBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    GovernanceSettings settings;
    @Autowired
    HistoryService history;

    @Test
    void aChineseApplicantReadsTheNoticeAndConsents() throws IOException {
        walk("zh-CN", "privacy-zh", "申请入会", "个人信息处理告知", "版本 ", "阅读告知全文", "自办结之日起保存 12 个月",
                "请阅读《个人信息处理告知》并表示同意", "请单独同意本会处理身份证件号码", "钱 告知");
    }

    @Test
    void anEnglishApplicantReadsTheNoticeAndConsents() throws IOException {
        walk("en-GB", "privacy-en", "Apply for membership", "Notice on personal information", "version ",
                "Read the full notice", "12 months after it ended", "Read the notice on personal information and consent",
                "Consent separately to the processing of the identity document number", "Qian Notice");
    }

    private void walk(String language, String screen, String heading, String title, String version, String fullNotice,
            String retention, String consentRefused, String numberRefused, String name) throws IOException {
        String current = settings.privacy().noticeVersion();
        try (Chromium chromium = Chromium.start(language)) {
            WebDriver browser = chromium.browser;
            chromium.step(screen + "-1-summary", () -> {
                browser.get("http://localhost:" + port + "/apply/");
                chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), heading));
                chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("privacy-title"), title));
                assertThat(browser.findElement(By.id("privacy-title")).getText()).contains(version + current);
                assertThat(browser.findElement(By.id("privacy-summary")).getText()).isNotBlank().hasSizeLessThan(600);
                assertThat(browser.findElement(By.cssSelector("#privacy-full summary")).getText()).startsWith(fullNotice);
                assertThat(browser.findElement(By.id("privacy-retention")).isDisplayed()).as("folded").isFalse();
                assertThat(browser.findElement(By.id("privacy-consent-text")).getText()).contains(current);
                assertThat(browser.findElement(By.id("identityNumberConsent")).isDisplayed()).isTrue();
                new Select(browser.findElement(By.id("applicantKind"))).selectByValue("UNIT");
                assertThat(browser.findElement(By.id("identityNumberConsent")).isDisplayed()).as("a unit gives no number")
                        .isFalse();
                new Select(browser.findElement(By.id("applicantKind"))).selectByValue("INDIVIDUAL");
                scrollTo(chromium, "privacy");
                chromium.snapshot(screen + "-1-summary");
                return null;
            });

            chromium.step(screen + "-2-refused", () -> {
                fill(chromium, name);
                chromium.click(By.id("submit"));
                WebElement refused = chromium.wait.until(
                        ExpectedConditions.visibilityOfElementLocated(By.id("problem-privacyConsent")));
                assertThat(refused.getText()).startsWith(consentRefused);
                assertThat(browser.findElement(By.id("problem-identityNumberConsent")).getText()).startsWith(numberRefused);
                assertThat(browser.findElements(By.className("problem"))).as("nothing else is wrong").hasSize(2);
                scrollTo(chromium, "privacyConsent");
                chromium.snapshot(screen + "-2-refused");
                return null;
            });

            chromium.step(screen + "-3-full", () -> {
                chromium.click(By.cssSelector("#privacy-full summary"));
                WebElement kept = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("privacy-retention")));
                assertThat(kept.getText()).contains(retention);
                assertThat(browser.findElement(By.id("privacy-rights")).getText()).contains(settings.mail().from());
                scrollTo(chromium, "privacy");
                chromium.snapshot(screen + "-3-full");
                return null;
            });

            chromium.step(screen + "-4-received", () -> {
                chromium.click(By.id("privacyConsent"));
                chromium.click(By.id("identityNumberConsent"));
                chromium.click(By.id("submit"));
                String caseNumber = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-case")))
                        .getText();
                chromium.snapshot(screen + "-4-received");
                String instance = history.createHistoricProcessInstanceQuery().processDefinitionKey(AdmissionCase.PROCESS_KEY)
                        .processInstanceBusinessKey(caseNumber).singleResult().getId();
                assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                        .variableName(AdmissionCase.PRIVACY_NOTICE_VERSION).singleResult().getValue()).isEqualTo(current);
                assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                        .variableName(AdmissionCase.IDENTITY_NUMBER_CONSENT).singleResult().getValue()).isEqualTo(true);
                return null;
            });
        }
    }

    private void fill(Chromium chromium, String name) {
        WebDriver browser = chromium.browser;
        new Select(browser.findElement(By.id("applicantKind"))).selectByValue("INDIVIDUAL");
        chromium.type(browser.findElement(By.id("applicantName")), name);
        chromium.type(browser.findElement(By.id("email")), "qian.notice@example.org");
        chromium.type(browser.findElement(By.id("phone")), "+86 10 6851 2345");
        chromium.type(browser.findElement(By.id("identityNumber")), Applications.residentIdentityNumber());
        chromium.type(browser.findElement(By.id("organisation")), "Zhejiang University");
        chromium.type(browser.findElement(By.id("field")), "Photonic chips");
        chromium.type(browser.findElement(By.id("statement")),
                "Moved two photonic chip designs from the laboratory into volume production.");
        chromium.click(By.id("supportsCharter"));
        chromium.click(By.id("willingToJoin"));
    }

    private static void scrollTo(Chromium chromium, String id) {
        ((org.openqa.selenium.JavascriptExecutor) chromium.browser).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", id);
    }
}
