package cn.chia.governance.charter;

/** A body of the association that meets and votes. */
public enum Body {
    GENERAL_ASSEMBLY("General Assembly", "representatives", "representative"),
    COUNCIL("Council", "directors", "director"),
    STANDING_COUNCIL("Standing Council", "executive directors", "executive director");

    private final String title;
    private final String memberNoun;
    private final String memberNounSingular;

    Body(String title, String memberNoun, String memberNounSingular) {
        this.title = title;
        this.memberNoun = memberNoun;
        this.memberNounSingular = memberNounSingular;
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

    /** A count with the right noun: "1 director", "90 directors". */
    public String members(long count) {
        return count + " " + (count == 1 ? memberNounSingular : memberNoun);
    }
}
