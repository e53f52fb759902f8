package cn.chia.governance.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Words;
import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.documents.Pdf.Fact;
import cn.chia.governance.register.MeetingRecords;
import cn.chia.governance.register.MeetingRecords.Attendee;
import cn.chia.governance.register.MeetingRecords.Election;
import cn.chia.governance.register.MeetingRecords.Meeting;
import cn.chia.governance.register.MeetingRecords.Minutes;
import cn.chia.governance.register.MeetingRecords.Resolution;
import cn.chia.governance.register.MemberRegister.Member;

/**
 * The minutes of a meeting, a resolution and a member's certificate as PDF, and the annual work report as PDF and
 * XLSX: Chinese, with English beside it when {@code governance.documents.english} is true.
 */
@Component
public class GovernanceDocuments {

    /** The media types of the documents. */
    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MeetingRecords meetings;
    private final AnnualReports reports;
    private final boolean english;
    private final Clock clock;

    GovernanceDocuments(MeetingRecords meetings, AnnualReports reports, GovernanceSettings settings, Clock clock) {
        this.meetings = meetings;
        this.reports = reports;
        this.english = settings.documents().english();
        this.clock = clock;
        Pdf.font();
    }

    // ---- the minutes

    /** The minutes of the meeting as PDF; empty for a meeting the register does not hold. */
    public Optional<byte[]> minutesPdf(String meetingKey) {
        return meetings.minutes(meetingKey).map(this::minutes);
    }

