package cn.chia.governance.register;

import cn.chia.governance.charter.Words;

/**
 * What the register holds already keeps it from a change: a member who has left, a ballot cast, a director whose
 * service has ended. The reason in Chinese and English; nothing is written. The message is the Chinese sentence
 * followed by the English one.
 */
public class AlreadyRecorded extends IllegalStateException implements Words.Said {

    private static final long serialVersionUID = 1L;

    private final transient Words words;

    public AlreadyRecorded(String chinese, String english) {
        super(chinese + " " + english);
        this.words = new Words(chinese, english);
    }

    @Override
    public Words words() {
        return words;
    }
}
