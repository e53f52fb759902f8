package cn.chia.governance.charter;

/**
 * The seats the charter fills by secret ballot, and the body that elects to each. Charter, General Assembly,
 * functions item 2: it "elects and removes directors of the Board of Directors and supervisors of the Board of
 * Supervisors", the directors "elected by secret ballot ... from among the candidates selected on the basis of
 * democratic consultation"; Council, functions item 2: it "elects and removes the executive director, vice chairman
 * and chairman"; Standing Council: the executive directors "shall be elected by the Council by secret ballot".
 */
public enum ElectedOffice {
    DIRECTOR(Body.GENERAL_ASSEMBLY, "理事", "director", false,
            "Charter, the Council: directors are elected by secret ballot by the General Assembly"),
    SUPERVISOR(Body.GENERAL_ASSEMBLY, "监事", "supervisor", false,
            "Charter, functions of the General Assembly, item 2: elect and remove directors and supervisors"),
    EXECUTIVE_DIRECTOR(Body.COUNCIL, "常务理事", "executive director", false,
            "Charter, the Standing Council: executive directors are elected by the Council by secret ballot"),
    PRESIDENT(Body.COUNCIL, "会长", "president", true,
            "Charter, functions of the Council, item 2: elect and remove the executive directors, vice chairmen and chairman"),
    VICE_PRESIDENT(Body.COUNCIL, "副会长", "vice president", false,
            "Charter, functions of the Council, item 2: elect and remove the executive directors, vice chairmen and chairman");

    private final Body electedBy;
    private final String chineseTitle;
    private final String title;
    private final boolean single;
    private final String clause;

    ElectedOffice(Body electedBy, String chineseTitle, String title, boolean single, String clause) {
        this.electedBy = electedBy;
        this.chineseTitle = chineseTitle;
        this.title = title;
        this.single = single;
        this.clause = clause;
    }

    /** The body that elects to this office. */
    public Body electedBy() {
        return electedBy;
    }

    public String chineseTitle() {
        return chineseTitle;
    }

    public String title() {
        return title;
    }

    /** Held by one person: the president. */
    public boolean single() {
        return single;
    }

    public String clause() {
        return clause;
    }
}
