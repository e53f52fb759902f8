package cn.chia.governance.register;

import cn.chia.governance.charter.Words;

/**
 * The register refuses a change it was asked for (a date in the future, a member it does not hold, a card no longer
 * valid), with the reason in Chinese and English. Nothing is written. The message is the Chinese sentence followed
 * by the English one.
 */
public class RecordRefused extends IllegalArgumentException implements Words.Said {

    private static final long serialVersionUID = 1L;

    private final transient Words words;

    public RecordRefused(String chinese, String english) {
        super(chinese + " " + english);
        this.words = new Words(chinese, english);
    }

    @Override
    public Words words() {
        return words;
    }
}
