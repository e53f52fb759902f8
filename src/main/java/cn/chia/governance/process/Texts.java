package cn.chia.governance.process;


import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Language;

/**
 * The words the application writes to applicants, members and the Secretariat, from the bundles
 * {@code messages.properties} (English) and {@code messages_zh.properties} (Chinese). A missing key is an
 * error, never a raw key in a message. Dates read 2026年11月24日 in Chinese and 24 November 2026 in English.
 */
@Component
public class Texts {

    /** A subject and a body. */
    public record Message(String subject, String body) {
    }

    public static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.SIMPLIFIED_CHINESE);
    public static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();

    public Texts() {
        bundles.setBasename("messages");
        bundles.setDefaultEncoding(StandardCharsets.UTF_8.name());
        bundles.setFallbackToSystemLocale(false);
        bundles.setAlwaysUseMessageFormat(true);
    }

    /** The text of {@code key} in the language, {0}, {1}, ... filled with {@code arguments} as they are. */
    public String get(Language language, String key, Object... arguments) {
        Object[] asText = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            asText[i] = arguments[i] == null ? "" : arguments[i].toString(); // no "1,234" or locale dates from MessageFormat
        }
        return bundles.getMessage(key, asText, language.locale());
    }

    /** 2026年11月24日, or 24 November 2026. */
    public static String date(Language language, LocalDate date) {
        return date.format(language == Language.ZH ? CHINESE_DATE : ENGLISH_DATE);
    }


    /** The notice {@code kind} to {@code name}: subject and body of {@code notice.<kind>.*}, the body after the greeting. */
    public Message notice(String kind, Language language, String name, Object... arguments) {
        return new Message(get(language, "notice." + kind + ".subject", arguments),
                get(language, "greeting", name) + "\n\n" + get(language, "notice." + kind + ".body", arguments));
    }
}
