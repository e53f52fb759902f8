package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.GovernanceTest;

/**
 * Failed logins slow down the address they come from (the test profile: 5 free failures, then 1 s doubled up
 * to 2 s), at the webapps' login as over HTTP Basic; another address is not slowed by them, and the address
 * may try again once its wait is over.
 */
@GovernanceTest
class LoginThrottleIT {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (Math.random() * 60_000));

    @LocalServerPort
    int port;

    /** An address of the benchmarking range 198.18.0.0/15 (RFC 2544) that no other request of the suite uses. */
    static String newAddress() {
        int n = NEXT.incrementAndGet();
        return "198.18." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }

    @Test
    void failuresFromOneAddressSlowThatAddressAndNotAnother() throws Exception {
        String stranger = newAddress();
        String office = newAddress();
        for (int failure = 1; failure <= 6; failure++) {
            assertThat(basic(stranger, "nobody-" + UUID.randomUUID(), "guess").status())
                    .as("failure %d is answered as any failed login", failure).isEqualTo(401);
        }

        Http.Answer throttled = basic(stranger, "clerk", "clerk");
        assertThat(throttled.status()).as("even the right password waits: %s", throttled).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 2));
        assertThat(throttled.body()).contains("此地址登录失败次数过多", "Too many failed logins from this address")
                .doesNotContain("Exception");
        assertThat(webappLogin(stranger, "clerk", "clerk")).as("the webapps' login from that address").isEqualTo(429);
        assertThat(Http.basic(port, "clerk", "clerk").send("GET", "/api/members", null, null,
                Map.of("X-Forwarded-For", stranger)).status()).as("the application's API from that address").isEqualTo(429);

        assertThat(basic(office, "clerk", "clerk").status()).as("another address is not slowed").isEqualTo(200);
        assertThat(webappLogin(office, "clerk", "clerk")).isEqualTo(200);
        assertThat(Http.anonymous(port).send("GET", "/engine-rest/task", null, null, Map.of("X-Forwarded-For", stranger))
                .status()).as("a request without credentials is no login attempt: asked for them").isEqualTo(401);

        Thread.sleep(2_100);
        assertThat(basic(stranger, "clerk", "clerk").status()).as("after the wait").isEqualTo(200);
    }

    @Test
    void failuresAtTheWebappsLoginCountForTheAddressToo() throws Exception {
        String stranger = newAddress();
        for (int failure = 1; failure <= 6; failure++) {
            assertThat(webappLogin(stranger, "nobody-" + UUID.randomUUID(), "guess")).isEqualTo(401);
        }
        assertThat(webappLogin(stranger, "clerk", "clerk")).isEqualTo(429);
        assertThat(basic(stranger, "clerk", "clerk").status()).isEqualTo(429);
        Thread.sleep(2_100);
        assertThat(webappLogin(stranger, "clerk", "clerk")).isEqualTo(200);
    }

    @Test
    void anotherSpellingOfTheLoginPathCountsAsTheSameLogin() throws Exception {
        String stranger = newAddress();
        for (String login : List.of("/camunda/api/admin/auth/user/default/login;x=1/tasklist",
                "/camunda/api/admin/auth/user/default/login/tasklist;x=1", "/camunda/api/admin/auth/user/default/login/tasklist",
                "/camunda/api/admin/auth/user/default/login;x=1/tasklist", "/camunda/api/admin/auth/user/default/login/tasklist",
                "/camunda/api/admin/auth/user/default/login;x=1/tasklist")) {
            assertThat(webappLogin(stranger, login, "nobody-" + UUID.randomUUID(), "guess")).as(login).isEqualTo(401);
        }
        assertThat(webappLogin(stranger, "/camunda/api/admin/auth/user/default/login;x=1/tasklist", "clerk", "clerk"))
                .isEqualTo(429);
    }

    @Test
    void theWaitIsSaidInTheCallersLanguage() throws Exception {
        LoginThrottle.Filter filter = new LoginThrottle.Filter(new cn.chia.governance.config.GovernanceSettings.LoginThrottle(
                0, java.time.Duration.ofMinutes(1), java.time.Duration.ofMinutes(1), java.time.Duration.ofHours(1), 10),
                java.time.Clock.fixed(java.time.Instant.parse("2026-12-03T02:00:00Z"), java.time.ZoneOffset.UTC));
        filter.doFilter(login(Map.of()), new MockHttpServletResponse(),
                (request, response) -> ((HttpServletResponse) response).setStatus(401));

        Map<Map<String, String>, String> said = new java.util.LinkedHashMap<>();
        said.put(Map.of("Accept-Language", "zh-CN"), "此地址登录失败次数过多，请 60 秒后再试。");
        said.put(Map.of("Accept-Language", "en"), "Too many failed logins from this address; try again in 60 seconds.");
        said.put(Map.of("Accept-Language", "zh-CN", "Cookie", "governance.language=en"),
                "Too many failed logins from this address; try again in 60 seconds.");
        said.put(Map.of(), "此地址登录失败次数过多，请 60 秒后再试。 Too many failed logins from this address; try again in 60 seconds.");
        for (Map.Entry<Map<String, String>, String> language : said.entrySet()) {
            MockHttpServletResponse throttled = new MockHttpServletResponse();
            filter.doFilter(login(language.getKey()), throttled, (request, response) -> {
                throw new AssertionError("a throttled login reaches nothing");
            });
            assertThat(throttled.getStatus()).isEqualTo(429);
            assertThat(Http.JSON.readTree(throttled.getContentAsString(StandardCharsets.UTF_8)).path("message").asText())
                    .as(language.getKey().toString()).isEqualTo(language.getValue());
        }
    }

    private static MockHttpServletRequest login(Map<String, String> headers) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
        request.setServletPath("/engine-rest");
        request.setPathInfo("/task");
        request.addHeader("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("clerk:guess".getBytes(StandardCharsets.UTF_8)));
        headers.forEach((name, value) -> {
            if (name.equals("Cookie")) {
                String[] cookie = value.split("=", 2);
                request.setCookies(new jakarta.servlet.http.Cookie(cookie[0], cookie[1]));
            } else {
                request.addHeader(name, value);
            }
        });
        return request;
    }

    @Test
    void theWaitDoublesPerFailureUpToItsMaximum() {
        LoginThrottle.Filter filter = new LoginThrottle.Filter(new cn.chia.governance.config.GovernanceSettings.LoginThrottle(5, java.time.Duration.ofSeconds(1),
                java.time.Duration.ofMinutes(15), java.time.Duration.ofHours(1), 10), java.time.Clock.systemUTC());
        assertThat(filter.delay(5)).isZero();
        assertThat(filter.delay(6)).hasSeconds(1);
        assertThat(filter.delay(7)).hasSeconds(2);
        assertThat(filter.delay(15)).hasSeconds(512);
        assertThat(filter.delay(16)).hasMinutes(15);
        assertThat(filter.delay(Integer.MAX_VALUE)).hasMinutes(15);
    }

    private Http.Answer basic(String address, String user, String password) throws Exception {
        return Http.basic(port, user, password).send("GET", "/engine-rest/task", null, null,
                Map.of("X-Forwarded-For", address));
    }

    /** The webapps' login form, as Tasklist's page sends it, from that address. */
    private int webappLogin(String address, String user, String password) throws Exception {
        return webappLogin(address, "/camunda/api/admin/auth/user/default/login/tasklist", user, password);
    }

    private int webappLogin(String address, String login, String user, String password) throws Exception {
        Http browser = Http.anonymous(port);
        browser.send("GET", "/camunda/app/tasklist/default/", null, null, Map.of("X-Forwarded-For", address));
        return browser.send("POST", login,
                "application/x-www-form-urlencoded", ("username=" + user + "&password=" + password)
                        .getBytes(StandardCharsets.UTF_8), Map.of("X-Forwarded-For", address)).status();
    }
}
