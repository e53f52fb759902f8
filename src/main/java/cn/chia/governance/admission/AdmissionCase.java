package cn.chia.governance.admission;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.charter.MembershipApplication;
import cn.chia.governance.register.Masking;
import cn.chia.governance.process.PersonalFields;
import cn.chia.governance.process.WaitingCase;
import cn.chia.governance.register.Applicant;
import cn.chia.governance.register.PersonalData;

/**
 * An admission: the only code that reads or writes its process variables. It waits for the decision of the Council
 * (or the Standing Council) on its matter. The names are the variables' names that the admission's forms, API
 * clients and tests share.
 */
public class AdmissionCase extends WaitingCase {

    public static final String PROCESS_KEY = "membership-admission";

    // the application (start form, REST start)
    public static final String APPLICANT_KIND = "applicantKind";
    public static final String APPLICANT_NAME = "applicantName";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String IDENTITY_NUMBER = "identityNumber";
    /**
     * A foreign expert's passport number as the start form asks for it, apart from a person's resident identity
     * number so that each field checks its own pattern; kept as {@link #IDENTITY_NUMBER} once received.
     */
    public static final String PASSPORT_NUMBER = "passportNumber";
    public static final String CREDIT_CODE = "creditCode";
    public static final String ORGANISATION = "organisation";
    public static final String FIELD = "field";
    public static final String STATEMENT = "statement";
    public static final String SUPPORTS_CHARTER = "supportsCharter";
    public static final String WILLING_TO_JOIN = "willingToJoin";
    public static final String BRANCH = "branch";
    /** The branch's name as the forms show it ("北京分支机构 Beijing Branch"), from the settings. */
    public static final String BRANCH_NAME = "branchName";
    /** The language the applicant reads, {@code zh} (the default) or {@code en}: the notices and status texts are in it. */
    public static final String LANGUAGE = "language";

    // the consent to the notice on personal information (docs/security.md, "Personal information")
    /**
     * The applicant consents to the notice on personal information ({@code /apply}), or the clerk or branch who enters
     * the application attests that the applicant did (the start form).
     */
    public static final String PRIVACY_CONSENT = "privacyConsent";
    /**
     * The version of the notice consented to ({@code governance.privacy.notice-version}): the applicants' API must name
     * the version the page showed; a start through the engine that names none records the version in force.
     */
    public static final String PRIVACY_NOTICE_VERSION = "privacyNoticeVersion";
    /**
     * The separate consent to the processing of the identity document number (a person's or a foreign expert's),
     * sensitive personal information (PIPL art. 28, 29); a unit gives no such number and no such consent.
     */
    public static final String IDENTITY_NUMBER_CONSENT = "identityNumberConsent";
    /** When the consent was received: the time the application was received, by the engine's clock. */
    public static final String PRIVACY_CONSENTED_AT = "privacyConsentedAt";

    /** SHA-256 (hex) of the receipt secret an applicant got from the applicants' API; the secret itself is never stored. */
    public static final String RECEIPT_HASH = "receiptHash";

    // set when the application is received
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
    /** Input parameter of a notification task: which {@link Notice} the applicant gets. */
    public static final String NOTICE = "notice";

    /** The activities of {@code membership-admission} that Java names. */
    public enum Step {
        RECOMMEND_CANDIDATE("UserTask_RecommendCandidate"),
        REVIEW_APPLICATION("UserTask_ReviewApplication"),
        RECORD_INFORMATION("UserTask_RecordInformation"),
        INFORMATION_LAPSED("BoundaryEvent_InformationLapsed"),
        DECISION_TAKEN("Event_DecisionTaken"),
        FOREIGN_REVIEW_DECIDED("Event_ForeignReviewDecided"),
        FOREIGN_APPROVAL_DECIDED("Event_ForeignApprovalDecided"),
        FILE_WITH_CAST("CallActivity_FileWithCast"),
        REGISTER_MEMBER("ServiceTask_RegisterMember"),
        MEMBER_ADMITTED("EndEvent_MemberAdmitted"),
        APPLICATION_REJECTED("EndEvent_ApplicationRejected"),
        REJECTED_BY_COUNCIL("EndEvent_RejectedByCouncil"),
        FOREIGN_REVIEW_NOT_ADOPTED("EndEvent_ForeignReviewNotAdopted"),
        FOREIGN_APPROVAL_NOT_ADOPTED("EndEvent_ForeignApprovalNotAdopted"),
        REFUSED_BY_CAST("EndEvent_RefusedByCast"),
        DECLINED_BY_BRANCH("EndEvent_DeclinedByBranch"),
        APPLICATION_LAPSED("EndEvent_ApplicationLapsed");

