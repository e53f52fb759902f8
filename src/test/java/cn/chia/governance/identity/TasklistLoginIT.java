package cn.chia.governance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.CookieManager;
import java.net.HttpCookie;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.GovernanceTest;

/** What a person sees: logging into the Tasklist webapp as a browser does, with its session and CSRF token. */
@GovernanceTest
class TasklistLoginIT {

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.IdentityService identity;

    @Test
    void liaisonLogsIntoTasklistAndFindsTheLiaisonDepartmentFilter() throws Exception {
        Browser browser = new Browser();
        assertThat(browser.login("liaison", "liaison", "tasklist")).isEqualTo(200);
        HttpResponse<String> filters = browser.get("/camunda/api/engine/engine/default/filter?resourceType=Task");
        assertThat(filters.statusCode()).isEqualTo(200);
        assertThat(filters.body()).contains("联络部 — 待审核的申请 Liaison Department — applications to review")
                .doesNotContain("秘书处 — 全部待办任务 Secretariat — every open task");
    }

    @Test
    void aManagerMayNotLogIntoTasklistButIntoCockpit() throws Exception {
        assertThat(new Browser().login("manager", "manager", "tasklist")).isEqualTo(403);
        assertThat(new Browser().login("manager", "manager", "cockpit")).isEqualTo(200);
    }

    @Test
    void aWrongPasswordDoesNotLogIn() throws Exception {
        // a user of its own: a failed login makes the user wait (login throttling), which would slow other tests
        org.camunda.bpm.engine.identity.User user = identity.newUser("wrongpassword");
        user.setPassword("Right!Pass2026");
        identity.saveUser(user);
        identity.createMembership("wrongpassword", Roles.SECRETARIAT);
        try {
            assertThat(new Browser().login("wrongpassword", "wrong", "tasklist")).isEqualTo(401);
        } finally {
            identity.deleteUser("wrongpassword");
        }
    }

    /** A client with cookies, which sends back the CSRF token that the webapps hand out, as Tasklist's pages do. */
    private class Browser {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

        int login(String user, String password, String app) throws Exception {
            get("/camunda/app/" + app + "/default/");
            HttpRequest login = request("/camunda/api/admin/auth/user/default/login/" + app)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build();
            return http.send(login, HttpResponse.BodyHandlers.ofString()).statusCode();
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "application/json, text/html");
            cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().ifPresent(token -> builder.header("X-XSRF-TOKEN", token));
            return builder;
        }
    }
}