    private byte[] minutes(Minutes minutes) {
        Meeting meeting = minutes.meeting();
        Words body = Labels.body(meeting.body());
        Words title = new Words(body.zh() + "会议纪要", "Minutes of the " + body.en() + " meeting");
        Pdf pdf = new Pdf(english, title, false).title(title);
        List<Fact> facts = new ArrayList<>(List.of(
                new Fact(new Words("会议编号", "Meeting"), meeting.businessKey()),
                new Fact(new Words("会议机构", "Body"), pdf.say(body)),
                new Fact(new Words("日期", "Date"), pdf.say(Labels.day(meeting.meetingDate()))),
                new Fact(new Words("召开方式", "How held"), pdf.say(meeting.byCommunication()
                        ? new Words("通讯方式", "By communication") : new Words("现场会议", "In person"))),
                new Fact(new Words("应到人数", "Seats"), String.valueOf(meeting.seats())),
                new Fact(new Words("会议状态", "State"), pdf.say(Labels.meetingStatus(meeting.status())))));
        if (meeting.presentInPerson() != null) {
            int byProxy = meeting.presentByProxy() == null ? 0 : meeting.presentByProxy();
            facts.add(new Fact(new Words("出席", "Present"), pdf.say(new Words(
                    "现场 " + meeting.presentInPerson() + " 人，委托 " + byProxy + " 人，共 " + (meeting.presentInPerson() + byProxy)
                            + " 人（应到 " + meeting.seats() + " 人）",
                    meeting.presentInPerson() + " in person, " + byProxy + " by proxy, " + (meeting.presentInPerson() + byProxy)
                            + " of " + meeting.seats()))));
        }
        if (meeting.quorumReason() != null && english) {
            facts.add(new Fact(new Words("法定人数", "Quorum"), meeting.quorumReason()));
        }
        if (meeting.specialCircumstances() != null) {
            facts.add(new Fact(new Words("特殊情况", "Special circumstances"), meeting.specialCircumstances()));
        }
        if (meeting.votesDueBy() != null) {
            facts.add(new Fact(new Words("表决截止日期", "Votes due by"), pdf.say(Labels.day(meeting.votesDueBy()))));
        }
        pdf.facts(facts);

        if (!minutes.attendance().isEmpty()) {
            pdf.heading(new Words("出席情况", "Attendance"));
            pdf.table(List.of(new Words("名册编号", "Roster no."), new Words("姓名", "Name"), new Words("单位", "Organisation"),
                    new Words("出席", "Attendance"), new Words("委托", "Represented by")),
                    minutes.attendance().stream().map(a -> List.of(String.valueOf(a.rosterNumber()), a.name(),
                            nullToEmpty(a.organisation()), pdf.say(Labels.presence(a.attendance())), represented(a))).toList(),
                    1f, 2f, 3f, 1.6f, 2f);
        }

        pdf.heading(new Words("决议", "Resolutions"));
        if (minutes.resolutions().isEmpty()) {
            pdf.paragraph(new Words("本次会议未作出决议。", "The meeting took no resolution."));
        }
        for (Resolution resolution : minutes.resolutions()) {
            resolutionFacts(pdf, resolution, null);
        }

        if (!minutes.votes().isEmpty()) {
            pdf.heading(new Words("记名表决", "Votes by name"));
            pdf.table(List.of(new Words("案件", "Case"), new Words("名册编号", "Roster no."), new Words("姓名", "Name"),
                    new Words("表决", "Vote"), new Words("代为登记", "Recorded by")),
                    minutes.votes().stream().map(v -> List.of(v.caseNumber(), String.valueOf(v.rosterNumber()), v.name(),
                            pdf.say(Labels.vote(v.vote())), nullToEmpty(v.recordedBy()))).toList(),
                    2f, 1f, 2f, 1f, 1.5f);
        }
        if (!minutes.elections().isEmpty()) {
            pdf.heading(new Words("选举", "Elections"));
            for (Election election : minutes.elections()) {
                pdf.facts(List.of(
                        new Fact(new Words("决议编号", "Resolution"), nullToEmpty(election.resolutionNumber())),
                        new Fact(new Words("职务", "Office"), election.office()),
                        new Fact(new Words("应选", "Seats"), String.valueOf(election.seats())),
                        new Fact(new Words("当选", "Elected"), String.join("、", election.elected())),
                        new Fact(new Words("空缺", "Unfilled"), String.valueOf(election.unfilled())),
                        new Fact(new Words("理由", "Reason"), pdf.say(new Words(nullToEmpty(election.reasonZh()),
                                nullToEmpty(election.reason()))))));
            }
        }
        if (!minutes.reports().isEmpty()) {
            pdf.heading(new Words("报告事项（不表决）", "Reports received without a vote"));
            pdf.table(List.of(new Words("类别", "Kind"), new Words("编号", "Reference"), new Words("日期", "Date"),
                    new Words("摘要", "Summary")),
                    minutes.reports().stream().map(r -> List.of(pdf.say(Labels.report(r.kind())), nullToEmpty(r.reference()),
                            pdf.say(Labels.day(r.dated())), nullToEmpty(r.summary()))).toList(),
                    2f, 1.5f, 1.5f, 3f);
        }
        pdf.space(12).paragraph(new Words("本纪要由秘书处依会议记录生成于" + Labels.day(LocalDate.now(clock)).zh() + "。",
                "Drawn up by the Secretariat from the record of the meeting on " + Labels.day(LocalDate.now(clock)).en() + "."));
        return pdf.bytes();
    }

    private static String represented(Attendee attendee) {
        return attendee.representedBy() == null ? "" : attendee.representedBy() + " " + nullToEmpty(attendee.representedByName());
    }

