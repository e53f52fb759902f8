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
 * refused at the boxes in the page's language, with them it is received and the case keeps the version. In Tasklist's
 * start form the clerk attests the applicant's consent with the same boxes. Screens in target/browser/ with
 * -Dbrowser.screens=true.
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

    @Test
    void aClerkAttestsTheConsentInTasklistsStartForm() throws IOException {
        try (Chromium chromium = Chromium.start("zh-CN")) {
            WebDriver browser = chromium.browser;
            chromium.step("privacy-tasklist-1-start-form", () -> {
                browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
                chromium.type(chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("input[ng-model='username']"))), "clerk");
                chromium.type(browser.findElement(By.cssSelector("input[ng-model='password']")), "clerk");
                chromium.click(By.xpath("//button[@type='submit']"));
                chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[contains(@class,'task-filter')]")));
                chromium.click(By.xpath("//a[contains(normalize-space(.),'启动流程')]"));
                // the list scrolls and loads as it goes: searched by name first, one line is left to click
                chromium.type(chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".modal input[ng-model='page.searchValue']"))), "入会审批");
                chromium.click(By.xpath("//div[contains(@class,'modal')]//a[normalize-space(.)='入会审批 Membership admission']"));
                chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal .fjs-container")));
                chromium.type(field(chromium, "个人或单位名称 Name of the person or unit"), "钱 证明");
                chromium.type(field(chromium, "电子邮箱 E-mail"), "qian.attest@example.org");
                chromium.type(field(chromium, "电话 Telephone"), "+86 10 6851 2345");
                chromium.type(field(chromium, "居民身份证号码 Resident identity number"), Applications.residentIdentityNumber());
                chromium.type(field(chromium, "工作单位 Organisation"), "浙江大学");
                chromium.type(field(chromium, "工作领域 Field of work"), "光子芯片");
                chromium.type(field(chromium, "在本领域的影响 Statement of influence in the field"),
                        "将两款光子芯片设计从实验室推向量产，年产量超过十万片。");
                tick(chromium, "申请人拥护本会章程 The applicant supports the Articles of Association");
                tick(chromium, "申请人自愿加入本会 The applicant is willing to join the Association");
                assertThat(browser.findElement(By.cssSelector(".modal")).getText()).contains("个人信息 Personal information",
                        "申请人已同意《个人信息处理告知》", "申请人已单独同意处理其证件号码");
                ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                        browser.findElement(By.xpath("//*[contains(normalize-space(.),'个人信息 Personal information') and not(*)]")));
                chromium.snapshot("privacy-tasklist-1-start-form");
                return null;
            });
            chromium.step("privacy-tasklist-2-started", () -> {
                long before = attestedCases();
                chromium.click(By.xpath("//div[contains(@class,'modal')]//button[normalize-space(.)='开始' or normalize-space(.)='Start']"));
                chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal .fjs-form-field-error")));
                assertThat(attestedCases()).as("not started without the consents").isEqualTo(before);
                chromium.snapshot("privacy-tasklist-1b-refused");
                tick(chromium, "申请人已同意《个人信息处理告知》 The applicant consented to the notice on personal information");
                tick(chromium, "申请人已单独同意处理其证件号码 The applicant gave a separate consent for the ID number");
                chromium.snapshot("privacy-tasklist-2-attested");
                chromium.click(By.xpath("//div[contains(@class,'modal')]//button[normalize-space(.)='开始' or normalize-space(.)='Start']"));
                chromium.wait.until(driver -> attestedCases() > before);
                String instance = history.createHistoricProcessInstanceQuery().processDefinitionKey(AdmissionCase.PROCESS_KEY)
                        .startedBy("clerk").variableValueEquals(AdmissionCase.APPLICANT_NAME, "钱 证明")
                        .orderByProcessInstanceStartTime().desc().listPage(0, 1).get(0).getId();
                assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                        .variableName(AdmissionCase.PRIVACY_NOTICE_VERSION).singleResult().getValue())
                        .isEqualTo(settings.privacy().noticeVersion());
                return null;
            });
        }
    }

    private long attestedCases() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(AdmissionCase.PROCESS_KEY)
                .startedBy("clerk").variableValueEquals(AdmissionCase.APPLICANT_NAME, "钱 证明").count();
    }

    private static WebElement field(Chromium chromium, String label) {
        WebElement labelled = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[normalize-space(text()[1])='" + label + "']")));
        return chromium.browser.findElement(By.id(labelled.getAttribute("for")));
    }

    private static void tick(Chromium chromium, String label) {
        chromium.click(By.xpath("//label[normalize-space(text()[1])='" + label + "']"));
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
