package cn.chia.governance.charter;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A matter the charter reserves to particular bodies. */
public enum Matter {
    /** Admission of a member; the Standing Council decides when the Council is not in session (item 5). */
    ADMISSION("会员入会", "Admission of a member", Body.COUNCIL, Body.STANDING_COUNCIL),
    FOREIGN_MEMBER_REVIEW("外籍会员审核", "Foreign member review", Body.COUNCIL, Body.STANDING_COUNCIL),
    FOREIGN_MEMBER_APPROVAL("外籍会员批准", "Foreign member approval", Body.COUNCIL),
    EXPULSION("会员除名", "Expulsion of a member", Body.COUNCIL, Body.STANDING_COUNCIL),
    TERM_CHANGE("届期变更", "Term change", Body.COUNCIL),
    /** The Standing Council nominates a mid-term adjustment of directors, by its ordinary resolution. */
    DIRECTOR_NOMINATION("届中调整理事的提名", "Nomination for a mid-term adjustment of directors", Body.STANDING_COUNCIL),
    /** Nominated by the Standing Council; adopted by more than four fifths of the directors present. */
    DIRECTOR_ADJUSTMENT("届中调整理事", "Mid-term adjustment of directors", Body.COUNCIL),
    /**
     * Other matters, honorary members: the Standing Council recommends an expert, scholar or foreigner for honorary
     * membership, by its ordinary resolution.
     */
    HONORARY_RECOMMENDATION("推荐荣誉会员", "Recommendation for honorary membership", Body.STANDING_COUNCIL),
    /**
     * Awarded by the Council's approval of the Standing Council's recommendation, by its ordinary resolution (the
     * Council decides "the awarding of honorary positions", functions of the Council, item 6).
     */
    HONORARY_MEMBERSHIP("授予荣誉会员", "Honorary membership", Body.COUNCIL),
    // the General Assembly's functions (procedure assembly-matter; its election of directors and supervisors goes by
    // secret ballot, procedure ballot, not as a matter): see AssemblyMatterProposal
    /** Functions of the General Assembly, item 1: formulate and amend the Articles of Association. */
    ARTICLES_AMENDMENT("修改章程", "Amendment of the Articles of Association", Body.GENERAL_ASSEMBLY),
    /** Item 2: remove directors and supervisors (electing them is a secret ballot). */
    REMOVAL_FROM_OFFICE("罢免理事、监事", "Removal of directors or supervisors", Body.GENERAL_ASSEMBLY),
    /** Item 3: review the work report and financial report of the Council. */
    COUNCIL_REPORTS("理事会工作报告和财务报告", "The Council's work report and financial report", Body.GENERAL_ASSEMBLY),
    /** Item 4: deliberate the work report of the Board of Supervisors. */
    SUPERVISORS_REPORT("监事会工作报告", "The Board of Supervisors' work report", Body.GENERAL_ASSEMBLY),
    /** Item 5: formulate and revise the membership fee standard. */
    FEE_STANDARD("会费标准", "Membership fee standard", Body.GENERAL_ASSEMBLY),
    /** Item 6: decide on termination. */
    TERMINATION("本会终止", "Termination of the Association", Body.GENERAL_ASSEMBLY),
    /** Item 7: decide on other major issues. */
    OTHER_MAJOR_MATTER("其他重大事项", "Other major matter", Body.GENERAL_ASSEMBLY),
    /**
     * The renewal of the term: the Council adopts the candidates for directors and supervisors, "selected on the basis
     * of democratic consultation" (functions of the Council, item 3: "prepare for the convening of the General
     * Assembly"), by its ordinary resolution.
     */
    RENEWAL_CANDIDATES("新一届理事、监事候选人", "Candidates for the new term's directors and supervisors", Body.COUNCIL),
    /** The renewal of the term: the new Council appoints the secretary-general (functions of the Council, item 2). */
    SECRETARY_GENERAL_APPOINTMENT("聘任秘书长", "Appointment of the secretary-general", Body.COUNCIL);

    private final String chineseTitle;
    private final String title;
    private final Set<Body> decidingBodies;

    Matter(String chineseTitle, String title, Body first, Body... rest) {
        this.chineseTitle = chineseTitle;
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

    /** E.g. "会员入会". */
    public String chineseTitle() {
        return chineseTitle;
    }

    /** Its name in each language, with its code for REST clients: "会员入会（ADMISSION）", "Admission of a member (ADMISSION)". */
    public Words named() {
        return new Words(chineseTitle + "（" + name() + "）", title + " (" + name() + ")");
    }

    /** "the Council" or "the Council or the Standing Council"; "理事会" or "理事会或常务理事会". */
    Words decidingBodiesInWords() {
        return new Words(decidingBodies.stream().map(Body::chineseTitle).collect(Collectors.joining("或")),
                decidingBodies.stream().map(b -> "the " + b.title()).collect(Collectors.joining(" or ")));
    }
}
