package cn.chia.governance.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import cn.chia.governance.admission.ApplicantDesk.Stage;
import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.MeetingCadence;
import cn.chia.governance.register.TermRecords.TermChange;

/**
 * The association at a glance, as {@code GET /api/dashboard} answers it and Cockpit's governance dashboard draws it.
 * Each figure carries what its link needs: case numbers (business keys), process instance and definition ids, meeting
 * numbers. Codes (statuses, kinds, stages, bodies, outcomes) are the register's and the charter's; the dashboard names
 * them in the reader's language.
 *
 * @param asOf when the figures were taken (the association's time)
 * @param members members by status, kind and branch, now and at the end of each of the last 12 months
 * @param applications the open applications at each stage, with their age
 * @param overdueTasks the open tasks past their due date
 * @param bodies each body's meetings against the charter's cadence
 * @param decisions the resolutions of each of the last 12 months by outcome, and the meetings that took them
 * @param term the General Assembly's term and its countdown
 * @param reports the next days by which the annual work report is due to CAST and to the Ministry of Civil Affairs
 * @param incidents the open incidents
 */
public record Figures(LocalDateTime asOf, Members members, List<StageFigure> applications, OverdueTasks overdueTasks,
        List<BodyMeetings> bodies, List<MonthDecisions> decisions, TermCountdown term, List<ReportDue> reports,
        Incidents incidents) {

    /** Members in each status: active, withdrawn, expelled. */
    public record Count(long active, long withdrawn, long expelled) {
    }

    /**
     * A kind of member ({@code INDIVIDUAL}, {@code UNIT}, {@code FOREIGN}, {@code HONORARY}) or a branch (its group, {@code branch-<id>}; {@code ""}
     * for members of no branch; {@code name} as the settings name it, null for a branch no longer configured).
     */
    public record Group(String key, String name, Count count) {
    }

    /** The register at the end of a month (the current month: today): members by status, active ones by kind and branch. */
    public record Month(YearMonth month, Count count, Map<String, Long> activeByKind, Map<String, Long> activeByBranch) {
    }

    public record Members(Count total, List<Group> byKind, List<Group> byBranch, List<Month> months) {
    }

    /** A case behind a figure: its number, and its process instance while it runs (for Cockpit). */
    public record CaseLink(String caseNumber, String processInstanceId) {
    }

    /**
     * The open applications at a stage: how many, the age of the middle one in days (of an even number, the younger of
     * the two in the middle) and of the oldest, which is named; {@code activities} are the BPMN activities of the stage and
     * {@code processDefinitionId} the latest version of the admission, for Cockpit's list of the cases waiting there.
     */
    public record StageFigure(Stage stage, long count, Long medianAgeDays, Long oldestAgeDays, CaseLink oldest,
            List<String> activities, String processDefinitionId) {
    }

    /** Open tasks of one kind (a process's task) past their due date, and the earliest due date among them. */
    public record OverdueGroup(String processKey, String processName, String processDefinitionId, String taskKey, String taskName, long count,
            LocalDateTime earliestDue) {
    }

    /** A task past its due date, with its case. */
    public record OverdueTask(String taskName, LocalDateTime due, String processName, CaseLink caseLink) {
    }

    /**
     * {@code withDueDate}: open tasks that have a due date at all; {@code overdue}: those past it; {@code groups} by
     * process and task; {@code mostOverdue} the ten longest overdue.
     */
    public record OverdueTasks(long withDueDate, long overdue, List<OverdueGroup> groups, List<OverdueTask> mostOverdue) {
    }

    /** A meeting held: its number (for its minutes), day and whether by communication. */
    public record MeetingHeld(String number, LocalDate date, boolean byCommunication) {
    }

    /**
     * A body's meetings against the charter's cadence: the last held, the day by which the next is due and where that
     * stands ({@code null} and {@code NOT_APPLICABLE} for the General Assembly), the meetings held in the last 12 months
     * against the fewest the charter allows in 12 months ({@code null} for the General Assembly), and the meetings held
     * since the earlier of the term's start and 12 months ago, the latest first (at most 100).
     */
    public record BodyMeetings(Body body, MeetingHeld lastHeld, LocalDate dueBy, Integer daysLeft,
            MeetingCadence.State state, String clause, long heldInLast12Months, Integer requiredIn12Months,
            List<MeetingHeld> meetings) {
    }

    /** A meeting's resolutions of one month. */
    public record MeetingDecisions(String number, Body body, long adopted, long rejected) {
    }

    /** The resolutions of a month by outcome, and the meetings whose minutes hold them. */
    public record MonthDecisions(YearMonth month, long adopted, long rejected, List<MeetingDecisions> meetings) {
    }

    /**
     * The term: its start, its end as elected and as now (changes approved), the days left to its end, the day from
     * which the renewal may be opened, an open renewal ({@code GEL-…}) and open requests to change the term.
     */
    public record TermCountdown(LocalDate termStart, LocalDate electedTermEnd, LocalDate currentTermEnd, long daysLeft,
            LocalDate renewalOpensOn, CaseLink renewal, List<TermChange> openChanges) {
    }

    /** To whom the annual work report is due. */
    public enum Recipient { BUSINESS_SUPERVISOR, REGISTRATION_AUTHORITY }

    /** The annual work report on {@code reportYear}, due to the recipient by {@code dueOn}, in {@code daysLeft} days. */
    public record ReportDue(Recipient recipient, int reportYear, LocalDate dueOn, long daysLeft) {
    }

    /** Open incidents of one kind: a process's activity and the incident's type. */
    public record IncidentGroup(String processKey, String processName, String processDefinitionId, String activityId, String type, long count) {
    }

    /** An open incident with its case. */
    public record IncidentCase(String processName, String activityId, String type, LocalDateTime since, CaseLink caseLink) {
    }

    public record Incidents(long open, List<IncidentGroup> groups, List<IncidentCase> latest) {
    }
}
