package cn.chia.governance.web;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A client of the running application as a person or a program uses it: anonymous, with HTTP Basic, or
 * logged into a Camunda webapp with its session and the CSRF token its pages send back.
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    record Answer(int status, String body, HttpHeaders headers) {

        List<Map<String, Object>> list() {
            return read(new TypeReference<>() { });
        }

        Map<String, Object> object() {
            return read(new TypeReference<>() { });
        }

        private <T> T read(TypeReference<T> type) {
            try {
                return JSON.readValue(body, type);
            } catch (Exception notJson) {
                throw new AssertionError("Not the JSON expected (status " + status + "): " + body, notJson);
            }
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    private final int port;
    private final String user;
    private final String password;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private boolean sendCsrfToken = true;

    private Http(int port, String user, String password) {
        this.port = port;
        this.user = user;
        this.password = password;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /** No account: an applicant, or anyone on the internet. */
    static Http anonymous(int port) {
        return new Http(port, null, null);
    }

    /** HTTP Basic with the given credentials on every request. */
    static Http basic(int port, String user, String password) {
        return new Http(port, user, password);
    }

    /** Logged into a Camunda webapp (tasklist, cockpit, admin) as its login page does; the status of the login. */
    static Http webapp(int port, String user, String password, String app, int[] loginStatus) throws Exception {
        Http browser = new Http(port, null, null);
        browser.get("/camunda/app/" + app + "/default/");
        loginStatus[0] = browser.send("POST", "/camunda/api/admin/auth/user/default/login/" + app,
                "application/x-www-form-urlencoded", "username=" + user + "&password=" + password).status();
        browser.get("/camunda/api/admin/auth/user/default"); // the new session's CSRF token, as the page fetches it
        return browser;
    }

    /** A cookie as a page's script sets it for the whole site: the language the webapps or the applicants' page show. */
    Http withCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create("http://localhost:" + port + "/"), cookie);
        return this;
    }

        Http withoutCsrfToken() {
        sendCsrfToken = false;
        return this;
    }

    Answer get(String path) throws Exception {
        return send("GET", path, null, null);
    }

    Answer delete(String path) throws Exception {
        return send("DELETE", path, null, null);
    }

    Answer post(String path, Object json) throws Exception {
        return send("POST", path, "application/json", JSON.writeValueAsString(json));
    }

    Answer put(String path, Object json) throws Exception {
        return send("PUT", path, "application/json", JSON.writeValueAsString(json));
    }

    Answer send(String method, String path, String contentType, String body) throws Exception {
        return send(method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    Answer send(String method, String path, String contentType, byte[] body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json, text/plain, */*")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (sendCsrfToken) {
            cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        }
        headers.forEach(request::header);
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response.headers());
    }
}
