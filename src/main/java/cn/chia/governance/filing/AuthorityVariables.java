package cn.chia.governance.filing;

/** Names shared by the procedures that wait for an outside authority (CAST, the Ministry of Civil Affairs). */
public final class AuthorityVariables {

    /** The user tasks in which an authority's answer is recorded, in Tasklist or through the filings API. */
    public static final String RECORD_CAST_ANSWER = "UserTask_RecordCastAnswer";
    public static final String RECORD_MCA_ANSWER = "UserTask_RecordMcaAnswer";

    public static final String AUTHORITY = "authority";
    public static final String ALLOWED_ANSWERS = "allowedAnswers";
    public static final String AUTHORITY_ANSWER = "authorityAnswer";
    public static final String AUTHORITY_REFERENCE = "authorityReference";
    public static final String AUTHORITY_NOTE = "authorityNote";
    public static final String ANSWERED_ON = "answeredOn";
    public static final String APPROVED = "APPROVED";
    public static final String RETURNED = "RETURNED";
    public static final String REFUSED = "REFUSED";

    public static final String SUBMITTED_ON = "submittedOn";
    public static final String CAST_REFERENCE = "castReference";

    private AuthorityVariables() {
    }
}
