package cn.chia.governance.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.charter.Outcome;

/**
 * What a case that waits for a decision of the Council, the Standing Council or the General Assembly
 * shares with the meeting that decides it: the case declares its matter and title, the meeting sends
 * {@link #DECISION_TAKEN} with the outcome, the resolution, the deciding body and the reason.
 */
public class WaitingCase extends CaseVariables {

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

    public WaitingCase(VariableScope scope) {
        super(scope);
    }

    /** What a case declares when it starts to wait for a decision on its matter. */
    public final void awaitDecision(String caseNumber, Matter matter, String title) {
        set(CASE_NUMBER, caseNumber);
        set(MATTER, matter.name());
        set(CASE_TITLE, title);
    }

    /** What a case declares when it goes on to wait for another decision (the same number and title). */
    public final void awaitDecision(Matter matter) {
        set(MATTER, matter.name());
    }

    public final String caseNumber() {
        return text(CASE_NUMBER);
    }

    public final String caseTitle() {
        return text(CASE_TITLE);
    }

    /** The matter the case waits for, as sent; {@code null} when unknown. */
    public final String declaredMatter() {
        return text(MATTER);
    }

    /** The outcome as sent, unchecked ({@link CheckDeliveredDecision} checks it against the minutes). */
    public final String deliveredOutcome() {
        return text(DECISION_OUTCOME);
    }

    public final String resolutionNumber() {
        return text(RESOLUTION_NUMBER);
    }

    public final String decidingBody() {
        return text(DECIDING_BODY);
    }

    /** The tally's reason in the language; English when the case got no Chinese one. */
    public final Object decisionReason(Language language) {
        Object chinese = value(DECISION_REASON_ZH);
        return language == Language.ZH && chinese != null ? chinese : value(DECISION_REASON);
    }

    /** The variables of the {@link #DECISION_TAKEN} message a meeting sends to the case it decided. */
    public static Map<String, Object> decision(Outcome outcome, String resolutionNumber, Body body, String reason,
            String reasonInChinese) {
        Map<String, Object> sent = new HashMap<>();
        sent.put(DECISION_OUTCOME, outcome.name());
        sent.put(RESOLUTION_NUMBER, resolutionNumber);
        sent.put(DECIDING_BODY, body.name());
        sent.put(DECISION_REASON, reason);
        sent.put(DECISION_REASON_ZH, reasonInChinese);
        return sent;
    }
}
