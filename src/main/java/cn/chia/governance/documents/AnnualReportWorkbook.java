package cn.chia.governance.documents;

import static cn.chia.governance.documents.GovernanceDocuments.nullToEmpty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.chia.governance.charter.Words;
import cn.chia.governance.documents.AnnualReport.MemberChange;
import cn.chia.governance.documents.AnnualReport.Tally;

/**
 * The annual work report as an XLSX workbook, one sheet per part; counts are numbers, days are dates. The sheet of the
 * members at the year's end holds two tables, by kind and by branch, each with its total.
 */
final class AnnualReportWorkbook {

    /** The sheets' names, for the tests and for whoever reads the workbook with a program. */
    static final Words SUMMARY = new Words("概况", "Summary");
    static final Words MEMBERS = new Words("年末会员", "Members at year end");
    static final Words CHANGES = new Words("会员变动", "Member changes");
    static final Words MEETINGS = new Words("会议", "Meetings");
    static final Words RESOLUTIONS = new Words("决议", "Resolutions");
    static final Words ROSTERS = new Words("名册变动", "Roster changes");
    static final Words TERM = new Words("任期", "Term");

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final boolean english;
    private final CellStyle header;
    private final CellStyle day;

    private AnnualReportWorkbook(boolean english) {
        this.english = english;
        header = book.createCellStyle();
        Font bold = book.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        day = book.createCellStyle();
        day.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
    }

