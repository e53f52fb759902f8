package cn.chia.governance.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import cn.chia.governance.GovernanceApplication;
import cn.chia.governance.TestApplications;
import cn.chia.governance.TestProfiles;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.register.TaskMails;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/**
 * Mail about new tasks, as the people who can take them receive it, from two nodes of the application (two engines
 * with their job executors running) on one database, against GreenMail: each person once per task, in their
 * language, with the case, the due date and the link to the task; at most one mail per person in the interval (10
 * seconds here, an hour by default), then one digest; nothing for a task completed in the meantime, nothing to a
 * person who turned the mail off or has no address.
 */
@Tag(TestApplications.OWN_APPLICATION)
class TaskMailIT {

    static final String TASKLIST = "https://governance.chia.example";
    static final String LIAISON = "liaison-department";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void twoNodesOnOneDatabase() {
        String database = TestApplications.databaseProperty("task-mail");
        // the first node's engine is the default one, which the application's API authenticates against
        a = node("node-a", database, false);
        b = node("node-b", database, true);
    }

    static ConfigurableApplicationContext node(String name, String database, boolean uniqueEngineName) {
        return new SpringApplicationBuilder(GovernanceApplication.class).profiles(TestProfiles.profiles()).run(
                "--camunda.bpm.generate-unique-process-engine-name=" + uniqueEngineName, "--server.port=0", "--" + database,
                "--camunda.bpm.job-execution.enabled=true", "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=500",
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--spring.mail.host=localhost", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--governance.task-mail.interval=PT10S", "--governance.task-mail.tasklist-url=" + TASKLIST);
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {b, a}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void eachPersonWhoCanTakeANewTaskGetsOneMailInTheirLanguageWithTheLinkThoughTwoNodesSend() throws Exception {
        String chinese = person("丽", "张", true);
        String english = person("Mary", "Brown", true);
        String noAddress = person("王", "五", false);
        String mailOff = person("赵", "六", true);
        assertThat(api(english, "PUT", "{\"enabled\": true, \"language\": \"en\"}"))
                .contains("\"enabled\":true", "\"language\":\"en\"", "\"languageChosen\":true");
        assertThat(api(mailOff, "PUT", "{\"enabled\": false}")).contains("\"enabled\":false");
        assertThat(api(mailOff, "GET", null)).contains("\"enabled\":false", "\"language\":\"zh\"", "\"languageChosen\":false");
        assertThat(api(chinese, "GET", null)).as("on unless turned off").contains("\"enabled\":true");

        Task review = newReview(a, "李明");
        String caseNumber = (String) a.getBean(TaskService.class).getVariable(review.getId(), "caseNumber");
        LocalDate due = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(15);

        awaitMail("a mail to each", () -> mailsTo(chinese).size() == 1 && mailsTo(english).size() == 1);
        MimeMessage toChinese = mailsTo(chinese).get(0);
        assertThat(toChinese.getSubject()).isEqualTo("新任务：审核申请（" + caseNumber + "）");
        assertThat(body(toChinese)).startsWith("尊敬的张丽：").contains("有一项新任务待您办理：", "任务：审核申请",
                "案件：" + caseNumber + " 李明", "办理期限：" + due.getYear() + "年" + due.getMonthValue() + "月"
                        + due.getDayOfMonth() + "日",
                "打开任务：" + TASKLIST + "/camunda/app/tasklist/default/#/?task=" + review.getId())
                .doesNotContain("Review the application");
        MimeMessage toEnglish = mailsTo(english).get(0);
        assertThat(toEnglish.getSubject()).isEqualTo("New task: Review the application (" + caseNumber + ")");
        assertThat(body(toEnglish)).startsWith("Dear Mary Brown,").contains("A new task is waiting for you:",
                "Task: Review the application", "Case: " + caseNumber + " 李明",
                "Due: " + due.getDayOfMonth() + " " + due.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                        + due.getYear(),
                "Open the task: " + TASKLIST + "/camunda/app/tasklist/default/#/?task=" + review.getId())
                .doesNotContain("审核申请");
        assertThat(a.getBean(TaskMails.class).outcomes(review.getId())).contains(
                noAddress + " NEW_TASK NO_ADDRESS", mailOff + " NEW_TASK MAIL_OFF", chinese + " NEW_TASK SENT",
                english + " NEW_TASK SENT");

        // five more, started on both nodes at once: within the interval, they wait for one digest each
        List<Task> more = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            more.add(newReview(i % 2 == 0 ? b : a, "申请人" + i));
        }
        awaitMail("the digest", () -> mailsTo(chinese).size() == 2 && mailsTo(english).size() == 2);
        Thread.sleep(3000); // time enough for the other node to send again, if it could
        assertThat(mailsTo(chinese)).as("once per person and interval, whichever node sends").hasSize(2);
        assertThat(mailsTo(english)).hasSize(2);
        assertThat(mailsTo(noAddress + "@nowhere")).isEmpty();
        assertThat(mailsTo(mailOff)).as("turned off").isEmpty();
        MimeMessage digest = mailsTo(chinese).get(1);
        assertThat(digest.getSubject()).isEqualTo("5 项任务待您办理");
        assertThat(body(digest)).contains("自上次任务邮件以来，有 5 项任务待您办理：", "1. 新任务", "5. 新任务");
        for (Task task : more) {
            assertThat(body(digest)).contains("#/?task=" + task.getId());
        }
        assertThat(mailsTo(english).get(1).getSubject()).isEqualTo("5 tasks for you");
        assertThat(smtp.getReceivedMessages()).as("the nodes sent").isNotEmpty();
    }

