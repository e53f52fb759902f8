package cn.chia.governance.charter;

/** The result of a vote. */
public enum Outcome {
    ADOPTED, REJECTED
}
