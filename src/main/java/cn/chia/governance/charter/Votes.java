package cn.chia.governance.charter;

/** The votes recorded at a meeting. Negative numbers are refused with {@link InvalidTallyException}. */
public record Votes(int inFavour, int against, int abstentions) {

    public Votes {
        requireNotNegative("Votes in favour", inFavour);
        requireNotNegative("Votes against", against);
        requireNotNegative("Abstentions", abstentions);
        if ((long) inFavour + against + abstentions > Integer.MAX_VALUE) {
            throw new InvalidTallyException("Too many votes recorded: " + ((long) inFavour + against + abstentions) + ".");
        }
    }

    /** In favour + against + abstentions. */
    public int cast() {
        return inFavour + against + abstentions;
    }

    private static void requireNotNegative(String what, int value) {
        if (value < 0) {
            throw new InvalidTallyException(what + " cannot be negative: " + value + ".");
        }
    }
}
