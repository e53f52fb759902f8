package cn.chia.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every name a clerk sees in Tasklist or Cockpit (processes, flow nodes, flows, errors) and every text of a
 * Camunda Form reads Chinese first, then English, and uses the Chinese term of the glossary wherever its English
 * names a term; the two message bundles say the same terms in their two languages.
 */
class BilingualNamesTest {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final Glossary GLOSSARY = Glossary.read();

    @Test
    void glossaryHasTheCharterTerms() {
        assertThat(GLOSSARY.chinese("Council")).isEqualTo("理事会");
        assertThat(GLOSSARY.chinese("Standing Council")).isEqualTo("常务理事会");
        assertThat(GLOSSARY.chinese("General Assembly")).isEqualTo("会员代表大会");
        assertThat(GLOSSARY.chinese("Liaison Department")).isEqualTo("联络部");
        assertThat(GLOSSARY.chinese("CAST")).isEqualTo("中国科协");
        assertThat(GLOSSARY.chinese("Ministry of Civil Affairs")).isEqualTo("民政部");
        assertThat(GLOSSARY.chinese("Secretariat")).isEqualTo("秘书处");
    }

    @Test
    void theLongerTermDecides() {
        assertThat(GLOSSARY.missingIn("Standing Council nomination taken", "理事会已作出提名决定"))
                .containsExactly("Standing Council → 常务理事会");
        assertThat(GLOSSARY.missingIn("Forward to the Council", "提交常务理事会")).isEmpty();
        assertThat(GLOSSARY.missingIn("The applicant supports the Articles of Association", "申请人拥护章程")).isEmpty();
        assertThat(GLOSSARY.missingIn("Tell the member of the expulsion", "告知会员")).containsExactly("expulsion → 除名");
    }

    @Test
    void everyBpmnNameIsChineseThenEnglishInTheGlossarysTerms() throws Exception {
        Map<String, String> names = bpmnNames();
        assertThat(names).hasSizeGreaterThan(150);
        assertThat(GLOSSARY.problems(names)).isEmpty();
    }

    @Test
    void everyFormTextIsChineseThenEnglishInTheGlossarysTerms() throws IOException {
        Map<String, String> texts = formTexts();
        assertThat(texts).hasSizeGreaterThan(150);
        assertThat(GLOSSARY.problems(texts)).isEmpty();
    }

    @Test
    void messagesSayTheGlossarysTermsInBothLanguages() throws IOException {
        Properties english = bundle("messages.properties");
        Properties chinese = bundle("messages_zh.properties");
        List<String> problems = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            List<String> missing = GLOSSARY.missingIn(english.getProperty(key), chinese.getProperty(key, ""));
            if (!missing.isEmpty()) {
                problems.add(key + " lacks " + missing);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Element (file#id) to its name, for every named BPMN element but messages (their names are correlation keys). */
    static Map<String, String> bpmnNames() throws Exception {
        Map<String, String> names = new LinkedHashMap<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (Path file : files("processes", ".bpmn")) {
            NodeList elements = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagNameNS(BPMN, "*");
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                if (element.hasAttribute("name") && !element.getLocalName().equals("message")) {
                    names.put(file.getFileName() + "#" + element.getAttribute("id"), element.getAttribute("name"));
                }
            }
        }
        return names;
    }

    /** Component (file#id) to each label, description, date label, option label and text of the forms. */
    static Map<String, String> formTexts() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (Path file : files("forms", ".form")) {
            collect(file.getFileName().toString(), json.readTree(file.toFile()), texts);
        }
        return texts;
    }

    private static void collect(String file, JsonNode node, Map<String, String> texts) {
        for (JsonNode component : node.path("components")) {
            String where = file + "#" + component.path("id").asText();
            for (String field : List.of("label", "description", "dateLabel", "text")) {
                if (component.hasNonNull(field)) {
                    texts.put(where + "." + field, component.get(field).asText());
                }
            }
            for (JsonNode option : component.path("values")) {
                texts.put(where + ".option." + option.path("value").asText(), option.path("label").asText());
            }
            collect(file, component, texts);
        }
    }

    static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BilingualNamesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<Path> files(String folder, String suffix) throws IOException {
        try (Stream<Path> list = Files.list(Path.of(folder))) {
            List<Path> files = new ArrayList<>(list.filter(p -> p.toString().endsWith(suffix)).sorted().toList());
            assertThat(files).as(folder).isNotEmpty();
            return files;
        }
    }
}
