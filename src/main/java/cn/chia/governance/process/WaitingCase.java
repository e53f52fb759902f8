package cn.chia.governance.process;

/**
 * What a case that waits for a decision of the Council, the Standing Council or the General Assembly
 * shares with the meeting that decides it: the case declares its matter and title, the meeting sends
 * {@link #DECISION_TAKEN} with the outcome, the resolution, the deciding body and the reason.
 */
public final class WaitingCase {

    /** The message a case waits for; correlated by the case's business key. */
    public static final String DECISION_TAKEN = "DecisionTaken";

    // what a waiting case declares
    public static final String CASE_NUMBER = "caseNumber";
    public static final String MATTER = "matter";
    public static final String CASE_TITLE = "caseTitle";

    // what it is sent
    public static final String DECISION_OUTCOME = "decisionOutcome";
    public static final String RESOLUTION_NUMBER = "resolutionNumber";
    /** The tally's reason in English; {@link #DECISION_REASON_ZH} in Chinese, for a case whose applicant or member reads Chinese. */
    public static final String DECISION_REASON = "decisionReason";
    public static final String DECISION_REASON_ZH = "decisionReasonZh";
    public static final String DECIDING_BODY = "decidingBody";

    private WaitingCase() {
    }
}
