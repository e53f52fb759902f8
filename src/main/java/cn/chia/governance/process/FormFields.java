package cn.chia.governance.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.chia.governance.charter.Text;

/**
 * The fields of the Camunda Forms in {@code forms/}, as the server checks them again: a form is the
 * list of the variables its task or start event may set, and its rules (required, lengths, pattern,
 * range, options) hold for REST clients too, which skip the form. A field shown under a condition
 * ({@code conditional.hide}) and marked required is required in the browser when it is shown (form-js neither
 * validates nor sends a hidden field); here it is not {@link Field#required()}: whether it is needed is the rule of
 * the charter or of the task's listener, which knows the condition (a person's identity number, a rejection's reason).
 */
public final class FormFields {

    /** One input of a form; {@code readOnly} inputs only show a variable. */
    public record Field(String key, String label, String type, boolean readOnly, boolean required, Integer minLength,
            Integer maxLength, Pattern pattern, Double min, Double max, List<String> options, boolean structured,
            Map<String, String> optionLabels) {

        /** The words a choice shows for a value ("推荐 Recommend" for {@code RECOMMEND}); the value itself otherwise. */
        public String words(Object value) {
            return value == null ? "" : optionLabels.getOrDefault(value.toString(), value.toString());
        }

        /** What is wrong with a value this field receives, or null. */
        String problem(Object value) {
            if (value == null || value instanceof String text && text.isBlank()) {
                return required ? "is required." : null;
            }
            if (structured && !(value instanceof String)) {
                // a list (checklist, taglist, a field marked list) or an object (a field marked rosterNumbers): read by its listener
                return value instanceof java.util.Collection<?> || value instanceof Map<?, ?>
                        || value.toString().startsWith("[") || value.toString().startsWith("{")
                        ? null : "must be a list or an object.";
            }
            switch (type) {
                case "number" -> {
                    if (!(value instanceof Number number) || Double.isNaN(number.doubleValue())) {
                        return "must be a number.";
                    }
                    if (min != null && number.doubleValue() < min || max != null && number.doubleValue() > max) {
                        return "must lie between " + bound(min) + " and " + bound(max) + ".";
                    }
                    return null;
                }
                case "checkbox" -> {
                    return value instanceof Boolean ? null : "must be true or false.";
                }
                default -> {
                    if (!(value instanceof String text)) {
                        return "must be text.";
                    }
                    String problem = Text.problem(text, maxLength == null ? Text.LONGEST : maxLength,
                            "textarea".equals(type));
                    if (problem != null) {
                        return problem;
                    }
                    if (minLength != null && text.strip().length() < minLength) {
                        return "needs at least " + minLength + " characters.";
                    }
                    if (pattern != null && !pattern.matcher(text).find()) {
                        return "is not in the expected form.";
                    }
                    if (!options.isEmpty() && !options.contains(text)) {
                        return "must be one of " + String.join(", ", options) + ".";
                    }
                    return null;
                }
            }
        }

        String name() {
            return label == null || label.isBlank() ? key : "'" + label + "' (" + key + ")";
        }

        private static String bound(Double value) {
            return value == null ? "any" : String.valueOf(value.longValue());
        }
    }

    private static final Map<String, Map<String, Field>> FORMS = load();

    private FormFields() {
    }

    /**
     * The longest text the form {@code formId} lets its input {@code key} hold: the one place a listener or the
     * applicants' API learns a length limit. Fails at first use when the form has no such input or no limit.
     */
    public static int maxLength(String formId, String key) {
        Field field = field(formId, key);
        if (field.maxLength() == null) {
            throw new IllegalStateException("The form " + formId + " names no maxLength for " + key);
        }
        return field.maxLength();
    }

    /** The input {@code key} of the form {@code formId}; fails when the form has none. */
    public static Field field(String formId, String key) {
        Field field = of(formId).get(key);
        if (field == null) {
            throw new IllegalArgumentException("The form " + formId + " has no field " + key);
        }
        return field;
    }

    /** The inputs of the form with this id, by key; empty for an unknown form. */
    public static Map<String, Field> of(String formId) {
        return FORMS.getOrDefault(formId, Map.of());
    }

    private static Map<String, Map<String, Field>> load() {
        ObjectMapper json = new ObjectMapper();
        Map<String, Map<String, Field>> forms = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
                try (InputStream in = resource.getInputStream()) {
                    JsonNode form = json.readTree(in);
                    Map<String, Field> fields = new LinkedHashMap<>();
                    collect(form.path("components"), fields);
                    forms.put(form.path("id").asText(), Map.copyOf(fields));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The forms cannot be read", e);
        }
        return Map.copyOf(forms);
    }

    private static void collect(JsonNode components, Map<String, Field> fields) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                JsonNode validate = component.path("validate");
                List<String> options = new ArrayList<>();
                Map<String, String> optionLabels = new LinkedHashMap<>();
                component.path("values").forEach(option -> {
                    options.add(option.path("value").asText());
                    optionLabels.put(option.path("value").asText(), option.path("label").asText());
                });
                fields.put(component.get("key").asText(), new Field(component.get("key").asText(),
                        component.path("label").asText(null), component.path("type").asText(),
                        component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false),
                        validate.path("required").asBoolean(false) && !component.path("conditional").has("hide"),
                        validate.hasNonNull("minLength") ? validate.get("minLength").asInt() : null,
                        validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
                        validate.hasNonNull("pattern") ? Pattern.compile(validate.get("pattern").asText()) : null,
                        validate.hasNonNull("min") ? validate.get("min").asDouble() : null,
                        validate.hasNonNull("max") ? validate.get("max").asDouble() : null,
                        List.copyOf(options), List.of("checklist", "taglist").contains(component.path("type").asText())
                                || component.path("properties").has("rosterNumbers")
                                || component.path("properties").has("list"), Map.copyOf(optionLabels)));
            }
            collect(component.path("components"), fields);
        }
    }
}
