package cn.chia.governance.charter;

/** The kind of act that puts a person on a roster. */
public enum ActKind {
    /** Elected: directors and supervisors by the General Assembly, executive directors and officers by the Council. */
    ELECTION("election", "选举"),
    /** Appointed or confirmed by a resolution (the secretary-general, representatives chosen by the Council). */
    RESOLUTION("resolution", "决议"),
    /** Changed by one person through the mid-term adjustment of directors (its own procedure). */
    MID_TERM_ADJUSTMENT("mid-term adjustment", "届中调整");

    private final String words;
    private final String chineseWords;

    ActKind(String words, String chineseWords) {
        this.words = words;
        this.chineseWords = chineseWords;
    }

    public String words() {
        return words;
    }

    public String chineseWords() {
        return chineseWords;
    }
}
