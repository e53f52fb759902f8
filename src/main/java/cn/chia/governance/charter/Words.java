package cn.chia.governance.charter;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A text a person reads, in Chinese and in English. The application shows it in the reader's language: the
 * language Tasklist shows, the {@code Accept-Language} of an API call, the language of an applicant's page. Where
 * that is not known, both are shown, Chinese first: {@link #both()}.
 */
public record Words(String zh, String en) {

    public Words {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public String in(Language language) {
        return language == Language.ZH ? zh : en;
    }

    /** "中文。 English." */
    public String both() {
        return zh + " " + en;
    }

    /** Several texts one after the other, in each language. */
    public static Words join(Collection<Words> parts) {
        return new Words(parts.stream().map(Words::zh).collect(Collectors.joining(" ")),
                parts.stream().map(Words::en).collect(Collectors.joining(" ")));
    }

    /** Choices or names one after the other: "理事会（COUNCIL）、常务理事会（STANDING_COUNCIL）" and "the Council (COUNCIL), …". */
    public static Words list(Collection<Words> items) {
        return new Words(items.stream().map(Words::zh).collect(Collectors.joining("、")),
                items.stream().map(Words::en).collect(Collectors.joining(", ")));
    }

    /**
     * What is wrong with a form, field by field, after what it keeps from happening: "议题无法受理。请填写议题名称…" and
     * "The matter cannot be received: matterTitle: Enter the title …"; the English names the fields for REST clients.
     */
    public static Words byField(Words intro, Map<String, Words> problems) {
        return new Words(intro.zh() + problems.values().stream().map(Words::zh).collect(Collectors.joining("")),
                intro.en() + problems.entrySet().stream().map(p -> " " + p.getKey() + ": " + p.getValue().en())
                        .collect(Collectors.joining("")));
    }

    @Override
    public String toString() {
        return both();
    }

    /** What carries its text in both languages: a refusal, a problem of a submission. */
    public interface Said {
        Words words();
    }
}
