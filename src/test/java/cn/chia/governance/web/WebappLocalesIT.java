package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.chia.governance.GovernanceTest;

/**
 * What a browser loads before anyone logs in: each webapp's configuration offers Chinese besides English and German
 * and the language switch, and the Chinese texts come from this application, next to Camunda's English and German.
 */
@GovernanceTest
class WebappLocalesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({"tasklist", "cockpit", "admin", "welcome"})
    void eachWebappIsConfiguredForChineseEnglishAndGermanWithALanguageSwitch(String app) throws Exception {
        HttpResponse<String> config = get("/camunda/app/" + app + "/scripts/config.js");

        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("import { ASSOCIATION, locales", "from '../../language/language.js'",
                "locales: locales()", "app: { vendor: text(ASSOCIATION), name: text(",
                "customScripts: ['../language/language-switch', '../association/association'");
    }

    @Test
    void theLanguageScriptsAreServedToAnyone() throws Exception {
        HttpResponse<String> language = get("/camunda/app/language/language.js");
        HttpResponse<String> languageSwitch = get("/camunda/app/language/language-switch.js");
        HttpResponse<String> association = get("/camunda/app/association/association.js");

        assertThat(List.of(language, languageSwitch, association)).allSatisfy(script -> {
            assertThat(script.statusCode()).isEqualTo(200);
            assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        });
        assertThat(language.body()).contains("availableLocales: ['en', 'de', 'zh'], fallbackLocale: 'en'");
        assertThat(languageSwitch.body()).contains("li.account > ul.dropdown-menu", "form[name=\"signinForm\"]");
        assertThat(language.body()).contains("zh: '中国高科技产业化研究会'", "en: 'China High-tech Industrialization Association'");
    }

    @ParameterizedTest
    @CsvSource({
        "tasklist, START_PROCESS, 启动流程",
        "tasklist, PAGE_LOGIN_SIGN_IN_ACTION, 登录",
        "cockpit, DASHBOARD_RUNNING_PROCESS_INSTANCE, 运行中的流程实例",
        "admin, USERS_USERS, 用户",
        "welcome, MY_PROFILE, 我的资料"
    })
    void theChineseTextsAreServedWithEveryKeyOfTheEnglish(String app, String label, String chinese) throws Exception {
        JsonNode zh = json("/camunda/app/" + app + "/locales/zh.json");
        JsonNode en = json("/camunda/app/" + app + "/locales/en.json");
        JsonNode de = json("/camunda/app/" + app + "/locales/de.json");

        assertThat(zh.at("/labels/" + label).asText()).isEqualTo(chinese);
        assertThat(paths(zh)).isEqualTo(paths(en));
        assertThat(de.at("/labels/" + label).isTextual()).as("German is still there").isTrue();
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        String body = response.body();
        return JSON.readTree(body.startsWith("\uFEFF") ? body.substring(1) : body);
    }

    private static List<String> paths(JsonNode node) {
        List<String> paths = new ArrayList<>();
        collect("", node, paths);
        return paths;
    }

    private static void collect(String path, JsonNode node, List<String> paths) {
        if (node.isContainerNode()) {
            var children = node.isObject() ? node.properties().stream().map(Map.Entry::getKey).toList()
                    : java.util.stream.IntStream.range(0, node.size()).mapToObj(String::valueOf).toList();
            children.forEach(child -> collect(path + "/" + child,
                    node.isObject() ? node.get(child) : node.get(Integer.parseInt(child)), paths));
        } else {
            paths.add(path);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
