package cn.chia.governance.charter;

/**
 * How many votes a candidate needs to be elected. The charter says only that directors and executive directors are
 * "elected by secret ballot" and that the General Assembly's resolutions take "more than half" of those present; the
 * Association's election rules read it as more than half of the valid ballots (the default), or of the ballots cast.
 * Exact integer arithmetic: {@code votes * 2 > ballots}; exactly half is not enough.
 */
public enum ElectionMajority {
    MORE_THAN_HALF_OF_VALID_BALLOTS("超过有效票的半数", "more than half of the valid ballots"),
    MORE_THAN_HALF_OF_BALLOTS_CAST("超过所投选票的半数", "more than half of the ballots cast");

    /** The charter's clause this reading rests on. */
    public static final String CLAUSE = "Charter, the Council: elected by secret ballot; General Assembly: more than half";

    private final String chinese;
    private final String english;

    ElectionMajority(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    /** The ballots the majority is counted on. */
    public int base(int validBallots, int ballotsCast) {
        return this == MORE_THAN_HALF_OF_VALID_BALLOTS ? validBallots : ballotsCast;
    }

    /** Whether {@code votes} is more than half of the base: exactly half is not. */
    public boolean reached(long votes, int validBallots, int ballotsCast) {
        return votes * 2 > base(validBallots, ballotsCast);
    }

    /** The fewest votes that reach it. */
    public int least(int validBallots, int ballotsCast) {
        return base(validBallots, ballotsCast) / 2 + 1;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }
}
