package cn.chia.governance.charter;

import java.util.Collection;
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

    @Override
    public String toString() {
        return both();
    }

    /** What carries its text in both languages: a refusal, a problem of a submission. */
    public interface Said {
        Words words();
    }
}
