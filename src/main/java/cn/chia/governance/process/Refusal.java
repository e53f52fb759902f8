package cn.chia.governance.process;

import org.camunda.bpm.engine.BadUserRequestException;

import cn.chia.governance.charter.Words;

/**
 * The application refuses what a person asked, with the reason in Chinese and English; the answer to the caller
 * (the API, Tasklist's form, the applicant's page) carries the reason in the caller's language. Nothing is written:
 * the engine rolls the transaction back. {@link #status()} is 400 unless the refusal says otherwise (an unknown case
 * 404, a case no longer in that state 409, a role that may not 403, a form of answer not given 406). The message, as the log shows it, holds both.
 */
public class Refusal extends BadUserRequestException implements Words.Said {

    private static final long serialVersionUID = 1L;

    private final transient Words words;
    private final int status;

    public Refusal(String zh, String en) {
        this(new Words(zh, en));
    }

    public Refusal(Words words) {
        this(400, words);
    }

    private Refusal(int status, Words words) {
        super(words.both());
        this.words = words;
        this.status = status;
    }

    public static Refusal notFound(String zh, String en) {
        return new Refusal(404, new Words(zh, en));
    }

    public static Refusal conflict(String zh, String en) {
        return new Refusal(409, new Words(zh, en));
    }

    public static Refusal forbidden(String zh, String en) {
        return new Refusal(403, new Words(zh, en));
    }

    /** The answer cannot be given in the form asked for (an {@code Accept} or {@code format} the endpoint does not give). */
    public static Refusal notAcceptable(String zh, String en) {
        return new Refusal(406, new Words(zh, en));
    }

    @Override
    public Words words() {
        return words;
    }

    public int status() {
        return status;
    }
}
