package cn.chia.governance.charter;

/** A tally or configuration the charter cannot accept. The message is shown to the clerk as is. */
public class InvalidTallyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidTallyException(String message) {
        super(message);
    }
}