        private final String id;

        Step(String id) {
            this.id = id;
        }

        /** The activity id in the BPMN. */
        public String id() {
            return id;
        }

        /** The step of an activity id; empty for an activity Java does not name (or none). */
        public static Optional<Step> of(String activityId) {
            return Arrays.stream(values()).filter(step -> step.id.equals(activityId)).findFirst();
        }
    }

    /**
     * The notices an applicant gets; the texts are {@code notice.<name>.*} of the message bundles. A notification
     * task of the BPMN names its notice in the input parameter {@link #NOTICE}.
     */
    public enum Notice {
        DECLINED_BY_BRANCH, REJECTED_IN_REVIEW, INFORMATION_REQUESTED, LAPSED, REJECTED_BY_COUNCIL, REFUSED_BY_CAST,
        ADMITTED,
        /** To the applicant of an open case, when a second application with the same number came. */
        SECOND_APPLICATION,
        /** To the applicant who asked for a new receipt secret: it carries the secret (and is stored without it). */
        NEW_SECRET
    }

    /** Who an open case writes to. */
    public record Contact(String applicantName, String email, Language language) {
    }

    /** What the history of a case keeps that the applicant is shown. */
    public record Recorded(String receiptHash, String branch, String informationRequested, String membershipNumber,
            String reason, String decisionReason, String resolutionNumber, String castNote, Language language,
            String applicantName, String email) {
    }

    public AdmissionCase(VariableScope scope) {
        super(scope);
    }

    public static AdmissionCase of(VariableScope scope) {
        return new AdmissionCase(scope);
    }

    /**
     * The consent to the notice on personal information as sent: {@code consented} to the notice of
     * {@code noticeVersion} (null: none named), and {@code identityNumberConsent} separately to the processing of the
     * identity document number.
     */
    public record PrivacyConsent(Boolean consented, String noticeVersion, Boolean identityNumberConsent) {
    }

    /** The variables an admission starts with when an applicant applies through the applicants' API. */
    public static Map<String, Object> applied(MembershipApplication application, PrivacyConsent consent, String branch,
            Language language, String receiptHash) {
        boolean unit = MembershipApplication.UNIT.equals(application.applicantKind());
        Map<String, Object> variables = new HashMap<>();
        variables.put(APPLICANT_KIND, application.applicantKind());
        variables.put(APPLICANT_NAME, application.applicantName().strip());
        variables.put(EMAIL, application.email().strip());
        variables.put(PHONE, application.phone().strip());
        variables.put(IDENTITY_NUMBER, unit ? null : application.identityNumber());
        variables.put(CREDIT_CODE, unit ? application.creditCode() : null);
        variables.put(ORGANISATION, application.organisation().strip());
        variables.put(FIELD, application.field().strip());
        variables.put(STATEMENT, application.statement().strip());
        variables.put(SUPPORTS_CHARTER, true);
        variables.put(WILLING_TO_JOIN, true);
        variables.put(BRANCH, branch);
        variables.put(LANGUAGE, language.code());
        variables.put(RECEIPT_HASH, receiptHash);
        variables.put(PRIVACY_CONSENT, consent.consented());
        variables.put(PRIVACY_NOTICE_VERSION, consent.noticeVersion());
        variables.put(IDENTITY_NUMBER_CONSENT, unit ? null : consent.identityNumberConsent());
        return variables;
    }

    /** The variables that complete {@link Step#RECORD_INFORMATION} with the applicant's answer. */
    static Map<String, Object> answered(String information) {
        return Map.of(INFORMATION_PROVIDED, information);
    }

