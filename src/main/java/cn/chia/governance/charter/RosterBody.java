package cn.chia.governance.charter;

import java.util.Optional;

/**
 * A body whose members the association keeps on a roster, one roster per term: the General Assembly's member
 * representatives, the Council's directors, the Standing Council's executive directors, the Board of Supervisors
 * and the officers (president, vice presidents, secretary-general). The first three meet and vote ({@link Body}).
 */
public enum RosterBody {
    GENERAL_ASSEMBLY("General Assembly", "会员代表大会", "representative", "会员代表", Body.GENERAL_ASSEMBLY),
    COUNCIL("Council", "理事会", "director", "理事", Body.COUNCIL),
    STANDING_COUNCIL("Standing Council", "常务理事会", "executive director", "常务理事", Body.STANDING_COUNCIL),
    SUPERVISORS("Board of Supervisors", "监事会", "supervisor", "监事", null),
    OFFICERS("officers", "负责人", "officer", "负责人", null);

    private final String title;
    private final String chineseTitle;
    private final String memberNoun;
    private final String chineseMemberNoun;
    private final Body body;

    RosterBody(String title, String chineseTitle, String memberNoun, String chineseMemberNoun, Body body) {
        this.title = title;
        this.chineseTitle = chineseTitle;
        this.memberNoun = memberNoun;
        this.chineseMemberNoun = chineseMemberNoun;
        this.body = body;
    }

    /** The roster of a body that meets and votes. */
    public static RosterBody of(Body body) {
        return valueOf(body.name());
    }

    /** The body that meets and votes with these members; none for the supervisors and the officers. */
    public Optional<Body> votingBody() {
        return Optional.ofNullable(body);
    }

    public String title() {
        return title;
    }

    public String chineseTitle() {
        return chineseTitle;
    }

    /** One member: "representative", "director", "executive director", "supervisor", "officer". */
    public String memberNoun() {
        return memberNoun;
    }

    public String chineseMemberNoun() {
        return chineseMemberNoun;
    }
}
