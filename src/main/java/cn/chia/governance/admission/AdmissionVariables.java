package cn.chia.governance.admission;

import cn.chia.governance.process.WaitingCase;


/** Names that the admission's forms, API clients, delegates and tests share. */
public final class AdmissionVariables {

    public static final String PROCESS_KEY = "membership-admission";

    // the application (start form, REST start)
    public static final String APPLICANT_KIND = "applicantKind";
    public static final String APPLICANT_NAME = "applicantName";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String IDENTITY_NUMBER = "identityNumber";
    public static final String CREDIT_CODE = "creditCode";
    public static final String ORGANISATION = "organisation";
    public static final String FIELD = "field";
    public static final String STATEMENT = "statement";
    public static final String SUPPORTS_CHARTER = "supportsCharter";
    public static final String WILLING_TO_JOIN = "willingToJoin";
    public static final String BRANCH = "branch";
    /** The language the applicant reads, {@code zh} (the default) or {@code en}: the notices and status texts are in it. */
    public static final String LANGUAGE = "language";

    /** SHA-256 (hex) of the receipt secret an applicant got from the applicants' API; the secret itself is never stored. */
    public static final String RECEIPT_HASH = "receiptHash";

    // set when the application is received
    public static final String CASE_NUMBER = WaitingCase.CASE_NUMBER;
    public static final String BRANCH_RECOMMENDED = "branchRecommended";

    // the branch's recommendation
    public static final String RECOMMENDATION = "recommendation";
    public static final String RECOMMEND = "RECOMMEND";
    public static final String DECLINE = "DECLINE";
    public static final String REASON = "reason";

    // the Liaison Department's review
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String FORWARD = "FORWARD";
    public static final String MORE_INFORMATION = "MORE_INFORMATION";
    public static final String REJECT = "REJECT";
    public static final String INFORMATION_REQUESTED = "informationRequested";
    public static final String INFORMATION_PROVIDED = "informationProvided";

    // a foreign member's filing with CAST, as the call activity returns it
    public static final String CAST_NOTE = "castNote";

    // the result
    public static final String MEMBERSHIP_NUMBER = "membershipNumber";
    /** Input parameter of a notification task: which message the applicant gets. */
    public static final String NOTICE = "notice";

    private AdmissionVariables() {
    }
}