    /**
     * Which start variables hold a person's identity document number (a resident identity number, or a foreign
     * expert's passport number) and telephone number: the engine keeps them masked, the vault in full.
     */
    public static final PersonalFields PERSONAL_FIELDS = new PersonalFields(PROCESS_KEY,
            List.of(IDENTITY_NUMBER, PASSPORT_NUMBER), List.of(PHONE));

    /**
     * The open admission of the person or unit that {@code application} identifies, if there is one: a unit by its
     * credit code among the running cases' variables, a person by the identity number in the vault (the variables hold
     * it masked).
     */
    static Optional<String> openCaseOf(RuntimeService runtime, PersonalData vault, MembershipApplication application) {
        if (MembershipApplication.UNIT.equals(application.applicantKind())) {
            List<ProcessInstance> open = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                    .variableValueEquals(CREDIT_CODE, application.identifyingNumber()).list();
            return open.stream().findFirst().map(ProcessInstance::getBusinessKey);
        }
        String number = application.identifyingNumber();
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return vault.casesOf(number).stream().filter(caseNumber -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(caseNumber).count() > 0).findFirst();
    }

    /** Whom the running case {@code instanceId} writes to. */
    static Contact contact(RuntimeService runtime, String instanceId) {
        Map<String, Object> variables = runtime.getVariables(instanceId, List.of(EMAIL, LANGUAGE, APPLICANT_NAME));
        return new Contact((String) variables.get(APPLICANT_NAME), (String) variables.get(EMAIL),
                Language.of(variables.get(LANGUAGE)));
    }

    /** What the history of the case {@code instanceId} keeps of it, the decision's reason in the applicant's language. */
    static Recorded recorded(HistoryService history, String instanceId) {
        Map<String, Object> variables = new HashMap<>();
        history.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
                .variableNameIn(RECEIPT_HASH, BRANCH, INFORMATION_REQUESTED, MEMBERSHIP_NUMBER, REASON,
                        DECISION_REASON, DECISION_REASON_ZH, RESOLUTION_NUMBER, CAST_NOTE, LANGUAGE, APPLICANT_NAME, EMAIL)
                .list().stream().filter(v -> instanceId.equals(v.getExecutionId()) && v.getValue() != null)
                .forEach(v -> variables.put(v.getName(), v.getValue()));
        Language language = Language.of(variables.get(LANGUAGE));
        Object decisionReason = language == Language.ZH && variables.containsKey(DECISION_REASON_ZH)
                ? variables.get(DECISION_REASON_ZH) : variables.get(DECISION_REASON);
        return new Recorded((String) variables.get(RECEIPT_HASH), (String) variables.get(BRANCH),
                (String) variables.get(INFORMATION_REQUESTED), (String) variables.get(MEMBERSHIP_NUMBER),
                (String) variables.get(REASON), (String) decisionReason, (String) variables.get(RESOLUTION_NUMBER),
                (String) variables.get(CAST_NOTE), language, (String) variables.get(APPLICANT_NAME),
                (String) variables.get(EMAIL));
    }

    /**
     * What the applicant gave, as the case keeps it, for the applicant's own copy (privacy.OwnData): {@code consent}
     * holds whatever the case recorded of the privacy notice consented to (the variables named {@code privacy…}), empty
     * for a case started before consent was recorded.
     */
    public record Given(String caseNumber, String applicantKind, String applicantName, String email, String phone,
            String identityNumber, String creditCode, String organisation, String field, String statement, String branch,
            String branchName, String language, String membershipNumber, Map<String, Object> consent) {
    }

    /** The variables of the privacy notice's consent start with it (privacyNoticeVersion, privacyConsentedAt). */
    static final String CONSENT_PREFIX = "privacy";

