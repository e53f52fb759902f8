package cn.chia.governance.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Tag;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import cn.chia.governance.TestApplications;
import cn.chia.governance.TestProfiles;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.register.Notifier.Channel;
import cn.chia.governance.register.Notifier.Notification;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/** The application started with mail configured, against GreenMail on a free port. */
@Tag(TestApplications.OWN_APPLICATION)
class NotifierIT {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    static ConfigurableApplicationContext app;
    static Notifier notifier;

    @BeforeAll
    static void startWithMail() {
        app = TestApplications.start(TestProfiles.profiles(), TestApplications.databaseProperty("notifier-smtp"),
                "spring.mail.host=localhost", "spring.mail.port=" + smtp.getSmtp().getPort());
        notifier = app.getBean(Notifier.class);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void withMailConfiguredAMessageIsSentBySmtpAndStored() throws Exception {
        String caseNumber = "APP-T-" + UUID.randomUUID();
        String applicant = "applicant-" + UUID.randomUUID() + "@example.org";
        notifier.notify(caseNumber, applicant, "入会申请已受理 — application received " + caseNumber,
                "尊敬的申请人：您的入会申请已受理。");

        MimeMessage received = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipientOf(m).equals(applicant)).findFirst().orElseThrow();
        assertThat(received.getSubject()).isEqualTo("入会申请已受理 — application received " + caseNumber);
        assertThat(received.getFrom()[0].toString()).isEqualTo("secretariat@chia.example");
        assertThat(((String) received.getContent()).trim()).isEqualTo("尊敬的申请人：您的入会申请已受理。");
        assertThat(notifier.of(caseNumber)).singleElement()
                .extracting(Notification::recipient, Notification::channel)
                .containsExactly(applicant, Channel.SMTP);
    }

    @Test
    void anApplicantIsWrittenToInTheLanguageOfTheApplicationWithTheDateTheChineseWay() throws Exception {
        RuntimeService runtime = app.getBean(RuntimeService.class);
        TaskService tasks = app.getBean(TaskService.class);
        String chinese = "zh-" + UUID.randomUUID() + "@example.org";
        String english = "en-" + UUID.randomUUID() + "@example.org";
        for (String[] applicant : new String[][] {{chinese, "zh", "Liu Yang"}, {english, "en", "Tom Brown"}}) {
            Map<String, Object> application = Applications.aPerson(applicant[2]).withEmail(applicant[0])
                    .inLanguage(applicant[1]).build();
            String instance = runtime.startProcessInstanceByKey("membership-admission", application).getId();
            tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
                    Map.of("reviewDecision", "MORE_INFORMATION", "informationRequested", "专利清单 / list of patents"));
        }
        LocalDate answerBy = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30);

        MimeMessage inChinese = received(chinese);
        assertThat(inChinese.getSubject()).startsWith("您的申请 APP-").endsWith(" 需要补充材料");
        assertThat(((String) inChinese.getContent()).trim()).startsWith("尊敬的Liu Yang：")
                .contains("联络部请您补充以下材料：专利清单 / list of patents",
                        "请于" + answerBy.getYear() + "年" + answerBy.getMonthValue() + "月" + answerBy.getDayOfMonth() + "日前答复");
        MimeMessage inEnglish = received(english);
        assertThat(inEnglish.getSubject()).startsWith("More information needed for your application APP-");
        assertThat(((String) inEnglish.getContent()).trim()).startsWith("Dear Tom Brown,")
                .contains("Please answer by " + answerBy.getDayOfMonth() + " "
                        + answerBy.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + answerBy.getYear());
    }

    private static MimeMessage received(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipientOf(m).equals(recipient)).findFirst()
                .orElseThrow();
    }

    @Test
    void aMessageWithoutAnAddressIsStoredForTheSecretariatAndNotSent() {
        String caseNumber = "APP-T-" + UUID.randomUUID();
        int before = smtp.getReceivedMessages().length;
        notifier.notify(caseNumber, null, "Membership card ready", "Please collect your card.");

        assertThat(smtp.getReceivedMessages()).hasSize(before);
        assertThat(notifier.of(caseNumber)).singleElement().extracting(Notification::channel).isEqualTo(Channel.STORED);
    }

    private static String recipientOf(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
