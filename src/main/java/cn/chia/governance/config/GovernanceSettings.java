package cn.chia.governance.config;

import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Every {@code governance.*} setting of application.yaml, typed, in one place (docs/operations.md, "Configuration").
 * Depends on nothing of the application, so that every package may read it.
 *
 * @param generalAssembly the General Assembly's term as elected
 * @param branches the branches; each recommends candidates through its own Camunda group
 * @param admin the administrator
 * @param demoUsers whether the demo users are created
 * @param requireStrongAdminPassword whether a start with a weak administrator password is refused
 * @param hsts Strict-Transport-Security on every answer over HTTPS
 * @param mail the sender of the association's letters
 * @param inactivitySweep when the inactivity sweep runs, how it reads the lapses, what it does with an open expulsion
 * @param withdrawal how long a withdrawn member has to return the membership card
 * @param meetingCadence when the bodies' meeting cadence is checked, and how many days before a due day the
 *        Secretariat is reminded
 * @param publicRequests what the public endpoints take from one client address
 * @param loginThrottle how failed logins slow down the address they come from
 * @param meetings how meetings take attendance (proxies per representative)
 * @param renewal when the renewal of the term may be opened, and whether it asks for CAST's consent
 * @param annualReport by which day of the year the annual work report is due to CAST and to the Ministry of Civil Affairs
 * @param documents how the documents (minutes, resolutions, certificates, the annual work report) are worded
 * @param dueDates the due date of each user task, and when the candidates are reminded of it
 * @param taskMail the e-mails that tell people of a new task, a due date near or passed
 * @param privacy how long personal data is kept, and the notice an applicant consents to
 * @param metrics how often the association's figures for Prometheus are read
 * @param allowEmbeddedDatabaseInProduction whether the production profile may start on H2; read from the environment
 *        before anything starts (cn.chia.governance.ProductionDatabaseCheck), listed here so that the list is whole
 */
