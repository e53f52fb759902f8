package cn.chia.governance.charter;

/**
 * The officers of the association, elected or appointed by the Council (charter, functions of the Council, item 2:
 * "elect and remove the executive director, vice chairman and chairman; appoint and dismiss the Secretary General").
 * The charter's list of current leaders names a president, an executive vice president, vice presidents and a
 * secretary-general.
 */
public enum Office {
    PRESIDENT("president", "会长", true),
    EXECUTIVE_VICE_PRESIDENT("executive vice president", "常务副会长", false),
    VICE_PRESIDENT("vice president", "副会长", false),
    SECRETARY_GENERAL("secretary-general", "秘书长", true);

    private final String title;
    private final String chineseTitle;
    private final boolean single;

    Office(String title, String chineseTitle, boolean single) {
        this.title = title;
        this.chineseTitle = chineseTitle;
        this.single = single;
    }

    public String title() {
        return title;
    }

    public String chineseTitle() {
        return chineseTitle;
    }

    /** Held by one person at a time: the president and the secretary-general. */
    public boolean single() {
        return single;
    }
}
