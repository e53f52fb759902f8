package cn.chia.governance.charter;

/**
 * A tally or configuration the charter cannot accept. {@link #getMessage()} is English; {@link #bilingual()} is
 * what the clerk reads: Chinese first, then English, when the rule gave a Chinese text.
 */
public class InvalidTallyException extends RuntimeException implements Words.Said {

    private static final long serialVersionUID = 1L;

    private final String chinese;

    public InvalidTallyException(String message) {
        this(null, message);
    }

    public InvalidTallyException(String chinese, String english) {
        super(english);
        this.chinese = chinese;
    }

    /** The reason in Chinese, then in English ("中文。 English."); English alone when no Chinese was given. */
    public String bilingual() {
        return chinese == null ? getMessage() : chinese + " " + getMessage();
    }

    /** The reason in each language (English in both where the rule gave no Chinese text). */
    @Override
    public Words words() {
        return new Words(chinese == null ? getMessage() : chinese, getMessage());
    }
}
