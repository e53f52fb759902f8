package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.GovernanceTest;

/**
 * Someone signed in who opens a webapp that is not theirs gets the one that is (a manager at Tasklist's address is
 * sent to Cockpit), or, with none, a page in Chinese and English; never Camunda's bare 403 ("Whitelabel Error Page").
 */
@GovernanceTest
class WebappDoorsIT {

    private static final String NOBODY = "doorsnobody";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;

    @AfterEach
    void removeTheUser() {
        identity.deleteUser(NOBODY);
    }

    @Test
    void aManagerAtTasklistsAddressIsSentToCockpit() throws Exception {
        HttpClient manager = signedIn("manager", "manager", "cockpit");

        HttpResponse<String> tasklist = manager.send(get("/camunda/app/tasklist/default/"),
                HttpResponse.BodyHandlers.ofString());

        assertThat(tasklist.statusCode()).isEqualTo(302);
        assertThat(tasklist.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/camunda/app/cockpit/default/");
        assertThat(manager.send(get("/camunda/app/cockpit/default/"), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void someoneWithNoWebappIsToldSoInTheirLanguageOrInChineseAndEnglish() throws Exception {
        User user = identity.newUser(NOBODY);
        user.setFirstName("No");
        user.setLastName("Webapp");
        user.setPassword("Doors!Nobody2026");
        identity.saveUser(user);
        HttpClient nobody = signedIn(NOBODY, "Doors!Nobody2026", "welcome");

        HttpResponse<String> tasklist = nobody.send(get("/camunda/app/tasklist/default/"), HttpResponse.BodyHandlers.ofString());

        assertThat(tasklist.statusCode()).isEqualTo(403);
        assertThat(tasklist.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("text/html"));
        assertThat(tasklist.body()).contains("您（doorsnobody）无权使用本系统的任务列表、驾驶舱或管理页面。",
                "You (doorsnobody) may not use Tasklist, Cockpit or Admin.", "中国高科技产业化研究会")
                .doesNotContain("Whitelabel");
        HttpResponse<String> chinese = nobody.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/"))
                .header("Accept", "text/html").header("Accept-Language", "zh-CN,zh;q=0.9").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chinese.body()).contains("<html lang=\"zh-CN\">", "您（doorsnobody）无权使用", "如需使用，请联系秘书处。")
                .doesNotContain("may not use", "Ask the Secretariat");
        HttpResponse<String> english = nobody.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/"))
                .header("Accept", "text/html").header("Accept-Language", "zh-CN,zh;q=0.9")
                .header("Cookie", "governance.language=en").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(english.body()).contains("<html lang=\"en\">", "You (doorsnobody) may not use Tasklist, Cockpit or Admin.",
                "China High-tech Industrialization Association").doesNotContainPattern(RefusalsInTheCallersLanguageIT.CHINESE);
    }

    @Test
    void nobodySignedInGetsTheLoginPageAsBefore() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(get("/camunda/app/tasklist/default/"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<base href=\"/camunda/app/tasklist/default/\"");
    }

    /** A client signed in to the webapps as {@code user}, through {@code app}'s login, as the login page does. */
    private HttpClient signedIn(String user, String password, String app) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        client.send(get("/camunda/app/" + app + "/default/"), HttpResponse.BodyHandlers.discarding());
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return client;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
