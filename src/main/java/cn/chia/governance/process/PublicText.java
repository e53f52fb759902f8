package cn.chia.governance.process;

import java.util.Optional;

/**
 * Text the public sends (an applicant's answer) checked as the form of the same field checks it: required,
 * the form's length limits, no control characters (line breaks and tabs only in a multi-line field), no markup.
 * The refusal names the field, in Chinese and in English.
 */
public final class PublicText {

    private PublicText() {
    }

    /** What is wrong with {@code value} as the field {@code key} of the form {@code formId}, or empty. */
    public static Optional<String> problem(String formId, String key, String chineseName, Object value) {
        FormFields.Field field = FormFields.field(formId, key);
        String english = field.problem(value);
        if (english == null) {
            return Optional.empty();
        }
        return Optional.of(chineseName + "（" + key + "）" + chinese(field, english, value) + " '" + key + "' " + english);
    }

    private static String chinese(FormFields.Field field, String english, Object value) {
        if (english.startsWith("is required")) {
            return "为必填项。";
        }
        if (english.startsWith("is longer")) {
            return "不得超过 " + field.maxLength() + " 个字符（现为 " + ((String) value).length() + " 个）。";
        }
        if (english.startsWith("contains control")) {
            return "含有控制字符，请删除。";
        }
        if (english.startsWith("contains markup")) {
            return "含有 <script> 之类的标记，请输入纯文本。";
        }
        if (english.startsWith("needs at least")) {
            return "至少需要 " + field.minLength() + " 个字符。";
        }
        return "不符合要求。";
    }
}
