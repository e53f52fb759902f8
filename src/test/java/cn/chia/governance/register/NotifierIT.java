package cn.chia.governance.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import cn.chia.governance.TestApplications;
import cn.chia.governance.TestProfiles;
import cn.chia.governance.register.Notifier.Channel;
import cn.chia.governance.register.Notifier.Notification;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/** The application started with mail configured, against GreenMail on a free port. */
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
