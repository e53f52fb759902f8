package cn.chia.governance.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.zaxxer.hikari.HikariDataSource;

import cn.chia.governance.GovernanceApplication;
import cn.chia.governance.ballot.BallotCase;
import cn.chia.governance.ballot.Ballots;
import cn.chia.governance.bench.bare.BareCamundaApplication;
import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.identity.Roles;
import cn.chia.governance.privacy.RetentionRun;
import cn.chia.governance.process.ProcessConfiguration;

/**
 * The benchmark: what a case costs against the bare engine and the database, how the operations a user
 * waits for grow with the number of cases, start-up and memory against a bare Camunda webapp, and the
 * REST API under two clients. Run with {@code mvn -Pbench -DskipTests verify} (see docs/benchmarks.md);
 * prints a table and writes it as Markdown and JSON under {@code target/bench/}.
 */
public final class GovernanceBenchmark {

    private final Settings settings = Settings.read();
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final StringBuilder markdown = new StringBuilder();
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private ConfigurableApplicationContext app;
    private ProcessEngine engine;
    private Admissions admissions;
    private String base;
    /** Present while the benchmark stands in for the PostgreSQL server's autovacuum (it has it off). */
    private Autovacuum autovacuum;

    public static void main(String[] args) throws Exception {
        int status = 1;
        try {
            new GovernanceBenchmark().run();
            status = 0;
        } catch (Throwable failed) {
            failed.printStackTrace();
        } finally {
            System.exit(status);
        }
    }

    private void run() throws Exception {
        Instant began = Instant.now();
        Files.createDirectories(settings.out);
        header();
        if (settings.wants("startup")) {
            section("Start-up and memory", this::startup);
        }
        prepareDatabase();
        if (settings.postgres) {
            autovacuum = Autovacuum.standInIfOff(settings.jdbcUrl(), settings.dbUser(), settings.dbPassword());
            json.put("autovacuumStandIn", autovacuum != null);
            if (autovacuum != null) {
                markdown.append("\nThis PostgreSQL server runs with `autovacuum = off`. A production server has it on ")
                        .append("(PostgreSQL's default; docs/operations.md, \"Running on PostgreSQL\"); without it the planner keeps the ")
                        .append("statistics of empty tables and its plans go bad as cases pile up. The benchmark ")
                        .append("therefore does what autovacuum would with its default settings: once a minute it ")
                        .append("analyzes (or vacuums) the tables whose rows changed by more than 50 + 10 % (20 % ")
                        .append("dead or inserted rows) since the last time, and it vacuums and analyzes the ")
                        .append("database after each bulk load of the growth section.\n");
            }
        }
        startApplication();
        try {
            if (settings.wants("throughput")) {
                section("Case throughput against the bare engine", this::throughput);
            }
            if (settings.wants("throughput") && settings.postgres && settings.wants("pgbench")) {
                section("Against the database's own limit (pgbench)", this::pgbench);
            }
            if (settings.wants("agenda")) {
                section("A meeting's agenda", this::agenda);
            }
            if (settings.wants("assembly")) {
                section("A General Assembly of 300 deciding 20 matters", this::assembly);
            }
            if (settings.wants("names")) {
                section("Attendance by name: a Council of 90, a General Assembly of 300", this::names);
            }
            if (settings.wants("ballot")) {
                section("An electronic ballot", this::ballot);
            }
            if (settings.wants("rest")) {
                section("Over REST, 2 concurrent clients", this::rest);
            }
            if (settings.wants("growth")) {
                section("Growth", this::growth);
            }
            if (settings.wants("dashboard")) {
                section("The governance dashboard", this::dashboard);
            }
            if (settings.wants("nodes")) {
                section("Two nodes on one database", this::twoNodes);
            }
            if (settings.wants("retention")) {
                section("The retention run", this::retention);
            }
        } finally {
            app.close();
            if (autovacuum != null) {
                autovacuum.close();
            }
        }
        json.put("durationSeconds", Duration.between(began, Instant.now()).toSeconds());
        markdown.append("\nThe run took ").append(Duration.between(began, Instant.now()).toMinutes())
                .append(" min.\n");
        String name = "benchmark-" + (settings.postgres ? "postgres" : "h2");
        Files.writeString(settings.out.resolve(name + ".md"), markdown);
        Files.writeString(settings.out.resolve(name + ".json"), mapper.writeValueAsString(json));
        System.out.println("\n" + markdown);
        System.out.println("Written to " + settings.out.resolve(name + ".md") + " and .json");
    }

    // ---------------------------------------------------------------------------------------------------

