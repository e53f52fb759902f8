package cn.chia.governance.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.springframework.context.ConfigurableApplicationContext;

import cn.chia.governance.TestApplications;
import cn.chia.governance.TestProfiles;

@Tag(TestApplications.OWN_APPLICATION)
class ProductionProfileIT {

    private static String[] production() {
        return TestProfiles.onPostgres() ? new String[] {"production", "test", "postgres"} : new String[] {"production", "test"};
    }

    /** The tests below start production on H2 unless on PostgreSQL: allowed explicitly, as an operator could. */
    private static final String EMBEDDED_ALLOWED = "governance.allow-embedded-database-in-production=true";

    @Test
    void productionDoesNotStartOnTheEmbeddedH2DatabaseUnlessExplicitlyAllowed() {
        assertThatThrownBy(() -> TestApplications.start(new String[] {"production", "test"},
                "spring.datasource.url=jdbc:h2:mem:production-on-h2;DB_CLOSE_DELAY=-1",
                "governance.admin.password=Str0ng!Passw0rd"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not start on the embedded H2 database (jdbc:h2:mem:production-on-h2)")
                .hasMessageContaining("production,postgres").hasMessageContaining("allow-embedded-database-in-production")
                .hasMessageContaining("生产环境");
        assertThatThrownBy(() -> TestApplications.start(new String[] {"production", "test"},
                "spring.datasource.url=jdbc:h2:file:./data/production-on-h2", "governance.admin.password=Str0ng!Passw0rd"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("embedded H2");
        assertThat(new java.io.File("data/production-on-h2.mv.db")).as("nothing was written to it").doesNotExist();
    }

    @Test
    void productionDoesNotStartWithoutAnAdministratorPassword() {
        assertThatThrownBy(() -> TestApplications.start(production(),
                TestApplications.databaseProperty("production-no-password"), EMBEDDED_ALLOWED, "governance.admin.password="))
                .rootCause().hasMessageContaining("ADMIN_PASSWORD");
    }

    @Test
    void productionDoesNotStartWithAWeakAdministratorPassword() {
        assertThatThrownBy(() -> TestApplications.start(production(),
                TestApplications.databaseProperty("production-weak-password"), EMBEDDED_ALLOWED,
                "governance.admin.password=admin"))
                .rootCause().hasMessageContaining("ADMIN_PASSWORD is too weak");
    }

    @Test
    void productionStartsWithAStrongPasswordCreatesNoDemoUsersAndHardensTheWeb() throws Exception {
        try (ConfigurableApplicationContext app = TestApplications.start(production(),
                TestApplications.databaseProperty("production-strong-password"), EMBEDDED_ALLOWED,
                "governance.admin.id=operator", "governance.admin.password=Str0ng!Passw0rd")) {
            IdentityService identity = app.getBean(ProcessEngine.class).getIdentityService();
            assertThat(identity.checkPassword("operator", "Str0ng!Passw0rd")).isTrue();
            assertThat(identity.createUserQuery().memberOfGroup(Roles.ADMINISTRATORS).userId("operator").count())
                    .isOne();
            if (!TestProfiles.onPostgres()) { // the shared PostgreSQL database holds the demo users of other tests
                assertThat(identity.createUserQuery().userId("clerk").count()).isZero();
            }
            assertThat(identity.checkPasswordAgainstPolicy("clerk").isValid())
                    .as("Camunda's password policy is on").isFalse();
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            String engine = app.getBean(ProcessEngine.class).getName();
            theAdministratorCannotGiveAUserAWeakPassword(port, engine);
            cookiesAreSecureAndStrictAndHstsIsSent(port, engine);
        }
    }

    private static void theAdministratorCannotGiveAUserAWeakPassword(int port, String engine) throws Exception {
        HttpResponse<String> weak = send(port, HttpRequest.newBuilder(uri(port, "/engine-rest/engine/" + engine + "/user/create"))
                .header("Authorization", basic("operator", "Str0ng!Passw0rd")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"profile\":{\"id\":\"weakling\"},\"credentials\":{\"password\":\"weakling\"}}")));
        assertThat(weak.statusCode()).as(weak.body()).isEqualTo(400);
        assertThat(weak.body()).containsIgnoringCase("password");
    }

    /** Behind the TLS proxy (X-Forwarded-Proto: https), as production runs. */
    private static void cookiesAreSecureAndStrictAndHstsIsSent(int port, String engine) throws Exception {
        HttpResponse<String> page = send(port, HttpRequest.newBuilder(uri(port, "/camunda/app/tasklist/default/"))
                .header("X-Forwarded-Proto", "https").GET());
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("HSTS")
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        for (String path : List.of("/apply/", "/api/applications/branches", "/engine-rest/engine", "/api/members")) {
            HttpResponse<String> other = send(port, HttpRequest.newBuilder(uri(port, path)).header("X-Forwarded-Proto", "https").GET());
            assertThat(other.headers().firstValue("Strict-Transport-Security")).as("HSTS on %s", path)
                    .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        }
        assertThat(send(port, HttpRequest.newBuilder(uri(port, "/apply/")).GET()).headers()
                .firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
        HttpResponse<String> login = send(port, HttpRequest.newBuilder(
                        uri(port, "/camunda/api/admin/auth/user/" + engine + "/login/tasklist"))
                .header("X-Forwarded-Proto", "https").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=operator&password=Str0ng!Passw0rd")));
        List<String> cookies = new java.util.ArrayList<>(page.headers().allValues("Set-Cookie"));
        cookies.addAll(login.headers().allValues("Set-Cookie"));
        assertThat(cookies).anyMatch(c -> c.startsWith("XSRF-TOKEN=")).anyMatch(c -> c.startsWith("JSESSIONID="));
        for (String cookie : cookies) {
            assertThat(cookie.replace(" ", "")).as(cookie).containsIgnoringCase(";Secure").containsIgnoringCase(";SameSite=Strict");
        }
        assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).allMatch(c -> c.contains("HttpOnly"));
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(int port, HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
