package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.springframework.context.ConfigurableApplicationContext;

import cn.chia.governance.TestApplications;
import cn.chia.governance.TestProfiles;
import cn.chia.governance.admission.Applications;

/**
 * Every public endpoint, with the limits of application.yaml (the shared test context raises them for the
 * tests that call from 127.0.0.1): a body above 16 KiB is 413, too many POSTs from one address are 429 with
 * Retry-After, and so is a number with a wrong receipt or card secret tried too often, whatever the endpoint.
 */
@Tag(TestApplications.OWN_APPLICATION)
class PublicEndpointsIT {

    private static final AtomicInteger NEXT = new AtomicInteger();
    static ConfigurableApplicationContext app;
    static int port;

    @BeforeAll
    static void startWithTheLimitsOfProduction() {
        app = TestApplications.start(TestProfiles.profiles(), TestApplications.databaseProperty("public-endpoints"),
                "governance.public-requests.posts.applications.limit=10",
                "governance.public-requests.posts.information.limit=10",
                "governance.public-requests.posts.withdrawals.limit=5",
                "governance.public-requests.posts.requests.limit=5",
                "governance.public-requests.posts.default.limit=10",
                "governance.public-requests.wrong-secrets.limit=10");
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void everyPublicPostRefusesABodyAbove16KiBDeclaredOrNot() throws Exception {
        String large = "{\"statement\":\"" + "x".repeat(17 * 1024) + "\"}";
        for (String path : List.of("/api/applications", "/api/applications/APP-2026-000001/information",
                "/api/withdrawals", "/api/applications/APP-2026-000001/anything-added-later",
                "/api/applications/APP-2026-000001/personal-data/requests", "/api/personal-data/CHIA-2026-000001/requests")) {
            Http.Answer declared = Http.anonymous(port).send("POST", path, "application/json",
                    large.getBytes(StandardCharsets.UTF_8), Map.of("X-Forwarded-For", client()));
            assertThat(declared.status()).as(path).isEqualTo(413);
            assertThat(declared.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(declared.object().get("detail").toString()).contains("16 KiB").contains("请求内容超过");

            HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + path)).header("Content-Type", "application/json")
                    .header("X-Forwarded-For", client())
                    .POST(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(large.getBytes(StandardCharsets.UTF_8)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(chunked.statusCode()).as("%s without Content-Length", path).isEqualTo(413);
        }
    }

    @Test
    void everyPublicPostIsLimitedPerAddressWithRetryAfter() throws Exception {
        Map<String, Object> receipt = Http.anonymous(port).send("POST", "/api/applications", "application/json",
                Http.JSON.writeValueAsBytes(Applications.aPerson("Rate Limited").build()), Map.of("X-Forwarded-For", client())).object();
        String answer = "/api/applications/" + receipt.get("caseNumber") + "/information";
        Map<String, String> secret = Map.of("X-Receipt-Secret", (String) receipt.get("secret"));
        assertLimited("POST", answer, "{\"informationProvided\":\"Nothing is asked yet.\"}", secret, 10, 409);
        assertLimited("POST", "/api/withdrawals", "{\"membershipNumber\":\"CHIA-1999-999999\",\"cardSecret\":\"AAAA-AAAA-AAAA\"}",
                Map.of(), 5, 404);
        // a request about one's own data, an applicant's or a member's, counts under one limit: requests
        assertLimited("POST", "/api/personal-data/CHIA-1999-999999/requests", "{\"kind\":\"DELETION\",\"detail\":\"x\"}",
                Map.of("X-Card-Secret", "AAAA-AAAA-AAAA"), 5, 404);
        // a public POST no limit names counts under the default one
        assertLimited("POST", "/api/applications/branches", "{}", Map.of(), 10, 405);
    }

    @Test
    void aWrongReceiptSecretTriedRepeatedlyIsLimitedEvenWhenTheRightOneFollows() throws Exception {
        Map<String, Object> receipt = Http.anonymous(port).send("POST", "/api/applications", "application/json",
                Http.JSON.writeValueAsBytes(Applications.aPerson("Guessed At").build()), Map.of("X-Forwarded-For", client())).object();
        String status = "/api/applications/" + receipt.get("caseNumber");
        String guesser = client();
        for (int i = 0; i < 10; i++) {
            assertThat(get(status, guesser, String.format("%032x", i)).status()).isEqualTo(404);
        }
        Http.Answer refused = get(status, guesser, (String) receipt.get("secret"));
        assertThat(refused.status()).as("the right secret after ten wrong ones").isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 600L);
        assertThat(refused.object().get("detail").toString()).contains("编号与密码不符").contains("did not match");
        assertThat(Http.anonymous(port).send("POST", status + "/information", "application/json",
                "{\"informationProvided\":\"Guess.\"}".getBytes(StandardCharsets.UTF_8),
                Map.of("X-Forwarded-For", guesser, "X-Receipt-Secret", (String) receipt.get("secret"))).status())
                .as("answering too").isEqualTo(429);
        assertThat(get(status, client(), (String) receipt.get("secret")).status()).as("another address").isEqualTo(200);
    }

    @Test
    void wrongCardSecretsAndWrongReceiptSecretsCountTogether() throws Exception {
        String guesser = client();
        for (int i = 0; i < 5; i++) {
            assertThat(Http.anonymous(port).send("POST", "/api/withdrawals", "application/json",
                    ("{\"membershipNumber\":\"CHIA-2026-00000" + i + "\",\"cardSecret\":\"AAAA-AAAA-AAA" + i + "\"}")
                            .getBytes(StandardCharsets.UTF_8), Map.of("X-Forwarded-For", guesser)).status()).isEqualTo(404);
            assertThat(get("/api/applications/APP-2026-00000" + i, guesser, "0".repeat(32)).status()).isEqualTo(404);
        }
        Http.Answer refused = get("/api/applications/APP-2026-000009", guesser, "0".repeat(32));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void wrongSecretsForOnesOwnDataCountWithTheOthers() throws Exception {
        Map<String, Object> receipt = Http.anonymous(port).send("POST", "/api/applications", "application/json",
                Http.JSON.writeValueAsBytes(Applications.aPerson("Own Data Guessed").build()), Map.of("X-Forwarded-For", client())).object();
        String data = "/api/applications/" + receipt.get("caseNumber") + "/personal-data";
        String guesser = client();
        for (int i = 0; i < 5; i++) {
            assertThat(get(data, guesser, String.format("%032x", i)).status()).isEqualTo(404);
            assertThat(Http.anonymous(port).send("GET", "/api/personal-data/CHIA-2026-00000" + i, null, null,
                    Map.of("X-Forwarded-For", guesser, "X-Card-Secret", "AAAA-AAAA-AAA" + i)).status()).isEqualTo(404);
        }
        Http.Answer refused = get(data, guesser, (String) receipt.get("secret"));
        assertThat(refused.status()).as("the right secret after ten wrong ones").isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(get(data, client(), (String) receipt.get("secret")).status()).as("another address").isEqualTo(200);
    }

    private static void assertLimited(String method, String path, String body, Map<String, String> headers, int limit,
            int answered) throws Exception {
        String address = client();
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put("X-Forwarded-For", address);
        for (int i = 0; i < limit; i++) {
            Http.Answer within = Http.anonymous(port).send(method, path, "application/json",
                    body.getBytes(StandardCharsets.UTF_8), all);
            assertThat(within.status()).as("%s %s #%d: %s", method, path, i + 1, within).isEqualTo(answered);
        }
        Http.Answer beyond = Http.anonymous(port).send(method, path, "application/json", body.getBytes(StandardCharsets.UTF_8), all);
        assertThat(beyond.status()).as("%s %s beyond %d", method, path, limit).isEqualTo(429);
        assertThat(Long.parseLong(beyond.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 600L);
        assertThat(beyond.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(beyond.object().get("detail").toString()).contains("同一网络地址").contains("try again in");
        all.put("X-Forwarded-For", client());
        assertThat(Http.anonymous(port).send(method, path, "application/json", body.getBytes(StandardCharsets.UTF_8), all)
                .status()).as("another address").isEqualTo(answered);
    }

    private static Http.Answer get(String path, String client, String secret) throws Exception {
        return Http.anonymous(port).send("GET", path, null, null, Map.of("X-Forwarded-For", client, "X-Receipt-Secret", secret));
    }

    private static String client() {
        int n = NEXT.incrementAndGet();
        return "192.0.2." + n;
    }
}
