package cn.chia.governance.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import cn.chia.governance.Glossary;

/**
 * In the process tests, every task with a form is looked at when it is created, after its own listeners: what its
 * form shows without letting it be changed (a read-only field, a value inside a text, the options a procedure gives
 * a choice) must be words a person reads, never a code: not the name of a constant of the application's enums
 * (COUNCIL, ADMISSION, FOREIGN, ADOPTED, …) nor a branch's group (branch-beijing); and a read-only choice holds one
 * of its options, which form-js shows by its words (an unknown value it shows as nothing). A task that shows a code
 * fails the test that reached it. The process tests reach every user task of every procedure.
 */
@TestConfiguration
public class FormsShowWords {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([A-Za-z]\\w*)\\s*}}");
    private static final Pattern WORD = Pattern.compile("\\b[A-Z][A-Z0-9_]*\\b");
    private static final Set<String> CHOICES = Set.of("select", "radio", "checklist", "taglist");

    /** What a form shows: a read-only input (its options, for a choice), a text's variable, a choice's given options. */
    record Shown(String key, boolean choice, Set<String> options, boolean givenOptions) {
    }

    @Bean
    ProcessEnginePlugin formsShowWords() {
        Map<String, List<Shown>> forms = forms();
        Set<String> codes = codes();
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                if (configuration.getCustomPostBPMNParseListeners() == null) {
                    configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
                }
                configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
                    @Override
                    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                        String form = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
                        if (form != null) {
                            ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                                    .addTaskListener(TaskListener.EVENTNAME_CREATE, task ->
                                            look(form, forms.getOrDefault(form, List.of()), codes, task));
                        }
                    }
                });
            }
        };
    }

    private static void look(String form, List<Shown> shown, Set<String> codes, DelegateTask task) {
        List<String> problems = new ArrayList<>();
        for (Shown what : shown) {
            Object value = task.getVariable(what.key());
            if (value == null) {
                continue;
            }
            if (what.givenOptions()) {
                for (JsonNode option : json(value)) {
                    String label = option.path("label").asText();
                    if (code(label, codes)) {
                        problems.add("the option " + option.path("value").asText() + " of " + what.key() + " reads " + label);
                    }
                }
            } else if (what.choice()) {
                if (!what.options().contains(value.toString())) {
                    problems.add(what.key() + " holds " + value + ", none of its options " + what.options());
                }
            } else if (value instanceof String text && code(text, codes)) {
                problems.add(what.key() + " shows the code in \"" + text + "\"");
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("The form " + form + " of " + task.getTaskDefinitionKey() + " shows codes: "
                    + String.join("; ", problems));
        }
    }

    /** A code alone, a branch's group, or a code as a word of a text (CAST, the glossary's word for 中国科协, is a word). */
    static boolean code(String text, Set<String> codes) {
        String stripped = text.strip();
        if (codes.contains(stripped) || stripped.matches("branch-[\\w-]+")) {
            return true;
        }
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (codes.contains(word.group())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode json(Object value) {
        try {
            return JSON.readTree(value.toString());
        } catch (IOException notJson) {
            throw new AssertionError("Options that are no JSON list: " + value, notJson);
        }
    }

    /** The names of the constants of the application's enums, but the glossary's English words. */
    static Set<String> codes() {
        Set<String> words = new TreeSet<>(Glossary.read().terms().stream().map(Glossary.Term::english).toList());
        Set<String> codes = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.chia.governance")) {
            if (type.isEnum()) {
                type.getEnumConstants().stream().map(JavaEnumConstant::name).filter(n -> !words.contains(n))
                        .forEach(codes::add);
            }
        }
        return codes;
    }

    /** Form id to what it shows. */
    static Map<String, List<Shown>> forms() {
        Map<String, List<Shown>> forms = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".form")).toList()) {
                JsonNode form = JSON.readTree(file.toFile());
                List<Shown> shown = new ArrayList<>();
                collect(form.path("components"), shown);
                forms.put(form.path("id").asText(), shown);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return forms;
    }

    private static void collect(JsonNode components, List<Shown> shown) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            boolean readOnly = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
            if (type.equals("text")) {
                Matcher template = TEMPLATE.matcher(component.path("text").asText());
                while (template.find()) {
                    shown.add(new Shown(template.group(1), false, Set.of(), false));
                }
            } else if (component.hasNonNull("valuesKey")) {
                shown.add(new Shown(component.get("valuesKey").asText(), true, Set.of(), true));
            } else if (readOnly && component.hasNonNull("key")) {
                Set<String> options = new LinkedHashSet<>();
                component.path("values").forEach(option -> options.add(option.path("value").asText()));
                shown.add(new Shown(component.get("key").asText(), CHOICES.contains(type), options, false));
            }
            collect(component.path("components"), shown);
        }
    }
}
