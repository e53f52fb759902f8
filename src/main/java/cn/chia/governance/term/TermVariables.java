package cn.chia.governance.term;

import cn.chia.governance.admission.AdmissionCase;

/** Names that the term-extension's forms, delegates and tests share. */
public final class TermVariables {

    public static final String PROCESS_KEY = "term-extension";

    public static final String CHANGE_KIND = "changeKind";
    public static final String CURRENT_TERM_END = "currentTermEnd";
    public static final String REQUESTED_TERM_END = "requestedTermEnd";
    public static final String REASON = AdmissionCase.REASON;
    /** COUNCIL, CAST or MINISTRY_OF_CIVIL_AFFAIRS: set on the refusal flow that was taken. */
    public static final String REFUSED_BY = "refusedBy";
    public static final String MCA_REFERENCE = "mcaReference";

    private TermVariables() {
    }
}
