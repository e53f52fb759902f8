package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Cockpit's governance dashboard (app/dashboard/dashboard.js) is one of Cockpit's custom scripts, loads the Chart.js
 * this application serves (a version of Chart.js in pom.xml that the script does not name finds no file: the page
 * would show no charts), and has every text in Chinese and in English, none empty.
 */
class DashboardScriptTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";

    @Test
    void cockpitLoadsTheDashboard() throws IOException {
        assertThat(read(APP + "cockpit/scripts/config.js")).contains("'../dashboard/dashboard'");
    }

    @Test
    void theChartsComeFromTheWebjarOnTheClassPath() throws IOException {
        Matcher chartJs = Pattern.compile("CHART_JS = '([^']+)'").matcher(read(APP + "dashboard/dashboard.js"));
        assertThat(chartJs.find()).isTrue();
        assertThat(chartJs.group(1)).startsWith("/webjars/chart.js/");
        try (InputStream file = getClass().getClassLoader().getResourceAsStream("META-INF/resources" + chartJs.group(1))) {
            assertThat(file).as("Chart.js at %s", chartJs.group(1)).isNotNull();
        }
    }

    @Test
    void everyTextIsInChineseAndEnglish() throws IOException {
        String script = read(APP + "dashboard/dashboard.js");
        String chinese = script.substring(script.indexOf("\n  zh: {"), script.indexOf("\n  en: {"));
        String english = script.substring(script.indexOf("\n  en: {"), script.indexOf("\n};", script.indexOf("\n  en: {")));
        assertThat(keys(chinese)).isNotEmpty().containsExactlyElementsOf(keys(english));
        assertThat(chinese).doesNotContain("''").containsPattern("\\p{IsHan}");
        assertThat(english).doesNotContain("''").doesNotContainPattern("\\p{IsHan}");
    }

    private static List<String> keys(String texts) {
        List<String> keys = new ArrayList<>();
        Matcher key = Pattern.compile("\n    (\\w+):").matcher(texts);
        while (key.find()) {
            keys.add(key.group(1));
        }
        return keys;
    }

    private String read(String resource) throws IOException {
        try (InputStream file = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(file).as(resource).isNotNull();
            return new String(file.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
