package cn.chia.governance.charter;

/** How a threshold such as "2/3" is read. */
public enum Comparison {
    /** Strictly more than the fraction, as the charter says ("more than two thirds"). */
    MORE_THAN("more than", "超过"),
    /** The fraction itself or more: the Civil Code art. 1259 reading of 以上. */
    AT_LEAST("at least", "不少于");

    private final String words;
    private final String chineseWords;

    Comparison(String words, String chineseWords) {
        this.words = words;
        this.chineseWords = chineseWords;
    }

    /** "超过" or "不少于". */
    public String chineseWords() {
        return chineseWords;
    }

    /** "more than" or "at least". */
    public String words() {
        return words;
    }
}
