package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import cn.chia.governance.TestApplications;
import cn.chia.governance.TestProfiles;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.register.Notifier;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/**
 * A lost receipt secret, with mail configured (GreenMail): the case number and the e-mail address of the application
 * bring a new secret to that address and retire the old one; any other pair gets the same answer and no mail; the
 * stored copy of the letter does not carry the secret; the endpoint is limited per address.
 */
@Tag(TestApplications.OWN_APPLICATION)
class LostReceiptSecretIT {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Pattern NEW_SECRET = Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");

    static ConfigurableApplicationContext app;
    static int port;
    static Notifier notifier;

    @BeforeAll
    static void startWithMail() {
        app = TestApplications.start(TestProfiles.profiles(), TestApplications.databaseProperty("lost-receipt-secret"),
                "spring.mail.host=localhost", "spring.mail.port=" + smtp.getSmtp().getPort(),
                "governance.public-requests.posts.new-secret.limit=3"); // as in production: the tests' profile raises it
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        notifier = app.getBean(Notifier.class);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theApplicationsAddressGetsANewSecretAndTheOldOneStopsWorking() throws Exception {
        String address = "lost-" + NEXT.incrementAndGet() + "@example.org";
        Map<String, Object> receipt = apply(Applications.aPerson("Gu Lan").withEmail(address).build());
        String caseNumber = (String) receipt.get("caseNumber");
        String old = (String) receipt.get("secret");

        Http.Answer asked = askNewSecret(caseNumber, "  " + address.toUpperCase() + " ");

        assertThat(asked.status()).isEqualTo(202);
        assertThat(asked.object().get("detail").toString()).isEqualTo(ApplicationController.NEW_SECRET_ASKED.both());
        MimeMessage letter = awaitMail(address);
        assertThat(letter.getSubject()).isEqualTo("您的申请 " + caseNumber + " 的新回执密码");
        String body = (String) letter.getContent();
        Matcher secret = NEW_SECRET.matcher(body);
        assertThat(secret.find()).as(body).isTrue();
        assertThat(body).startsWith("尊敬的Gu Lan：").contains("原密码已经失效");
        assertThat(awaitStatus(caseNumber, secret.group(), 200)).isEqualTo(200);
        assertThat(status(caseNumber, secret.group().replace("-", "").toLowerCase()).status()).isEqualTo(200);
        assertThat(status(caseNumber, old).status()).as("the old secret").isEqualTo(404);
        // the stored copy of the letter does not carry the secret, and no table does
        Notifier.Notification stored = notifier.of(caseNumber).stream()
                .filter(n -> n.subject().contains("新回执密码")).findFirst().orElseThrow();
        assertThat(stored.body()).doesNotContain(secret.group()).contains("****-****-****-****");
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gov_receipt_secret WHERE secret_hash = ?")
                .param(ReceiptSecret.sha256(secret.group().replace("-", ""))).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gov_receipt_secret WHERE secret_hash LIKE ?")
                .param("%" + secret.group().replace("-", "") + "%").query(Integer.class).single()).isZero();
    }

    @Test
    void anotherAddressOrAnUnknownOrDecoyCaseGetsTheSameAnswerAndNoMail() throws Exception {
        String address = "kept-" + NEXT.incrementAndGet() + "@example.org";
        Map<String, Object> application = Applications.aPerson("Yan Mei").withEmail(address).build();
        Map<String, Object> receipt = apply(application);
        String caseNumber = (String) receipt.get("caseNumber");
        // a second application of the same person gets a decoy receipt: its case number is no case
        Map<String, Object> decoy = apply(application);

        Http.Answer right = askNewSecret(caseNumber, address);
        Http.Answer wrongAddress = askNewSecret(caseNumber, "someone-else@example.org");
        Http.Answer unknownCase = askNewSecret("APP-1999-999999", address);
        Http.Answer decoyCase = askNewSecret((String) decoy.get("caseNumber"), address);

        for (Http.Answer answer : List.of(wrongAddress, unknownCase, decoyCase)) {
            assertThat(answer.status()).isEqualTo(right.status()).isEqualTo(202);
            assertThat(answer.body()).isEqualTo(right.body());
            assertThat(answer.headers().map().keySet()).isEqualTo(right.headers().map().keySet());
        }
        assertThat(awaitMail(address).getSubject()).contains(caseNumber);
        Thread.sleep(1000); // the letters are written after the answers: give any other one its time
        assertThat(mailTo(address)).hasSize(1 + 1); // the new secret, and the letter about the second application
        assertThat(mailTo("someone-else@example.org")).isEmpty();
        assertThat(awaitStatus(caseNumber, (String) receipt.get("secret"), 404)).as("an old secret, replaced").isEqualTo(404);
    }

