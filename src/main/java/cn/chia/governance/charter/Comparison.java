package cn.chia.governance.charter;

/** How a threshold such as "2/3" is read. */
public enum Comparison {
    /** Strictly more than the fraction, as the charter says ("more than two thirds"). */
    MORE_THAN("more than"),
    /** The fraction itself or more: the Civil Code art. 1259 reading of 以上. */
    AT_LEAST("at least");

    private final String words;

    Comparison(String words) {
        this.words = words;
    }

    /** "more than" or "at least". */
    public String words() {
        return words;
    }
}
