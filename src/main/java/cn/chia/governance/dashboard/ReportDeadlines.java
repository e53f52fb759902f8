package cn.chia.governance.dashboard;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.dashboard.Figures.Recipient;
import cn.chia.governance.dashboard.Figures.ReportDue;

/**
 * When the annual work report (年度工作报告) on a year is due: each year by a day the settings name, to CAST (the business
 * supervisor, 31 March) and to the Ministry of Civil Affairs (the registration authority, 31 May), on the year before.
 * The due day itself is still in time; from the day after, the next year's report is the one due.
 */
final class ReportDeadlines {

    private ReportDeadlines() {
    }

    /** The report due next to each recipient, counted from {@code today}. */
    static List<ReportDue> next(GovernanceSettings.AnnualReport settings, LocalDate today) {
        return List.of(next(Recipient.BUSINESS_SUPERVISOR, settings.dueToBusinessSupervisor(), today),
                next(Recipient.REGISTRATION_AUTHORITY, settings.dueToRegistrationAuthority(), today));
    }

    private static ReportDue next(Recipient recipient, MonthDay by, LocalDate today) {
        LocalDate due = by.atYear(today.getYear());
        if (today.isAfter(due)) {
            due = by.atYear(today.getYear() + 1);
        }
        return new ReportDue(recipient, due.getYear() - 1, due, ChronoUnit.DAYS.between(today, due));
    }
}
