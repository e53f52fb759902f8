package cn.chia.governance.meeting;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.chia.governance.charter.Words;
import cn.chia.governance.process.Refusal;

/**
 * Reads roster numbers sent by a clerk or a REST client: a list ({@code [12, "13"]}, a JSON variable, or text
 * {@code "12, 13"}), or an object from roster number to roster number ({@code {"12": 3}}, or text {@code "12:3, 15:3"},
 * as the attendance form's text field takes it).
 */
final class RosterNumbers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RosterNumbers() {
    }

    /** The numbers of a list; empty for nothing sent. */
    public static Set<Long> list(Object value, Words what) {
        Set<Long> numbers = new LinkedHashSet<>();
        JsonNode node = tree(value, what, false);
        if (node == null) {
            return numbers;
        }
        if (!node.isArray()) {
            throw refused(what, value, false);
        }
        node.forEach(element -> numbers.add(number(element, what, value, false)));
        return numbers;
    }

    /** The pairs of an object, in the order sent; empty for nothing sent. */
    public static Map<Long, Long> pairs(Object value, Words what) {
        Map<Long, Long> pairs = new LinkedHashMap<>();
        JsonNode node = tree(value, what, true);
        if (node == null) {
            return pairs;
        }
        if (!node.isObject()) {
            throw refused(what, value, true);
        }
        node.fields().forEachRemaining(pair -> pairs.put(number(JSON.getNodeFactory().textNode(pair.getKey()), what, value, true),
                number(pair.getValue(), what, value, true)));
        return pairs;
    }

    /** Whether anything was sent. */
    public static boolean sent(Object value) {
        return value != null && !(value instanceof String text && text.isBlank());
    }

    private static JsonNode tree(Object value, Words what, boolean pairs) {
        if (!sent(value)) {
            return null;
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            return JSON.valueToTree(value);
        }
        String text = value.toString().strip(); // a JSON variable (Spin) writes itself as JSON
        if (text.startsWith("[") || text.startsWith("{")) {
            try {
                return JSON.readTree(text);
            } catch (JsonProcessingException notJson) {
                throw refused(what, value, pairs);
            }
        }
        if (value instanceof Number) {
            return JSON.createArrayNode().add(JSON.valueToTree(value));
        }
        if (!pairs) {
            var list = JSON.createArrayNode();
            for (String part : text.split("[,，;；\\s]+")) {
                if (!part.isBlank()) {
                    list.add(part);
                }
            }
            return list;
        }
        var object = JSON.createObjectNode();
        for (String part : text.split("[,，;；\\n]+")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pair = part.split("\\s*(:|：|->|→|=)\\s*");
            if (pair.length != 2) {
                throw refused(what, value, pairs);
            }
            object.put(pair[0].strip(), pair[1].strip());
        }
        return object;
    }

    private static long number(JsonNode element, Words what, Object value, boolean pairs) {
        if (element.isIntegralNumber() && element.canConvertToLong()) {
            return element.longValue();
        }
        if (element.isTextual()) {
            String text = element.textValue().strip();
            int dot = text.indexOf(" · ");
            try {
                return Long.parseLong(dot < 0 ? text : text.substring(0, dot));
            } catch (NumberFormatException notANumber) {
                throw refused(what, value, pairs);
            }
        }
        throw refused(what, value, pairs);
    }

    private static Refusal refused(Words what, Object value, boolean pairs) {
        String shown = String.valueOf(value);
        shown = shown.length() > 80 ? shown.substring(0, 80) + "…" : shown;
        return new Refusal(what.zh() + "：请填写名册编号" + (pairs ? "，格式为 {\"缺席者的名册编号\": 受托人的名册编号}" : "")
                + "，而不是“" + shown + "”。", what.en() + ": give roster numbers"
                + (pairs ? " as {\"absent member's number\": representative's number}" : "") + ", not '" + shown + "'.");
    }
}