    static byte[] write(AnnualReport report, boolean english) {
        AnnualReportWorkbook workbook = new AnnualReportWorkbook(english);
        workbook.fill(report);
        try (XSSFWorkbook book = workbook.book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.getProperties().getCoreProperties().setTitle(workbook.say(new Words(report.year() + " 年度工作报告",
                    "Annual work report " + report.year())));
            book.getProperties().getCoreProperties().setCreator(workbook.say(Labels.ASSOCIATION));
            book.write(out);
            return out.toByteArray();
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    private String say(Words words) {
        return english ? words.zh() + " " + words.en() : words.zh();
    }

    private void fill(AnnualReport report) {
        Sheet summary = sheet(SUMMARY);
        int r = 0;
        r = row(summary, r, say(Labels.ASSOCIATION));
        r = row(summary, r, say(new Words(report.year() + " 年度工作报告", "Annual work report " + report.year())));
        r = row(summary, r, say(new Words("会员人数截至", "Members counted as on")), report.asOf());
        r++;
        r = headers(summary, r, new Words("项目", "Item"), new Words("数量", "Count"));
        r = row(summary, r, say(new Words("新入会会员", "Members admitted")), report.admissions().size());
        r = row(summary, r, say(new Words("退会会员", "Members withdrawn")), report.withdrawals().size());
        r = row(summary, r, say(new Words("除名会员", "Members expelled")), report.expulsions().size());
        for (AnnualReport.BodyMeetings body : report.meetings()) {
            r = row(summary, r, say(new Words(Labels.body(body.body()).zh() + "召开会议",
                    "Meetings of the " + Labels.body(body.body()).en())), body.held().size());
        }
        r = row(summary, r, say(new Words("决议", "Resolutions")), report.resolutions().size());
        r = row(summary, r, say(new Words("其中通过", "of which adopted")), report.adopted());
        r = row(summary, r, say(new Words("名册加入", "Joined a roster")), report.rosterChanges().stream().filter(c -> c.joined()).count());
        r = row(summary, r, say(new Words("名册离任", "Left a roster")), report.rosterChanges().stream().filter(c -> !c.joined()).count());
        row(summary, r, say(new Words("年末会员总数", "Members at the year's end")), report.membersAtYearEnd());
        width(summary, 2);

        Sheet members = sheet(MEMBERS);
        r = headers(members, 0, new Words("会员类别", "Kind"), new Words("代码", "Code"), new Words("人数", "Members"));
        for (Tally kind : report.membersByKind()) {
            r = row(members, r, say(Labels.kind(kind.key())), kind.key(), kind.members());
        }
        r = row(members, r, say(new Words("合计", "Total")), "", report.membersAtYearEnd());
        r++;
        r = headers(members, r, new Words("分支机构", "Branch"), new Words("代码", "Code"), new Words("人数", "Members"));
        for (Tally branch : report.membersByBranch()) {
            r = row(members, r, branch.key().isEmpty() ? say(Labels.NO_BRANCH) : branch.name() == null ? branch.key() : branch.name(),
                    branch.key(), branch.members());
        }
        row(members, r, say(new Words("合计", "Total")), "", report.membersByBranch().stream().mapToLong(Tally::members).sum());
        width(members, 3);

        Sheet changes = sheet(CHANGES);
        r = headers(changes, 0, new Words("变动", "Change"), new Words("会员编号", "Membership number"), new Words("名称", "Name"),
                new Words("类别", "Kind"), new Words("分支机构", "Branch"), new Words("日期", "Date"), new Words("依据", "By"),
                new Words("理由", "Reason"));
        r = changes(changes, r, new Words("入会", "Admitted"), report.admissions());
        r = changes(changes, r, new Words("退会", "Withdrawn"), report.withdrawals());
        changes(changes, r, new Words("除名", "Expelled"), report.expulsions());
        width(changes, 8);

        Sheet meetings = sheet(MEETINGS);
        r = headers(meetings, 0, new Words("机构", "Body"), new Words("会议编号", "Meeting"), new Words("日期", "Date"),
                new Words("通讯方式", "By communication"), new Words("决议数", "Resolutions"));
        for (AnnualReport.BodyMeetings body : report.meetings()) {
            for (AnnualReport.MeetingLine m : body.held()) {
                r = row(meetings, r, say(Labels.body(body.body())), m.number(), m.date(), say(Labels.yesNo(m.byCommunication())),
                        m.resolutions());
            }
        }
        width(meetings, 5);

        Sheet resolutions = sheet(RESOLUTIONS);
        r = headers(resolutions, 0, new Words("决议编号", "Resolution"), new Words("会议", "Meeting"), new Words("机构", "Body"),
                new Words("日期", "Date"), new Words("事项", "Matter"), new Words("案件", "Case"), new Words("事由", "Subject"),
                new Words("赞成", "For"), new Words("反对", "Against"), new Words("弃权", "Abstaining"), new Words("结果", "Outcome"));
        for (AnnualReport.ResolutionLine line : report.resolutions()) {
            r = row(resolutions, r, line.number(), line.meeting(), say(Labels.body(line.body())), line.date(),
                    say(Labels.matter(line.matter())), line.caseNumber(), nullToEmpty(line.title()), line.votesFor(),
                    line.votesAgainst(), line.abstentions(), say(Labels.outcome(line.outcome())));
        }
        width(resolutions, 11);

        Sheet rosters = sheet(ROSTERS);
        r = headers(rosters, 0, new Words("名册", "Roster"), new Words("变动", "Change"), new Words("姓名", "Name"),
                new Words("单位", "Organisation"), new Words("日期", "Date"), new Words("依据", "Basis"));
        for (AnnualReport.RosterChange change : report.rosterChanges()) {
            r = row(rosters, r, say(Labels.rosterBody(change.body())),
                    say(change.joined() ? new Words("加入", "Joined") : new Words("离任", "Left")), change.name(),
                    nullToEmpty(change.organisation()), change.on(), nullToEmpty(change.basis()));
        }
        width(rosters, 6);

        Sheet term = sheet(TERM);
        AnnualReport.TermState state = report.term();
        r = row(term, 0, say(new Words("本届起始", "Term began")), state.termStart());
        r = row(term, r, say(new Words("选举时确定的届满日", "Term end as elected")), state.electedTermEnd());
        r = row(term, r, say(new Words("现届满日", "Term ends")), state.currentTermEnd());
        r = row(term, r, say(new Words("距届满天数", "Days to the term's end")), state.daysLeft());
        for (var change : state.changes()) {
            r = row(term, r, say(new Words("任期变更申请", "Request to change the term")), change.caseNumber(),
                    change.kind().name(), change.status().name(), change.requestedTermEnd());
        }
        width(term, 5);
    }

    private int changes(Sheet sheet, int r, Words what, List<MemberChange> changes) {
        for (MemberChange c : changes) {
            r = row(sheet, r, say(what), c.membershipNumber(), c.name(), say(Labels.kind(c.kind())), nullToEmpty(c.branch()),
                    c.on(), nullToEmpty(c.reference()), nullToEmpty(c.reason()));
        }
        return r;
    }

    private Sheet sheet(Words name) {
        return book.createSheet(english ? name.zh() + " " + name.en() : name.zh());
    }

    private int headers(Sheet sheet, int r, Words... names) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < names.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(english ? names[c].zh() + "\n" + names[c].en() : names[c].zh());
            cell.setCellStyle(header);
        }
        return r + 1;
    }

    private int row(Sheet sheet, int r, Object... values) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            Cell cell = row.createCell(c);
            Object value = values[c];
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(day);
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
        }
        return r + 1;
    }

    private static void width(Sheet sheet, int columns) {
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, 24 * 256);
        }
    }
}