@ConfigurationProperties("governance")
public record GovernanceSettings(
        GeneralAssembly generalAssembly,
        List<Branch> branches,
        Admin admin,
        boolean demoUsers,
        boolean requireStrongAdminPassword,
        boolean hsts,
        Mail mail,
        InactivitySweep inactivitySweep,
        Withdrawal withdrawal,
        MeetingCadence meetingCadence,
        PublicRequests publicRequests,
        LoginThrottle loginThrottle,
        Meetings meetings,
        Renewal renewal,
        AnnualReport annualReport,
        Documents documents,
        DueDates dueDates,
        TaskMail taskMail,
        Privacy privacy,
        Metrics metrics,
        boolean allowEmbeddedDatabaseInProduction) {

    public GovernanceSettings {
        if (generalAssembly == null || generalAssembly.termEnd() == null) {
            throw new IllegalStateException("governance.general-assembly.term-end is required.");
        }
        branches = branches == null ? List.of() : List.copyOf(branches);
        admin = admin == null ? new Admin(null, null, false) : admin;
        mail = mail == null ? new Mail(null) : mail;
        inactivitySweep = inactivitySweep == null ? new InactivitySweep(null, null, null) : inactivitySweep;
        withdrawal = withdrawal == null ? new Withdrawal(null) : withdrawal;
        meetingCadence = meetingCadence == null ? new MeetingCadence(null, null) : meetingCadence;
        publicRequests = publicRequests == null ? new PublicRequests(null, null, null) : publicRequests;
        loginThrottle = loginThrottle == null ? LoginThrottle.DEFAULT : loginThrottle;
        meetings = meetings == null ? new Meetings(null) : meetings;
        renewal = renewal == null ? new Renewal(null, null) : renewal;
        annualReport = annualReport == null ? new AnnualReport(null, null) : annualReport;
        documents = documents == null ? new Documents(null) : documents;
        dueDates = dueDates == null ? new DueDates(null, null, null, null, null, null, null, null, null, null)
                : dueDates;
        taskMail = taskMail == null ? new TaskMail(null, null) : taskMail;
        privacy = privacy == null ? new Privacy(null, null, null, null, null) : privacy;
        metrics = metrics == null ? new Metrics(null) : metrics;
    }

    /**
     * The association's figures at /actuator/prometheus (docs/operations.md, "Metrics"): each is read from the database
     * at most once per {@code figuresMaxAge} (default 30 seconds), in the background, whatever the number of scrapes.
     */
    public record Metrics(Duration figuresMaxAge) {
        public Metrics {
            figuresMaxAge = figuresMaxAge == null ? Duration.ofSeconds(30) : figuresMaxAge;
            if (figuresMaxAge.isNegative()) {
                throw new IllegalStateException("governance.metrics.figures-max-age must not be negative (PT30S).");
            }
        }
    }

    /**
     * Personal information (docs/security.md, "Personal information"): {@code noticeVersion} the version of the privacy
     * notice an applicant consents to on {@code /apply} (stored with the case); {@code notAdmittedKeptFor} how long an
     * application that did not lead to membership keeps its applicant's personal data after it ended (default 12
     * months); {@code formerMemberKeptFor} how long a former member's personal data is kept after leaving (default 3
     * years); {@code answerWithin} the period within which the Secretariat answers a person's request to correct or
     * delete their data (default 15 days); {@code retentionCycle} when the retention run (process
     * {@code personal-data-retention}) looks for data past these periods: a timer cycle, cron or ISO 8601 (default
     * daily at 03:30).
     */
    public record Privacy(String noticeVersion, java.time.Period notAdmittedKeptFor,
            java.time.Period formerMemberKeptFor, java.time.Period answerWithin, String retentionCycle) {
        public Privacy {
            noticeVersion = noticeVersion == null || noticeVersion.isBlank() ? "2026-12" : noticeVersion.strip();
            notAdmittedKeptFor = notAdmittedKeptFor == null ? java.time.Period.ofMonths(12) : notAdmittedKeptFor;
            formerMemberKeptFor = formerMemberKeptFor == null ? java.time.Period.ofYears(3) : formerMemberKeptFor;
            answerWithin = answerWithin == null ? java.time.Period.ofDays(15) : answerWithin;
            retentionCycle = retentionCycle == null || retentionCycle.isBlank() ? "0 30 3 * * ?" : retentionCycle.strip();
        }
    }

    /**
     * The documents the application makes (the minutes and resolutions as PDF, the membership certificate, the annual
     * work report): in Chinese, and with {@code english} (default true) each heading, label and reason in English too.
     */
    public record Documents(Boolean english) {
        public Documents {
            english = english == null ? Boolean.TRUE : english;
        }
    }

    /**
     * The due date of every user task, counted from the day the task is created (docs/operations.md, "Due dates and
     * task mail"): {@code branchRecommendation} a branch's recommendation (default 15 days), {@code liaisonReview} the
     * Liaison Department's review (15 days), {@code castDossier} preparing and submitting a dossier for CAST (10 days),
     * {@code cardReturn} recording a card's return (30 days, as the card's own period), {@code memberAnswer} an expelled
     * member's answer (30 days, the charter's period), {@code applicantAnswer} an applicant's answer to a request for
     * information (30 days, after which the application lapses), {@code authorityAnswer} recording an authority's answer
     * (30 days), {@code otherTasks} every other task (15 days). A meeting's tasks before and at the meeting are due on
     * the meeting's date, a vote by communication when the votes close. {@code remindBefore}: how long before the due
     * date the candidates are reminded (2 days); {@code cycle}: when the due dates are checked (daily at 07:00, a cron
     * expression or an ISO 8601 repetition). A task one day past its due date is overdue: the Secretariat is told.
     */
    public record DueDates(java.time.Period branchRecommendation, java.time.Period liaisonReview,
            java.time.Period castDossier, java.time.Period cardReturn, java.time.Period memberAnswer,
            java.time.Period applicantAnswer, java.time.Period authorityAnswer, java.time.Period otherTasks,
            java.time.Period remindBefore, String cycle) {
        public DueDates {
            branchRecommendation = days(branchRecommendation, 15, "branch-recommendation");
            liaisonReview = days(liaisonReview, 15, "liaison-review");
            castDossier = days(castDossier, 10, "cast-dossier");
            cardReturn = days(cardReturn, 30, "card-return");
            memberAnswer = days(memberAnswer, 30, "member-answer");
            applicantAnswer = days(applicantAnswer, 30, "applicant-answer");
            authorityAnswer = days(authorityAnswer, 30, "authority-answer");
            otherTasks = days(otherTasks, 15, "other-tasks");
            remindBefore = days(remindBefore, 2, "remind-before");
            cycle = cycle == null ? "0 0 7 * * ?" : cycle;
        }

        private static java.time.Period days(java.time.Period period, int orDays, String name) {
            java.time.Period read = period == null ? java.time.Period.ofDays(orDays) : period;
            if (read.isNegative() || read.isZero()) {
                throw new IllegalStateException("governance.due-dates." + name + " must be a positive period (P15D).");
            }
            return read;
        }
    }

    /**
     * The e-mails about tasks: {@code interval}, at most one mail per person in that time (default 1 hour); what comes
     * in between waits for one digest at its end. {@code tasklistUrl}: the address of the application as people reach
     * it, for the link to a task (default {@code http://localhost:8080}).
     */
    public record TaskMail(Duration interval, String tasklistUrl) {
        public TaskMail {
            interval = interval == null ? Duration.ofHours(1) : interval;
            tasklistUrl = tasklistUrl == null || tasklistUrl.isBlank() ? "http://localhost:8080"
                    : tasklistUrl.replaceAll("/+$", "");
            if (interval.isNegative()) {
                throw new IllegalStateException("governance.task-mail.interval must not be negative (PT1H).");
            }
        }
    }

    /**
     * The annual work report (年度工作报告) on the year before: {@code businessSupervisorBy}, the day of the year by which
     * it goes to the business supervisor, CAST (default {@code 03-31}); {@code registrationAuthorityBy}, to the
     * registration authority, the Ministry of Civil Affairs (default {@code 05-31}). Month and day, {@code MM-DD}.
     */
    public record AnnualReport(String businessSupervisorBy, String registrationAuthorityBy) {
        public AnnualReport {
            businessSupervisorBy = businessSupervisorBy == null ? "03-31" : businessSupervisorBy;
            registrationAuthorityBy = registrationAuthorityBy == null ? "05-31" : registrationAuthorityBy;
            monthDay("business-supervisor-by", businessSupervisorBy);
            monthDay("registration-authority-by", registrationAuthorityBy);
        }

        public MonthDay dueToBusinessSupervisor() {
            return monthDay("business-supervisor-by", businessSupervisorBy);
        }

        public MonthDay dueToRegistrationAuthority() {
            return monthDay("registration-authority-by", registrationAuthorityBy);
        }

        private static MonthDay monthDay(String name, String value) {
            try {
                return MonthDay.parse("--" + value);
            } catch (DateTimeParseException notADay) {
                throw new IllegalStateException("governance.annual-report." + name + " is a day of the year, MM-DD (03-31): "
                        + value);
            }
        }
    }

    /**
     * {@code proxies-per-representative}: how many absent members one member present in person may represent at a
     * meeting (default 1). The charter names no number; this is the Association's practice.
     */
    public record Meetings(Integer proxiesPerRepresentative) {
        public Meetings {
            proxiesPerRepresentative = proxiesPerRepresentative == null ? 1 : proxiesPerRepresentative;
            if (proxiesPerRepresentative < 1) {
                throw new IllegalStateException("governance.meetings.proxies-per-representative must be at least 1.");
            }
        }
    }

    /**
     * The renewal of the term (换届): {@code opens-before}, how long before the term's end the Secretariat may open it
     * (default 6 months; the charter names no time, this is the Association's practice); {@code cast-consent},
     * whether the business supervisor (CAST) consents to the candidates before the General Assembly elects them
     * (default true).
     */
    public record Renewal(java.time.Period opensBefore, Boolean castConsent) {
        public Renewal {
            opensBefore = opensBefore == null ? java.time.Period.ofMonths(6) : opensBefore;
            castConsent = castConsent == null ? Boolean.TRUE : castConsent;
            if (opensBefore.isNegative() || opensBefore.isZero()) {
                throw new IllegalStateException("governance.renewal.opens-before must be a positive period (P6M).");
            }
        }
    }

    /** {@code term-end}: the end of the General Assembly's term as elected. */
    public record GeneralAssembly(LocalDate termEnd) {
    }

    /** A branch of the association; it recommends candidates through its own Camunda group. */
    public record Branch(String id, String name) {

        /** The groups of branches are named {@code branch-<id>}. */
        public static final String GROUP_PREFIX = "branch-";

        public String groupId() {
            return GROUP_PREFIX + id;
        }
    }

    /**
     * The administrator: always present, always a direct member of {@code camunda-admin}. The password is set
     * when the administrator is created; {@code resetPassword} (break-glass, docs/security.md) sets it again at this start.
     */
    public record Admin(String id, String password, boolean resetPassword) {
        public Admin {
            id = id == null || id.isBlank() ? "admin" : id;
        }
    }

    /** {@code from}: the sender of the association's letters and of the reminders to the Secretariat. */
    public record Mail(String from) {
        public Mail {
            from = from == null ? "secretariat@chia.example" : from;
        }
    }

    /**
     * {@code cycle}: the timer cycle of the sweep's start event (a cron expression or an ISO 8601 repetition);
     * {@code lapses}: how the charter's "fails to pay the membership fee or participate in the activities" is read,
     * {@code EITHER_LAPSE} (default: either lapse alone) or {@code BOTH_LAPSES} (neither paying nor taking part);
     * {@code openExpulsion}: what the sweep does with a member against whom an expulsion case waits for its vote,
     * {@code LEAVE_TO_EXPULSION} (default: the member is left to that case) or {@code CLOSE_EXPULSION} (the member is
     * withdrawn and the case closed with the reason).
     */
    public record InactivitySweep(String cycle, Lapses lapses, OpenExpulsion openExpulsion) {

        public enum Lapses { EITHER_LAPSE, BOTH_LAPSES }

        public enum OpenExpulsion { LEAVE_TO_EXPULSION, CLOSE_EXPULSION }

        public InactivitySweep {
            cycle = cycle == null ? "0 0 1 * * ?" : cycle;
            lapses = lapses == null ? Lapses.EITHER_LAPSE : lapses;
            openExpulsion = openExpulsion == null ? OpenExpulsion.LEAVE_TO_EXPULSION : openExpulsion;
        }
    }

    /**
     * {@code cardReturnDays}: the days a member who withdrew has to return the membership card, counted from the day
     * the notice was received (default 30); a card not back by the end of the last day is declared void.
     */
    public record Withdrawal(Integer cardReturnDays) {
        public Withdrawal {
            cardReturnDays = cardReturnDays == null ? 30 : cardReturnDays;
            if (cardReturnDays < 1) {
                throw new IllegalStateException("governance.withdrawal.card-return-days must be at least 1.");
            }
        }
    }

    /**
     * {@code cycle}: the timer cycle of the daily check of the Council's and the Standing Council's meetings (a cron
     * expression or an ISO 8601 repetition); {@code remindDaysBefore}: the days before a meeting's due day on which the
     * Secretariat is reminded, each once (an empty list: only the warning once the day has passed).
     */
    public record MeetingCadence(String cycle, List<Integer> remindDaysBefore) {
        public MeetingCadence {
            cycle = cycle == null ? "0 0 2 * * ?" : cycle;
            remindDaysBefore = remindDaysBefore == null ? List.of(60, 14) : List.copyOf(remindDaysBefore);
            if (remindDaysBefore.stream().anyMatch(days -> days < 1)) {
                throw new IllegalStateException("governance.meeting-cadence.remind-days-before takes days of 1 or more: "
                        + remindDaysBefore);
            }
        }
    }

    /**
     * What the public endpoints take from one client address. {@code posts} names a limit per endpoint (the last
     * literal segment of its path: {@code applications}, {@code information}, {@code withdrawals}); a public POST not
     * named counts under {@code default}. {@code wrongSecrets} counts the answers {@code 404} (a case number and
     * receipt secret, or a membership number and card secret, that do not match); beyond it every public request of
     * that address waits.
     */
    public record PublicRequests(DataSize maxBody, Map<String, Limit> posts, Limit wrongSecrets) {

        public static final String DEFAULT = "default";

        public PublicRequests {
            maxBody = maxBody == null ? DataSize.ofKilobytes(16) : maxBody;
            posts = posts == null ? Map.of() : Map.copyOf(posts);
            wrongSecrets = wrongSecrets == null ? new Limit(10, Duration.ofMinutes(10)) : wrongSecrets;
        }

        /** The name of the limit a POST to this endpoint counts under. */
        public String postLimitName(String endpoint) {
            return posts.containsKey(endpoint) ? endpoint : DEFAULT;
        }

        public Limit post(String name) {
            return posts.getOrDefault(name, posts.getOrDefault(DEFAULT, new Limit(10, Duration.ofMinutes(10))));
        }
    }

    /** At most {@code limit} requests in a fixed {@code window}. */
    public record Limit(int limit, Duration window) {
    }

    /**
     * After {@code freeFailures} failed logins an address waits {@code baseDelay}, doubled per further failure up
     * to {@code maxDelay}; it is forgotten after {@code forgetAfter} without a failure; at most {@code maxAddresses}
     * are remembered.
     */
    public record LoginThrottle(int freeFailures, Duration baseDelay, Duration maxDelay, Duration forgetAfter,
            int maxAddresses) {

        static final LoginThrottle DEFAULT = new LoginThrottle(5, Duration.ofSeconds(1), Duration.ofMinutes(15),
                Duration.ofHours(1), 10_000);
    }
}
