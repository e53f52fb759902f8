package cn.chia.governance.charter;

import java.util.Locale;

/** The language a person reads: Chinese (the charter's binding text, the default) or English. */
public enum Language {
    ZH("zh", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** "zh" or "en", as stored with a case and a member. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of a stored code; Chinese when none is stored ("zh-CN" and "zh" are Chinese, "en-GB" English). */
    public static Language of(Object code) {
        if (code == null || code.toString().isBlank()) {
            return ZH;
        }
        String text = code.toString().strip().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (text.equals(language.code) || text.startsWith(language.code + "-") || text.startsWith(language.code + "_")) {
                return language;
            }
        }
        throw new Unacceptable("不是本会使用的语言：" + code + "（zh 中文或 en 英文）。",
                "Not a language of the Association: " + code + " (zh or en).");
    }
}
