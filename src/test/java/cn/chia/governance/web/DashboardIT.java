package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.Resolutions;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.process.Members;
import cn.chia.governance.process.ProcessConfiguration;
import cn.chia.governance.register.Applicant;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;

/**
 * {@code GET /api/dashboard} against what this test puts into the register and the engine: members of each kind and
 * branch (one withdrawn, one expelled), applications at each stage started days apart, tasks given due dates, resolutions
 * of meetings, an incident; and who may read it, with HTTP Basic or with the webapps' session. The database is shared
 * with the other tests: the figures that count everything are compared before and after (by what was added); the
 * applications' stages and ages after the running admissions of earlier tests were removed.
 */
@GovernanceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIT {

    static final String ADMISSION = "membership-admission";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    RepositoryService repository;
    @Autowired
    MemberRegister register;
    @Autowired
    JdbcClient jdbc;

    private Map<String, Object> before;
    /** The open tasks just after the figures before and after were read: every task has a due date (its settings'). */
    private long openTasksBefore;
    private long openTasksAfter;
    private Map<String, Object> after;
    private final List<String> reviews = new ArrayList<>();
    private String received;
    private String moreInformation;
    private String foreign;
    private Member individualOfBeijing;
    private Member unitOfNoBranch;
    private YearMonth decidedIn;
    private String rejectedMeeting;
    private Incident incident;
    private final Instant now = Instant.now();

    @BeforeAll
    void putFiguresIntoTheRegisterAndTheEngine() throws Exception {
        runtime.createProcessInstanceQuery().processDefinitionKey(ADMISSION).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "dashboard test: a clean count", true, true));
        before = figures();
        openTasksBefore = tasks.createTaskQuery().count();

        // applications: four under review, 10, 6, 4 and 2 days old; one at its branch; one asked for information; a
        // foreign expert's on the agenda
        for (int days : new int[] {10, 6, 4, 2}) {
            reviews.add(applyDaysAgo(days, Applications.aPerson("Dashboard Review " + days)).getId());
        }
        received = applyDaysAgo(3, Applications.aPerson("Dashboard Branch").withBranch("branch-beijing")).getBusinessKey();
        ProcessInstance asked = applyDaysAgo(20, Applications.aPerson("Dashboard Information"));
        moreInformation = asked.getBusinessKey();
        tasks.complete(task(asked.getId()).getId(), Map.of("reviewDecision", "MORE_INFORMATION",
                "informationRequested", "A list of your patents."));
        foreign = applyDaysAgo(1, Applications.aForeignExpert("Dashboard Foreign")
                .withIdentityNumber("DB" + System.nanoTime() % 100_000_000)).getBusinessKey();

        // due dates: two reviews overdue (by 3 days and by 1 day), one due tomorrow, one as the settings say (in 13 days)
        dueIn(reviews.get(0), Duration.ofDays(-3));
        dueIn(reviews.get(1), Duration.ofDays(-1));
        dueIn(reviews.get(2), Duration.ofDays(1));
        incident = runtime.createIncident("dashboardCheck", task(reviews.get(3)).getExecutionId(), "dashboard test",
                "An incident the dashboard counts.");

        // members: of each kind, one of the Beijing branch; one withdrawn, one expelled (each admission, the honorary
        // membership's two steps and the expulsion a resolution adopted in a meeting of its own: 8 in all)
        decidedIn = YearMonth.from(LocalDateTime.now());
        individualOfBeijing = admit("INDIVIDUAL", "branch-beijing");
        unitOfNoBranch = admit("UNIT", null);
        admit("FOREIGN", null);
        Members.honorary(register, "Dashboard Honorary");
        Member withdrawn = admit("INDIVIDUAL", null);
        register.withdraw(withdrawn.membershipNumber(), "Withdrew by written notice (dashboard test)", "WDR-DASH-1");
        Member expelled = admit("INDIVIDUAL", null);
        String expulsion = "EXP-DASH-" + UUID.randomUUID();
        register.expel(expelled.membershipNumber(), Resolutions.expulsion(expulsion), expulsion);
        // and one resolution not adopted
        String rejected = Resolutions.record(jdbc, "APP-DASH-" + UUID.randomUUID(), "ADMISSION", "REJECTED", "COUNCIL");
        rejectedMeeting = jdbc.sql("SELECT meeting_key FROM gov_resolution WHERE resolution_number = ?").param(rejected)
                .query(String.class).single();

        after = figures();
        openTasksAfter = tasks.createTaskQuery().count();
    }

    @AfterAll
    void removeTheCases() {
        runtime.resolveIncident(incident.getId());
        runtime.createProcessInstanceQuery().processDefinitionKey(ADMISSION).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "dashboard test done", true, true));
    }

    // ---- members

    @Test
    void membersAreCountedByStatusKindAndBranch() {
        assertThat(delta(members(after).get("total"), members(before).get("total")))
                .isEqualTo(Map.of("active", 4L, "withdrawn", 1L, "expelled", 1L));
        assertThat(delta(group(after, "byKind", "INDIVIDUAL"), group(before, "byKind", "INDIVIDUAL")))
                .isEqualTo(Map.of("active", 1L, "withdrawn", 1L, "expelled", 1L));
        for (String kind : List.of("UNIT", "FOREIGN", "HONORARY")) {
            assertThat(delta(group(after, "byKind", kind), group(before, "byKind", kind))).as(kind)
                    .isEqualTo(Map.of("active", 1L, "withdrawn", 0L, "expelled", 0L));
        }
        assertThat(delta(group(after, "byBranch", "branch-beijing"), group(before, "byBranch", "branch-beijing")))
                .isEqualTo(Map.of("active", 1L, "withdrawn", 0L, "expelled", 0L));
        assertThat(delta(group(after, "byBranch", ""), group(before, "byBranch", "")))
                .isEqualTo(Map.of("active", 3L, "withdrawn", 1L, "expelled", 1L));
        assertThat(groups(after, "byBranch")).first().satisfies(branch -> assertThat(branch)
                .containsEntry("key", "branch-beijing").containsEntry("name", "北京分支机构 Beijing Branch"));
    }

    @Test
    void theLastMonthOfTheMembersHistoryIsTheRegisterAsItStands() {
        List<Map<String, Object>> months = list(members(after).get("months"));
        assertThat(months).hasSize(12);
        assertThat(months.get(11)).containsEntry("month", YearMonth.now(ProcessConfiguration.ASSOCIATION_ZONE).toString());
        assertThat(months.get(0)).containsEntry("month",
                YearMonth.now(ProcessConfiguration.ASSOCIATION_ZONE).minusMonths(11).toString());
        Map<String, Object> last = months.get(11);
        assertThat(last.get("count")).isEqualTo(members(after).get("total"));
        for (Map<String, Object> kind : groups(after, "byKind")) {
            assertThat(map(last.get("activeByKind")).get(kind.get("key"))).isEqualTo(map(kind.get("count")).get("active"));
        }
        for (Map<String, Object> branch : groups(after, "byBranch")) {
            assertThat(map(last.get("activeByBranch")).get(branch.get("key")))
                    .isEqualTo(map(branch.get("count")).get("active"));
        }
    }

    @Test
    void theRegistersMembersAreFoundByStatusKindAndBranchAsTheFiguresLinkToThem() throws Exception {
        Http manager = Http.basic(port, "manager", "manager");
        List<Object> units = numbers(manager.get("/api/members?status=ACTIVE&kind=UNIT&branch="));
        assertThat(units).contains(unitOfNoBranch.membershipNumber()).doesNotContain(individualOfBeijing.membershipNumber());
        List<Object> beijing = numbers(manager.get("/api/members?branch=branch-beijing"));
        assertThat(beijing).contains(individualOfBeijing.membershipNumber()).doesNotContain(unitOfNoBranch.membershipNumber());
        assertThat(manager.get("/api/members?status=GONE").status()).isEqualTo(400);
    }

    // ---- applications

    @Test
    void applicationsAreCountedAtEachStageWithTheirAge() {
        String latest = repository.createProcessDefinitionQuery().processDefinitionKey(ADMISSION).latestVersion()
                .singleResult().getId();
        Map<String, Map<String, Object>> stages = new java.util.LinkedHashMap<>();
        list(after.get("applications")).forEach(stage -> stages.put((String) stage.get("stage"), stage));
        assertThat(stages.keySet()).containsExactly("RECEIVED", "UNDER_REVIEW", "MORE_INFORMATION_NEEDED", "ON_THE_AGENDA",
                "FILED_WITH_CAST", "ADOPTED");
        stages.values().forEach(stage -> assertThat(stage).containsEntry("processDefinitionId", latest));

        String oldestReview = runtime.createProcessInstanceQuery().processInstanceId(reviews.get(0)).singleResult()
                .getBusinessKey();
        // 10, 6, 4 and 2 days: of the two in the middle, the younger
        assertThat(stages.get("UNDER_REVIEW")).containsEntry("count", 4).containsEntry("medianAgeDays", 4)
                .containsEntry("oldestAgeDays", 10).containsEntry("oldest",
                        Map.of("caseNumber", oldestReview, "processInstanceId", reviews.get(0)))
                .containsEntry("activities", List.of("UserTask_ReviewApplication"));
        assertThat(stages.get("RECEIVED")).containsEntry("count", 1).containsEntry("medianAgeDays", 3)
                .containsEntry("oldestAgeDays", 3);
        assertThat(map(stages.get("RECEIVED").get("oldest"))).containsEntry("caseNumber", received);
        assertThat(stages.get("MORE_INFORMATION_NEEDED")).containsEntry("count", 1).containsEntry("medianAgeDays", 20)
                .containsEntry("oldestAgeDays", 20);
        assertThat(map(stages.get("MORE_INFORMATION_NEEDED").get("oldest"))).containsEntry("caseNumber", moreInformation);
        assertThat(stages.get("ON_THE_AGENDA")).containsEntry("count", 1).containsEntry("oldestAgeDays", 1)
                .containsEntry("activities", List.of("Event_DecisionTaken", "Event_ForeignReviewDecided",
                        "Event_ForeignApprovalDecided"));
        assertThat(map(stages.get("ON_THE_AGENDA").get("oldest"))).containsEntry("caseNumber", foreign);
        assertThat(stages.get("FILED_WITH_CAST")).containsEntry("count", 0).containsEntry("medianAgeDays", null)
                .containsEntry("oldest", null);
    }

    // ---- tasks past their due date, incidents

    @Test
    void tasksPastTheirDueDateAreCountedButNotThoseDueLater() {
        Map<String, Object> was = map(before.get("overdueTasks"));
        Map<String, Object> is = map(after.get("overdueTasks"));
        // the four reviews at least, and no more than the tasks opened since (the job executor may open one more
        // between the figures and the count)
        assertThat(number(is.get("withDueDate")) - number(was.get("withDueDate"))).as("new tasks with a due date")
                .isBetween(4L, openTasksAfter - openTasksBefore);
        assertThat(number(is.get("overdue")) - number(was.get("overdue"))).isEqualTo(2);
        assertThat(list(is.get("groups"))).anySatisfy(group -> assertThat(group)
                .containsEntry("processKey", ADMISSION).containsEntry("processName", "入会审批 Membership admission")
                .containsEntry("taskKey", "UserTask_ReviewApplication").containsEntry("count", 2)
                .containsEntry("taskName", "审核申请 Review the application"));
        assertThat(list(is.get("mostOverdue"))).extracting(task -> map(task.get("caseLink")).get("processInstanceId"))
                .contains(reviews.get(0), reviews.get(1)).doesNotContain(reviews.get(2), reviews.get(3));
    }

    @Test
    void openIncidentsAreCountedWithTheirCase() {
        Map<String, Object> is = map(after.get("incidents"));
        assertThat(number(is.get("open")) - number(map(before.get("incidents")).get("open"))).isEqualTo(1);
        assertThat(list(is.get("groups"))).anySatisfy(group -> assertThat(group).containsEntry("processKey", ADMISSION)
                .containsEntry("activityId", "UserTask_ReviewApplication").containsEntry("type", "dashboardCheck")
                .containsEntry("count", 1));
        assertThat(list(is.get("latest"))).anySatisfy(latest -> assertThat(map(latest.get("caseLink")))
                .containsEntry("processInstanceId", reviews.get(3)));
    }

    // ---- meetings and decisions

    @Test
    void resolutionsAreCountedInTheirMonthByOutcomeWithTheMeetingsThatTookThem() {
        Map<String, Object> was = month(before, decidedIn);
        Map<String, Object> is = month(after, decidedIn);
        assertThat(number(is.get("adopted")) - number(was.get("adopted"))).isEqualTo(8);
        assertThat(number(is.get("rejected")) - number(was.get("rejected"))).isEqualTo(1);
        assertThat(list(is.get("meetings"))).contains(Map.of("number", rejectedMeeting, "body", "COUNCIL", "adopted", 0,
                "rejected", 1));
        assertThat(list(after.get("decisions"))).hasSize(12);
    }

    @Test
    void meetingsHeldAreCountedPerBodyAgainstTheCharter() {
        assertThat(body(after, "COUNCIL")).containsEntry("requiredIn12Months", 1)
                .containsEntry("clause", "Council: a meeting at least once a year");
        assertThat(body(after, "STANDING_COUNCIL")).containsEntry("requiredIn12Months", 2);
        assertThat(body(after, "GENERAL_ASSEMBLY")).containsEntry("requiredIn12Months", null)
                .containsEntry("state", "NOT_APPLICABLE").containsEntry("dueBy", null);
        // admissions, the expulsion, the honorary approval and the rejection in the Council; the honorary recommendation
        // in the Standing Council
        assertThat(number(body(after, "COUNCIL").get("heldInLast12Months"))
                - number(body(before, "COUNCIL").get("heldInLast12Months"))).isEqualTo(8);
        assertThat(number(body(after, "STANDING_COUNCIL").get("heldInLast12Months"))
                - number(body(before, "STANDING_COUNCIL").get("heldInLast12Months"))).isEqualTo(1);
    }

    // ---- the term and the reports

    @Test
    void theTermCountsDownToItsEndAndTheRenewalsWindow() throws Exception {
        Map<String, Object> term = map(after.get("term"));
        Map<String, Object> recorded = Http.basic(port, "manager", "manager").get("/api/terms").object();
        LocalDate end = LocalDate.parse((String) recorded.get("currentTermEnd"));
        assertThat(term).containsEntry("currentTermEnd", end.toString())
                .containsEntry("termStart", recorded.get("termStart"))
                .containsEntry("renewalOpensOn", end.minusMonths(6).toString());
        assertThat(number(term.get("daysLeft")))
                .isEqualTo(ChronoUnit.DAYS.between(LocalDate.now(ProcessConfiguration.ASSOCIATION_ZONE), end));
    }

    @Test
    void theAnnualWorkReportIsDueToCastBy31MarchAndToTheMinistryBy31May() {
        LocalDate today = LocalDate.now(ProcessConfiguration.ASSOCIATION_ZONE);
        List<Map<String, Object>> reports = list(after.get("reports"));
        assertThat(reports).extracting(r -> r.get("recipient"))
                .containsExactly("BUSINESS_SUPERVISOR", "REGISTRATION_AUTHORITY");
        for (int i = 0; i < 2; i++) {
            LocalDate due = LocalDate.of(today.getYear(), i == 0 ? 3 : 5, 31);
            due = today.isAfter(due) ? due.plusYears(1) : due;
            assertThat(reports.get(i)).containsEntry("dueOn", due.toString()).containsEntry("reportYear", due.getYear() - 1);
            assertThat(number(reports.get(i).get("daysLeft"))).isEqualTo(ChronoUnit.DAYS.between(today, due));
        }
    }

    // ---- who may read it

    @ParameterizedTest
    @CsvSource({"manager, 200", "clerk, 200", "admin, 200", "liaison, 403", "director, 403", "standing, 403",
        "branch, 403", "elector, 403"})
    void onlyManagersTheSecretariatAndAdministratorsReadTheDashboard(String user, int status) throws Exception {
        Http.Answer answer = Http.basic(port, user, user).get("/api/dashboard");
        assertThat(answer.status()).as("%s: %s", user, answer).isEqualTo(status);
        if (status == 403) {
            assertThat(answer.body()).doesNotContain("members", "applications");
        }
    }

    @Test
    void withoutAnAccountNobodyReadsIt() throws Exception {
        assertThat(Http.anonymous(port).get("/api/dashboard").status()).isEqualTo(401);
        Http notSignedIn = Http.anonymous(port);
        assertThat(notSignedIn.get("/camunda/app/cockpit/default/").status()).isEqualTo(200);
        assertThat(notSignedIn.get("/camunda/api/admin/auth/user/default").status()).isIn(401, 404);
        assertThat(notSignedIn.get("/api/dashboard").status()).as("a session nobody signed in to").isEqualTo(401);
    }

    @ParameterizedTest
    @CsvSource({"manager, cockpit, 200", "clerk, cockpit, 200", "admin, cockpit, 200", "director, tasklist, 403",
        "liaison, tasklist, 403"})
    void cockpitReadsItWithTheWebappsSession(String user, String app, int status) throws Exception {
        int[] login = new int[1];
        Http browser = Http.webapp(port, user, user, app, login);
        assertThat(login[0]).as("%s signs in to %s", user, app).isEqualTo(200);
        Http.Answer answer = browser.get("/api/dashboard");
        assertThat(answer.status()).as("%s: %s", user, answer).isEqualTo(status);
        if (status == 200) {
            assertThat(answer.object()).containsKeys("members", "applications", "overdueTasks", "bodies", "decisions",
                    "term", "reports", "incidents");
        }
    }

    @Test
    void theWebappsSessionReadsTheApplicationsApiButChangesNothingThroughIt() throws Exception {
        int[] login = new int[1];
        Http clerk = Http.webapp(port, "clerk", "clerk", "tasklist", login);
        assertThat(clerk.get("/api/members/" + unitOfNoBranch.membershipNumber()).status()).isEqualTo(200);
        Http.Answer dues = clerk.post("/api/members/" + unitOfNoBranch.membershipNumber() + "/dues",
                Map.of("date", LocalDate.now(ProcessConfiguration.ASSOCIATION_ZONE).toString()));
        assertThat(dues.status()).as("%s", dues).isEqualTo(401);
        assertThat(register.find(unitOfNoBranch.membershipNumber()).orElseThrow().lastDuesOn()).isNull();
        assertThat(clerk.get("/engine-rest/task?maxResults=1").status()).as("the engine's REST API takes no session")
                .isEqualTo(401);
    }

    // ---- helpers

    private Map<String, Object> figures() throws Exception {
        Http.Answer answer = Http.basic(port, "manager", "manager").get("/api/dashboard");
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.object();
    }

    private ProcessInstance applyDaysAgo(int days, Applications.Builder application) {
        ClockUtil.setCurrentTime(Date.from(now.minus(Duration.ofDays(days))));
        try {
            return runtime.startProcessInstanceByKey(ADMISSION, application.build());
        } finally {
            ClockUtil.reset();
        }
    }

    private Task task(String instanceId) {
        return tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
    }

    private void dueIn(String instanceId, Duration in) {
        Task task = task(instanceId);
        task.setDueDate(Date.from(Instant.now().plus(in)));
        tasks.saveTask(task);
    }

    private Member admit(String kind, String branch) {
        String caseNumber = "APP-DASH-" + UUID.randomUUID();
        return register.admit(caseNumber, new Applicant(kind, "Dashboard " + kind.toLowerCase(), "member@example.org", null,
                "UNIT".equals(kind) ? null : Applications.residentIdentityNumber(),
                "UNIT".equals(kind) ? Applications.creditCode() : null, "Dashboard Organisation", "Materials", branch),
                Resolutions.admission(caseNumber, "COUNCIL"), "COUNCIL");
    }

    private static List<Object> numbers(Http.Answer answer) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.list().stream().map(member -> member.get("membershipNumber")).toList();
    }

    private static Map<String, Object> members(Map<String, Object> figures) {
        return map(figures.get("members"));
    }

    private static List<Map<String, Object>> groups(Map<String, Object> figures, String by) {
        return list(members(figures).get(by));
    }

    private static Object group(Map<String, Object> figures, String by, String key) {
        return groups(figures, by).stream().filter(g -> key.equals(g.get("key"))).findFirst().orElseThrow().get("count");
    }

    private static Map<String, Object> month(Map<String, Object> figures, YearMonth month) {
        return list(figures.get("decisions")).stream().filter(m -> month.toString().equals(m.get("month"))).findFirst()
                .orElseThrow();
    }

    private static Map<String, Object> body(Map<String, Object> figures, String body) {
        return list(figures.get("bodies")).stream().filter(b -> body.equals(b.get("body"))).findFirst().orElseThrow();
    }

    /** Each count of {@code now} less the same count of {@code was}. */
    private static Map<String, Long> delta(Object now, Object was) {
        Map<String, Long> delta = new java.util.TreeMap<>();
        map(now).forEach((key, value) -> delta.put(key, number(value) - number(map(was).get(key))));
        return delta;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
