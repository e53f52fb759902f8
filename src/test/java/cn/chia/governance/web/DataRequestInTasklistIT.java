package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.privacy.DataRequestCase;
import cn.chia.governance.process.Members;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.Notifier;

/**
 * The Secretariat answers a personal-data request in Tasklist (Chromium, headless, Chinese): the task shows what is
 * asked and the legal day to answer by, the corrected fields appear once "Corrected" is chosen, and the answer corrects
 * the register and is mailed to the member. Screens in target/browser/ with -Dbrowser.screens=true.
 */
@GovernanceTest
class DataRequestInTasklistIT {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    MemberRegister register;
    @Autowired
    Notifier notifier;
    @Autowired
    Clock clock;

    @Test
    void aClerkCorrectsAMembersPhoneInTheTaskAndTheMemberIsAnswered() throws IOException {
        MemberRegister.Member member = Members.admit(register, "韩梅");
        String request = runtime.startProcessInstanceByKey(DataRequestCase.PROCESS_KEY, DataRequestCase.asked(
                member.membershipNumber(), DataRequestCase.Kind.CORRECTION, "我的电话已改为 +86 10 8888 9999。")).getBusinessKey();
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(request).singleResult();
        tasks.claim(task.getId(), "clerk");
        try (Chromium chromium = Chromium.start("zh-CN")) {
            chromium.step("data-request-zh-1-task", () -> {
                logIn(chromium);
                chromium.browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
                WebElement form = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
                assertThat(form.getText()).contains("答复个人信息请求 Answer the personal-data request", "办理期限");
                assertThat(field(chromium, "请求内容 What is asked").getAttribute("value")).contains("+86 10 8888 9999");
                assertThat(field(chromium, "法定答复期限 Answer by (legal period)").getAttribute("value"))
                        .isEqualTo(LocalDate.now(clock).plusDays(15).toString());
                assertThat(chromium.browser.findElements(By.xpath("//label[normalize-space(text()[1])='更正后的电话 Corrected phone']")))
                        .as("hidden until Corrected is chosen").isEmpty();
                chromium.click(By.xpath("//label[contains(normalize-space(.),'已更正 Corrected')]"));
                chromium.type(field(chromium, "更正后的电话 Corrected phone"), "+86 10 8888 9999");
                chromium.type(field(chromium, "答复（办理情况或拒绝理由） Answer (what was done, or why it is refused)"),
                        "已将您的电话更正为 +86 10 8888 9999。");
                chromium.snapshot("data-request-zh-1-task");
                chromium.click(By.xpath("//button[normalize-space(.)='完成']"));
                chromium.wait.until(driver -> tasks.createTaskQuery().taskId(task.getId()).count() == 0);
                return null;
            });
        }
        assertThat(register.find(member.membershipNumber()).orElseThrow().phone()).isEqualTo("+86 10 8888 9999");
        assertThat(notifier.of(request)).last().satisfies(n -> assertThat(n.body())
                .contains("您的信息已更正。", "已将您的电话更正为 +86 10 8888 9999。"));
    }

    private void logIn(Chromium chromium) {
        chromium.browser.manage().deleteAllCookies();
        chromium.browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        WebElement name = chromium.wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        chromium.type(name, "clerk");
        chromium.type(chromium.browser.findElement(By.cssSelector("input[ng-model='password']")), "clerk");
        chromium.click(By.xpath("//button[@type='submit']"));
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[contains(@class,'task-filter')]")));
    }

    private static WebElement field(Chromium chromium, String label) {
        WebElement labelled = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[normalize-space(text()[1])='" + label + "']")));
        return chromium.browser.findElement(By.id(labelled.getAttribute("for")));
    }
}
