package cn.chia.governance.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.Words;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The language of the person calling: the one the webapps and the applicant's pages show (they keep it in the
 * cookie {@value #COOKIE}: a user who chose English in Tasklist on a Chinese browser reads English), else the
 * first language of {@code Accept-Language} (Chinese for {@code zh…}, English for any other). A call that states
 * none reads both languages, Chinese first.
 */
public final class CallerLanguage {

    public static final String COOKIE = "governance.language";

    private CallerLanguage() {
    }

    public static Optional<Language> of(HttpServletRequest request) {
        if (request == null) {
            return Optional.empty();
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    Optional<Language> chosen = language(cookie.getValue());
                    if (chosen.isPresent()) {
                        return chosen;
                    }
                }
            }
        }
        String accepted = request.getHeader("Accept-Language");
        if (accepted == null || accepted.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(accepted);
            return ranges.stream().filter(range -> range.getWeight() > 0).findFirst()
                    .flatMap(range -> range.getRange().equals("*") ? Optional.empty() : language(range.getRange()));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** The text as the caller reads it. */
    public static String say(Words words, HttpServletRequest request) {
        return of(request).map(words::in).orElseGet(words::both);
    }

    private static Optional<Language> language(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(code.strip().toLowerCase(Locale.ROOT).startsWith("zh") ? Language.ZH : Language.EN);
    }
}
