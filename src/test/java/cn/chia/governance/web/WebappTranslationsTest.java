package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Chinese texts of Tasklist, Cockpit, Admin and the welcome page (app/&lt;app&gt;/locales/zh.json of this
 * application) against the English ones that Camunda ships in its webjar: the same keys, each with a Chinese text,
 * none shown as a raw key, and every {{placeholder}} kept, so that no screen falls back to English or to a key.
 */
class WebappTranslationsTest {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void chineseHasExactlyTheKeysOfTheShippedEnglish(String app) throws IOException {
        Map<String, JsonNode> english = texts(app, "en");
        Map<String, JsonNode> chinese = texts(app, "zh");

        assertThat(chinese.keySet()).as("keys of %s zh.json", app).containsExactlyInAnyOrderElementsOf(english.keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyChineseTextIsWrittenOutAndKeepsItsPlaceholders(String app) throws IOException {
        Map<String, JsonNode> english = texts(app, "en");
        Map<String, JsonNode> chinese = texts(app, "zh");

        SoftAssertions.assertSoftly(softly -> english.forEach((key, en) -> {
            JsonNode zh = chinese.get(key);
            softly.assertThat(zh).as("%s %s", app, key).isNotNull();
            if (zh == null || !en.isTextual()) {
                softly.assertThat(zh).as("%s %s", app, key).isEqualTo(en);
                return;
            }
            softly.assertThat(zh.isTextual()).as("%s %s is a text", app, key).isTrue();
            String leaf = key.substring(key.lastIndexOf('.') + 1);
            // empty only where English has nothing to say in Chinese: an empty text or the plural ending "s"
            if (!en.asText().isEmpty() && !en.asText().equals("s")) {
                softly.assertThat(zh.asText()).as("%s %s", app, key).isNotBlank();
            }
            if (!en.asText().equals(leaf)) {
                softly.assertThat(zh.asText()).as("%s %s shows its raw key", app, key).isNotEqualTo(leaf);
            }
            softly.assertThat(placeholders(zh.asText())).as("placeholders of %s %s", app, key)
                    .isEqualTo(placeholders(en.asText()));
        }));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theScreensSpeakChinese(String app) throws IOException {
        Map<String, JsonNode> chinese = texts(app, "zh");

        long inChinese = chinese.values().stream().filter(JsonNode::isTextual)
                .filter(text -> text.asText().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .count();
        long texts = chinese.values().stream().filter(JsonNode::isTextual).count();
        // what stays Latin is names and symbols: Camunda, ID, CSV, JSON, <, >=, date patterns
        assertThat(inChinese).as("texts in Chinese in %s zh.json", app).isGreaterThan(texts * 9 / 10);
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher found = PLACEHOLDER.matcher(text);
        while (found.find()) {
            names.add(found.group(1));
        }
        return names;
    }

    /** Every text of the file by its path, e.g. labels.START_PROCESS or dateLocales.months.0. */
    private static Map<String, JsonNode> texts(String app, String language) throws IOException {
        String path = LOCALES.formatted(app, language);
        try (InputStream file = WebappTranslationsTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(file).as(path + " on the classpath").isNotNull();
            String content = new String(file.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, JsonNode> texts = new LinkedHashMap<>();
            flatten("", JSON.readTree(content.startsWith("\uFEFF") ? content.substring(1) : content), texts);
            return texts;
        }
    }

    private static void flatten(String path, JsonNode node, Map<String, JsonNode> texts) {
        if (node.isObject()) {
            node.properties().forEach(field -> flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
                    field.getValue(), texts));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "." + i, node.get(i), texts);
            }
        } else {
            texts.put(path, node);
        }
    }
}
