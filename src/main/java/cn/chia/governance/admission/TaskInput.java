package cn.chia.governance.admission;

import java.util.List;

import cn.chia.governance.charter.Words;
import cn.chia.governance.process.Refusal;

/**
 * What the admission's task listeners check on the server of what a reviewer submits (REST clients skip the form):
 * a known decision, and the text the applicant will be told. A refusal leaves the task open with its message. The
 * lengths are the forms' own rules, checked by {@code SubmittedFields} for a person and by the applicants' API for an
 * applicant.
 */
final class TaskInput {

    private TaskInput() {
    }

    /** One value a choice allows, with its words: "推荐（RECOMMEND）", "recommend (RECOMMEND)". */
    record Choice(String value, String zh, String en) {

        Words named() {
            return new Words(zh + "（" + value + "）", en + " (" + value + ")");
        }
    }

    /** {@code value} of the choice {@code what}, refused unless it is one of {@code allowed}. */
    static String oneOf(Words what, String value, List<Choice> allowed) {
        if (value == null || allowed.stream().noneMatch(choice -> choice.value().equals(value))) {
            Words choices = Words.list(allowed.stream().map(Choice::named).toList());
            throw new Refusal("请选择" + what.zh() + "：" + choices.zh() + "；收到的是 " + value + "。",
                    "Choose " + what.en() + ", one of " + choices.en() + "; got " + value + ".");
        }
        return value;
    }

    /** Refuses a missing or blank text with {@code message}. */
    static void required(String value, Words message) {
        if (value == null || value.isBlank()) {
            throw new Refusal(message);
        }
    }
}
