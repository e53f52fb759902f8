package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.GovernanceTest;

/**
 * A person signed in to Tasklist turns their own task mail off and on in Tasklist's header (任务邮件：开 / 关), through
 * {@code PUT /api/me/task-mail} with Tasklist's session and its CSRF token; without that token, or with another one,
 * the session changes nothing, and no other change through {@code /api} takes the session at all. Screens in
 * target/browser/ with -Dbrowser.screens=true.
 */
@GovernanceTest
class TaskMailSwitchIT {

    private static final String MAIL = "/api/me/task-mail";

    @LocalServerPort
    int port;

    @AfterEach
    void turnTheMailOnAgain() throws Exception {
        for (String user : new String[] {"liaison", "director"}) {
            assertThat(Http.basic(port, user, user).put(MAIL, Map.of("enabled", true)).status()).isEqualTo(200);
        }
    }

    @Test
    void theSessionWithItsTokenChangesOnesOwnChoiceAndNothingWithoutIt() throws Exception {
        int[] login = new int[1];
        Http liaison = Http.webapp(port, "liaison", "liaison", "tasklist", login);
        assertThat(login[0]).isEqualTo(200);
        assertThat(liaison.get(MAIL).object()).containsEntry("enabled", true);

        Http.Answer forged = Http.webapp(port, "liaison", "liaison", "tasklist", login).withoutCsrfToken()
                .put(MAIL, Map.of("enabled", false));
        assertThat(forged.status()).as("no token: %s", forged).isEqualTo(401);
        Http.Answer otherToken = Http.webapp(port, "liaison", "liaison", "tasklist", login).withoutCsrfToken()
                .send("PUT", MAIL, "application/json", "{\"enabled\":false}".getBytes(),
                        Map.of("X-XSRF-TOKEN", "0123456789ABCDEF0123456789ABCDEF"));
        assertThat(otherToken.status()).as("a token not the session's: %s", otherToken).isEqualTo(401);
        assertThat(Http.basic(port, "liaison", "liaison").get(MAIL).object()).as("nothing changed")
                .containsEntry("enabled", true);

        Http.Answer off = liaison.put(MAIL, Map.of("enabled", false));
        assertThat(off.status()).as("%s", off).isEqualTo(200);
        assertThat(off.object()).containsEntry("enabled", false);
        assertThat(Http.basic(port, "liaison", "liaison").get(MAIL).object()).containsEntry("enabled", false);

        Http.Answer roster = liaison.put("/api/bodies/COUNCIL/roster", Map.of());
        assertThat(roster.status()).as("any other change needs HTTP Basic: %s", roster).isEqualTo(401);
    }

    @Test
    void aDirectorTurnsTheMailOffInTasklistsHeaderInChinese() throws IOException {
        try (Chromium chromium = Chromium.start("zh-CN")) {
            chromium.step("task-mail-zh-1-on", () -> {
                login(chromium, "director");
                assertThat(mailSwitch(chromium, "任务邮件：开").getAttribute("title")).contains("点击关闭");
                chromium.snapshot("task-mail-zh-1-on");
                return null;
            });
            chromium.step("task-mail-zh-2-off", () -> {
                chromium.click(By.id("association-task-mail"));
                mailSwitch(chromium, "任务邮件：关");
                assertThat(mailOf("director")).containsEntry("enabled", false);
                chromium.browser.navigate().refresh();
                assertThat(mailSwitch(chromium, "任务邮件：关").getAttribute("title")).contains("点击开启");
                chromium.snapshot("task-mail-zh-2-off");
                return null;
            });
        }
    }

    @Test
    void anEnglishReaderReadsTheSwitchInEnglish() throws IOException {
        try (Chromium chromium = Chromium.start("en-GB")) {
            chromium.step("task-mail-en-1-on", () -> {
                login(chromium, "liaison");
                assertThat(mailSwitch(chromium, "Task mail: on").getAttribute("title")).contains("Click to turn it off");
                chromium.click(By.id("association-task-mail"));
                mailSwitch(chromium, "Task mail: off");
                chromium.snapshot("task-mail-en-1-off");
                return null;
            });
        }
    }

    /** The person's choice as the API keeps it (HTTP Basic). */
    private Map<String, Object> mailOf(String user) {
        try {
            return Http.basic(port, user, user).get(MAIL).object();
        } catch (Exception unanswered) {
            throw new IllegalStateException(unanswered);
        }
    }

    private WebElement mailSwitch(Chromium chromium, String words) {
        chromium.wait.until(ExpectedConditions.textToBe(By.id("association-task-mail"), words));
        return chromium.browser.findElement(By.id("association-task-mail"));
    }

    private void login(Chromium chromium, String user) {
        chromium.browser.manage().deleteAllCookies();
        chromium.browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        WebElement name = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[ng-model='username']")));
        chromium.type(name, user);
        chromium.type(chromium.browser.findElement(By.cssSelector("input[ng-model='password']")), user);
        chromium.click(By.xpath("//button[@type='submit']"));
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("association-task-mail")));
    }
}