    /** What the case {@code caseNumber} (running or ended) keeps of what its applicant gave; empty when there is none. */
    public static Optional<Given> given(HistoryService history, String caseNumber) {
        return Optional.ofNullable(history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(caseNumber).singleResult()).map(instance -> {
                    Map<String, Object> variables = new HashMap<>();
                    history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list().stream()
                            .filter(v -> instance.getId().equals(v.getExecutionId()) && v.getValue() != null)
                            .forEach(v -> variables.put(v.getName(), v.getValue()));
                    Map<String, Object> consent = new java.util.TreeMap<>();
                    variables.forEach((name, value) -> {
                        if (name.startsWith(CONSENT_PREFIX)) {
                            consent.put(name, value instanceof java.util.Date date ? date.toInstant().toString()
                                    : value.toString());
                        }
                    });
                    Object identity = variables.get(IDENTITY_NUMBER) != null ? variables.get(IDENTITY_NUMBER)
                            : variables.get(PASSPORT_NUMBER);
                    return new Given(caseNumber, text(variables, APPLICANT_KIND), text(variables, APPLICANT_NAME),
                            text(variables, EMAIL), text(variables, PHONE), identity == null ? null : identity.toString(),
                            text(variables, CREDIT_CODE), text(variables, ORGANISATION), text(variables, FIELD),
                            text(variables, STATEMENT), text(variables, BRANCH), text(variables, BRANCH_NAME),
                            Language.of(variables.get(LANGUAGE)).code(), text(variables, MEMBERSHIP_NUMBER), consent);
                });
    }

    private static String text(Map<String, Object> variables, String name) {
        Object value = variables.get(name);
        return value == null ? null : value.toString();
    }

    /**
     * Corrects the applicant's name, e-mail address or phone number on the open case {@code caseNumber}
     * ({@code null}: as it is), as the applicant asked and the Secretariat agreed; false when no such case is open. A
     * corrected phone number goes to the vault in full and to the case masked, as a received one does.
     */
    public static boolean correct(RuntimeService runtime, PersonalData vault, String caseNumber, String name,
            String email, String phone) {
        ProcessInstance open = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(caseNumber).singleResult();
        if (open == null) {
            return false;
        }
        Map<String, Object> corrected = new HashMap<>();
        if (name != null) {
            corrected.put(APPLICANT_NAME, name);
        }
        if (email != null) {
            corrected.put(EMAIL, email);
        }
        if (phone != null) {
            vault.keep(caseNumber, vault.find(caseNumber).map(PersonalData.Kept::identityNumber).orElse(null), phone);
            corrected.put(PHONE, Masking.phone(phone));
        }
        runtime.setVariables(open.getId(), corrected);
        return true;
    }

