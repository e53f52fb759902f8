package cn.chia.governance.charter;

/** A body of the association that meets and votes. */
public enum Body {
    GENERAL_ASSEMBLY("General Assembly", "representatives", "representative", "会员代表大会", "会员代表"),
    COUNCIL("Council", "directors", "director", "理事会", "理事"),
    STANDING_COUNCIL("Standing Council", "executive directors", "executive director", "常务理事会", "常务理事");

    private final String title;
    private final String memberNoun;
    private final String memberNounSingular;
    private final String chineseTitle;
    private final String chineseMemberNoun;

    Body(String title, String memberNoun, String memberNounSingular, String chineseTitle, String chineseMemberNoun) {
        this.title = title;
        this.memberNoun = memberNoun;
        this.memberNounSingular = memberNounSingular;
        this.chineseTitle = chineseTitle;
        this.chineseMemberNoun = chineseMemberNoun;
    }

    /** The charter's Chinese name: "会员代表大会", "理事会", "常务理事会". */
    public String chineseTitle() {
        return chineseTitle;
    }

    /** Its members in Chinese (no plural): "会员代表", "理事", "常务理事". */
    public String chineseMemberNoun() {
        return chineseMemberNoun;
    }

    /** "General Assembly", "Council", "Standing Council". */
    public String title() {
        return title;
    }

    /** Its members, plural: "representatives", "directors", "executive directors". */
    public String memberNoun() {
        return memberNoun;
    }

    /** One member: "representative", "director", "executive director". */
    public String memberNounSingular() {
        return memberNounSingular;
    }

    /** Its name in each language, with its code for REST clients: "理事会（COUNCIL）", "the Council (COUNCIL)". */
    public Words named() {
        return new Words(chineseTitle + "（" + name() + "）", "the " + title + " (" + name() + ")");
    }

    /** A count with the right noun: "1 director", "90 directors". */
    public String members(long count) {
        return count + " " + (count == 1 ? memberNounSingular : memberNoun);
    }
}
