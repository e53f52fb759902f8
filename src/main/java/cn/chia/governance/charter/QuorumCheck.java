package cn.chia.governance.charter;

/** Whether a meeting is quorate; {@code required} is the smallest number present that meets {@code rule}. */
public record QuorumCheck(boolean met, Body body, int seats, int inPerson, int byProxy, int required, Rule rule,
                          Comparison comparison) {

    /** In person + by proxy. */
    public int present() {
        return inPerson + byProxy;
    }

    /** Why, as numbers that read in either language. */
    public Reason why() {
        return new Reason(met ? Reason.Kind.QUORUM_MET : Reason.Kind.QUORUM_NOT_MET, body, present(), seats, comparison,
                rule.fraction(), required);
    }

    /** E.g. "Quorum not met: 60 of 90 directors present; more than two thirds requires at least 61." */
    public String reason() {
        return reason(Language.EN);
    }

    /** E.g. "未达法定人数：90 名理事中 60 名出席；超过三分之二需至少 61 名。" */
    public String reason(Language language) {
        return why().in(language);
    }
}