    @Test
    void aRequestWithoutAnAddressIsRefusedInBothLanguagesAndTheEndpointIsLimitedPerAddress() throws Exception {
        String client = client();
        Http.Answer blank = Http.anonymous(port).send("POST", "/api/applications/APP-2026-000001/new-secret",
                "application/json", "{\"email\":\" \"}".getBytes(StandardCharsets.UTF_8), Map.of("X-Forwarded-For", client));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.object().get("detail").toString()).contains("请填写案件编号和申请时所填的电子邮箱")
                .contains("Enter the case number and the e-mail address");
        for (int i = 0; i < 2; i++) {
            assertThat(askNewSecret("APP-2026-00000" + i, "x@example.org", client).status()).isEqualTo(202);
        }
        Http.Answer refused = askNewSecret("APP-2026-000009", "x@example.org", client);
        assertThat(refused.status()).as("the fourth request in ten minutes").isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }

    private static Map<String, Object> apply(Map<String, Object> application) throws Exception {
        Http.Answer receipt = Http.anonymous(port).send("POST", "/api/applications", "application/json",
                Http.JSON.writeValueAsBytes(application), Map.of("X-Forwarded-For", client()));
        assertThat(receipt.status()).as("%s", receipt).isEqualTo(201);
        return receipt.object();
    }

    private static Http.Answer askNewSecret(String caseNumber, String email) throws Exception {
        return askNewSecret(caseNumber, email, client());
    }

    private static Http.Answer askNewSecret(String caseNumber, String email, String client) throws Exception {
        return Http.anonymous(port).send("POST", "/api/applications/" + caseNumber + "/new-secret", "application/json",
                Http.JSON.writeValueAsBytes(Map.of("email", email)), Map.of("X-Forwarded-For", client));
    }

    private static Http.Answer status(String caseNumber, String secret) throws Exception {
        return Http.anonymous(port).send("GET", "/api/applications/" + caseNumber, null, null,
                Map.of("X-Forwarded-For", client(), "X-Receipt-Secret", secret));
    }

    /** The status answer, once it is {@code expected} (the letter is sent just before the new secret is committed). */
    private static int awaitStatus(String caseNumber, String secret, int expected) throws Exception {
        int answer = 0;
        for (int i = 0; i < 50 && answer != expected; i++) {
            answer = status(caseNumber, secret).status();
            Thread.sleep(answer == expected ? 0 : 100);
        }
        return answer;
    }

    private static MimeMessage awaitMail(String address) throws Exception {
        for (int i = 0; i < 100; i++) {
            List<MimeMessage> mail = mailTo(address).stream()
                    .filter(m -> subjectOf(m).contains("回执密码")).toList();
            if (!mail.isEmpty()) {
                return mail.get(mail.size() - 1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No new receipt secret sent to " + address);
    }

    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
            } catch (Exception unreadable) {
                return false;
            }
        }).toList();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception unreadable) {
            return "";
        }
    }

    private static String client() {
        return "203.0.113." + (NEXT.incrementAndGet() % 250 + 1);
    }
}
