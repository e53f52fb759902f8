package cn.chia.governance.charter;

/** What a fraction is taken of: all seats of the body, or the members present. */
public enum Base {
    SEATS, PRESENT
}