    /** Whether the application {@code caseNumber} is still open. */
    public static boolean isOpen(RuntimeService runtime, String caseNumber) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(caseNumber).count() > 0;
    }

    /**
     * Ends the open application {@code caseNumber} at its applicant's request, with the reason the applicant's status
     * page shows (the case reads as closed); false when it is not open.
     */
    public static boolean withdraw(RuntimeService runtime, String caseNumber, String reason) {
        ProcessInstance open = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(caseNumber).singleResult();
        if (open == null) {
            return false;
        }
        runtime.deleteProcessInstance(open.getId(), reason, true);
        return true;
    }

    /** The application as the variables hold it (its identity number and telephone masked once received). */
    MembershipApplication application() {
        return application(Map.of());
    }

    /**
     * The application as it was sent: the variables, with the full values {@code sent} (by variable name) that were
     * taken out of them at the start ({@link cn.chia.governance.process.PersonalDataAtStart#sent()}).
     */
    MembershipApplication application(Map<String, String> sent) {
        String identity = sentOr(sent, IDENTITY_NUMBER);
        if (identity == null && MembershipApplication.FOREIGN.equals(text(APPLICANT_KIND))) {
            identity = sentOr(sent, PASSPORT_NUMBER);
        }
        return new MembershipApplication(text(APPLICANT_KIND), text(APPLICANT_NAME), text(EMAIL), sentOr(sent, PHONE),
                identity, text(CREDIT_CODE), text(ORGANISATION), text(FIELD), text(STATEMENT),
                yes(SUPPORTS_CHARTER), yes(WILLING_TO_JOIN));
    }

    /** The consent as the start sent it; the version null when none (or a blank one) was named. */
    PrivacyConsent privacyConsent() {
        String version = text(PRIVACY_NOTICE_VERSION);
        return new PrivacyConsent(value(PRIVACY_CONSENT) instanceof Boolean b ? b : null,
                version == null || version.isBlank() ? null : version.strip(),
                value(IDENTITY_NUMBER_CONSENT) instanceof Boolean b ? b : null);
    }


    private String sentOr(Map<String, String> sent, String name) {
        return sent.containsKey(name) ? sent.get(name) : text(name);
    }

    /**
     * The applicant, as the register enters an admitted one: the identity number and telephone from the vault's
     * {@code kept} (the variables hold them masked; none kept: as the variables hold them).
     */
    Applicant applicant(Optional<PersonalData.Kept> kept) {
        MembershipApplication a = application();
        boolean unit = MembershipApplication.UNIT.equals(a.applicantKind());
        String phone = kept.map(PersonalData.Kept::phone).orElse(a.phone());
        String identity = unit ? null : kept.map(PersonalData.Kept::identityNumber).orElse(a.identityNumber());
        return new Applicant(a.applicantKind(), a.applicantName(), a.email(), phone, identity,
                unit ? a.creditCode() : null, a.organisation(), a.field(), text(BRANCH), language());
    }

    /** The branch the application names, stripped; null when none or blank. */
    String namedBranch() {
        String branch = text(BRANCH);
        return branch == null || branch.isBlank() ? null : branch.strip();
    }

    /** The language as chosen, unchecked: null, {@code zh}, {@code en} or anything a client sent. */
    Object chosenLanguage() {
        return value(LANGUAGE);
    }

    Language language() {
        return Language.of(value(LANGUAGE));
    }

    String email() {
        return text(EMAIL);
    }

    /**
     * What a received application records: the branch (null: none) and its name, the language and whether its branch
     * entered it; and the consent to the notice on personal information: its version and when it was received (a
     * unit gives no identity number, and its identity number consent, if one was sent, is not kept).
     */
    void receive(MembershipApplication application, String caseNumber, Matter matter, String title, String branch,
            String branchName, Language language, boolean branchRecommended, String noticeVersion,
            java.util.Date consentedAt) {
        set(PRIVACY_CONSENT, true);
        set(PRIVACY_NOTICE_VERSION, noticeVersion);
        set(PRIVACY_CONSENTED_AT, consentedAt);
        if (MembershipApplication.UNIT.equals(application.applicantKind())) {
            scope.removeVariable(IDENTITY_NUMBER_CONSENT);
        }
        if (!MembershipApplication.UNIT.equals(application.applicantKind())) {
            // a person's with a capital X, a passport's as typed; masked: the vault keeps it in full
            set(IDENTITY_NUMBER, Masking.identityNumber(application.identityNumber()));
        }
        set(PHONE, Masking.phone(application.phone()));
        scope.removeVariable(PASSPORT_NUMBER);
        awaitDecision(caseNumber, matter, title);
        set(BRANCH, branch);
        set(BRANCH_NAME, branchName);
        set(LANGUAGE, language.code());
        set(BRANCH_RECOMMENDED, branchRecommended);
    }

    String recommendation() {
        return text(RECOMMENDATION);
    }

    String reviewDecision() {
        return text(REVIEW_DECISION);
    }

    String reason() {
        return text(REASON);
    }

    String applicantName() {
        return text(APPLICANT_NAME);
    }

    String informationRequested() {
        return text(INFORMATION_REQUESTED);
    }

    String informationProvided() {
        return text(INFORMATION_PROVIDED);
    }

    String castNote() {
        return text(CAST_NOTE);
    }

    /** The notice the notification task names. */
    Notice notice() {
        return Notice.valueOf(text(NOTICE));
    }

    String membershipNumber() {
        return text(MEMBERSHIP_NUMBER);
    }

    void recordMembershipNumber(String membershipNumber) {
        set(MEMBERSHIP_NUMBER, membershipNumber);
    }

    private Boolean yes(String name) {
        Object value = value(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }
}
