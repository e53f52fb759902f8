package cn.chia.governance.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import cn.chia.governance.charter.AttendanceRoll.Presence;
import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.CommunicationMeeting.Vote;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.charter.RosterBody;
import cn.chia.governance.charter.Words;
import cn.chia.governance.register.MeetingRecords;
import cn.chia.governance.register.MeetingReports;
import cn.chia.governance.register.MemberRegister;

/** The register's and the charter's codes in words, and days as a reader writes them. */
final class Labels {

    static final Words ASSOCIATION = new Words("中国高科技产业化研究会", "China High-tech Industrialization Association");
    static final Words NO_BRANCH = new Words("未属分支机构", "No branch");

    private static final Map<String, Words> KINDS = Map.of(
            "INDIVIDUAL", new Words("个人会员", "Individual member"),
            "UNIT", new Words("单位会员", "Unit member"),
            "FOREIGN", new Words("外籍会员", "Foreign member"),
            "HONORARY", new Words("荣誉会员", "Honorary member"));
    private static final Map<String, Words> OUTCOMES = Map.of(
            "ADOPTED", new Words("通过", "Adopted"), "REJECTED", new Words("未通过", "Rejected"));
    private static final Map<Presence, Words> PRESENCE = Map.of(
            Presence.IN_PERSON, new Words("现场出席", "In person"), Presence.BY_PROXY, new Words("委托出席", "By proxy"),
            Presence.EXCUSED, new Words("请假", "Excused"), Presence.ABSENT, new Words("无故缺席", "Absent without reason"));
    private static final Map<MeetingRecords.Status, Words> MEETING_STATUS = Map.of(
            MeetingRecords.Status.OPEN, new Words("进行中", "Under way"),
            MeetingRecords.Status.ADJOURNED, new Words("未达法定人数，休会", "Adjourned: no quorum"),
            MeetingRecords.Status.HELD, new Words("已举行", "Held"),
            MeetingRecords.Status.NOTHING_TO_DECIDE, new Words("无待决事项，已结束", "Closed: nothing to decide"));
    private static final Map<MeetingReports.Kind, Words> REPORTS = Map.of(
            MeetingReports.Kind.STANDING_COUNCIL_RESOLUTION, new Words("常务理事会决议（向理事会报告）",
                    "Resolution of the Standing Council (reported to the Council)"),
            MeetingReports.Kind.APPLICATION_NOT_ADMITTED, new Words("未经表决而终结的入会申请",
                    "Application that ended without a vote"),
            MeetingReports.Kind.CASE_CLOSED_BEFORE_ITS_VOTE, new Words("表决前已终结的案件", "Case closed before its vote"));

    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Labels() {
    }

    static Words kind(String kind) {
        return KINDS.getOrDefault(kind, new Words(kind, kind));
    }

    static Words outcome(String outcome) {
        return OUTCOMES.getOrDefault(outcome, new Words(outcome, outcome));
    }

    static Words presence(Presence presence) {
        return presence == null ? new Words("未登记", "Not recorded") : PRESENCE.get(presence);
    }

    static Words vote(Vote vote) {
        return switch (vote) {
            case FOR -> new Words("赞成", "For");
            case AGAINST -> new Words("反对", "Against");
            case ABSTAIN -> new Words("弃权", "Abstain");
        };
    }

    static Words meetingStatus(MeetingRecords.Status status) {
        return MEETING_STATUS.get(status);
    }

    static Words report(MeetingReports.Kind kind) {
        return REPORTS.get(kind);
    }

    static Words status(MemberRegister.Status status) {
        return status.words();
    }

    static Words body(Body body) {
        return new Words(body.chineseTitle(), body.title());
    }

    /** A body named by its code; the code itself for one the charter does not know. */
    static Words body(String code) {
        return Arrays.stream(Body.values()).filter(b -> b.name().equals(code)).findFirst().map(Labels::body)
                .orElse(new Words(code, code));
    }

    static Words rosterBody(RosterBody body) {
        return new Words(body.chineseTitle(), body.title());
    }

    /** A matter named by its code; the code itself for one the charter does not know. */
    static Words matter(String code) {
        return Arrays.stream(Matter.values()).filter(m -> m.name().equals(code)).findFirst()
                .map(m -> new Words(m.chineseTitle(), m.title())).orElse(new Words(code, code));
    }

    /** 2026年3月5日, 5 March 2026; a dash for none. */
    static Words day(LocalDate day) {
        return day == null ? new Words("—", "—")
                : new Words(day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日", ENGLISH_DAY.format(day));
    }

    static Words yesNo(boolean yes) {
        return yes ? new Words("是", "Yes") : new Words("否", "No");
    }
}
