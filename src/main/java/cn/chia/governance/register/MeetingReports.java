package cn.chia.governance.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.charter.Outcome;

/**
 * What a meeting is told without voting on it, listed in its minutes: the Standing Council's resolutions since the
 * Council last met (to the Council, to which the Standing Council "shall be responsible"), and the applications that
 * ended without reaching a meeting (to the Council or the Standing Council, the bodies that adopt admissions). Each is
 * reported once, to the first meeting held after it; a meeting adjourned for want of a quorum did not receive its
 * reports, and the next meeting gets them again.
 */
@Component
public class MeetingReports {

    public static final String RESPONSIBLE_CLAUSE = "Standing Council: responsible to the Council";
    public static final String NOT_ADMITTED_CLAUSE = "Council and Standing Council: discuss and adopt the admission of members";

    /** What a report is about. */
    public enum Kind {
        /** A resolution of the Standing Council, reported to the Council. */
        STANDING_COUNCIL_RESOLUTION,
        /** An application that ended without reaching a vote. */
        APPLICATION_NOT_ADMITTED,
        /** A case on the meeting's agenda that ended before its vote (withdrawn, the member left, decided elsewhere). */
        CASE_CLOSED_BEFORE_ITS_VOTE
    }

    /** How an application ended without reaching a vote. */
    public enum NotAdmitted {
        DECLINED_BY_BRANCH("分支机构不推荐", "declined by the branch"),
        REJECTED_IN_REVIEW("联络部审查未通过", "rejected in the Liaison Department's review"),
        LAPSED("未按期补充材料，申请失效", "lapsed: the information asked for did not come in time");

        private final String chinese;
        private final String english;

        NotAdmitted(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }
    }

    /** One report: its kind, the resolution or case it is about, its date and what the minutes say of it. */
    public record Report(Kind kind, String reference, LocalDate dated, String summary) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public MeetingReports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an application that ended without reaching a vote; once per case. */
    public void recordNotAdmitted(String caseNumber, NotAdmitted how, String applicantName, String reason) {
        if (jdbc.sql("SELECT COUNT(*) FROM gov_application_not_admitted WHERE case_number = ?").param(caseNumber)
                .query(Integer.class).single() > 0) {
            return;
        }
        jdbc.sql("""
                INSERT INTO gov_application_not_admitted (case_number, outcome, applicant_name, reason, ended_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(caseNumber, how.name(), applicantName, reason, LocalDateTime.now(clock))
                .update();
    }

    /**
     * Fixes the reports of the meeting as it gathers its agenda and answers them: to a Council meeting the Standing
     * Council's resolutions not yet reported to a Council meeting held, to a Council or Standing Council meeting the
     * applications not admitted not yet reported to either; other bodies get none.
     */
    public List<Report> gather(String meetingKey, Body body) {
        List<Report> reports = new ArrayList<>();
        if (body == Body.COUNCIL) {
            jdbc.sql("""
                    SELECT r.resolution_number, r.case_number, r.matter, r.outcome, r.decided_at, r.meeting_key,
                        d.meeting_date
                    FROM gov_resolution r JOIN gov_meeting d ON d.business_key = r.meeting_key
                    WHERE r.body = 'STANDING_COUNCIL' AND NOT EXISTS (
                        SELECT 1 FROM gov_meeting_report p JOIN gov_meeting m ON m.business_key = p.meeting_key
                        WHERE p.kind = 'STANDING_COUNCIL_RESOLUTION' AND p.reference = r.resolution_number
                          AND m.status <> 'ADJOURNED' AND m.business_key <> ?)
                      AND r.decided_at > COALESCE((SELECT MAX(m.opened_at) FROM gov_meeting m
                          WHERE m.body = 'COUNCIL' AND m.status = 'HELD' AND m.business_key <> ?), TIMESTAMP '1900-01-01 00:00:00')
                    ORDER BY r.decided_at, r.resolution_number""")
                    .params(meetingKey, meetingKey)
                    .query((rs, row) -> {
                        LocalDate decided = rs.getObject("meeting_date", LocalDate.class); // the day it was resolved
                        return new Report(Kind.STANDING_COUNCIL_RESOLUTION, rs.getString("resolution_number"), decided,
                                resolutionSummary(rs.getString("resolution_number"), decided, rs.getString("meeting_key"),
                                        rs.getString("case_number"), rs.getString("matter"), rs.getString("outcome")));
                    })
                    .list().forEach(reports::add);
        }
        if (body == Body.COUNCIL || body == Body.STANDING_COUNCIL) {
            jdbc.sql("""
                    SELECT * FROM gov_application_not_admitted a
                    WHERE NOT EXISTS (
                        SELECT 1 FROM gov_meeting_report p JOIN gov_meeting m ON m.business_key = p.meeting_key
                        WHERE p.kind = 'APPLICATION_NOT_ADMITTED' AND p.reference = a.case_number
                          AND m.status <> 'ADJOURNED' AND m.business_key <> ?)
                    ORDER BY a.ended_at, a.case_number""")
                    .param(meetingKey)
                    .query((rs, row) -> {
                        LocalDate ended = rs.getTimestamp("ended_at").toLocalDateTime().toLocalDate();
                        NotAdmitted how = NotAdmitted.valueOf(rs.getString("outcome"));
                        return new Report(Kind.APPLICATION_NOT_ADMITTED, rs.getString("case_number"), ended,
                                notAdmittedSummary(rs.getString("case_number"), rs.getString("applicant_name"), how,
                                        rs.getString("reason"), ended));
                    })
                    .list().forEach(reports::add);
        }
        jdbc.sql("DELETE FROM gov_meeting_report WHERE meeting_key = ?").param(meetingKey).update();
        int position = 0;
        for (Report report : reports) {
            jdbc.sql("""
                    INSERT INTO gov_meeting_report (meeting_key, position, kind, reference, dated, summary)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(meetingKey, position++, report.kind().name(), report.reference(), report.dated(),
                            report.summary())
                    .update();
        }
        return reports;
    }

