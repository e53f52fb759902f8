package cn.chia.governance.charter;

/** The votes recorded at a meeting. Negative numbers are refused with {@link InvalidTallyException}. */
public record Votes(int inFavour, int against, int abstentions) {

    public Votes {
        requireNotNegative("赞成票", "Votes in favour", inFavour);
        requireNotNegative("反对票", "Votes against", against);
        requireNotNegative("弃权票", "Abstentions", abstentions);
        if ((long) inFavour + against + abstentions > Integer.MAX_VALUE) {
            throw new InvalidTallyException("登记的票数过多。", "Too many votes recorded: " + ((long) inFavour + against + abstentions) + ".");
        }
    }

    /** In favour + against + abstentions. */
    public int cast() {
        return inFavour + against + abstentions;
    }

    private static void requireNotNegative(String chinese, String what, int value) {
        if (value < 0) {
            throw new InvalidTallyException(chinese + "不能为负数：" + value + "。", what + " cannot be negative: " + value + ".");
        }
    }
}
