package cn.chia.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a load balancer sees (docs/operations.md, "Health checks for a load balancer"): an application whose database
 * connection runs through a relay this test holds up or cuts. A node still starting is alive but not ready; a node whose
 * database hangs or is gone is not ready (503) within the probe's few seconds, yet alive (200, at once), and ready again
 * once the database answers, without a restart. Both checks answer without an account and name no detail.
 */
@Tag(TestApplications.OWN_APPLICATION)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HealthChecksIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String LIVE = "{\"status\":\"UP\",\"components\":{\"livenessState\":{\"status\":\"UP\"}}}";
    private static final Pattern POSTGRES = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/(.*)");

    private final CountDownLatch finishStarting = new CountDownLatch(1);
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private Server h2;
    private TcpRelay relay;
    private CompletableFuture<ConfigurableApplicationContext> app;

    @BeforeAll
    void startTheApplicationWithItsDatabaseBehindARelay() throws Exception {
        String url;
        if (TestProfiles.onPostgres()) {
            Matcher suite = POSTGRES.matcher(System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://127.0.0.1:5432/governance"));
            assertThat(suite.matches()).isTrue();
            relay = new TcpRelay(suite.group(1), suite.group(2) == null ? 5432 : Integer.parseInt(suite.group(2)));
            url = "jdbc:postgresql://127.0.0.1:" + relay.port() + "/" + suite.group(3);
        } else {
            h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
            relay = new TcpRelay("127.0.0.1", h2.getPort());
            url = "jdbc:h2:tcp://127.0.0.1:" + relay.port() + "/mem:health-checks;DB_CLOSE_DELAY=-1";
        }
        ApplicationRunner stillStarting = arguments -> finishStarting.await(2, TimeUnit.MINUTES);
        ApplicationListener<WebServerInitializedEvent> listening = event -> port.complete(event.getWebServer().getPort());
        app = CompletableFuture.supplyAsync(() -> TestApplications.start(builder -> builder.listeners(listening)
                .initializers(context -> context.getBeanFactory().registerSingleton("stillStarting", stillStarting)),
                TestProfiles.profiles(), "spring.datasource.url=" + url,
                // the pool gives up on a new connection after 5 s rather than 30 s, so that the test need not wait
                "spring.datasource.hikari.connection-timeout=5000"));
    }

    @AfterAll
    void stop() throws Exception {
        finishStarting.countDown();
        if (app != null) {
            app.get(3, TimeUnit.MINUTES).close();
        }
        if (relay != null) {
            relay.close();
        }
        if (h2 != null) {
            h2.stop();
        }
    }

    @Test
    @Order(1)
    void anApplicationStillStartingIsAliveButNotReady() throws Exception {
        port.get(3, TimeUnit.MINUTES);
        Answer readiness = get("/actuator/health/readiness");
        assertThat(readiness.status()).as("%s", readiness).isEqualTo(503);
        assertThat(readiness.body()).contains("\"readinessState\":{\"status\":\"OUT_OF_SERVICE\"}");
        assertThat(get("/actuator/health/liveness")).isEqualTo(new Answer(200, LIVE));

        finishStarting.countDown();
        app.get(2, TimeUnit.MINUTES);
        assertThat(get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void aReadyApplicationSaysSoWithoutDetails() throws Exception {
        app.get(2, TimeUnit.MINUTES);
        assertThat(get("/actuator/health/readiness")).isEqualTo(new Answer(200, "{\"status\":\"UP\",\"components\":{"
                + "\"db\":{\"status\":\"UP\"},\"processEngine\":{\"status\":\"UP\"},\"readinessState\":{\"status\":\"UP\"}}}"));
        assertThat(get("/actuator/health/liveness")).isEqualTo(new Answer(200, LIVE));
    }

    @Test
    @Order(3)
    void aDatabaseThatHangsMakesTheNodeUnreadyButNotDead() throws Exception {
        app.get(2, TimeUnit.MINUTES);
        relay.hold();
        try {
            assertUnreadyButAlive("the database hangs");
        } finally {
            relay.release();
        }
        assertReadyAgain();
    }

    @Test
    @Order(4)
    void aDatabaseThatIsGoneMakesTheNodeUnreadyButNotDead() throws Exception {
        app.get(2, TimeUnit.MINUTES);
        relay.refuse();
        try {
            assertUnreadyButAlive("the database is gone");
        } finally {
            relay.release();
        }
        assertReadyAgain();
    }

    /** Within a probe's few seconds readiness says 503 with db DOWN, while liveness says UP at once, every time. */
    private void assertUnreadyButAlive(String why) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Answer readiness;
        do {
            long asked = System.nanoTime();
            readiness = get("/actuator/health/readiness");
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("readiness answers while %s", why)
                    .isLessThan(Duration.ofSeconds(4));
            long alive = System.nanoTime();
            assertThat(get("/actuator/health/liveness")).as("liveness while %s", why)
                    .isEqualTo(new Answer(200, LIVE));
            assertThat(Duration.ofNanos(System.nanoTime() - alive)).as("liveness answers at once while %s", why)
                    .isLessThan(Duration.ofSeconds(1));
        } while (readiness.status() == 200 && System.nanoTime() < deadline);
        assertThat(readiness.status()).as("readiness while %s: %s", why, readiness).isEqualTo(503);
        assertThat(readiness.body()).contains("\"db\":{\"status\":\"DOWN\"}").doesNotContain("jdbc:", "Exception");
        for (int probe = 0; probe < 3; probe++) {
            assertThat(get("/actuator/health/readiness").status()).as("readiness stays 503 while %s", why).isEqualTo(503);
            assertThat(get("/actuator/health/liveness").status()).as("liveness stays 200 while %s", why).isEqualTo(200);
        }
    }

    private void assertReadyAgain() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Answer readiness = get("/actuator/health/readiness");
        while (readiness.status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            readiness = get("/actuator/health/readiness");
        }
        assertThat(readiness.status()).as("ready again once the database answers: %s", readiness).isEqualTo(200);
    }

    private record Answer(int status, String body) {
    }

    private Answer get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port.get() + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }
}
