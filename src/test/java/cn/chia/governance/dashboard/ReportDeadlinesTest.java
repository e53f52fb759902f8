package cn.chia.governance.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.chia.governance.config.GovernanceSettings.AnnualReport;
import cn.chia.governance.dashboard.Figures.Recipient;
import cn.chia.governance.dashboard.Figures.ReportDue;

/** The annual work report on the year before is due to CAST by 31 March and to the Ministry by 31 May, by default. */
class ReportDeadlinesTest {

    private static final AnnualReport DEFAULTS = new AnnualReport(null, null);

    @Test
    void onTheDueDayTheReportOnTheYearBeforeIsStillDueThatDay() {
        assertThat(ReportDeadlines.next(DEFAULTS, LocalDate.of(2027, 3, 31))).containsExactly(
                new ReportDue(Recipient.BUSINESS_SUPERVISOR, 2026, LocalDate.of(2027, 3, 31), 0),
                new ReportDue(Recipient.REGISTRATION_AUTHORITY, 2026, LocalDate.of(2027, 5, 31), 61));
    }

    @Test
    void theDayAfterTheNextYearsReportIsDue() {
        assertThat(ReportDeadlines.next(DEFAULTS, LocalDate.of(2027, 4, 1))).containsExactly(
                new ReportDue(Recipient.BUSINESS_SUPERVISOR, 2027, LocalDate.of(2028, 3, 31), 365),
                new ReportDue(Recipient.REGISTRATION_AUTHORITY, 2026, LocalDate.of(2027, 5, 31), 60));
        assertThat(ReportDeadlines.next(DEFAULTS, LocalDate.of(2027, 6, 1)).get(1))
                .isEqualTo(new ReportDue(Recipient.REGISTRATION_AUTHORITY, 2027, LocalDate.of(2028, 5, 31), 365));
    }

    @Test
    void theSettingsNameOtherDays() {
        assertThat(ReportDeadlines.next(new AnnualReport("04-30", "06-30"), LocalDate.of(2027, 4, 15)))
                .extracting(ReportDue::dueOn).containsExactly(LocalDate.of(2027, 4, 30), LocalDate.of(2027, 6, 30));
    }

    @Test
    void aSettingThatIsNoDayOfTheYearStopsTheStart() {
        assertThatThrownBy(() -> new AnnualReport("31-03", null)).isInstanceOf(IllegalStateException.class)
                .hasMessage("governance.annual-report.business-supervisor-by is a day of the year, MM-DD (03-31): 31-03");
        assertThatThrownBy(() -> new AnnualReport(null, "02-30")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("registration-authority-by");
    }
}