    /** A resolution's facts: number, case and title, matter, counts, the rule, outcome and reason. */
    private static void resolutionFacts(Pdf pdf, Resolution r, String meetingKey) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(new Words("决议编号", "Resolution"), r.resolutionNumber()));
        if (meetingKey != null) {
            facts.add(new Fact(new Words("会议", "Meeting"), meetingKey + " · " + pdf.say(Labels.body(r.body()))));
        }
        facts.add(new Fact(new Words("日期", "Date"), pdf.say(Labels.day(r.date()))));
        facts.add(new Fact(new Words("案件", "Case"), r.caseNumber()));
        if (r.title() != null) {
            facts.add(new Fact(new Words("事由", "Subject"), r.title()));
        }
        facts.add(new Fact(new Words("事项", "Matter"), pdf.say(Labels.matter(r.matter()))));
        int present = r.presentInPerson() + r.presentByProxy();
        facts.add(new Fact(new Words("出席", "Present"), pdf.say(new Words(
                present + " 人（现场 " + r.presentInPerson() + "，委托 " + r.presentByProxy() + "；应到 " + r.seats() + "）",
                present + " (" + r.presentInPerson() + " in person, " + r.presentByProxy() + " by proxy; of " + r.seats() + ")"))));
        facts.add(new Fact(new Words("表决", "Votes"), pdf.say(new Words(
                "赞成 " + r.votesFor() + " 票，反对 " + r.votesAgainst() + " 票，弃权 " + r.abstentions() + " 票"
                        + (r.didNotVote() == null ? "" : "，未投票 " + r.didNotVote() + " 人"),
                r.votesFor() + " for, " + r.votesAgainst() + " against, " + r.abstentions() + " abstaining"
                        + (r.didNotVote() == null ? "" : ", " + r.didNotVote() + " did not vote")))));
        facts.add(new Fact(new Words("规则", "Rule"), pdf.say(new Words("通过须至少 " + r.requiredVotes() + " 票赞成",
                r.rule() + " (" + r.clause() + "): at least " + r.requiredVotes() + " in favour"))));
        facts.add(new Fact(new Words("结果", "Outcome"), pdf.say(Labels.outcome(r.outcome()))));
        facts.add(new Fact(new Words("理由", "Reason"), pdf.english()
                ? nullToEmpty(r.reasonZh()) + "\n" + nullToEmpty(r.reason()) : nullToEmpty(r.reasonZh())));
        pdf.facts(facts);
    }

    // ---- a resolution

    /** The resolution as PDF, with its meeting; empty for a number the minutes do not hold. */
    public Optional<byte[]> resolutionPdf(String resolutionNumber) {
        return meetings.resolution(resolutionNumber).map(resolution -> {
            String meetingKey = meetings.meetingOf(resolutionNumber).orElse("");
            Pdf pdf = new Pdf(english, new Words("决议 " + resolutionNumber, "Resolution " + resolutionNumber), false)
                    .title(new Words(Labels.body(resolution.body()).zh() + "决议", "Resolution of the "
                            + Labels.body(resolution.body()).en()));
            pdf.paragraph(resolutionNumber, true, 12);
            resolutionFacts(pdf, resolution, meetingKey);
            pdf.space(12).paragraph(new Words("摘自 " + meetingKey + " 会议纪要。", "From the minutes of " + meetingKey + "."));
            return pdf.bytes();
        });
    }

    // ---- a member's certificate

    /** The member's certificate as PDF (the caller checks the member may have one). */
    public byte[] certificatePdf(Member member) {
        Words kind = Labels.kind(member.kind());
        Words title = new Words("会员证书", "Membership Certificate");
        Pdf pdf = new Pdf(english, new Words("会员证书 " + member.membershipNumber(),
                "Membership certificate " + member.membershipNumber()), true).frame();
        pdf.space(18).title(title).space(6);
        pdf.paragraph(member.name(), true, 22);
        pdf.paragraph(new Words("兹证明 " + member.name() + " 为" + Labels.ASSOCIATION.zh() + kind.zh() + "。",
                "This is to certify that " + member.name() + " is a" + (kind.en().matches("^[AEIOU].*") ? "n " : " ")
                        + kind.en().toLowerCase(java.util.Locale.ROOT) + " of the " + Labels.ASSOCIATION.en() + "."));
        pdf.space(6).facts(List.of(
                new Fact(new Words("会员编号", "Membership number"), member.membershipNumber()),
                new Fact(new Words("会员类别", "Kind"), pdf.say(kind)),
                new Fact(new Words("入会日期", "Admitted on"), pdf.say(Labels.day(member.admittedOn()))),
                new Fact(new Words("批准决议", "By resolution"), nullToEmpty(member.resolutionNumber())),
                new Fact(new Words("发证日期", "Issued on"), pdf.say(Labels.day(LocalDate.now(clock))))));
        pdf.space(18).paragraph(pdf.say(Labels.ASSOCIATION), true, 14);
        return pdf.bytes();
    }

    // ---- the annual work report

    public AnnualReport annualReport(int year) {
        return reports.of(year);
    }

    public byte[] annualReportPdf(int year) {
        return AnnualReportPdf.write(reports.of(year), english, LocalDate.now(clock));
    }

    public byte[] annualReportXlsx(int year) {
        return AnnualReportWorkbook.write(reports.of(year), english);
    }

    static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