    /**
     * Notes in the minutes that a case on the agenda ended before the meeting voted on it, so took no decision of
     * this meeting; listed after the reports the meeting opened with.
     */
    public void closedBeforeItsVote(String meetingKey, String caseNumber, LocalDate on) {
        int position = jdbc.sql("SELECT COALESCE(MAX(position) + 1, 0) FROM gov_meeting_report WHERE meeting_key = ?")
                .param(meetingKey).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO gov_meeting_report (meeting_key, position, kind, reference, dated, summary)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(meetingKey, position, Kind.CASE_CLOSED_BEFORE_ITS_VOTE.name(), caseNumber, on,
                        "案件 " + caseNumber + " 在表决前已结束（已撤回、会员已退会或已由其他会议决定），本次会议未对其作出决议。 Case "
                                + caseNumber + " ended before its vote (withdrawn, the member left, or decided by another"
                                + " meeting): this meeting took no decision on it.")
                .update();
    }

    /** The reports the meeting received, in their order. */
    public List<Report> of(String meetingKey) {
        return jdbc.sql("SELECT * FROM gov_meeting_report WHERE meeting_key = ? ORDER BY position").param(meetingKey)
                .query((rs, row) -> new Report(Kind.valueOf(rs.getString("kind")), rs.getString("reference"),
                        rs.getObject("dated", LocalDate.class), rs.getString("summary")))
                .list();
    }

    private static String resolutionSummary(String number, LocalDate decided, String meetingKey, String caseNumber,
            String matter, String outcome) {
        String[] title = matterTitles(matter);
        boolean adopted = Outcome.ADOPTED.name().equals(outcome);
        return "常务理事会第 " + number + " 号决议（" + decided + "，" + meetingKey + "）：案件 " + caseNumber + "，"
                + title[0] + "，" + (adopted ? "通过" : "未通过") + "。 Standing Council resolution " + number + " of "
                + decided + " (" + meetingKey + "): case " + caseNumber + ", " + title[1] + ", "
                + (adopted ? "adopted" : "not adopted") + ".";
    }

    private static String notAdmittedSummary(String caseNumber, String name, NotAdmitted how, String reason,
            LocalDate ended) {
        String because = reason == null || reason.isBlank() ? "" : reason.strip();
        return "入会申请 " + caseNumber + "（" + name + "）于 " + ended + " " + how.chinese
                + (because.isEmpty() ? "" : "：" + because) + "。 Application " + caseNumber + " (" + name + ") "
                + how.english + " on " + ended + (because.isEmpty() ? "" : ": " + because) + ".";
    }

    /** The matter in Chinese and in English; a name no longer known as it is stored. */
    private static String[] matterTitles(String matter) {
        try {
            Matter known = Matter.valueOf(matter);
            return new String[] {known.chineseTitle(), known.title()};
        } catch (IllegalArgumentException unknown) {
            return new String[] {matter, matter};
        }
    }
}