    @Test
    void aTaskCompletedBeforeTheDigestIsLeftOutAndATaskAloneIsNotADigest() throws Exception {
        String clerk = person("陈", "七", true);
        Task first = newReview(a, "周一");
        awaitMail("the first mail", () -> mailsTo(clerk).size() == 1);

        Task second = newReview(b, "吴二");
        Task done = newReview(a, "郑三");
        TaskService tasks = a.getBean(TaskService.class);
        tasks.complete(done.getId(), Map.of("reviewDecision", "MORE_INFORMATION",
                "informationRequested", "专利清单 / list of patents"));

        awaitMail("the mail at the end of the interval", () -> mailsTo(clerk).size() == 2);
        Thread.sleep(2000);
        assertThat(mailsTo(clerk)).hasSize(2);
        MimeMessage later = mailsTo(clerk).get(1);
        assertThat(later.getSubject()).as("one task left: a mail of its own").startsWith("新任务：审核申请（");
        assertThat(body(later)).contains("#/?task=" + second.getId()).doesNotContain(done.getId())
                .doesNotContain(first.getId());
        assertThat(a.getBean(TaskMails.class).outcomes(done.getId())).contains(clerk + " NEW_TASK TASK_DONE");
    }

    /** A member of the Liaison Department, with an address or without. */
    private static String person(String first, String last, boolean withAddress) {
        IdentityService identity = a.getBean(IdentityService.class);
        String id = "mail" + UUID.randomUUID().toString().substring(0, 8);
        User user = identity.newUser(id);
        user.setFirstName(first);
        user.setLastName(last);
        user.setPassword("Pass-" + id);
        if (withAddress) {
            user.setEmail(id + "@example.org");
        }
        identity.saveUser(user);
        identity.createMembership(id, LIAISON);
        return id;
    }

    private static Task newReview(ConfigurableApplicationContext node, String applicant) {
        String instance = node.getBean(RuntimeService.class).startProcessInstanceByKey("membership-admission",
                Applications.aPerson(applicant).build()).getId();
        return node.getBean(TaskService.class).createTaskQuery().processInstanceId(instance).singleResult();
    }

    private static String api(String user, String method, String json) throws Exception {
        int port = Integer.parseInt(a.getEnvironment().getProperty("local.server.port"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me/task-mail"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":Pass-" + user).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static List<MimeMessage> mailsTo(String user) {
        String address = user.contains("@") ? user : user + "@example.org";
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String body(MimeMessage message) throws Exception {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }

    private static void awaitMail(String what, BooleanSupplier arrived) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!arrived.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within 60 s");
            }
            Thread.sleep(250);
        }
    }
}
