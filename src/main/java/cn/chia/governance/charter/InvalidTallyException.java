package cn.chia.governance.charter;

import java.util.Objects;

/**
 * A tally or configuration the charter cannot accept. {@link #getMessage()} is English, as the log shows it;
 * {@link #words()} is what the clerk reads, in Chinese and English.
 */
public class InvalidTallyException extends RuntimeException implements Words.Said {

    private static final long serialVersionUID = 1L;

    private final String chinese;

    public InvalidTallyException(String chinese, String english) {
        super(english);
        this.chinese = Objects.requireNonNull(chinese, "chinese");
    }

    @Override
    public Words words() {
        return new Words(chinese, getMessage());
    }
}
