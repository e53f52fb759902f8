package cn.chia.governance.documents;

import static cn.chia.governance.documents.GovernanceDocuments.nullToEmpty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.chia.governance.charter.Words;
import cn.chia.governance.documents.AnnualReport.BodyMeetings;
import cn.chia.governance.documents.AnnualReport.MemberChange;
import cn.chia.governance.documents.AnnualReport.RosterChange;
import cn.chia.governance.documents.AnnualReport.Tally;
import cn.chia.governance.documents.Pdf.Fact;

/** The annual work report as PDF: its figures first, then the lists behind them. */
final class AnnualReportPdf {

    private AnnualReportPdf() {
    }

    static byte[] write(AnnualReport report, boolean english, LocalDate today) {
        int year = report.year();
        Words title = new Words(year + " 年度工作报告", "Annual work report " + year);
        Pdf pdf = new Pdf(english, title, false).title(title);
        pdf.paragraph(new Words("本报告依会员名册、会议纪要及各机构名册生成于" + Labels.day(today).zh() + "；会员人数截至"
                + Labels.day(report.asOf()).zh() + "。", "Drawn up from the member register, the minutes and the rosters on "
                + Labels.day(today).en() + "; members counted as on " + Labels.day(report.asOf()).en() + "."));

        pdf.heading(new Words("一、概况", "1. Summary"));
        pdf.facts(List.of(
                new Fact(new Words("新入会会员", "Members admitted"), String.valueOf(report.admissions().size())),
                new Fact(new Words("退会会员", "Members withdrawn"), String.valueOf(report.withdrawals().size())),
                new Fact(new Words("除名会员", "Members expelled"), String.valueOf(report.expulsions().size())),
                new Fact(new Words("召开会议", "Meetings held"), String.valueOf(report.held())),
                new Fact(new Words("作出决议", "Resolutions"), report.resolutions().size() + "（" + pdf.say(
                        new Words("通过 " + report.adopted() + "，未通过 " + (report.resolutions().size() - report.adopted()),
                                report.adopted() + " adopted, " + (report.resolutions().size() - report.adopted()) + " rejected"))
                        + "）"),
                new Fact(new Words("年末会员总数", "Members at the year's end"), String.valueOf(report.membersAtYearEnd()))));

        pdf.heading(new Words("二、年末会员（按类别、按分支机构）", "2. Members at the year's end, by kind and by branch"));
        List<List<String>> kinds = new ArrayList<>(report.membersByKind().stream()
                .map(t -> List.of(pdf.say(Labels.kind(t.key())), String.valueOf(t.members()))).toList());
        kinds.add(List.of(pdf.say(new Words("合计", "Total")), String.valueOf(report.membersAtYearEnd())));
        pdf.table(List.of(new Words("会员类别", "Kind"), new Words("人数", "Members")), kinds, 3f, 1f);
        List<List<String>> branches = new ArrayList<>(report.membersByBranch().stream()
                .map(t -> List.of(branchName(pdf, t), String.valueOf(t.members()))).toList());
        branches.add(List.of(pdf.say(new Words("合计", "Total")),
                String.valueOf(report.membersByBranch().stream().mapToLong(Tally::members).sum())));
        pdf.table(List.of(new Words("分支机构", "Branch"), new Words("人数", "Members")), branches, 3f, 1f);

        pdf.heading(new Words("三、会员变动", "3. Admissions, withdrawals and expulsions"));
        memberChanges(pdf, new Words("新入会", "Admitted"), report.admissions(), new Words("批准决议", "Resolution"));
        memberChanges(pdf, new Words("退会", "Withdrawn"), report.withdrawals(), new Words("依据", "By"));
        memberChanges(pdf, new Words("除名", "Expelled"), report.expulsions(), new Words("依据", "By"));

        pdf.heading(new Words("四、会议", "4. Meetings held"));
        pdf.table(List.of(new Words("机构", "Body"), new Words("召开次数", "Held"), new Words("会议", "Meetings")),
                report.meetings().stream().map(b -> List.of(pdf.say(Labels.body(b.body())), String.valueOf(b.held().size()),
                        meetingsOf(pdf, b))).toList(), 2f, 1f, 5f);

        pdf.heading(new Words("五、决议", "5. Resolutions"));
        pdf.table(List.of(new Words("决议编号", "Resolution"), new Words("会议", "Meeting"), new Words("日期", "Date"),
                new Words("事项", "Matter"), new Words("案件与事由", "Case and subject"), new Words("赞成/反对/弃权", "For/against/abstaining"),
                new Words("结果", "Outcome")),
                report.resolutions().stream().map(r -> List.of(r.number(), r.meeting(), Labels.day(r.date()).zh(),
                        pdf.say(Labels.matter(r.matter())), r.caseNumber() + (r.title() == null ? "" : " " + r.title()),
                        r.votesFor() + "/" + r.votesAgainst() + "/" + r.abstentions(), pdf.say(Labels.outcome(r.outcome()))))
                        .toList(), 2.1f, 2.1f, 1.5f, 1.6f, 2.2f, 1.3f, 1.1f);

        pdf.heading(new Words("六、名册变动", "6. Changes to the rosters"));
        pdf.table(List.of(new Words("名册", "Roster"), new Words("变动", "Change"), new Words("姓名", "Name"),
                new Words("单位", "Organisation"), new Words("日期", "Date"), new Words("依据", "Basis")),
                report.rosterChanges().stream().map(c -> List.of(pdf.say(Labels.rosterBody(c.body())), pdf.say(change(c)),
                        c.name(), nullToEmpty(c.organisation()), Labels.day(c.on()).zh(), nullToEmpty(c.basis()))).toList(),
                1.4f, 1f, 1.4f, 2f, 1.4f, 2f);

        pdf.heading(new Words("七、本届任期", "7. The term"));
        AnnualReport.TermState term = report.term();
        List<Fact> facts = new ArrayList<>(List.of(
                new Fact(new Words("本届起始", "Term began"), pdf.say(Labels.day(term.termStart()))),
                new Fact(new Words("选举时确定的届满日", "Term end as elected"), pdf.say(Labels.day(term.electedTermEnd()))),
                new Fact(new Words("现届满日", "Term ends"), pdf.say(Labels.day(term.currentTermEnd()))),
                new Fact(new Words("距届满", "Days to the term's end"), pdf.say(new Words(term.daysLeft() + " 天（截至"
                        + Labels.day(report.asOf()).zh() + "）", term.daysLeft() + " days (as on " + Labels.day(report.asOf()).en()
                        + ")")))));
        term.changes().forEach(change -> facts.add(new Fact(new Words("任期变更申请", "Request to change the term"),
                change.caseNumber() + " · " + change.kind() + " · " + change.status() + " · "
                        + Labels.day(change.requestedTermEnd()).zh())));
        pdf.facts(facts);
        return pdf.bytes();
    }

