package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.admission.AdmissionCase;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.identity.Roles;
import cn.chia.governance.process.AdoptedAdmissions;

/**
 * The metrics at /actuator/prometheus as the operator reads them (docs/operations.md, "Metrics"): an administrator sees
 * a new case at its stage, a task past its due date, a job waiting and one failed, an incident, the engine's own count of
 * a job run, and the figures back where they were once the cases are gone; nobody else reads them. The Grafana dashboard
 * in docs/ asks only for metrics the application gives, and shows every metric of the association and the engine.
 */
@GovernanceTest
class MetricsIT {

    static final String ADMISSION = AdmissionCase.PROCESS_KEY;
    static final String REVIEW = AdmissionCase.Step.REVIEW_APPLICATION.id();
    static final String LIVE = "{\"status\":\"UP\",\"components\":{\"livenessState\":{\"status\":\"UP\"}}}";
    static final String REGISTER = AdmissionCase.Step.REGISTER_MEMBER.id();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;

    // ---- what the administrator reads

    @Test
    void theFiguresFollowTheCasesTasksJobsAndIncidents() throws Exception {
        Scrape before = freshScrape();
        String applied = apply("Metrics Applicant");
        pastItsDueDate(applied);
        ProcessInstance waiting = AdoptedAdmissions.adopt(engine, "Metrics Member Waiting");
        ProcessInstance failing = AdoptedAdmissions.adopt(engine, "Metrics Member Failing");
        engine.getManagementService().setJobRetries(AdoptedAdmissions.registrationJob(engine, failing).getId(), 0);
        try {
            Scrape opened = freshScrape();
            assertThat(opened.delta(before, "governance_cases_started_today", "process", ADMISSION))
                    .as("applications received today").isEqualTo(3);
            assertThat(opened.delta(before, "governance_cases_open", "process", ADMISSION, "activity", REVIEW))
                    .as("cases waiting for the Liaison Department's review").isEqualTo(1);
            assertThat(opened.delta(before, "governance_cases_open", "process", ADMISSION, "activity", REGISTER))
                    .as("cases waiting to be registered").isEqualTo(2);
            assertThat(opened.delta(before, "governance_tasks_overdue", "process", ADMISSION, "task", REVIEW))
                    .as("reviews past their due date").isEqualTo(1);
            // the jobs of the suite's other cases may come due or go meanwhile: the figure is the engine's own count
            // at the scrape, and the case waiting to be registered is among it
            assertThat(opened.value("governance_jobs_due")).as("jobs due, not taken")
                    .isEqualTo((double) engine.getManagementService().createJobQuery().executable().active().count());
            assertThat(engine.getManagementService().createJobQuery().processInstanceId(waiting.getId()).executable()
                    .count()).isOne();
            assertThat(opened.delta(before, "governance_jobs_failed")).as("jobs with no retries left").isEqualTo(1);
            assertThat(opened.delta(before, "governance_incidents_open", "process", ADMISSION, "type", "failedJob"))
                    .as("incidents").isEqualTo(1);
            assertThat(opened.value("governance_jobs_due_oldest_seconds")).isGreaterThanOrEqualTo(0);

            Job registration = AdoptedAdmissions.registrationJob(engine, waiting);
            engine.getManagementService().executeJob(registration.getId());
            Scrape registered = freshScrape();
            assertThat(registered.delta(opened, "camunda_job_successful_total")).as("the engine's count of jobs run")
                    .isEqualTo(1);
            assertThat(registered.delta(opened, "camunda_activity_instance_start_total"))
                    .as("the engine's count of activities started").isPositive();
            assertThat(registered.value("governance_jobs_due"))
                    .isEqualTo((double) engine.getManagementService().createJobQuery().executable().active().count());
            assertThat(registered.delta(opened, "governance_cases_open", "process", ADMISSION, "activity", REGISTER))
                    .isEqualTo(-1);
        } finally {
            for (String instance : List.of(applied, waiting.getId(), failing.getId())) {
                if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
                    engine.getRuntimeService().deleteProcessInstance(instance, "test clean-up", true, true);
                }
            }
        }
        Scrape closed = freshScrape();
        for (String[] series : List.of(new String[] {"governance_cases_open", "process", ADMISSION, "activity", REVIEW},
                new String[] {"governance_cases_open", "process", ADMISSION, "activity", REGISTER},
                new String[] {"governance_tasks_overdue", "process", ADMISSION, "task", REVIEW},
                new String[] {"governance_incidents_open", "process", ADMISSION, "type", "failedJob"},
                new String[] {"governance_jobs_failed"}, new String[] {"governance_jobs_due"})) {
            String name = series[0];
            String[] labels = java.util.Arrays.copyOfRange(series, 1, series.length);
            assertThat(closed.delta(before, name, labels)).as("%s once the cases are gone", String.join(" ", series))
                    .isZero();
            assertThat(closed.has(name, labels)).as("%s stays, at its value", String.join(" ", series)).isTrue();
        }
    }

    @Test
    void theEngineAndTheJvmAreMeasuredToo() throws Exception {
        Scrape scrape = freshScrape();
        for (String count : List.of("activity_instance_start", "activity_instance_end", "root_process_instance_start",
                "job_acquisition_attempt", "job_acquired_success", "job_acquired_failure", "job_successful", "job_failed",
                "job_locked_exclusive", "job_execution_rejected", "executed_decision_instances",
                "executed_decision_elements")) {
            assertThat(scrape.has("camunda_" + count + "_total")).as(count).isTrue();
        }
        assertThat(scrape.value("camunda_activity_instance_start_total")).as("activities started since the start")
                .isPositive();
        for (String standard : List.of("jvm_memory_used_bytes", "hikaricp_connections_active", "http_server_requests_seconds_count",
                "process_cpu_usage", "governance_mails_sent_total", "governance_mails_failed_total")) {
            assertThat(scrape.families()).as("the scrape names %s", standard).contains(standard);
        }
    }

    // ---- who reads them

    @Test
    void onlyAnAdministratorReadsTheMetrics() throws Exception {
        assertThat(Http.basic(port, "admin", "admin").get("/actuator/prometheus").status()).isEqualTo(200);
        Http.Answer anonymous = Http.anonymous(port).get("/actuator/prometheus");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).startsWith("Basic"));
        for (String role : List.of("branch", "liaison", "clerk", "director", "standing", "elector", "manager")) {
            Http.Answer refused = Http.basic(port, role, role).get("/actuator/prometheus");
            assertThat(refused.status()).as(role).isEqualTo(403);
            assertThat(refused.body()).as(role).contains("运行指标只供管理员查看。", "The metrics are for administrators only.")
                    .doesNotContain("governance_", "jvm_");
        }
        int[] login = new int[1];
        Http cockpit = Http.webapp(port, "admin", "admin", "cockpit", login);
        assertThat(login[0]).isEqualTo(200);
        assertThat(cockpit.get("/actuator/prometheus").status()).as("the administrator's Cockpit session, no HTTP Basic")
                .isEqualTo(401);
    }

    @Test
    void anAdministratorWithAWrongPasswordIsRefused() throws Exception {
        // an administrator of its own: a failed login makes the user wait (login throttling), which would slow other tests
        User user = identity.newUser("metricsadmin");
        user.setPassword("Right!Pass2026");
        identity.saveUser(user);
        identity.createMembership("metricsadmin", Roles.ADMINISTRATORS);
        try {
            assertThat(Http.basic(port, "metricsadmin", "not-the-password").get("/actuator/prometheus").status())
                    .isEqualTo(401);
            Thread.sleep(1100); // the user's login delay after a failure (login-delay-base: 1 in tests)
            assertThat(Http.basic(port, "metricsadmin", "Right!Pass2026").get("/actuator/prometheus").status())
                    .as("any member of camunda-admin").isEqualTo(200);
        } finally {
            identity.deleteUser("metricsadmin");
        }
    }

    @Test
    void theMetricsStayShutWhateverTheSpellingOfTheirPath() throws Exception {
        List<String> spellings = List.of("/actuator/prometheus/", "/actuator/prometheus;x=1", "/actuator;x=1/prometheus",
                "//actuator/prometheus", "/actuator//prometheus", "/%61ctuator/prometheus", "/actuator/%70rometheus",
                "/actuator/./prometheus", "/x/../actuator/prometheus", "/actuator/health/../prometheus",
                "/actuator/health/%2e%2e/prometheus", "/actuator/health;x=1/../prometheus", "/actuator/health/..;/prometheus",
                "/actuator/prometheus?format=text", "/ACTUATOR/prometheus", "/actuator/PROMETHEUS", "/actuator/prometheus%2F",
                "/actuator/health%2F..%2Fprometheus", "/actuator");
        for (String path : spellings) {
            Http.Answer anonymous = Http.anonymous(port).get(path);
            Http.Answer manager = Http.basic(port, "manager", "manager").get(path);
            assertThat(anonymous.status()).as("%s without an account", path).isIn(400, 401, 404);
            assertThat(manager.status()).as("%s as a manager", path).isIn(400, 403, 404);
            for (Http.Answer answer : List.of(anonymous, manager)) {
                assertThat(answer.body()).as(path).doesNotContain("governance_", "jvm_memory", "\"_links\"");
            }
        }
    }

    @Test
    void noOtherActuatorEndpointAnswersEvenAnAdministrator() throws Exception {
        Http admin = Http.basic(port, "admin", "admin");
        for (String endpoint : List.of("/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump",
                "/actuator/threaddump", "/actuator/metrics", "/actuator/loggers", "/actuator/mappings", "/actuator/flyway",
                "/actuator/info", "/actuator/scheduledtasks", "/actuator/conditions")) {
            assertThat(admin.get(endpoint).status()).as(endpoint).isEqualTo(404);
        }
        assertThat(admin.send("POST", "/actuator/shutdown", "application/json", "{}").status()).isIn(404, 405);
    }

    @Test
    void healthAndItsProbesArePublicAndNameNoDetail() throws Exception {
        Http anyone = Http.anonymous(port);
        assertThat(anyone.get("/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\",\"components\":{"
                + "\"db\":{\"status\":\"UP\"},\"processEngine\":{\"status\":\"UP\"},\"readinessState\":{\"status\":\"UP\"}}}");
        assertThat(anyone.get("/actuator/health/liveness").body()).isEqualTo(LIVE);
        Http.Answer health = anyone.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"db\":{\"status\":\"UP\"}").doesNotContain("details", "jdbc:", "H2",
                "PostgreSQL");
        for (String group : List.of("readiness", "liveness")) {
            assertThat(Http.basic(port, "manager", "manager").get("/actuator/health/" + group).status()).isEqualTo(200);
        }
    }

    // ---- the Grafana dashboard

    static final Pattern SELECTOR = Pattern.compile("\\{[^}]*}");
    static final Pattern RANGE = Pattern.compile("\\[[^\\]]*]");
    static final Pattern GROUPING = Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset");

    @Test
    void theGrafanaDashboardAsksOnlyForMetricsTheApplicationGivesAndShowsEachOfOurs() throws Exception {
        JsonNode dashboard = Http.JSON.readTree(Files.readString(Path.of("docs", "grafana-dashboard.json")));
        assertThat(dashboard.path("templating").path("list").findValuesAsText("name")).contains("datasource");
        List<JsonNode> panels = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> {
            if (!panel.path("type").asText().equals("row")) {
                panels.add(panel);
            }
        });
        assertThat(panels).hasSizeGreaterThan(10);
        Set<String> queried = new LinkedHashSet<>();
        for (JsonNode panel : panels) {
            assertThat(panel.path("datasource").path("uid").asText()).as(panel.path("title").asText())
                    .isEqualTo("${datasource}");
            assertThat(panel.path("targets")).as(panel.path("title").asText()).isNotEmpty();
            panel.path("targets").forEach(target -> queried.addAll(metricsIn(target.path("expr").asText())));
        }
        openOneOfEach();
        try {
            Scrape scrape = freshScrape();
            assertThat(queried).as("metrics the dashboard asks for that the application does not give")
                    .allSatisfy(metric -> assertThat(scrape.families()).contains(metric));
            Set<String> ours = scrape.families().stream()
                    .filter(name -> name.startsWith("governance_") || name.startsWith("camunda_"))
                    .filter(Predicate.not(name -> name.equals("camunda_executed_decision_instances_total")
                            || name.equals("camunda_executed_decision_elements_total")))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            assertThat(ours).as("our metrics (the association's and the engine's)").hasSizeGreaterThan(15);
            assertThat(queried).as("our metrics the dashboard shows (no DMN decisions are deployed)").containsAll(ours);
        } finally {
            closeOneOfEach();
        }
    }

    /** The metric names in a PromQL expression: neither functions, labels, ranges nor keywords. */
    static Set<String> metricsIn(String expr) {
        String bare = GROUPING.matcher(RANGE.matcher(SELECTOR.matcher(expr).replaceAll(" ")).replaceAll(" ")).replaceAll(" ");
        Set<String> names = new LinkedHashSet<>();
        Matcher name = NAME.matcher(bare);
        while (name.find()) {
            int after = name.end();
            while (after < bare.length() && bare.charAt(after) == ' ') {
                after++;
            }
            boolean function = after < bare.length() && bare.charAt(after) == '(';
            if (!function && !KEYWORDS.contains(name.group()) && !name.group().matches("\\d.*")) {
                names.add(name.group());
            }
        }
        return names;
    }

    @Test
    void theDashboardsMetricNamesAreReadAsPromQlNamesThem() {
        assertThat(metricsIn("sum by (process) (max by (process, activity) (governance_cases_open{instance=~\"$instance\"}))"))
                .containsExactly("governance_cases_open");
        assertThat(metricsIn("sum by (instance) (rate(http_server_requests_seconds_sum{instance=~\"a\"}[5m])) / "
                + "sum by (instance) (rate(http_server_requests_seconds_count[5m])) * 60"))
                .containsExactly("http_server_requests_seconds_sum", "http_server_requests_seconds_count");
    }

    private final List<String> oneOfEach = new ArrayList<>();

    /** A case at its review past its due date and one whose registration failed for good: every series of ours there. */
    private void openOneOfEach() throws Exception {
        String applied = apply("Metrics Dashboard Applicant");
        oneOfEach.add(applied);
        pastItsDueDate(applied);
        ProcessInstance failing = AdoptedAdmissions.adopt(engine, "Metrics Dashboard Failing");
        oneOfEach.add(failing.getId());
        engine.getManagementService().setJobRetries(AdoptedAdmissions.registrationJob(engine, failing).getId(), 0);
    }

    private void closeOneOfEach() {
        oneOfEach.forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance, "test clean-up", true, true));
        oneOfEach.clear();
    }

    // ---- helpers

    /** The case's review task, due two days ago by the engine's clock. */
    private void pastItsDueDate(String instance) {
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
        review.setDueDate(Date.from(ClockUtil.getCurrentTime().toInstant().minus(Duration.ofDays(2))));
        engine.getTaskService().saveTask(review);
    }

    /** Applies as an applicant does, through the public API; the new case's process instance. */
    private String apply(String name) throws Exception {
        Http.Answer receipt = Http.anonymous(port).send("POST", "/api/applications", "application/json",
                Http.JSON.writeValueAsBytes(Applications.aPerson(name).build()), Map.of("X-Forwarded-For", "198.51.100.71"));
        assertThat(receipt.status()).as("%s", receipt).isEqualTo(201);
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ADMISSION)
                .processInstanceBusinessKey((String) receipt.object().get("caseNumber")).singleResult().getId();
    }

    private Scrape freshScrape() throws Exception {
        return Scrape.fresh(this::scrape);
    }

    private String scrape() throws Exception {
        Http.Answer answer = Http.basic(port, "admin", "admin").send("GET", "/actuator/prometheus", null, null,
                Map.of("Accept", "text/plain"));
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    /** The samples of a scrape, by name and labels. */
    record Scrape(Map<String, Map<Map<String, String>, Double>> samples) {

        static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)");
        static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

        /** Something that answers a scrape's text. */
        interface Source {
            String scrape() throws Exception;
        }

        /**
         * A scrape whose association figures were read after this call began: the figures are read in the background,
         * so a scrape answers the reading before it; {@code governance_figures_age_seconds} tells when that was.
         */
        static Scrape fresh(Source source) throws Exception {
            Instant asked = Instant.now();
            Instant deadline = asked.plusSeconds(30);
            while (true) {
                Scrape scrape = of(source.scrape());
                double age = scrape.value("governance_figures_age_seconds");
                if (!Double.isNaN(age) && Instant.now().minusMillis((long) (age * 1000)).isAfter(asked)) {
                    // once more: a series the fresh reading found first is registered as that reading ends, and a
                    // scrape under way then may have passed it by
                    return of(source.scrape());
                }
                assertThat(Instant.now()).as("fresh figures within 30 s").isBefore(deadline);
                Thread.sleep(100);
            }
        }

        static Scrape of(String text) {
            Map<String, Map<Map<String, String>, Double>> samples = new HashMap<>();
            text.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(line -> {
                Matcher sample = SAMPLE.matcher(line);
                assertThat(sample.matches()).as(line).isTrue();
                Map<String, String> labels = new TreeMap<>();
                if (sample.group(3) != null) {
                    Matcher label = LABEL.matcher(sample.group(3));
                    while (label.find()) {
                        labels.put(label.group(1), label.group(2));
                    }
                }
                samples.computeIfAbsent(sample.group(1), name -> new HashMap<>())
                        .put(labels, Double.parseDouble(sample.group(4)));
            });
            return new Scrape(samples);
        }

        Set<String> families() {
            return samples.keySet();
        }

        boolean has(String name, String... labels) {
            return samples.getOrDefault(name, Map.of()).containsKey(labels(labels));
        }

        /** The sample's value; 0 when the scrape has none of that name and labels (a series not yet seen). */
        double value(String name, String... labels) {
            return samples.getOrDefault(name, Map.of()).getOrDefault(labels(labels), 0.0);
        }

        long delta(Scrape before, String name, String... labels) {
            return Math.round(value(name, labels) - before.value(name, labels));
        }

        private static Map<String, String> labels(String... pairs) {
            Map<String, String> labels = new TreeMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                labels.put(pairs[i], pairs[i + 1]);
            }
            return labels;
        }
    }
}
