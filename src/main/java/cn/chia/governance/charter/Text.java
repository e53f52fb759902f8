package cn.chia.governance.charter;

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

    /** What is wrong with {@code value} as the text of a field, or null when nothing is. */
    public static String problem(String value, int maxLength, boolean lines) {
        if (value.length() > maxLength) {
            return "is longer than " + maxLength + " characters (" + value.length() + ").";
        }
        if (value.chars().anyMatch(c -> (Character.isISOControl(c) && !(lines && (c == '\n' || c == '\r' || c == '\t')))
                || c == '\u2028' || c == '\u2029')) {
            return "contains control characters; remove them.";
        }
        if (MARKUP.matcher(value).find()) {
            return "contains markup such as <script>; enter plain text.";
        }
        return null;
    }
}
