package cn.chia.governance.charter;

/**
 * The outcome of a vote at a quorate meeting. {@code required} is the smallest number of votes in favour
 * that meets {@code rule}; {@code matter} is null for an ordinary resolution.
 */
public record Decision(Outcome outcome, Body body, Matter matter, int seats, int inPerson, int byProxy, Votes votes,
                       int required, Rule rule, Comparison comparison, String reason) {

    /** In person + by proxy. */
    public int present() {
        return inPerson + byProxy;
    }

    public boolean adopted() {
        return outcome == Outcome.ADOPTED;
    }
}
