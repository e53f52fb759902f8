package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The texts form-js writes into Tasklist's forms by itself ("Field is required.", "Select", "No results", …) against
 * app/language/form-texts.js, which shows them in Chinese to a Chinese user: every text of the table is one the
 * form-js in Camunda's webjar writes, each has its Chinese with the same values filled in, and every text of form-js
 * that a person may meet is in the table. After an upgrade of Camunda the last test names each new text.
 */
class FormJsTextsTest {

    private static final String BUNDLE = "META-INF/resources/webjars/camunda/lib/deps.js";
    private static final String TABLE = "META-INF/resources/webjars/camunda/app/language/form-texts.js";
    private static final Pattern ENTRY = Pattern.compile("^\\s*(['\"])(.*?)\\1:\\s*(['\"])(.*?)\\3,?\\s*$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}");
    /** Where a module of the bundle (webpack's) begins. */
    private static final Pattern MODULE = Pattern.compile("[,{]\\d+:function\\(e,t,n\\)\\{");
    /** How form-js writes its validation of a number's digits: "Value is expected to " + what + ".". */
    private static final String EXPECTED = "Value is expected to ";

    /**
     * Texts of form-js's viewer that no user of Tasklist meets, and why. Everything else of form-js that reads as
     * English words must be in form-texts.js.
     */
    private static final Set<String> NEVER_SHOWN = Set.of(
            // the name of a key pressed, compared with the keyboard's event
            "Backspace", "Delete", "Enter", "Escape", "Space",
            // the form editor's (Camunda Modeler's) words: an embedded page's permissions, a date field's kinds and
            // time zones, where options come from, a new option's and a new table's placeholders
            "Allow same origin", "Camera access", "Forms submission", "Geolocation", "Microphone access",
            "Open in fullscreen", "Open modal windows", "Open popups", "Script execution", "Storage access by user",
            "Top level navigation", "Date", "Time", "Date & Time", "UTC offset", "UTC normalized", "No timezone",
            "Static", "Input data", "Expression", "Value", "Name", "John Doe", "Erika Muller", "Dominic Leaf",
            // names inside form-js: the parts of a FEEL expression, the prefixes of generated ids
            "Context", "Feel", "Root", "Field", "Form",
            // errors for a developer (the console, or the options of a field whose form names no source)
            "Cannot resolve circular dependency!", "Unknown expression type: ",
            "No options source defined in the form definition",
            // bpmn.io's watermark, which its licence asks to leave as it is
            "Powered by bpmn.io", "Web-based tooling for BPMN, DMN, and forms powered by");

    private static String formJs;

    @BeforeAll
    static void readFormJs() throws IOException {
        formJs = formJs();
    }

    @Test
    void everyTextOfTheTableIsOneTheShippedFormJsWrites() throws IOException {
        Set<String> written = new TreeSet<>(literals(formJs));
        Set<String> translated = table().keySet();
        SoftAssertions.assertSoftly(softly -> translated.forEach(english -> {
            boolean composed = english.startsWith(EXPECTED) && english.endsWith(".")
                    && written.contains(EXPECTED)
                    && written.contains(english.substring(EXPECTED.length(), english.length() - 1));
            softly.assertThat(written.contains(english) || composed).as("form-js writes \"%s\"", english).isTrue();
        }));
    }

