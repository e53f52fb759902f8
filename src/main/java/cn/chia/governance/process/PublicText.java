package cn.chia.governance.process;

import java.util.Optional;

import cn.chia.governance.charter.Words;

/**
 * Text the public sends (an applicant's answer) checked as the form of the same field checks it: required,
 * the form's length limits, no control characters (line breaks and tabs only in a multi-line field), no markup.
 * The refusal names the field, in Chinese and in English.
 */
public final class PublicText {

    private PublicText() {
    }

    /** What is wrong with {@code value} as the field {@code key} of the form {@code formId}, or empty. */
    public static Optional<Words> problem(String formId, String key, Object value) {
        FormFields.Field field = FormFields.field(formId, key);
        return Optional.ofNullable(field.problem(value)).map(problem -> SubmittedFields.named(field, problem));
    }
}
