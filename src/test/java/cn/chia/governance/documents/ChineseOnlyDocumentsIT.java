package cn.chia.governance.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.Resolutions;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.register.Applicant;
import cn.chia.governance.register.MeetingRecords;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;

/**
 * With {@code governance.documents.english: false} every document reads Chinese only: the minutes, a resolution, a
 * certificate, the annual work report as PDF and as a workbook (its sheets named in Chinese).
 */
@GovernanceTest
class ChineseOnlyDocumentsIT {

    @Autowired
    MeetingRecords meetings;
    @Autowired
    AnnualReports reports;
    @Autowired
    MemberRegister register;
    @Autowired
    GovernanceSettings settings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void everyDocumentReadsChineseOnly() throws Exception {
        GovernanceDocuments chinese = new GovernanceDocuments(meetings, reports, chineseOnly(settings), clock);
        String caseNumber = "APP-ZH-" + UUID.randomUUID();
        Member member = register.admit(caseNumber, new Applicant("INDIVIDUAL", "司马中文", "member@example.org", null,
                Applications.residentIdentityNumber(), null, "中文单位", "Materials", null),
                Resolutions.admission(caseNumber, "COUNCIL"), "COUNCIL");
        String resolution = member.resolutionNumber();
        String meeting = meetings.meetingOf(resolution).orElseThrow();

        assertThat(AnnualReportDocumentsTest.text(chinese.minutesPdf(meeting).orElseThrow()))
                .contains("理事会会议纪要", meeting, resolution, caseNumber, "会员入会", "通过", "中国高科技产业化研究会")
                .doesNotContain("Minutes", "Admission of a member", "Adopted", "China High-tech");
        assertThat(AnnualReportDocumentsTest.text(chinese.resolutionPdf(resolution).orElseThrow()))
                .contains("理事会决议", resolution, meeting, "通过须至少").doesNotContain("Resolution of", "Adopted", "in favour");
        assertThat(AnnualReportDocumentsTest.text(chinese.certificatePdf(member)))
                .contains("会员证书", "司马中文", member.membershipNumber(), "个人会员")
                .doesNotContain("Certificate", "Individual member", "certify");
        int year = LocalDate.now(clock).getYear();
        assertThat(AnnualReportDocumentsTest.text(chinese.annualReportPdf(year)))
                .contains(year + " 年度工作报告", "司马中文", member.membershipNumber()).doesNotContain("Annual work report", "Summary");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(chinese.annualReportXlsx(year)))) {
            assertThat(book.getSheetName(0)).isEqualTo("概况");
            assertThat(book.getSheet("年末会员")).isNotNull();
        }
        assertThat(chinese.minutesPdf("MTG-1999-9999")).isEmpty();
        assertThat(chinese.resolutionPdf("RES-1999-9999")).isEmpty();
    }

    static GovernanceSettings chineseOnly(GovernanceSettings s) {
        return new GovernanceSettings(s.generalAssembly(), s.branches(), s.admin(), s.demoUsers(),
                s.requireStrongAdminPassword(), s.hsts(), s.mail(), s.inactivitySweep(), s.withdrawal(), s.meetingCadence(),
                s.publicRequests(), s.loginThrottle(), s.meetings(), s.renewal(), s.annualReport(),
                new GovernanceSettings.Documents(false), s.dueDates(), s.taskMail(), s.privacy(),
                s.metrics(), s.allowEmbeddedDatabaseInProduction());
    }
}