    private void header() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
        long memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024).orElse(0L);
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cpu", cpu);
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryGiB", memory);
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("database", settings.postgres ? "PostgreSQL " + postgresVersion() : "H2 (file)");
        machine.put("loadAverageAtStart", Files.readString(Path.of("/proc/loadavg")).strip());
        json.put("machine", machine);
        json.put("settings", settings.asMap());
        markdown.append("# Benchmark (").append(settings.postgres ? "PostgreSQL" : "H2").append(")\n\n")
                .append("Machine: ").append(cpu).append(", ").append(machine.get("cores")).append(" cores, ")
                .append(memory).append(" GiB; ").append(machine.get("java")).append("; ")
                .append(machine.get("database")).append("; load average at start ")
                .append(machine.get("loadAverageAtStart")).append(".\n")
                .append("Settings: ").append(settings.asMap()).append(".\n");
    }

    private interface Body {
        void run() throws Exception;
    }

    private void section(String title, Body body) throws Exception {
        System.out.println("== " + title);
        markdown.append("\n## ").append(title).append("\n\n");
        long start = System.nanoTime();
        body.run();
        System.out.printf("   (%d s)%n", (System.nanoTime() - start) / 1_000_000_000L);
    }

    // ---- database and application ----------------------------------------------------------------------

    private void prepareDatabase() throws Exception {
        if (settings.postgres) {
            recreatePostgresDatabase(settings.databaseName());
        } else {
            deleteTree(settings.out.resolve("h2"));
        }
    }

    private void startApplication() {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + settings.jdbcUrl(),
                // the benchmark executes each case's job itself, in the worker that drives the case
                "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.history-level=" + settings.history,
                "--governance.public-requests.posts.applications.limit=1000000000",
                "--logging.level.root=WARN",
                "--logging.level.cn.chia=WARN"));
        if (settings.postgres) {
            args.add("--spring.datasource.username=" + settings.dbUser());
            args.add("--spring.datasource.password=" + settings.dbPassword());
        }
        String[] profiles = settings.postgres ? new String[] {"demo", "postgres"} : new String[] {"demo"};
        app = new SpringApplicationBuilder(GovernanceApplication.class).profiles(profiles)
                .run(args.toArray(String[]::new));
        engine = app.getBean(ProcessEngine.class);
        admissions = new Admissions(engine);
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        engine.getRepositoryService().createDeployment().name("bare baseline")
                .addModelInstance(BareProcesses.ADMISSION + ".bpmn", BareProcesses.admission())
                .addModelInstance(BareProcesses.MEETING + ".bpmn", BareProcesses.meeting())
                .enableDuplicateFiltering(true).deploy();
    }

    /** The application as another node of a cluster on the benchmark's database, its job executor on. */
    private ConfigurableApplicationContext startNode() {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + settings.jdbcUrl(),
                "--spring.datasource.username=" + settings.dbUser(),
                "--spring.datasource.password=" + settings.dbPassword(),
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.history-level=" + settings.history,
                "--logging.level.root=WARN",
                "--logging.level.cn.chia=WARN"));
        return new SpringApplicationBuilder(GovernanceApplication.class).profiles("demo", "postgres")
                .run(args.toArray(String[]::new));
    }

    // ---- 1 and 2: throughput ---------------------------------------------------------------------------

    private void throughput() throws Exception {
        System.out.println("   warm-up");
        runCases("ours", 1, Math.max(settings.batch, settings.cases / 4), admissions::admit);
        runCases("bare", 1, Math.max(settings.batch, settings.cases / 4), admissions::admitBare);
        List<Map<String, Object>> rows = new ArrayList<>();
        markdown.append("Each case: application started, Liaison review completed, decided in a Standing Council ")
                .append("meeting (one meeting per batch of ").append(settings.batch)
                .append(" cases of a worker; the clerk removes other workers' cases from its agenda), then the job ")
                .append("that registers the member, issues the card and notifies is executed by the worker. ")
                .append("A case counts when its instance has ended. Bare: the same shape generated with the BPMN ")
                .append("Model API, service tasks `${true}`, same variables, same engine and JVM.\n\n")
                .append("| workers | cases | ours cases/s | bare cases/s | ours / bare |")
                .append(settings.postgres ? " ours tx/case | bare tx/case |" : "").append('\n')
                .append("|---|---|---|---|---|").append(settings.postgres ? "---|---|" : "").append('\n');
        for (int workers : settings.threads) {
            Result ours = runCases("ours", workers, settings.cases, admissions::admit);
            Result bare = runCases("bare", workers, settings.cases, admissions::admitBare);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("workers", workers);
            row.put("cases", ours.cases);
            row.put("oursCasesPerSecond", round(ours.rate()));
            row.put("bareCasesPerSecond", round(bare.rate()));
            row.put("ratio", round(ours.rate() / bare.rate()));
            if (settings.postgres) {
                row.put("oursTransactionsPerCase", round(ours.transactionsPerCase()));
                row.put("bareTransactionsPerCase", round(bare.transactionsPerCase()));
            }
            rows.add(row);
            markdown.append("| ").append(workers).append(" | ").append(ours.cases).append(" | ")
                    .append(fmt(ours.rate())).append(" | ").append(fmt(bare.rate())).append(" | ")
                    .append(fmt(ours.rate() / bare.rate())).append(" |");
            if (settings.postgres) {
                markdown.append(' ').append(fmt(ours.transactionsPerCase())).append(" | ")
                        .append(fmt(bare.transactionsPerCase())).append(" |");
            }
            markdown.append('\n');
        }
        json.put("throughput", rows);
        if (settings.profile) {
            profile();
        }
    }

    /**
     * A Java Flight Recorder profile of one worker admitting {@code bench.cases} cases, ours and then bare
     * ({@code -Dbench.profile=true}): the samples per case and what they were spent on.
     */
    private void profile() throws Exception {
        int cases = settings.cases;
        Path oursFile = settings.out.resolve("profile-ours.jfr");
        Path bareFile = settings.out.resolve("profile-bare.jfr");
        Statements statements = settings.postgres ? new Statements(settings.jdbcUrl()) : null;
        boolean counting = statements != null && statements.available;
        if (counting) {
            statements.reset();
        }
        Result ours = Profile.record(oursFile, () -> runCases("ours", 1, cases, admissions::admit));
        Map<String, Statements.Spent> oursSql = counting ? statements.read() : Map.of();
        if (counting) {
            statements.reset();
        }
        Result bare = Profile.record(bareFile, () -> runCases("bare", 1, cases, admissions::admitBare));
        Map<String, Statements.Spent> bareSql = counting ? statements.read() : Map.of();
        Profile.Samples o = Profile.read(oursFile);
        Profile.Samples b = Profile.read(bareFile);
        markdown.append("\n### Where a case's time goes (Java Flight Recorder)\n\nOne worker, ").append(cases)
                .append(" cases each; CPU samples of the worker's thread every 10 ms (`").append(oursFile.getFileName())
                .append("`, `").append(bareFile.getFileName()).append("` beside this report). Ours ")
                .append(fmt(ours.rate())).append(" cases/s, ").append(fmt(o.total() / (double) ours.cases))
                .append(" samples per case; bare ").append(fmt(bare.rate())).append(" cases/s, ")
                .append(fmt(b.total() / (double) bare.cases)).append(" samples per case.\n\n")
                .append("| the sampled thread was in | ours, samples per case | bare, samples per case |\n|---|---|---|\n");
        Set<String> layers = new LinkedHashSet<>(o.byLayer().keySet());
        layers.addAll(b.byLayer().keySet());
        for (String layer : layers) {
            markdown.append("| ").append(layer).append(" | ")
                    .append(fmt(o.byLayer().getOrDefault(layer, 0L) / (double) ours.cases)).append(" | ")
                    .append(fmt(b.byLayer().getOrDefault(layer, 0L) / (double) bare.cases)).append(" |\n");
        }
        markdown.append("\nThe application's methods by the samples with them on the stack (inclusive, per case):\n\n")
                .append("| method | samples per case |\n|---|---|\n");
        o.ourMethods().forEach((method, n) -> markdown.append("| `").append(method).append("` | ")
                .append(fmt(n / (double) ours.cases)).append(" |\n"));
        if (counting) {
            statementsTable(oursSql, ours.cases, bareSql, bare.cases);
        } else if (settings.postgres) {
            markdown.append("\nThe statements were not counted: the server does not load `pg_stat_statements` ")
                    .append("(`shared_preload_libraries`).\n");
        }
        json.put("profile", Map.of("ours", o, "bare", b, "oursCases", ours.cases, "bareCases", bare.cases));
    }

    /** The statements on which PostgreSQL spent most of the two runs' time, per case, ours against bare. */
    private void statementsTable(Map<String, Statements.Spent> ours, int oursCases, Map<String, Statements.Spent> bare,
            int bareCases) {
        double oursTotal = ours.values().stream().mapToDouble(Statements.Spent::milliseconds).sum();
        double bareTotal = bare.values().stream().mapToDouble(Statements.Spent::milliseconds).sum();
        markdown.append("\n### Where the database's time goes (`pg_stat_statements`)\n\nExecution time in PostgreSQL ")
                .append("per case: ours ").append(fmt(oursTotal / oursCases)).append(" ms in ")
                .append(fmt(ours.values().stream().mapToLong(Statements.Spent::calls).sum() / (double) oursCases))
                .append(" statements, bare ").append(fmt(bareTotal / bareCases)).append(" ms in ")
                .append(fmt(bare.values().stream().mapToLong(Statements.Spent::calls).sum() / (double) bareCases))
                .append(" statements. The 25 statements with the most time in ours' run:\n\n")
                .append("| statement | ours calls / case | ours ms / case | bare calls / case | bare ms / case |\n")
                .append("|---|---|---|---|---|\n");
        ours.entrySet().stream().limit(25).forEach(e -> {
            Statements.Spent o = e.getValue();
            Statements.Spent b = bare.getOrDefault(e.getKey(), new Statements.Spent(0, 0, 0));
            String text = e.getKey().length() > 110 ? e.getKey().substring(0, 110) + "…" : e.getKey();
            markdown.append("| `").append(text.replace("|", "\\|")).append("` | ")
                    .append(fmt(o.calls() / (double) oursCases)).append(" | ")
                    .append(fmt(o.milliseconds() / oursCases)).append(" | ")
                    .append(fmt(b.calls() / (double) bareCases)).append(" | ")
                    .append(fmt(b.milliseconds() / bareCases)).append(" |\n");
        });
    }

    /**
     * The daily retention run (package privacy) on {@code bench.retention.cases} applications that did not lead to
     * membership, all past their period: the run as of the day they are all due, in its one transaction.
     */
    private void retention() throws Exception {
        int cases = settings.retentionCases;
        int workers = 4;
        long making = System.nanoTime();
        List<Future<List<String>>> made = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        for (int w = 0; w < workers; w++) {
            int share = cases / workers + (w < cases % workers ? 1 : 0);
            made.add(pool.submit(() -> {
                List<String> numbers = new ArrayList<>();
                for (int done = 0; done < share; done += settings.batch) {
                    numbers.addAll(admissions.notAdmitted(Math.min(settings.batch, share - done), 10));
                }
                return numbers;
            }));
        }
        Set<String> mine = new HashSet<>();
        for (Future<List<String>> future : made) {
            mine.addAll(future.get());
        }
        pool.shutdown();
        double makingSeconds = (System.nanoTime() - making) / 1e9;
        GovernanceSettings governance = app.getBean(GovernanceSettings.class);
        LocalDate due = LocalDate.now(ProcessConfiguration.ASSOCIATION_ZONE)
                .plus(governance.privacy().notAdmittedKeptFor()).plusDays(1);
        long historyBefore = historyRowsOf(mine);
        System.gc();
        long start = System.nanoTime();
        RetentionRun.Result result = app.getBean(RetentionRun.class).run(due, mine::contains);
        double seconds = (System.nanoTime() - start) / 1e9;
        long historyAfter = historyRowsOf(mine);
        long heapMiB = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
        markdown.append(cases).append(" applications that did not lead to membership (one in ten not adopted by a ")
                .append("Standing Council meeting, the others rejected in the Liaison review), all ended, made by ")
                .append(workers).append(" workers in ").append(fmt(makingSeconds)).append(" s; then the retention ")
                .append("run as of ").append(due).append(" (the day all of them are past ")
                .append(governance.privacy().notAdmittedKeptFor()).append("), restricted to these cases, in one ")
                .append("transaction.\n\n| applications anonymised | run s | per application ms | their history rows ")
                .append("before | after | heap used after MiB |\n|---|---|---|---|---|---|\n| ")
                .append(result.applications()).append(" | ").append(fmt(seconds)).append(" | ")
                .append(fmt(seconds * 1000 / Math.max(1, result.applications()))).append(" | ")
                .append(historyBefore).append(" | ").append(historyAfter).append(" | ").append(heapMiB).append(" |\n");
        json.put("retention", Map.of("cases", cases, "anonymised", result.applications(), "seconds", round(seconds),
                "historyRowsBefore", historyBefore, "historyRowsAfter", historyAfter, "makingSeconds",
                round(makingSeconds)));
    }

    /** The engine's history rows (instances, activities, variables, details, tasks) of the given cases. */
    private long historyRowsOf(Set<String> caseNumbers) {
        long rows = 0;
        List<String> all = new ArrayList<>(caseNumbers);
        var history = app.getBean(ProcessEngine.class).getHistoryService();
        for (int from = 0; from < all.size(); from += 500) {
            for (var instance : history.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKeyIn(all.subList(from, Math.min(all.size(), from + 500))
                            .toArray(String[]::new)).list()) {
                rows += 1 + history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).count()
                        + history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).count()
                        + history.createHistoricDetailQuery().processInstanceId(instance.getId()).count()
                        + history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).count();
            }
        }
        return rows;
    }

    /**
     * Admissions per second on one node, then on two nodes of one PostgreSQL database, each node's job executor on
     * (it runs the registration's job; the workers wait for the cases to end). The same workers per node; meetings
     * held one at a time across the nodes, as one Secretariat holds them.
     */
    private void twoNodes() throws Exception {
        if (!settings.postgres) {
            markdown.append("Not measured: two nodes share a PostgreSQL database (`-Dbench.db=postgres`).\n");
            return;
        }
        int workers = 2;
        List<Map<String, Object>> rows = new ArrayList<>();
        markdown.append("Nodes started in the benchmark's JVM beside the idle application of the other sections, each ")
                .append("with its job executor on, as production runs them; ").append(workers)
                .append(" workers per node drive admissions (application, review, a Standing Council meeting per batch ")
                .append("of ").append(settings.batch).append("), the registration's job left to the job executors; a ")
                .append("case counts when it has ended.\n\n| nodes | cases | cases/s | per node |\n|---|---|---|---|\n");
        ConfigurableApplicationContext first = startNode();
        ConfigurableApplicationContext second = null;
        try {
            List<Admissions> nodes = new ArrayList<>(List.of(new Admissions(first.getBean(ProcessEngine.class))));
            nodes.get(0).admitByJobExecutor(settings.batch);
            Result one = runOnNodes(nodes, workers, settings.cases);
            second = startNode();
            nodes.add(new Admissions(second.getBean(ProcessEngine.class)));
            nodes.get(1).admitByJobExecutor(settings.batch);
            Result two = runOnNodes(nodes, workers, settings.cases);
            for (Result r : List.of(one, two)) {
                int count = r == one ? 1 : 2;
                rows.add(Map.of("nodes", count, "cases", r.cases, "casesPerSecond", round(r.rate())));
                markdown.append("| ").append(count).append(" | ").append(r.cases).append(" | ").append(fmt(r.rate()))
                        .append(" | ").append(fmt(r.rate() / count)).append(" |\n");
            }
            markdown.append("\nTwo nodes against one: ").append(fmt(two.rate() / one.rate())).append("×.\n");
        } finally {
            if (second != null) {
                second.close();
            }
            first.close();
        }
        json.put("twoNodes", rows);
    }

    /** {@code cases} admissions per node, {@code workers} workers per node; the rate of all of them. */
    private Result runOnNodes(List<Admissions> nodes, int workers, int cases) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers * nodes.size());
        int perWorker = Math.max(1, cases / workers);
        long start = System.nanoTime();
        List<Future<List<String>>> futures = new ArrayList<>();
        for (Admissions node : nodes) {
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    List<String> ids = new ArrayList<>();
                    for (int done = 0; done < perWorker; done += settings.batch) {
                        ids.addAll(node.admitByJobExecutor(Math.min(settings.batch, perWorker - done)));
                    }
                    return ids;
                }));
            }
        }
        List<String> ids = new ArrayList<>();
        for (Future<List<String>> future : futures) {
            ids.addAll(future.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("   %d node(s), %d workers each: %d cases in %.1f s = %.1f cases/s%n", nodes.size(), workers,
                ids.size(), seconds, ids.size() / seconds);
        return new Result(ids.size(), seconds, 0);
    }

    private record Result(int cases, double seconds, long transactions) {
        double rate() {
            return cases / seconds;
        }

        double transactionsPerCase() {
            return (double) transactions / cases;
        }
    }

    private interface Batch {
        List<String> run(int n);
    }

    private Result runCases(String name, int workers, int cases, Batch batch) throws Exception {
        int perWorker = Math.max(1, cases / workers);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long before = settings.postgres ? committedTransactions() : 0;
        long start = System.nanoTime();
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            futures.add(pool.submit(() -> {
                List<String> ids = new ArrayList<>();
                for (int done = 0; done < perWorker; done += settings.batch) {
                    ids.addAll(batch.run(Math.min(settings.batch, perWorker - done)));
                }
                return ids;
            }));
        }
        List<String> ids = new ArrayList<>();
        for (Future<List<String>> future : futures) {
            ids.addAll(future.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long transactions = settings.postgres ? committedTransactions() - before : 0;
        long ended = admissions.ended(ids);
        if (ended != ids.size()) {
            throw new IllegalStateException(name + ": " + ended + " of " + ids.size() + " cases ended");
        }
        System.out.printf("   %s, %d workers: %d cases in %.1f s = %.1f cases/s%s%n", name, workers, ids.size(),
                seconds, ids.size() / seconds, settings.postgres
                        ? String.format(", %.1f transactions/case", (double) transactions / ids.size()) : "");
        return new Result(ids.size(), seconds, transactions);
    }

    /** Committed transactions of the benchmark's database; the pool's connections are closed first so that their statistics are flushed. */
    private long committedTransactions() throws Exception {
        DataSource dataSource = app.getBean(DataSource.class);
        if (dataSource instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
            hikari.getHikariPoolMXBean().softEvictConnections();
        }
        Thread.sleep(1500);
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), "postgres", "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT xact_commit FROM pg_stat_database WHERE datname = '"
                        + settings.databaseName() + "'")) {
            r.next();
            return r.getLong(1);
        }
    }

    @SuppressWarnings("unchecked")
    private void pgbench() throws Exception {
        String scratch = "gov_bench_pgbench";
        recreatePostgresDatabase(scratch);
        exec(List.of("pgbench", "-h", "127.0.0.1", "-U", "postgres", "-i", "-q", scratch));
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> throughput = (List<Map<String, Object>>) json.get("throughput");
        markdown.append("`pgbench -N` (simple-update: per transaction one UPDATE of an account, one SELECT, one INSERT into the history) on the ")
                .append("same server, clients = workers, ").append(settings.pgbenchSeconds)
                .append(" s each, run right after the throughput above.\n\n")
                .append("| clients | pgbench tps | ours cases/s | ours tx/s | case rate / pgbench tps | ours tx/s / pgbench tps |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Map<String, Object> row : throughput) {
            int clients = (Integer) row.get("workers");
            String output = exec(List.of("pgbench", "-h", "127.0.0.1", "-U", "postgres", "-N", "-c",
                    Integer.toString(clients), "-j", Integer.toString(clients), "-T",
                    Integer.toString(settings.pgbenchSeconds), scratch));
            Matcher m = Pattern.compile("tps = ([0-9.]+)").matcher(output);
            double tps = m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
            double cases = (Double) row.get("oursCasesPerSecond");
            double tx = cases * (Double) row.get("oursTransactionsPerCase");
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("clients", clients);
            result.put("pgbenchTps", round(tps));
            result.put("oursCasesPerSecond", cases);
            result.put("oursTransactionsPerSecond", round(tx));
            result.put("caseRateShareOfPgbench", round(cases / tps));
            result.put("transactionShareOfPgbench", round(tx / tps));
            rows.add(result);
            markdown.append("| ").append(clients).append(" | ").append(fmt(tps)).append(" | ").append(fmt(cases))
                    .append(" | ").append(fmt(tx)).append(" | ").append(String.format("%.4f", cases / tps))
                    .append(" | ").append(fmt(tx / tps)).append(" |\n");
        }
        json.put("pgbench", rows);
    }

    // ---- 3a: a meeting's agenda ------------------------------------------------------------------------

    private void agenda() throws Exception {
        decideEverythingWaiting();
        List<Map<String, Object>> rows = new ArrayList<>();
        markdown.append("Cases forwarded beforehand; timed: the meeting from its start (gathering the agenda) to ")
                .append("its close (confirm, attendance, one vote per item, resolutions sent to the cases); then ")
                .append("the minutes read over HTTP.\n\n")
                .append("| items | meeting s | ms per item | of which opening (agenda gathered) s | minutes median ms | minutes p95 ms |\n|---|---|---|---|---|---|\n");
        for (int items : settings.agenda) {
            List<String> ids = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                ProcessInstance instance = admissions.apply();
                admissions.review(instance.getId(), "FORWARD");
                ids.add(instance.getId());
                numbers.add(instance.getBusinessKey());
            }
            long start = System.nanoTime();
            String meeting = admissions.holdMeeting(numbers);
            double seconds = (System.nanoTime() - start) / 1e9;
            List<Long> minutes = repeat(Math.max(5, settings.samples / 3),
                    () -> get("/api/meetings/" + meeting + "/minutes", "clerk"));
            for (String id : ids) {
                admissions.executeJob(id);
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("items", items);
            row.put("meetingSeconds", round(seconds));
            row.put("openingSeconds", round(admissions.lastOpeningNanos / 1e9));
            row.put("minutes", stats(minutes));
            rows.add(row);
            markdown.append("| ").append(items).append(" | ").append(fmt(seconds)).append(" | ")
                    .append(fmt(seconds * 1000 / items)).append(" | ").append(fmt(admissions.lastOpeningNanos / 1e9))
                    .append(" | ").append(fmt(ms(percentile(minutes, 50))))
                    .append(" | ").append(fmt(ms(percentile(minutes, 95)))).append(" |\n");
            System.out.printf("   %d items: %.1f s, opening %.2f s%n", items, seconds, admissions.lastOpeningNanos / 1e9);
        }
        if (rows.size() >= 2) {
            double last = (Double) rows.get(rows.size() - 1).get("meetingSeconds");
            double before = (Double) rows.get(rows.size() - 2).get("meetingSeconds");
            int lastItems = (Integer) rows.get(rows.size() - 1).get("items");
            int beforeItems = (Integer) rows.get(rows.size() - 2).get("items");
            markdown.append("\n").append(lastItems).append(" items took ").append(fmt(last / before))
                    .append("× the time of ").append(beforeItems).append(" (").append(fmt((double) lastItems / beforeItems))
                    .append("× the items; target for 800 vs 200: at most 4.5×).\n");
            json.put("agendaGrowth", round(last / before));
        }
        json.put("agenda", rows);
    }

    // ---- 3b': the General Assembly's matters ------------------------------------------------------------------

    /**
     * A General Assembly of 300 representatives deciding 20 of its matters (assembly-matter), each meeting timed from
     * its start (gathering the agenda) to its close, then, apart, the cases' own recording of the decision. The
     * Secretariat records the roster of 300 representatives (effective today); then, seven times in turn, a meeting
     * held yesterday, before the roster took effect, takes head counts (the 300 configured seats) and a meeting held
     * today takes the attendance by name (220 in person, 10 excused, 70 absent), so that a machine whose load drifts
     * weighs on both alike; one meeting of each warms up first. The medians per item are compared.
     */
    private void assembly() throws Exception {
        decideEverythingWaiting();
        int items = 20;
        int rounds = settings.quick ? 2 : 7;
        Map<String, Object> votes = Map.of("votesFor", 150, "votesAgainst", 50, "abstentions", 20);
        Map<String, Object> counts = Map.of("presentInPerson", 220, "presentByProxy", 0);
        LocalDate today = LocalDate.now();
        LocalDate yesterday = today.minusDays(1);
        boolean rosterInForce = mapper.readTree(get("/api/bodies/GENERAL_ASSEMBLY/roster?on=" + yesterday, "clerk"))
                .get("recording").isObject();
        if (!mapper.readTree(get("/api/bodies/GENERAL_ASSEMBLY/roster", "clerk")).get("recording").isObject()) {
            send("PUT", "/api/bodies/GENERAL_ASSEMBLY/roster", "clerk",
                    toJson(roster("第五届会员代表大会代表", 300, activeMembers(300))), 200);
        }
        List<Long> representatives = rosterNumbers("GENERAL_ASSEMBLY");
        if (representatives.size() != 300) {
            throw new IllegalStateException("The General Assembly's roster holds " + representatives.size() + ", not 300");
        }
        Map<String, Object> byName = new LinkedHashMap<>();
        byName.put("attendeesInPerson", representatives.subList(0, 220));
        byName.put("excusedAbsences", representatives.subList(220, 230));
        List<Long> byCounts = new ArrayList<>();
        List<Long> countJobs = new ArrayList<>();
        List<Long> byNames = new ArrayList<>();
        List<Long> nameJobs = new ArrayList<>();
        String lastMeeting = null;
        for (int round = -1; round < rounds; round++) { // round -1 warms up
            if (!rosterInForce) {
                long[] counted = assemblyMeeting(items, counts, votes, yesterday, null);
                if (round >= 0) {
                    byCounts.add(counted[0]);
                    countJobs.add(counted[1]);
                }
            }
            String[] key = new String[1];
            long[] named = assemblyMeeting(items, byName, votes, today, key);
            if (round >= 0) {
                byNames.add(named[0]);
                nameJobs.add(named[1]);
            }
            lastMeeting = key[0];
        }
        var minutes = mapper.readTree(get("/api/meetings/" + lastMeeting + "/minutes", "clerk"));
        int resolutions = minutes.get("resolutions").size();
        int adopted = 0;
        for (var resolution : minutes.get("resolutions")) {
            adopted += "ADOPTED".equals(resolution.get("outcome").asText()) ? 1 : 0;
        }
        if (resolutions != items || adopted != items || minutes.get("attendance").size() != 300) {
            throw new IllegalStateException("The Assembly's minutes hold " + resolutions + " resolutions (" + adopted
                    + " adopted) and " + minutes.get("attendance").size() + " names");
        }
        double named = percentile(byNames, 50) / 1e6 / items;
        double namedJobs = percentile(nameJobs, 50) / 1e6 / items;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("items", items);
        result.put("representatives", 300);
        result.put("byNameMsPerItem", byNames.stream().map(n -> round(n / 1e6 / items)).toList());
        result.put("byNameRecordingMsPerItem", nameJobs.stream().map(n -> round(n / 1e6 / items)).toList());
        markdown.append("Meetings of the General Assembly of 300 representatives deciding 20 matters each (opened by the ")
                .append("Secretariat through `assembly-matter`: reports, fee standards, other matters, amendments and ")
                .append("terminations in turn; 220 present, 150 for, 50 against, 20 abstaining: every matter adopted), ")
                .append("timed from the start (gathering the agenda) to the close; then, apart, each case's job that ")
                .append("records the decision in the register. Seven times in turn (after one of each to warm up) a ")
                .append("meeting held yesterday, before the roster of 300 took effect, with head counts, and one held ")
                .append("today by name; medians.\n\n")
                .append("| | meeting ms per item | recording ms per item |\n|---|---|---|\n");
        if (!byCounts.isEmpty()) {
            double count = percentile(byCounts, 50) / 1e6 / items;
            double countRecording = percentile(countJobs, 50) / 1e6 / items;
            double ratio = named / count;
            result.put("byCountMsPerItem", byCounts.stream().map(n -> round(n / 1e6 / items)).toList());
            result.put("byCountRecordingMsPerItem", countJobs.stream().map(n -> round(n / 1e6 / items)).toList());
            result.put("byNameOverByCount", round(ratio));
            markdown.append("| head counts, 300 configured seats | ").append(fmt(count)).append(" | ")
                    .append(fmt(countRecording)).append(" |\n");
            markdown.append("| by name, roster of 300 | ").append(fmt(named)).append(" | ").append(fmt(namedJobs))
                    .append(" |\n\nBy name / by head counts, per item: ").append(fmt(ratio))
                    .append(" (target: at most 1.2).\n");
            System.out.printf("   by count %.1f ms/item, by name %.1f ms/item (%.2f)%n", count, named, ratio);
        } else {
            markdown.append("| by name, roster of 300 | ").append(fmt(named)).append(" | ").append(fmt(namedJobs))
                    .append(" |\n\nA roster of the Assembly was in force yesterday already: no head counts to compare.\n");
            System.out.printf("   by name %.1f ms/item%n", named);
        }
        json.put("assembly", result);
    }

    /**
     * Opens {@code items} matters as the Secretariat, holds a General Assembly meeting on that day that decides them, then runs
     * the cases' jobs; answers the nanoseconds of the meeting and of the jobs, and puts the meeting's key in {@code key}.
     */
    private long[] assemblyMeeting(int items, Map<String, Object> attendance, Map<String, Object> votes, LocalDate day,
            String[] key) throws Exception {
        String[] kinds = {"COUNCIL_REPORTS", "SUPERVISORS_REPORT", "FEE_STANDARD", "OTHER_MAJOR_MATTER",
                "ARTICLES_AMENDMENT", "TERMINATION"};
        List<String> ids = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            String kind = kinds[i % kinds.length];
            Map<String, Object> matter = new LinkedHashMap<>();
            matter.put("matterKind", kind);
            matter.put("matterTitle", "关于" + kind + "的议案 " + (i + 1));
            matter.put("documentReference", "中高产会〔2026〕" + (i + 1) + "号");
            if (kind.equals("FEE_STANDARD")) {
                matter.put("feeStandard", "个人会员每年 200 元，单位会员每年 2000 元。");
            }
            ProcessInstance opened = as("clerk", List.of(Roles.SECRETARIAT),
                    () -> engine.getRuntimeService().startProcessInstanceByKey("assembly-matter", matter));
            ids.add(opened.getId());
            numbers.add(opened.getBusinessKey());
        }
        long start = System.nanoTime();
        String meeting = admissions.holdMeeting(numbers, "GENERAL_ASSEMBLY", attendance, votes, day);
        long held = System.nanoTime() - start;
        if (key != null) {
            key[0] = meeting;
        }
        long recording = System.nanoTime();
        for (String id : ids) {
            admissions.executeJob(id);
        }
        return new long[] {held, System.nanoTime() - recording};
    }

    // ---- 3b: attendance by name ------------------------------------------------------------------------

    /**
     * What taking the attendance by name costs per agenda item. A Council meeting with head counts first (no roster
     * recorded); then the Secretariat records a roster of 90 directors and, three times in turn, a Standing Council
     * meeting with head counts and a Council meeting by name, so that a machine whose load drifts weighs on both
     * alike; the medians are compared. Then the General Assembly's roster of 300 representatives and the opening of its
     * meeting, which copies the 300 names onto the meeting.
     */
    private void names() throws Exception {
        decideEverythingWaiting();
        int items = settings.quick ? 20 : 100;
        Map<String, Object> councilVotes = Map.of("votesFor", 70, "votesAgainst", 5, "abstentions", 5);
        Map<String, Object> standingCounts = Map.of("presentInPerson", 25, "presentByProxy", 0);
        Map<String, Object> standingVotes = Map.of("votesFor", 20, "votesAgainst", 3, "abstentions", 2);
        meeting("STANDING_COUNCIL", Math.max(5, items / 4), standingCounts, standingVotes); // warm-up, not counted
        double councilByCount = meeting("COUNCIL", items, Map.of("presentInPerson", 75, "presentByProxy", 5),
                councilVotes);

        long recording = System.nanoTime();
        send("PUT", "/api/bodies/COUNCIL/roster", "clerk", toJson(roster("第五届会员代表大会选举理事", 90, null)), 200);
        double councilRecorded = (System.nanoTime() - recording) / 1e9;
        // 75 in person, 5 represented by the first five, 5 excused, 5 absent: 80 present of 90
        List<Long> council = rosterNumbers("COUNCIL");
        Map<String, Object> proxies = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            proxies.put(String.valueOf(council.get(75 + i)), council.get(i));
        }
        Map<String, Object> byName = new LinkedHashMap<>();
        byName.put("attendeesInPerson", council.subList(0, 75));
        byName.put("attendeesByProxy", proxies);
        byName.put("excusedAbsences", council.subList(80, 85));
        List<Long> byCounts = new ArrayList<>();
        List<Long> byNames = new ArrayList<>();
        double councilOpening = 0;
        for (int round = 0; round < 3; round++) {
            byCounts.add(Math.round(meeting("STANDING_COUNCIL", items, standingCounts, standingVotes) * 1e9));
            byNames.add(Math.round(meeting("COUNCIL", items, byName, councilVotes) * 1e9));
            councilOpening = Math.max(councilOpening, admissions.lastOpeningNanos / 1e9);
        }
        double count = percentile(byCounts, 50) / 1e9;
        double named = percentile(byNames, 50) / 1e9;

        List<String> members = activeMembers(300);
        recording = System.nanoTime();
        send("PUT", "/api/bodies/GENERAL_ASSEMBLY/roster", "clerk",
                toJson(roster("第五届会员代表大会代表", 300, members)), 200);
        double assemblyRecorded = (System.nanoTime() - recording) / 1e9;
        String assembly = admissions.holdMeeting(List.of(), "GENERAL_ASSEMBLY", Map.of(), Map.of());
        double assemblyOpening = admissions.lastOpeningNanos / 1e9;
        int named300 = mapper.readTree(get("/api/meetings/" + assembly + "/minutes", "clerk")).get("attendance").size();
        if (named300 != 300) {
            throw new IllegalStateException("The General Assembly's meeting names " + named300 + " representatives, not 300");
        }

        double ratio = named / count;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("items", items);
        result.put("councilByCountBeforeRosterMsPerItem", round(councilByCount * 1000 / items));
        result.put("standingCouncilByCountMsPerItem", byCounts.stream().map(n -> round(n / 1e6 / items)).toList());
        result.put("councilByNameMsPerItem", byNames.stream().map(n -> round(n / 1e6 / items)).toList());
        result.put("byNameOverByCount", round(ratio));
        result.put("councilRosterRecordedSeconds", round(councilRecorded));
        result.put("councilOpeningSeconds", round(councilOpening));
        result.put("assemblyRosterRecordedSeconds", round(assemblyRecorded));
        result.put("assemblyOpeningSeconds", round(assemblyOpening));
        json.put("names", result);
        markdown.append("Meetings of ").append(items).append(" admissions each, timed from the start to the close ")
                .append("(as in the agenda section). A Council meeting with head counts (80 present of the 90 configured ")
                .append("seats); then `PUT /api/bodies/COUNCIL/roster` records 90 directors and, three times in turn, a ")
                .append("Standing Council meeting with head counts (25 of 30) and a Council meeting by name (75 in person, ")
                .append("5 by proxy, 5 excused, 5 absent); medians compared. Then `PUT /api/bodies/GENERAL_ASSEMBLY/roster` ")
                .append("records 300 representatives (active members) and a General Assembly meeting opens with their ")
                .append("names and closes at its agenda (the section assembly measures the Assembly's votes).\n\n")
                .append("| | ms per item | roster recorded s | meeting opened s (slowest) |\n|---|---|---|---|\n")
                .append("| Council, head counts, before the roster | ").append(fmt(councilByCount * 1000 / items))
                .append(" | | |\n")
                .append("| Standing Council, head counts (median of 3) | ").append(fmt(count * 1000 / items))
                .append(" | | |\n")
                .append("| Council of 90, by name (median of 3) | ").append(fmt(named * 1000 / items)).append(" | ")
                .append(fmt(councilRecorded)).append(" | ").append(fmt(councilOpening)).append(" |\n")
                .append("| General Assembly of 300 | | ").append(fmt(assemblyRecorded)).append(" | ")
                .append(fmt(assemblyOpening)).append(" |\n\n")
                .append("By name / by head counts, per item: ").append(fmt(ratio)).append(" (target: at most 1.2).\n");
        System.out.printf("   by count %.1f ms/item, by name %.1f ms/item (%.2f), assembly of 300 opened in %.2f s%n",
                count * 1000 / items, named * 1000 / items, ratio, assemblyOpening);
    }

    /** Seconds a meeting of the body takes over {@code items} fresh admissions, attendance and votes as given. */
    private double meeting(String body, int items, Map<String, Object> attendance, Map<String, Object> votes) {
        List<String> ids = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            ProcessInstance instance = admissions.apply();
            admissions.review(instance.getId(), "FORWARD");
            ids.add(instance.getId());
            numbers.add(instance.getBusinessKey());
        }
        long start = System.nanoTime();
        admissions.holdMeeting(numbers, body, attendance, votes);
        double seconds = (System.nanoTime() - start) / 1e9;
        for (String id : ids) {
            admissions.executeJob(id);
        }
        return seconds;
    }

    // ---- 3c: an electronic ballot -------------------------------------------------------------------------

    /**
     * An election by secret ballot of 300 electors (60 quick) in Tasklist, through the engine's Java API as each
     * person would: the Secretariat opens it (a ballot task per elector), every elector casts a ballot through the
     * ballot box, the Secretariat closes it and the result is counted; then its minutes are read over HTTP.
     */
    private void ballot() throws Exception {
        int count = settings.quick ? 60 : 300;
        IdentityService identity = engine.getIdentityService();
        List<String> electors = Ballots.electors(identity, "benchelector", count, "benchelector");
        List<String> candidates = List.of("张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵敏", "黄磊");
        long start = System.nanoTime();
        ProcessInstance election = as("clerk", List.of(Roles.SECRETARIAT), () -> engine.getRuntimeService()
                .startProcessInstanceByKey(BallotCase.PROCESS_KEY, Ballots.ofDirectors(5)
                        .among(candidates.toArray(String[]::new)).electronically(electors)
                        // 300 user ids are more than a text variable holds: a JSON value, as a REST client sends it
                        .with(BallotCase.ELECTORS, SpinValues.jsonValue(Ballots.json(electors)).create()).build()));
        double opened = (System.nanoTime() - start) / 1e9;
        Map<String, String> ballots = new LinkedHashMap<>();
        engine.getTaskService().createTaskQuery().processInstanceId(election.getId())
                .taskDefinitionKey(BallotCase.CAST_BALLOT).list()
                .forEach(task -> ballots.put(task.getAssignee(), task.getId()));
        if (ballots.size() != count) {
            throw new IllegalStateException(ballots.size() + " ballot tasks for " + count + " electors");
        }
        long casting = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String elector = electors.get(i);
            List<String> choices = List.of(candidates.get(i % 8), candidates.get((i + 1) % 8), candidates.get(0));
            String task = ballots.get(elector);
            as(elector, List.of(Roles.ELECTORS), () -> {
                engine.getTaskService().complete(task, Map.of(BallotCase.CHOICES,
                        Ballots.json(choices.stream().distinct().toList())));
                return null;
            });
        }
        double cast = (System.nanoTime() - casting) / 1e9;
        long closing = System.nanoTime();
        String close = engine.getTaskService().createTaskQuery().processInstanceId(election.getId())
                .taskDefinitionKey("UserTask_CloseBallot").singleResult().getId();
        as("clerk", List.of(Roles.SECRETARIAT), () -> {
            engine.getTaskService().complete(close, Map.of());
            return null;
        });
        double closed = (System.nanoTime() - closing) / 1e9;
        double total = (System.nanoTime() - start) / 1e9;
        var minutes = mapper.readTree(get("/api/ballots/" + election.getBusinessKey() + "/minutes", "clerk"));
        int counted = minutes.get("rounds").get(0).get("ballotsCast").asInt();
        if (counted != count) {
            throw new IllegalStateException(counted + " ballots counted for " + count + " electors");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("electors", count);
        result.put("openedSeconds", round(opened));
        result.put("castSeconds", round(cast));
        result.put("msPerBallot", round(cast * 1000 / count));
        result.put("closedAndCountedSeconds", round(closed));
        result.put("totalSeconds", round(total));
        result.put("elected", minutes.get("elected").size());
        json.put("ballot", result);
        markdown.append("An election of 5 directors among 8 candidates by ").append(count)
                .append(" electors in Tasklist (the engine's Java API, each elector authenticated): opened by the ")
                .append("Secretariat (a ballot task per elector), every ballot cast through the ballot box, closed and ")
                .append("counted; ").append(counted).append(" ballots counted, ").append(minutes.get("elected").size())
                .append(" elected.\n\n| opened s | cast s | ms per ballot | closed and counted s | total s |\n")
                .append("|---|---|---|---|---|\n| ").append(fmt(opened)).append(" | ").append(fmt(cast)).append(" | ")
                .append(fmt(cast * 1000 / count)).append(" | ").append(fmt(closed)).append(" | ").append(fmt(total))
                .append(" |\n");
        System.out.printf("   %d electors: opened %.1f s, cast %.1f s (%.1f ms each), closed %.1f s%n", count, opened,
                cast, cast * 1000 / count, closed);
    }

    private <T> T as(String user, List<String> groups, Callable<T> work) throws Exception {
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            return work.call();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** A roster as the Secretariat sends it; representatives carry the given membership numbers. */
    private static Map<String, Object> roster(String basis, int people, List<String> membershipNumbers) {
        List<Map<String, Object>> members = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("name", (membershipNumbers == null ? "理事" : "代表") + (i + 1));
            member.put("organisation", "单位" + (i + 1));
            member.put("frontLine", true);
            member.put("executive", membershipNumbers == null && i < 30);
            if (membershipNumbers != null) {
                member.put("membershipNumber", membershipNumbers.get(i));
            }
            members.add(member);
        }
        return Map.of("basis", basis, "effectiveFrom", LocalDate.now().toString(), "members", members);
    }

    private List<Long> rosterNumbers(String body) throws IOException {
        List<Long> numbers = new ArrayList<>();
        mapper.readTree(get("/api/bodies/" + body + "/roster", "clerk")).get("members")
                .forEach(member -> numbers.add(member.get("rosterNumber").asLong()));
        return numbers;
    }

    /** The membership numbers of {@code n} active members who may represent the members, admitting more if needed. */
    private List<String> activeMembers(int n) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        String query = "SELECT membership_number FROM gov_member WHERE status = 'ACTIVE' AND kind IN ('INDIVIDUAL', 'UNIT') "
                + "ORDER BY membership_number";
        List<String> members = jdbc.sql(query).query(String.class).list();
        if (members.size() < n) {
            admissions.admit(n - members.size());
            members = jdbc.sql(query).query(String.class).list();
        }
        return members.subList(0, n);
    }

    /** Decides every case that waits for the Standing Council and runs their jobs, so that agendas start empty. */
    private void decideEverythingWaiting() {
        var runtime = engine.getRuntimeService();
        long waiting = runtime.createExecutionQuery().messageEventSubscriptionName("DecisionTaken").count();
        if (waiting == 0) {
            return;
        }
        List<String> numbers = runtime.createExecutionQuery().messageEventSubscriptionName("DecisionTaken").list()
                .stream().map(e -> runtime.createProcessInstanceQuery().processInstanceId(e.getProcessInstanceId())
                        .singleResult().getBusinessKey())
                .toList();
        admissions.holdMeeting(numbers);
        var management = engine.getManagementService();
        management.createJobQuery().processDefinitionKey("membership-admission").executable().list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    // ---- 5: REST ---------------------------------------------------------------------------------------

    private void rest() throws Exception {
        String[] ops = {"POST /api/applications", "POST /engine-rest/.../start", "GET /engine-rest/task?…",
                "POST /engine-rest/task/{id}/complete"};
        Map<String, List<Long>> latencies = new LinkedHashMap<>();
        for (String op : ops) {
            latencies.put(op, Collections.synchronizedList(new ArrayList<>()));
        }
        int clients = 2;
        AtomicInteger requests = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<Object>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit((Callable<Object>) () -> {
                for (int i = 0; i < settings.restRequests; i++) {
                    String applied = timed(latencies.get(ops[0]), () -> send("POST", "/api/applications", null,
                            toJson(Admissions.application()), 201));
                    String first = field(applied, "caseNumber");
                    completeReview(latencies, ops, "processInstanceBusinessKey=" + first);
                    Map<String, Object> variables = new LinkedHashMap<>();
                    Admissions.application().forEach((k, v) -> variables.put(k, Map.of("value", v)));
                    String started = timed(latencies.get(ops[1]), () -> send("POST",
                            "/engine-rest/process-definition/key/membership-admission/start", "clerk",
                            toJson(Map.of("variables", variables)), 200));
                    completeReview(latencies, ops, "processInstanceId=" + field(started, "id"));
                    requests.addAndGet(6);
                }
                return null;
            }));
        }
        for (Future<Object> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        decideEverythingWaiting();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("clients", clients);
        result.put("requests", requests.get());
        result.put("requestsPerSecond", round(requests.get() / seconds));
        result.put("casesPerSecond", round(2.0 * clients * settings.restRequests / seconds));
        markdown.append("Each of 2 clients repeats ").append(settings.restRequests).append(" times: apply through ")
                .append("`POST /api/applications` (anonymous), find the review task and complete it as `liaison`; ")
                .append("start through `/engine-rest` as `clerk`, find the review and complete it (HTTP Basic on ")
                .append("every request, as an integration would). All ").append(requests.get()).append(" requests: ")
                .append(fmt(requests.get() / seconds)).append(" requests/s, ")
                .append(fmt(2.0 * clients * settings.restRequests / seconds)).append(" cases started and reviewed/s.\n\n")
                .append("| request | count | median ms | p95 ms |\n|---|---|---|---|\n");
        Map<String, Object> perOp = new LinkedHashMap<>();
        for (String op : ops) {
            List<Long> l = latencies.get(op);
            perOp.put(op, stats(l));
            markdown.append("| `").append(op).append("` | ").append(l.size()).append(" | ")
                    .append(fmt(ms(percentile(l, 50)))).append(" | ").append(fmt(ms(percentile(l, 95)))).append(" |\n");
        }
        result.put("operations", perOp);
        json.put("rest", result);
    }

    private void completeReview(Map<String, List<Long>> latencies, String[] ops, String query) {
        String tasks = timed(latencies.get(ops[2]), () -> send("GET", "/engine-rest/task?" + query
                + "&taskDefinitionKey=UserTask_ReviewApplication", "liaison", null, 200));
        String task = field(tasks, "id");
        timed(latencies.get(ops[3]), () -> send("POST", "/engine-rest/task/" + task + "/complete", "liaison",
                "{\"variables\":{\"reviewDecision\":{\"value\":\"FORWARD\"}}}", 204));
    }

    // ---- 3b: growth ------------------------------------------------------------------------------------

    private void growth() throws Exception {
        String filter = engine.getFilterService().createFilterQuery()
                .filterNameLike("%Liaison Department — applications to review").singleResult().getId();
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Object> explains = new LinkedHashMap<>();
        String[] ops = {"Liaison filter: task list", "Complete a review", "Register: member by number",
                "Minutes of a meeting"};
        markdown.append("Cases in the database (`membership-admission`, running and historic) grown by the engine: ")
                .append("a third admitted through meetings of up to 100 items, a third rejected in review, a third ")
                .append("waiting for more information (a Secretariat task and a 30-day timer). At each size ")
                .append(settings.samples).append(" fresh applications wait for review; each operation is repeated ")
                .append(settings.samples).append(" times over HTTP, after ").append(WARM_UP)
                .append(" calls not counted: `POST /engine-rest/filter/{id}/list` ")
                .append("(HAL, 15 tasks, as Tasklist opens the filter) as `liaison`, `POST /engine-rest/task/{id}/complete` ")
                .append("(forward), `GET /api/members/{number}` as `manager`, `GET /api/meetings/{n}/minutes` as `clerk`.\n\n")
                .append("| cases | members | meetings | loading s |");
        for (String op : ops) {
            markdown.append(' ').append(op).append(" median / p95 ms |");
        }
        markdown.append("\n|---|---|---|---|---|---|---|---|\n");
        Random random = new Random(7);
        for (int size : settings.sizes) {
            double loading = load(size);
            List<String> reviews = new ArrayList<>();
            for (int i = 0; i < settings.samples + WARM_UP; i++) {
                reviews.add(admissions.apply().getId());
            }
            List<String> members = column("SELECT membership_number FROM gov_member");
            List<String> meetings = column("SELECT business_key FROM gov_meeting WHERE status <> 'OPEN'");
            Map<String, Supplier<String>> operations = new LinkedHashMap<>();
            operations.put(ops[0], () -> send("POST", "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15",
                    "liaison", "{}", 200, "application/hal+json"));
            List<String> toComplete = new ArrayList<>(reviews);
            operations.put(ops[1], () -> {
                String id = toComplete.remove(0);
                Task task = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult();
                return send("POST", "/engine-rest/task/" + task.getId() + "/complete", "liaison",
                        "{\"variables\":{\"reviewDecision\":{\"value\":\"FORWARD\"}}}", 204);
            });
            operations.put(ops[2], () -> get("/api/members/" + members.get(random.nextInt(members.size())), "manager"));
            operations.put(ops[3], () -> get("/api/meetings/" + meetings.get(random.nextInt(meetings.size()))
                    + "/minutes", "clerk"));
            Map<String, Object> row = new LinkedHashMap<>();
            long cases = casesInDatabase();
            row.put("cases", cases);
            row.put("members", members.size());
            row.put("meetings", meetings.size());
            row.put("loadingSeconds", round(loading));
            markdown.append("| ").append(cases).append(" | ").append(members.size()).append(" | ")
                    .append(meetings.size()).append(" | ").append(fmt(loading)).append(" |");
            boolean last = size == settings.sizes[settings.sizes.length - 1];
            for (Map.Entry<String, Supplier<String>> op : operations.entrySet()) {
                int n = op.getKey().equals(ops[1]) ? settings.samples - (last && settings.postgres ? 1 : 0)
                        : settings.samples;
                repeat(WARM_UP, op.getValue()); // not counted (WARM_UP)
                List<Long> l = repeat(n, op.getValue());
                row.put(op.getKey(), stats(l));
                markdown.append(' ').append(fmt(ms(percentile(l, 50)))).append(" / ")
                        .append(fmt(ms(percentile(l, 95)))).append(" |");
                if (last && settings.postgres) {
                    SqlCapture capture = SqlCapture.begin();
                    op.getValue().get();
                    explains.put(op.getKey(), explain(capture.finish()));
                }
            }
            markdown.append('\n');
            rows.add(row);
            System.out.printf("   %d cases: %s%n", cases, row);
            decideEverythingWaiting();
        }
        json.put("growth", rows);
        if (rows.size() >= 2) {
            markdown.append("\np95 at the largest size / p95 at the smallest (target at most 3): ");
            List<String> ratios = new ArrayList<>();
            for (String op : ops) {
                double first = (Double) ((Map<?, ?>) rows.get(0).get(op)).get("p95Ms");
                double lastP95 = (Double) ((Map<?, ?>) rows.get(rows.size() - 1).get(op)).get("p95Ms");
                ratios.add(op + " " + fmt(lastP95 / first));
            }
            markdown.append(String.join("; ", ratios)).append(".\n");
        }
        if (!explains.isEmpty()) {
            json.put("explain", explains);
            markdown.append("\n### PostgreSQL plans at the largest size\n\nEvery statement one operation ran ")
                    .append("(caught from the engine's MyBatis log and the register's JdbcTemplate log, parameters ")
                    .append("bound), with `EXPLAIN` (`ANALYZE` for queries). Sequential scans are listed first.\n");
            for (Map.Entry<String, Object> e : explains.entrySet()) {
                markdown.append("\n#### ").append(e.getKey()).append("\n\n");
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> plans = (List<Map<String, Object>>) e.getValue();
                for (Map<String, Object> plan : plans) {
                    markdown.append("- `").append(plan.get("statement")).append("`");
                    if (!((List<?>) plan.get("sequentialScans")).isEmpty()) {
                        markdown.append(" — **sequential scan on ").append(plan.get("sequentialScans")).append("**");
                    }
                    markdown.append("\n\n```\n").append(plan.get("plan")).append("\n```\n");
                }
            }
        }
    }

    // ---- 3c: the governance dashboard -----------------------------------------------------------------

    /**
     * {@code GET /api/dashboard} as a manager at each size the growth section reaches (grown here when that section did
     * not run; a size already passed is skipped). Beside the growth section's cases, every tenth case waiting for more
     * information gets a due date in the past (so that the overdue tasks are counted, not only looked for) and ten cases
     * an incident, at each size.
     */
    private void dashboard() throws Exception {
        boolean copying = settings.copies && settings.postgres;
        if (copying) {
            markdown.append("Grown by copies (`-Dbench.grow=copies`): the first ").append(COPIED_BASE)
                    .append(" cases are made by the engine as above; the larger sizes copy the rows of the tables the ")
                    .append("dashboard reads (").append(String.join(", ", COPIED.keySet())).append(") with new ids and ")
                    .append("case numbers, SQL `INSERT … SELECT` on PostgreSQL, then `ANALYZE`. The tables it does not ")
                    .append("read (variables, history details, jobs) stay at the base's size: the engine grows about 12 ")
                    .append("cases a second on two cores, 100 000 would take hours.\n\n");
        }
        markdown.append("`GET /api/dashboard` as `manager` over HTTP (HTTP Basic), repeated ").append(settings.samples)
                .append(" times after ").append(WARM_UP).append(" calls not counted, on the growth section's cases (a ")
                .append("third admitted through meetings, a third rejected, a third waiting for more information), every ")
                .append("tenth waiting case's task given a due date in the past and ten cases an incident at each size. ")
                .append("Answer: the endpoint over HTTP; computing: `GovernanceDashboard.figures()` in the JVM, without ")
                .append("HTTP, authentication and JSON.\n\n")
                .append("| cases | members | meetings | waiting for information | tasks past due | answer KiB | ")
                .append("answer median ms | answer p95 ms | computing median ms | computing p95 ms |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int size : settings.sizes) {
            if (casesInDatabase() > size) {
                continue;
            }
            long overdue;
            if (copying && size > COPIED_BASE) {
                load(COPIED_BASE);
                giveDueDatesAndIncidents();
                copy(size);
                overdue = engine.getTaskService().createTaskQuery().dueBefore(new Date()).count();
            } else {
                load(size);
                overdue = giveDueDatesAndIncidents();
            }
            List<String> members = column("SELECT membership_number FROM gov_member");
            List<String> meetings = column("SELECT business_key FROM gov_meeting WHERE status = 'HELD'");
            long waiting = engine.getTaskService().createTaskQuery().taskDefinitionKey("UserTask_RecordInformation").count();
            Supplier<String> figures = () -> get("/api/dashboard", "manager");
            repeat(WARM_UP, figures);
            List<Long> nanos = repeat(settings.samples, figures);
            // the figures themselves, in the JVM: what the answer costs beside HTTP, authentication and JSON
            var dashboard = app.getBean(cn.chia.governance.dashboard.GovernanceDashboard.class);
            Supplier<String> compute = () -> {
                dashboard.figures();
                return "";
            };
            repeat(WARM_UP / 5, compute);
            List<Long> computing = repeat(settings.samples, compute);
            int bytes = figures.get().getBytes(StandardCharsets.UTF_8).length;
            long cases = casesInDatabase();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("cases", cases);
            row.put("members", members.size());
            row.put("meetings", meetings.size());
            row.put("waitingForInformation", waiting);
            row.put("tasksPastDue", overdue);
            row.put("answerBytes", bytes);
            row.put("dashboard", stats(nanos));
            row.put("computingTheFigures", stats(computing));
            rows.add(row);
            markdown.append("| ").append(cases).append(" | ").append(members.size()).append(" | ")
                    .append(meetings.size()).append(" | ").append(waiting).append(" | ").append(overdue).append(" | ")
                    .append(fmt(bytes / 1024.0)).append(" | ").append(fmt(ms(percentile(nanos, 50)))).append(" | ")
                    .append(fmt(ms(percentile(nanos, 95)))).append(" | ").append(fmt(ms(percentile(computing, 50))))
                    .append(" | ").append(fmt(ms(percentile(computing, 95)))).append(" |\n");
            System.out.printf("   %d cases: %s%n", cases, row);
        }
        json.put("dashboard", rows);
        if (settings.postgres && !rows.isEmpty()) {
            SqlCapture capture = SqlCapture.begin();
            get("/api/dashboard", "manager");
            List<Map<String, Object>> plans = explain(capture.finish());
            json.put("dashboardExplain", plans);
            markdown.append("\n### The dashboard's statements at the largest size\n\nWith `EXPLAIN (ANALYZE)`; sequential ")
                    .append("scans are listed first.\n");
            for (Map<String, Object> plan : plans) {
                markdown.append("\n- `").append(plan.get("statement")).append("`");
                if (!((List<?>) plan.get("sequentialScans")).isEmpty()) {
                    markdown.append(" — **sequential scan on ").append(plan.get("sequentialScans")).append("**");
                }
                markdown.append("\n\n```\n").append(plan.get("plan")).append("\n```\n");
            }
        }
    }

    /** Cases made by the engine before the dashboard's section copies them ({@code -Dbench.grow=copies}). */
    private static final int COPIED_BASE = 1000;

    /**
     * The tables the dashboard reads, each with the columns a copy changes (ids, the case's number, the member's and
     * meeting's numbers, the references to them); every other column is copied as it is, an identity column left to
     * its default. In the order of their foreign keys.
     */
    private static final Map<String, List<String>> COPIED = copied();

    private static Map<String, List<String>> copied() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        tables.put("act_hi_procinst", List.of("id_", "proc_inst_id_", "business_key_", "root_proc_inst_id_",
                "super_process_instance_id_"));
        tables.put("act_ru_execution", List.of("id_", "proc_inst_id_", "business_key_", "parent_id_", "super_exec_",
                "root_proc_inst_id_"));
        tables.put("act_ru_task", List.of("id_", "execution_id_", "proc_inst_id_", "parent_task_id_"));
        tables.put("gov_member", List.of("membership_number", "case_number"));
        tables.put("gov_member_status", List.of("membership_number", "case_number"));
        tables.put("gov_meeting", List.of("business_key"));
        tables.put("gov_resolution", List.of("resolution_number", "meeting_key", "case_number"));
        return tables;
    }

    /**
     * Copies the base's rows of {@link #COPIED} until {@code size} admissions are in the database: copy {@code k} of
     * a row has {@code ~k} after each changed value (a {@code NULL} stays {@code NULL}).
     */
    private void copy(int size) throws SQLException {
        long base = casesInDatabase();
        int copies = (int) Math.ceil((size - base) / (double) base);
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.dbUser(), settings.dbPassword())) {
            Map<String, List<String>> columns = new LinkedHashMap<>();
            for (String table : COPIED.keySet()) {
                List<String> names = new ArrayList<>();
                try (ResultSet r = c.getMetaData().getColumns(null, "public", table, null)) {
                    while (r.next()) {
                        if (!"YES".equals(r.getString("IS_AUTOINCREMENT"))) {
                            names.add(r.getString("COLUMN_NAME"));
                        }
                    }
                }
                columns.put(table, names);
            }
            for (int k = 1; k <= copies; k++) {
                c.setAutoCommit(false);
                for (Map.Entry<String, List<String>> table : columns.entrySet()) {
                    List<String> changed = COPIED.get(table.getKey());
                    String suffix = "'~" + k + "'";
                    String select = table.getValue().stream()
                            .map(column -> changed.contains(column) ? column + " || " + suffix : column)
                            .collect(Collectors.joining(", "));
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate("INSERT INTO " + table.getKey() + " (" + String.join(", ", table.getValue())
                                + ") SELECT " + select + " FROM " + table.getKey() + " WHERE "
                                + changed.get(0) + " NOT LIKE '%~%'");
                    }
                }
                c.commit();
                if (k % 10 == 0) {
                    System.out.printf("   copied %d times%n", k);
                }
            }
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                for (String table : COPIED.keySet()) {
                    s.execute("ANALYZE " + table);
                }
            }
        }
        System.out.printf("   %d copies in %.0f s%n", copies, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Every tenth task waiting for the applicant's information gets a due date 1 to 30 days past (every task has one
     * since due dates came, a month ahead); ten waiting cases without an incident get one. Answers the tasks past
     * their due date.
     */
    private long giveDueDatesAndIncidents() {
        var tasks = engine.getTaskService();
        List<Task> waiting = tasks.createTaskQuery().taskDefinitionKey("UserTask_RecordInformation").orderByTaskId().asc()
                .list();
        for (int i = 0; i < waiting.size(); i += 10) {
            Task task = waiting.get(i);
            if (task.getDueDate() == null || task.getDueDate().after(new Date())) {
                task.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(1 + i % 30))));
                tasks.saveTask(task);
            }
        }
        var runtime = engine.getRuntimeService();
        waiting.stream().skip(5).limit(10)
                .filter(task -> runtime.createIncidentQuery().processInstanceId(task.getProcessInstanceId()).count() == 0)
                .forEach(task -> runtime.createIncident("benchmark", task.getExecutionId(), "dashboard",
                        "An incident for the dashboard to count."));
        return tasks.createTaskQuery().dueBefore(new Date()).count();
    }

    /**
     * Calls of each operation not counted at each size: the first pay for the caches and, at the first size, for
     * the JIT compiler, which would make the smallest size look slower than it is and the growth smaller.
     */
    private static final int WARM_UP = 25;

    private long casesInDatabase() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("membership-admission").count();
    }

    /** Grows the cases to the given number through the engine; returns the seconds it took. */
    private double load(int size) throws Exception {
        long missing = size - casesInDatabase();
        if (missing <= 0) {
            return 0;
        }
        long start = System.nanoTime();
        int chunk = 99;
        int chunks = (int) ((missing + chunk - 1) / chunk);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> futures = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        for (int c = 0; c < chunks; c++) {
            futures.add(pool.submit((Callable<Object>) () -> {
                admissions.admit(chunk / 3);
                for (int i = 0; i < chunk / 3; i++) {
                    admissions.review(admissions.apply().getId(), "REJECT");
                    admissions.review(admissions.apply().getId(), "MORE_INFORMATION");
                }
                int d = done.incrementAndGet();
                if (d % 20 == 0) {
                    System.out.printf("   loaded %d cases%n", d * chunk);
                }
                return null;
            }));
        }
        for (Future<Object> f : futures) {
            f.get();
        }
        pool.shutdown();
        if (autovacuum != null) {
            autovacuum.afterBulkLoad();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private List<Map<String, Object>> explain(List<String> statements) throws SQLException {
        Set<String> distinct = new LinkedHashSet<>(statements);
        List<Map<String, Object>> plans = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), "postgres", "")) {
            c.setAutoCommit(false);
            for (String sql : distinct) {
                String start = sql.stripLeading().toLowerCase();
                boolean query = start.startsWith("select") || start.startsWith("with");
                StringBuilder plan = new StringBuilder();
                try (Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("EXPLAIN " + (query ? "(ANALYZE) " : "") + sql)) {
                    while (r.next()) {
                        plan.append(r.getString(1)).append('\n');
                    }
                } catch (SQLException e) {
                    plan.append("(not explained: ").append(e.getMessage().lines().findFirst().orElse("")).append(")");
                }
                c.rollback();
                List<String> scans = new ArrayList<>();
                Matcher m = Pattern.compile("Seq Scan on (\\w+)").matcher(plan);
                while (m.find()) {
                    scans.add(m.group(1));
                }
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("statement", sql.replaceAll("\\s+", " ").strip());
                entry.put("sequentialScans", scans);
                entry.put("plan", plan.toString().strip());
                plans.add(entry);
            }
        }
        plans.sort(Comparator.comparing(p -> ((List<?>) p.get("sequentialScans")).isEmpty()));
        return plans;
    }

    private List<String> column(String sql) throws SQLException {
        DataSource dataSource = app.getBean(DataSource.class);
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    // ---- 4: start-up and memory ------------------------------------------------------------------------

    private void startup() throws Exception {
        Path jar = Path.of(settings.jar);
        if (!Files.exists(jar)) {
            markdown.append("Not measured: no application jar at `").append(settings.jar).append("` (run `mvn -Pbench -DskipTests verify`).\n");
            return;
        }
        List<String> bareClasspath = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> BARE_EXCLUDED.stream().noneMatch(entry::contains)).toList();
        // Spring Boot's own layout for running a jar in production (docs/operations.md, "Production"): the classes are read
        // from plain jars, as the bare application's are, instead of from jars nested in the jar
        Path extracted = settings.out.resolve("startup-app");
        deleteTree(extracted);
        exec(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djarmode=tools", "-jar",
                jar.toString(), "extract", "--destination", extracted.toString()));
        Path extractedJar = extracted.resolve(jar.getFileName());
        List<String> oursArgs = List.of("--spring.datasource.url=jdbc:h2:mem:startup;DB_CLOSE_DELAY=-1",
                "--camunda.bpm.history-level=" + settings.history);
        List<Map<String, Object>> runs = new ArrayList<>();
        for (int i = 0; i < settings.startups; i++) {
            runs.add(start("ours", List.of("-jar", extractedJar.toString()), "/actuator/health", oursArgs));
            runs.add(start("bare", List.of("-cp", String.join(java.io.File.pathSeparator, bareClasspath),
                    BareCamundaApplication.class.getName()), "/engine-rest/engine", List.of()));
            runs.add(start("ours, fat jar", List.of("-jar", jar.toString()), "/actuator/health", oursArgs));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        markdown.append("Separate JVMs (default flags), one after the other, each on its own in-memory H2: the application ")
                .append("with the `demo` profile, and a bare `@SpringBootApplication` with only Camunda's webapp and REST ")
                .append("starters of the same versions (test classpath without the application's own classes and ")
                .append("libraries). Both are started from plain jars on the class path: ours from the jar extracted with ")
                .append("`java -Djarmode=tools -jar … extract`, as docs/operations.md (\"Production\") runs it; `java -jar` of the ")
                .append("fat jar itself is measured too. Ready: first answer 200 of `/actuator/health` (ours) or ")
                .append("`/engine-rest/engine` (bare). Memory: VmRSS 2 s after ready. Best of ").append(settings.startups)
                .append(".\n\n| | ready s | RSS MiB |\n|---|---|---|\n");
        for (String who : List.of("ours", "bare", "ours, fat jar")) {
            double ready = runs.stream().filter(r -> who.equals(r.get("who"))).mapToDouble(r -> (Double) r.get("readySeconds")).min().orElse(0);
            double rss = runs.stream().filter(r -> who.equals(r.get("who"))).mapToDouble(r -> (Double) r.get("rssMiB")).min().orElse(0);
            result.put(who, Map.of("readySeconds", round(ready), "rssMiB", round(rss)));
            markdown.append("| ").append(who).append(" | ").append(fmt(ready)).append(" | ").append(fmt(rss)).append(" |\n");
        }
        @SuppressWarnings("unchecked")
        double readyRatio = (Double) ((Map<String, Object>) result.get("ours")).get("readySeconds")
                / (Double) ((Map<String, Object>) result.get("bare")).get("readySeconds");
        @SuppressWarnings("unchecked")
        double rssRatio = (Double) ((Map<String, Object>) result.get("ours")).get("rssMiB")
                / (Double) ((Map<String, Object>) result.get("bare")).get("rssMiB");
        markdown.append("| ours / bare | ").append(fmt(readyRatio)).append(" | ").append(fmt(rssRatio)).append(" |\n");
        result.put("readyRatio", round(readyRatio));
        result.put("rssRatio", round(rssRatio));
        result.put("runs", runs);
        json.put("startup", result);
    }

    private static final List<String> BARE_EXCLUDED = List.of("/target/classes", "flyway", "springdoc", "swagger",
            "spring-boot-actuator", "micrometer-core", "micrometer-jakarta", "mail", "selenium", "greenmail", "jqwik", "archunit", "postgresql",
            "process-test-coverage", "camunda-bpm-assert", "camunda-bpm-junit5", "spin");

    private Map<String, Object> start(String who, List<String> launch, String readyPath, List<String> extra)
            throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launch);
        command.add("--server.port=" + port);
        command.add("--logging.level.root=WARN");
        command.addAll(extra);
        Path log = settings.out.resolve("startup-" + who.replaceAll("\\W+", "-") + ".log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            double ready = Double.NaN;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (System.nanoTime() < deadline && process.isAlive()) {
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + readyPath)).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        ready = (System.nanoTime() - start) / 1e9;
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            if (Double.isNaN(ready)) {
                throw new IllegalStateException(who + " did not become ready; see " + log);
            }
            Thread.sleep(2000);
            double rss = Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")).stream()
                    .filter(l -> l.startsWith("VmRSS")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024.0).orElse(Double.NaN);
            System.out.printf("   %s: ready in %.1f s, %.0f MiB resident%n", who, ready, rss);
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("who", who);
            run.put("readySeconds", round(ready));
            run.put("rssMiB", round(rss));
            return run;
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private String get(String path, String user) {
        return send("GET", path, user, null, 200);
    }

    private String send(String method, String path, String user, String body, int expected) {
        return send(method, path, user, body, expected, "application/json");
    }

    private String send(String method, String path, String user, String body, int expected, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", accept)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String field(String body, String name) {
        try {
            var node = mapper.readTree(body);
            if (node.isArray()) {
                node = node.get(0);
            }
            return node.get(name).asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String toJson(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T timed(List<Long> into, Supplier<T> call) {
        long start = System.nanoTime();
        T result = call.get();
        into.add(System.nanoTime() - start);
        return result;
    }

    private static List<Long> repeat(int n, Supplier<String> call) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            timed(nanos, call);
        }
        return nanos;
    }

    private static long percentile(List<Long> nanos, int p) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static Map<String, Object> stats(List<Long> nanos) {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("count", nanos.size());
        stats.put("medianMs", round(ms(percentile(nanos, 50))));
        stats.put("p95Ms", round(ms(percentile(nanos, 95))));
        return stats;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static String fmt(double value) {
        return value >= 100 ? String.format("%.0f", value) : value >= 10 ? String.format("%.1f", value)
                : String.format("%.2f", value);
    }

    private String exec(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    private String postgresVersion() {
        try (Connection c = DriverManager.getConnection(settings.maintenanceUrl(), "postgres", "");
                Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW server_version")) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            return "(not reached: " + e.getMessage() + ")";
        }
    }

    private void recreatePostgresDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(settings.maintenanceUrl(), "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The benchmark's settings: system properties {@code bench.*}, each with the issue's value as default. */
    private record Settings(boolean quick, boolean postgres, int cases, int[] threads, int batch, int[] sizes,
            int samples, int[] agenda, int restRequests, int pgbenchSeconds, int startups, String history,
            Set<String> sections, String jar, Path out, boolean copies, boolean profile, int retentionCases) {

        static Settings read() {
            boolean quick = Boolean.parseBoolean(value("bench.quick", "false"));
            return new Settings(quick,
                    "postgres".equalsIgnoreCase(value("bench.db", "h2")),
                    Integer.parseInt(value("bench.cases", quick ? "40" : "400")),
                    ints(value("bench.threads", "1,2,4")),
                    Integer.parseInt(value("bench.batch", "20")),
                    ints(value("bench.sizes", quick ? "300,1000" : "1000,10000,100000")),
                    Integer.parseInt(value("bench.samples", quick ? "15" : "50")),
                    ints(value("bench.agenda", quick ? "10,40" : "50,200,800")),
                    Integer.parseInt(value("bench.rest.requests", quick ? "20" : "100")),
                    Integer.parseInt(value("bench.pgbench.seconds", quick ? "5" : "15")),
                    Integer.parseInt(value("bench.startups", quick ? "1" : "3")),
                    value("bench.history", "full"),
                    Arrays.stream(value("bench.sections", "startup,throughput,pgbench,agenda,assembly,names,ballot,rest,growth,dashboard,nodes,retention").split(","))
                            .map(String::strip).collect(Collectors.toSet()),
                    value("bench.jar", "target/association-governance-0.1.0-SNAPSHOT.jar"),
                    Path.of(value("bench.out", "target/bench")).toAbsolutePath(),
                    "copies".equalsIgnoreCase(value("bench.grow", "engine")),
                    Boolean.parseBoolean(value("bench.profile", "false")),
                    Integer.parseInt(value("bench.retention.cases", quick ? "200" : "10000")));
        }

        private static String value(String name, String fallback) {
            String value = System.getProperty(name);
            return value == null || value.isBlank() ? fallback : value.strip();
        }

        private static int[] ints(String list) {
            return Arrays.stream(list.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
        }

        boolean wants(String section) {
            return sections.contains(section);
        }

        String jdbcUrl() {
            if (postgres) {
                return System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://127.0.0.1:5432/gov_bench");
            }
            return "jdbc:h2:file:" + out.resolve("h2").resolve("governance") + ";DB_CLOSE_ON_EXIT=FALSE";
        }

        String dbUser() {
            return System.getenv().getOrDefault("DB_USERNAME", "postgres");
        }

        String dbPassword() {
            return System.getenv().getOrDefault("DB_PASSWORD", "");
        }

        String databaseName() {
            String url = jdbcUrl();
            String tail = url.substring(url.lastIndexOf('/') + 1);
            return tail.contains("?") ? tail.substring(0, tail.indexOf('?')) : tail;
        }

        String maintenanceUrl() {
            String url = jdbcUrl();
            return url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        }

        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("quick", quick);
            map.put("cases", cases);
            map.put("threads", Arrays.toString(threads));
            map.put("batch", batch);
            map.put("sizes", Arrays.toString(sizes));
            map.put("samples", samples);
            map.put("agenda", Arrays.toString(agenda));
            map.put("restRequests", restRequests);
            map.put("history", history);
            map.put("grow", copies ? "copies" : "engine");
            map.put("sections", sections.stream().sorted().toList());
            return map;
        }
    }
}
