package cn.chia.governance.charter;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What any text a person enters must be to enter a legal record: no control characters (line breaks
 * and tabs excepted where the field has lines), no markup, and a length the record can hold.
 */
public final class Text {

    /**
     * The longest text a record holds: a text variable of the engine keeps at most 4000 characters in its tables
     * (the column {@code TEXT_}). A field whose form names no shorter {@code maxLength} is held to this.
     */
    public static final int LONGEST = 4000;

    private static final Pattern MARKUP = Pattern.compile("<\\s*[A-Za-z!/?]");

    private Text() {
    }

    /**
     * What is wrong with {@code value} as the text of a field, in English, to follow the field's name ("is longer than
     * 200 characters (201)."), or null when nothing is.
     */
    public static String problem(String value, int maxLength, boolean lines) {
        return whatIsWrong(value, maxLength, lines).map(Words::en).orElse(null);
    }

    /**
     * What is wrong with {@code value} as the text of a field, in each language, to follow the field's name ("超过 200
     * 个字符（201 个）。", "is longer than 200 characters (201)."); empty when nothing is.
     */
    public static Optional<Words> whatIsWrong(String value, int maxLength, boolean lines) {
        if (value.length() > maxLength) {
            return Optional.of(new Words("超过 " + maxLength + " 个字符（" + value.length() + " 个）。",
                    "is longer than " + maxLength + " characters (" + value.length() + ")."));
        }
        if (value.chars().anyMatch(c -> (Character.isISOControl(c) && !(lines && (c == '\n' || c == '\r' || c == '\t')))
                || c == '\u2028' || c == '\u2029')) {
            return Optional.of(new Words("含有控制字符，请删除。", "contains control characters; remove them."));
        }
        if (MARKUP.matcher(value).find()) {
            return Optional.of(new Words("含有 <script> 之类的标记，请填写纯文本。", "contains markup such as <script>; enter plain text."));
        }
        return Optional.empty();
    }
}
