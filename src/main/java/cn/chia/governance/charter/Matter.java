package cn.chia.governance.charter;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A matter the charter reserves to particular bodies. */
public enum Matter {
    /** Admission of a member; the Standing Council decides when the Council is not in session (item 5). */
    ADMISSION("Admission of a member", Body.COUNCIL, Body.STANDING_COUNCIL),
    FOREIGN_MEMBER_REVIEW("Foreign member review", Body.COUNCIL, Body.STANDING_COUNCIL),
    FOREIGN_MEMBER_APPROVAL("Foreign member approval", Body.COUNCIL),
    EXPULSION("Expulsion of a member", Body.COUNCIL, Body.STANDING_COUNCIL),
    TERM_CHANGE("Term change", Body.COUNCIL),
    /** The Standing Council nominates a mid-term adjustment of directors, by its ordinary resolution. */
    DIRECTOR_NOMINATION("Nomination for a mid-term adjustment of directors", Body.STANDING_COUNCIL),
    /** Nominated by the Standing Council; adopted by more than four fifths of the directors present. */
    DIRECTOR_ADJUSTMENT("Mid-term adjustment of directors", Body.COUNCIL),
    /**
     * Other matters, honorary members: the Standing Council recommends an expert, scholar or foreigner for honorary
     * membership, by its ordinary resolution.
     */
    HONORARY_RECOMMENDATION("Recommendation for honorary membership", Body.STANDING_COUNCIL),
    /**
     * Awarded by the Council's approval of the Standing Council's recommendation, by its ordinary resolution (the
     * Council decides "the awarding of honorary positions", functions of the Council, item 6).
     */
    HONORARY_MEMBERSHIP("Honorary membership", Body.COUNCIL),
    // the General Assembly's functions (procedure assembly-matter; its election of directors and supervisors goes by
    // secret ballot, procedure ballot, not as a matter): see AssemblyMatterProposal
    /** Functions of the General Assembly, item 1: formulate and amend the Articles of Association. */
    ARTICLES_AMENDMENT("Amendment of the Articles of Association", Body.GENERAL_ASSEMBLY),
    /** Item 2: remove directors and supervisors (electing them is a secret ballot). */
    REMOVAL_FROM_OFFICE("Removal of directors or supervisors", Body.GENERAL_ASSEMBLY),
    /** Item 3: review the work report and financial report of the Council. */
    COUNCIL_REPORTS("The Council's work report and financial report", Body.GENERAL_ASSEMBLY),
    /** Item 4: deliberate the work report of the Board of Supervisors. */
    SUPERVISORS_REPORT("The Board of Supervisors' work report", Body.GENERAL_ASSEMBLY),
    /** Item 5: formulate and revise the membership fee standard. */
    FEE_STANDARD("Membership fee standard", Body.GENERAL_ASSEMBLY),
    /** Item 6: decide on termination. */
    TERMINATION("Termination of the Association", Body.GENERAL_ASSEMBLY),
    /** Item 7: decide on other major issues. */
    OTHER_MAJOR_MATTER("Other major matter", Body.GENERAL_ASSEMBLY),
    /**
     * The renewal of the term: the Council adopts the candidates for directors and supervisors, "selected on the basis
     * of democratic consultation" (functions of the Council, item 3: "prepare for the convening of the General
     * Assembly"), by its ordinary resolution.
     */
    RENEWAL_CANDIDATES("Candidates for the new term's directors and supervisors", Body.COUNCIL),
    /** The renewal of the term: the new Council appoints the secretary-general (functions of the Council, item 2). */
    SECRETARY_GENERAL_APPOINTMENT("Appointment of the secretary-general", Body.COUNCIL);

    private final String title;
    private final Set<Body> decidingBodies;

    Matter(String title, Body first, Body... rest) {
        this.title = title;
        this.decidingBodies = Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    /** The bodies that may decide this matter, in charter order (unmodifiable). */
    public Set<Body> decidingBodies() {
        return decidingBodies;
    }

    public boolean mayBeDecidedBy(Body body) {
        return decidingBodies.contains(body);
    }

    /** E.g. "Admission of a member". */
    public String title() {
        return title;
    }

    /** The matter in Chinese, e.g. "会员入会"; forms and lists show it before {@link #title()}. */
    public String chineseTitle() {
        return switch (this) {
            case ADMISSION -> "会员入会";
            case FOREIGN_MEMBER_REVIEW -> "外籍会员入会审议";
            case FOREIGN_MEMBER_APPROVAL -> "外籍会员入会批准";
            case EXPULSION -> "会员除名";
            case TERM_CHANGE -> "延期或提前换届";
            case DIRECTOR_NOMINATION -> "届中理事调整的提名";
            case DIRECTOR_ADJUSTMENT -> "届中理事调整";
            case HONORARY_RECOMMENDATION -> "推荐荣誉会员";
            case HONORARY_MEMBERSHIP -> "授予荣誉会员";
            case ARTICLES_AMENDMENT -> "修改章程";
            case REMOVAL_FROM_OFFICE -> "罢免理事、监事";
            case COUNCIL_REPORTS -> "理事会工作报告和财务报告";
            case SUPERVISORS_REPORT -> "监事会工作报告";
            case FEE_STANDARD -> "会费标准";
            case TERMINATION -> "本会终止事宜";
            case OTHER_MAJOR_MATTER -> "其他重大事宜";
            case RENEWAL_CANDIDATES -> "新一届理事、监事候选人";
            case SECRETARY_GENERAL_APPOINTMENT -> "聘任秘书长";
        };
    }

    /** "the Council" or "the Council or the Standing Council". */
    String decidingBodiesInWords() {
        return decidingBodies.stream().map(b -> "the " + b.title()).collect(Collectors.joining(" or "));
    }
}