    private static Words change(RosterChange change) {
        return change.joined() ? new Words("加入", "Joined") : new Words("离任", "Left");
    }

    static String branchName(Pdf pdf, Tally branch) {
        if (branch.key().isEmpty()) {
            return pdf.say(Labels.NO_BRANCH);
        }
        return branch.name() == null ? branch.key() : branch.name();
    }

    private static String meetingsOf(Pdf pdf, BodyMeetings body) {
        return String.join("\n", body.held().stream().map(m -> m.number() + " · " + Labels.day(m.date()).zh()
                + (m.byCommunication() ? " · " + pdf.say(new Words("通讯", "by communication")) : "") + " · "
                + pdf.say(new Words(m.resolutions() + " 项决议", m.resolutions() + " resolutions"))).toList());
    }

    private static void memberChanges(Pdf pdf, Words what, List<MemberChange> changes, Words reference) {
        pdf.paragraph(new Words(what.zh() + "：" + changes.size() + " 名", what.en() + ": " + changes.size()));
        if (!changes.isEmpty()) {
            pdf.table(List.of(new Words("会员编号", "Membership number"), new Words("名称", "Name"), new Words("类别", "Kind"),
                    new Words("日期", "Date"), reference),
                    changes.stream().map(c -> List.of(c.membershipNumber(), c.name(), pdf.say(Labels.kind(c.kind())),
                            Labels.day(c.on()).zh(), nullToEmpty(c.reference()))).toList(), 1.8f, 2.2f, 1.6f, 1.4f, 1.8f);
        }
    }
}
