package cn.chia.governance.charter;

/**
 * The outcome of a vote at a quorate meeting. {@code required} is the smallest number of votes in favour
 * that meets {@code rule}; {@code matter} is null for an ordinary resolution.
 */
public record Decision(Outcome outcome, Body body, Matter matter, int seats, int inPerson, int byProxy, Votes votes,
                       int required, Rule rule, Comparison comparison) {

    /** In person + by proxy. */
    public int present() {
        return inPerson + byProxy;
    }

    public boolean adopted() {
        return outcome == Outcome.ADOPTED;
    }

    /** Why, as numbers that read in either language. */
    public Reason why() {
        return new Reason(adopted() ? Reason.Kind.ADOPTED : Reason.Kind.REJECTED, body, votes.inFavour(), present(),
                comparison, rule.fraction(), required);
    }

    /** E.g. "Adopted: 61 of 80 directors present voted in favour; more than two thirds requires at least 54." */
    public String reason() {
        return reason(Language.EN);
    }

    /** E.g. "通过：出席的 80 名理事中 61 名赞成；超过三分之二需至少 54 名。" */
    public String reason(Language language) {
        return why().in(language);
    }
}
