package cn.chia.governance.charter;

/** Whether a meeting is quorate; {@code required} is the smallest number present that meets {@code rule}. */
public record QuorumCheck(boolean met, Body body, int seats, int inPerson, int byProxy, int required, Rule rule, String reason) {

    /** In person + by proxy. */
    public int present() {
        return inPerson + byProxy;
    }
}