    @Test
    void everyTextHasItsChineseWithTheSameValuesFilledIn() throws IOException {
        Map<String, String> table = table();
        assertThat(table).containsEntry("Field is required.", "此项为必填项。").containsEntry("Select", "请选择");
        SoftAssertions.assertSoftly(softly -> table.forEach((english, chinese) -> {
            boolean words = PLACEHOLDER.matcher(chinese).replaceAll("").chars().anyMatch(Character::isLetter);
            if (words) { // not the " / " of a table's "1 / 3"
                softly.assertThat(chinese).as(english).containsPattern("\\p{IsHan}");
            }
            // a plural ending (${n>1?"s":""}) has nothing to say in Chinese
            softly.assertThat(placeholders(chinese)).as("the values of \"%s\"", english)
                    .isEqualTo(placeholders(english).stream().filter(p -> !p.contains("?"))
                            .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        }));
    }

    @Test
    void everyTextOfFormJsThatAPersonMeetsIsInTheTable() throws IOException {
        Set<String> translated = table().keySet();
        List<String> missing = new ArrayList<>();
        for (String text : shownTexts(formJs)) {
            boolean piece = text.equals(EXPECTED)
                    || translated.stream().anyMatch(t -> t.startsWith(EXPECTED) && t.contains(text));
            if (!translated.contains(text) && !piece && !NEVER_SHOWN.contains(text)) {
                missing.add(text);
            }
        }
        assertThat(missing).as("texts of form-js neither in form-texts.js nor named as never shown").isEmpty();
        assertThat(shownTexts(formJs)).as("what the census reads").contains("Field is required.", "Select",
                "No results", "Nothing to show.", "Add new");
    }

    /** The literals of form-js that read as English words: a capital first (or a space), letters, no identifier. */
    private static Set<String> shownTexts(String formJs) {
        Set<String> texts = new TreeSet<>();
        for (Literal literal : literalsWithPlace(formJs)) {
            String bare = PLACEHOLDER.matcher(literal.text()).replaceAll("0");
            String before = formJs.substring(Math.max(0, literal.at() - 81), literal.at() - 1); // up to its quote
            boolean words = bare.chars().anyMatch(Character::isLowerCase)
                    && bare.matches("[ A-Za-z0-9'(),.+&!?:-]+")
                    && (Character.isUpperCase(bare.charAt(0)) || bare.startsWith(" "))
                    && !bare.matches("(?s).*[a-z][A-Z].*") // an identifier in camel case
                    && !bare.matches("[Mm][0-9.].*"); // an icon's path
            // a field's name in the form editor's palette
            boolean palette = before.matches("(?s).*\\.config=\\{[^{}]*label:$");
            if (words && !palette) {
                texts.add(literal.text());
            }
        }
        return texts;
    }

    /** form-js's viewer: the module of the bundle that draws a field's errors. */
    private static String formJs() throws IOException {
        String bundle = resource(BUNDLE);
        int marker = bundle.indexOf("\"fjs-form-field-error\"");
        assertThat(marker).as("form-js in " + BUNDLE).isPositive();
        Matcher modules = MODULE.matcher(bundle);
        int start = 0;
        int end = bundle.length();
        while (modules.find()) {
            if (modules.start() < marker) {
                start = modules.start();
            } else {
                end = modules.start();
                break;
            }
        }
        return bundle.substring(start, end);
    }

    /** The English text to its Chinese, as form-texts.js lists them. */
    static Map<String, String> table() throws IOException {
        String script = resource(TABLE);
        String table = script.substring(script.indexOf("FORM_JS_TEXTS = {"), script.indexOf("\n};"));
        Map<String, String> texts = new LinkedHashMap<>();
        for (String line : table.split("\n")) {
            Matcher entry = ENTRY.matcher(line);
            if (entry.matches()) {
                texts.put(entry.group(2), entry.group(4));
            }
        }
        assertThat(texts).as("the entries of " + TABLE).hasSizeGreaterThan(30);
        return texts;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            found.add(placeholder.group());
        }
        return found;
    }

    record Literal(int at, String text) {
    }

    private static List<String> literals(String code) {
        return literalsWithPlace(code).stream().map(Literal::text).toList();
    }

    /**
     * The string and template literals of minified JavaScript, as written (escapes and ${…} kept), skipping comments
     * and regular expressions (a slash after an operator or an opening bracket begins one).
     */
    static List<Literal> literalsWithPlace(String code) {
        List<Literal> literals = new ArrayList<>();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                int j = i + 1;
                while (j < code.length() && code.charAt(j) != c) {
                    j += code.charAt(j) == '\\' ? 2 : 1;
                }
                literals.add(new Literal(i + 1, code.substring(i + 1, Math.min(j, code.length()))));
                i = j + 1;
            } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '/') {
                i = code.indexOf('\n', i) < 0 ? code.length() : code.indexOf('\n', i);
            } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '*') {
                i = code.indexOf("*/", i + 2) < 0 ? code.length() : code.indexOf("*/", i + 2) + 2;
            } else if (c == '/' && (i == 0 || "(,=:[!&|?{};".indexOf(code.charAt(i - 1)) >= 0)) {
                int j = i + 1;
                boolean inClass = false;
                while (j < code.length() && (code.charAt(j) != '/' || inClass)) {
                    if (code.charAt(j) == '\\') {
                        j++;
                    } else if (code.charAt(j) == '[') {
                        inClass = true;
                    } else if (code.charAt(j) == ']') {
                        inClass = false;
                    }
                    j++;
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = FormJsTextsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
