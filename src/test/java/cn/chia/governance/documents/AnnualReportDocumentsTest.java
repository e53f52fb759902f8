package cn.chia.governance.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.RosterBody;
import cn.chia.governance.documents.AnnualReport.BodyMeetings;
import cn.chia.governance.documents.AnnualReport.MeetingLine;
import cn.chia.governance.documents.AnnualReport.MemberChange;
import cn.chia.governance.documents.AnnualReport.ResolutionLine;
import cn.chia.governance.documents.AnnualReport.RosterChange;
import cn.chia.governance.documents.AnnualReport.Tally;
import cn.chia.governance.documents.AnnualReport.TermState;

/**
 * The annual work report as a reader gets it, from a report put together by hand: the PDF's text (read back with
 * PDFBox) in Chinese, with English only when asked, in the embedded font, subset; the workbook's sheets and figures.
 */
class AnnualReportDocumentsTest {

    static final AnnualReport REPORT = new AnnualReport(2025, LocalDate.of(2025, 12, 31),
            List.of(new MemberChange("CHIA-2025-000007", "欧阳娜娜", "INDIVIDUAL", "branch-beijing", LocalDate.of(2025, 3, 5),
                    "RES-2025-0003", null)),
            List.of(new MemberChange("CHIA-2020-000002", "司马光", "INDIVIDUAL", "", LocalDate.of(2025, 6, 1), "WDR-2025-0001",
                    "书面通知退会")),
            List.of(new MemberChange("CHIA-2019-000004", "某某科技有限公司", "UNIT", "", LocalDate.of(2025, 9, 9),
                    "RES-2025-0009", "Expelled")),
            List.of(new BodyMeetings(Body.GENERAL_ASSEMBLY, List.of()),
                    new BodyMeetings(Body.COUNCIL, List.of(new MeetingLine("MTG-2025-0002", LocalDate.of(2025, 3, 5), false, 1))),
                    new BodyMeetings(Body.STANDING_COUNCIL, List.of())),
            List.of(new ResolutionLine("RES-2025-0003", "MTG-2025-0002", "COUNCIL", LocalDate.of(2025, 3, 5), "ADMISSION",
                    "APP-2025-000011", "欧阳娜娜", 40, 2, 1, "ADOPTED")),
            List.of(new RosterChange(RosterBody.COUNCIL, "诸葛亮", "蜀汉研究院", true, LocalDate.of(2025, 4, 1), "RES-2025-0005")),
            new TermState(LocalDate.of(2022, 7, 27), LocalDate.of(2027, 7, 27), LocalDate.of(2027, 7, 27), 573, List.of()),
            List.of(new Tally("INDIVIDUAL", null, 120), new Tally("UNIT", null, 30), new Tally("FOREIGN", null, 4),
                    new Tally("HONORARY", null, 2)),
            List.of(new Tally("branch-beijing", "北京分支机构 Beijing Branch", 50), new Tally("", null, 106)));

    @Test
    void thePdfReadsChineseAndEnglishInTheEmbeddedFont() throws Exception {
        byte[] pdf = AnnualReportPdf.write(REPORT, true, LocalDate.of(2026, 2, 1));
        String text = text(pdf);
        assertThat(text).contains("中国高科技产业化研究会", "China High-tech Industrialization Association",
                "2025 年度工作报告", "Annual work report 2025", "CHIA-2025-000007", "欧阳娜娜", "司马光", "某某科技有限公司",
                "MTG-2025-0002", "RES-2025-0003", "诸葛亮", "个人会员", "Individual member", "北京分支机构", "156");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.getName()).as("a subset of the font, embedded").matches("[A-Z]{6}\\+.*");
        }
        assertThat(pdf.length).as("only the glyphs used are embedded").isLessThan(400_000);
    }

    @Test
    void withoutEnglishThePdfIsChineseOnly() throws Exception {
        String text = text(AnnualReportPdf.write(REPORT, false, LocalDate.of(2026, 2, 1)));
        assertThat(text).contains("2025 年度工作报告", "欧阳娜娜", "个人会员").doesNotContain("Annual work report",
                "Individual member", "China High-tech");
    }

    @Test
    void theWorkbookHoldsTheMembersByKindAndBranchWithTheirTotals() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(AnnualReportWorkbook.write(REPORT, true)))) {
            Sheet members = book.getSheet("年末会员 Members at year end");
            assertThat(members).isNotNull();
            assertThat(members.getRow(1).getCell(1).getStringCellValue()).isEqualTo("INDIVIDUAL");
            assertThat(members.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(120);
            assertThat(members.getRow(5).getCell(2).getNumericCellValue()).as("the total by kind").isEqualTo(156);
            assertThat(members.getRow(10).getCell(2).getNumericCellValue()).as("the total by branch").isEqualTo(156);
            assertThat(book.getSheet("会员变动 Member changes").getRow(1).getCell(2).getStringCellValue()).isEqualTo("欧阳娜娜");
        }
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
