package cn.chia.governance.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.chia.governance.Glossary;

/**
 * What the forms of {@code forms/} show a person is words, not the codes behind them: a choice's options read as
 * words (Chinese, then English) and never as their value; a variable a choice sets holds a code, so a form that only
 * shows it shows it as that choice, with the same words. FormsShowWords checks the values the procedures write.
 */
class FormWordsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CHOICES = Set.of("select", "radio", "checklist", "taglist");
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$|^branch-");
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([A-Za-z]\\w*)\\s*}}");

    @Test
    void everyOptionReadsAsWordsAndNotAsItsValue() throws IOException {
        Set<String> terms = new TreeSet<>(Glossary.read().terms().stream().map(Glossary.Term::english).toList());
        List<String> problems = new ArrayList<>();
        for (JsonNode choice : components(c -> CHOICES.contains(c.path("type").asText()))) {
            for (JsonNode option : choice.path("values")) {
                String value = option.path("value").asText();
                String label = option.path("label").asText();
                String where = choice.path("form").asText() + "#" + choice.path("key").asText() + "=" + value;
                // "CAST" is a code and the English word for 中国科协 too
                boolean code = CODE.matcher(value).find() && !terms.contains(value);
                if (label.isBlank() || label.equals(value) || code && label.contains(value)) {
                    problems.add(where + " reads \"" + label + "\"");
                } else if (!label.matches("(?s)\\P{IsLatin}*\\p{IsHan}.*\\p{IsLatin}.*")) {
                    problems.add(where + " is not Chinese, then English: \"" + label + "\"");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aVariableAChoiceSetsIsShownOnlyAsAChoiceWithItsOptions() throws IOException {
        Map<String, Map<String, String>> words = new LinkedHashMap<>(); // a choice's key to its options' words
        for (JsonNode choice : components(c -> CHOICES.contains(c.path("type").asText()) && !readOnly(c))) {
            choice.path("values").forEach(option -> words.computeIfAbsent(choice.path("key").asText(), k -> new LinkedHashMap<>())
                    .put(option.path("value").asText(), option.path("label").asText()));
        }
        assertThat(words).containsKeys("applicantKind", "body", "reviewDecision", "authorityAnswer");
        List<String> problems = new ArrayList<>();
        for (JsonNode shown : components(c -> readOnly(c) || c.path("type").asText().equals("text"))) {
            String where = shown.path("form").asText() + "#" + shown.path("id").asText();
            List<String> keys = new ArrayList<>();
            if (shown.path("type").asText().equals("text")) {
                Matcher template = TEMPLATE.matcher(shown.path("text").asText());
                while (template.find()) {
                    keys.add(template.group(1));
                }
            } else {
                keys.add(shown.path("key").asText());
            }
            for (String key : keys) {
                if (!words.containsKey(key)) {
                    continue;
                }
                if (!CHOICES.contains(shown.path("type").asText())) {
                    problems.add(where + " shows the code of " + key + " as text");
                } else {
                    Map<String, String> options = new LinkedHashMap<>();
                    shown.path("values").forEach(o -> options.put(o.path("value").asText(), o.path("label").asText()));
                    if (!options.keySet().containsAll(words.get(key).keySet())) {
                        problems.add(where + " lacks options of " + key + ": " + words.get(key).keySet());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theAuthorityAnsweringIsOneTheAnswerFormNames() throws IOException {
        Set<String> named = new TreeSet<>();
        for (JsonNode authority : components(c -> c.path("key").asText().equals("authority"))) {
            authority.path("values").forEach(option -> named.add(option.path("value").asText()));
        }
        Set<String> given = new TreeSet<>();
        Pattern parameter = Pattern.compile("<camunda:inputParameter name=\"authority\">([^<]+)</camunda:inputParameter>");
        try (Stream<Path> bpmns = Files.list(Path.of("processes"))) {
            for (Path bpmn : bpmns.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Matcher found = parameter.matcher(Files.readString(bpmn));
                while (found.find()) {
                    given.add(found.group(1));
                }
            }
        }
        assertThat(given).containsExactlyInAnyOrder("CAST", "the Ministry of Civil Affairs");
        assertThat(named).containsAll(given);
    }

    private static boolean readOnly(JsonNode component) {
        return component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
    }

    /** The components of every form that {@code which} takes, each with its form's id as "form". */
    private static List<JsonNode> components(java.util.function.Predicate<JsonNode> which) throws IOException {
        List<JsonNode> found = new ArrayList<>();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                JsonNode tree = JSON.readTree(form.toFile());
                collect(tree.path("id").asText(), tree.path("components"), which, found);
            }
        }
        assertThat(found).as("components").isNotEmpty();
        return found;
    }

    private static void collect(String form, JsonNode components, java.util.function.Predicate<JsonNode> which,
            List<JsonNode> found) {
        for (JsonNode component : components) {
            if (which.test(component)) {
                found.add(((com.fasterxml.jackson.databind.node.ObjectNode) component.deepCopy()).put("form", form));
            }
            collect(form, component.path("components"), which, found);
        }
    }
}
