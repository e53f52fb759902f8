package cn.chia.governance.charter;

/**
 * A value the charter's rules cannot work with (a fraction that is none, a negative count, a setting out of range, a
 * body a rule does not concern), in Chinese and English. {@link #getMessage()} is English, as the log shows it;
 * {@link #words()} is what a person reads.
 */
public class Unacceptable extends IllegalArgumentException implements Words.Said {

    private static final long serialVersionUID = 1L;

    private final transient Words words;

    public Unacceptable(String zh, String en) {
        super(en);
        this.words = new Words(zh, en);
    }

    @Override
    public Words words() {
        return words;
    }
}
