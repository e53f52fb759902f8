package cn.chia.governance.process;

import static cn.chia.governance.charter.ExpulsionCharge.Ground.SERIOUS_VIOLATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import cn.chia.governance.TcpRelay;
import cn.chia.governance.TestProfiles;
import cn.chia.governance.exits.Expulsions;
import cn.chia.governance.filing.Filings;
import cn.chia.governance.meeting.Meetings;

/**
 * Two nodes of the application, two processes on two ports, on one PostgreSQL database: cases started on one
 * are worked on the other, every timer fires once, and a node killed in the middle of a step loses nothing:
 * the other finishes the step once the dead node's lock has expired.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /** How long a node keeps a job it took (5 minutes by default), shortened for the test. */
    private static final int LOCK_TIME_MILLIS = 10_000;
    private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private String databaseUrl;
    private String database;
    private GreenMail mail;
    private TcpRelay relay;
    private ClusterNode a;
    private ClusterNode b;

    @BeforeAll
    void startTwoNodes() throws Exception {
        assumeTrue(TestProfiles.onPostgres(), "a cluster shares a PostgreSQL database (TEST_DATABASE=postgres)");
        Path jar = Path.of(System.getProperty("governance.application-jar", "target/none.jar"));
        assumeTrue(Files.exists(jar), "the packaged application (mvn verify builds it before the integration tests)");
        String suiteUrl = System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://127.0.0.1:5432/governance");
        String suiteDatabase = suiteUrl.substring(suiteUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        database = System.getProperty("governance.cluster-database", suiteDatabase + "_cluster");
        databaseUrl = suiteUrl.replace("/" + suiteDatabase, "/" + database);
        try (Connection suite = connect(suiteUrl); Statement sql = suite.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + database);
        }
        mail = new GreenMail(new ServerSetup(ClusterNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        relay = new TcpRelay("127.0.0.1", mail.getSmtp().getPort());
        List<String> settings = List.of(
                "spring.profiles.active=postgres,demo",
                "spring.datasource.url=" + databaseUrl,
                "spring.datasource.username=" + System.getenv().getOrDefault("DB_USERNAME", "postgres"),
                "spring.datasource.password=" + System.getenv().getOrDefault("DB_PASSWORD", ""),
                "spring.mail.host=127.0.0.1", "spring.mail.port=" + relay.port(),
                "spring.mail.properties.mail.smtp.timeout=60000",
                "camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME_MILLIS,
                "camunda.bpm.job-execution.wait-time-in-millis=500",
                "camunda.bpm.job-execution.max-wait=1000",
                "management.endpoint.health.show-details=never");
        // the first node creates the schema of a new database; the second starts on it
        a = ClusterNode.start("node-a", jar, settings);
        a.awaitUp(Duration.ofSeconds(120));
        b = ClusterNode.start("node-b", jar, settings);
        b.awaitUp(Duration.ofSeconds(120));
    }

    @AfterAll
    void stopTheNodes() throws Exception {
        for (AutoCloseable closing : new AutoCloseable[] {a, b, relay}) {
            if (closing != null) {
                closing.close();
            }
        }
        if (mail != null) {
            mail.stop();
        }
        if (database != null) {
            try (Connection suite = connect(System.getenv().getOrDefault("DB_URL", "")); Statement sql = suite.createStatement()) {
                sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    @Test
    @Order(1)
    void casesStartedOnOneNodeAreWorkedOnTheOtherAndEveryTimerFiresExactlyOnce() throws Exception {
        // three applications entered on node A, for which node B's Liaison Department asks more information
        List<String> lapsing = new ArrayList<>();
        for (String name : List.of("Zhou Yi", "Wu Er", "Zheng San")) {
            String caseNumber = a.post("clerk", "/engine-rest/process-definition/key/membership-admission/start",
                    Map.of("variables", variables(AdoptedAdmissions.applicant(name)))).get("businessKey").asText();
            b.post("liaison", "/engine-rest/task/" + task(b, "liaison", caseNumber, "UserTask_ReviewApplication") + "/complete",
                    Map.of("variables", variables(Map.of("reviewDecision", "MORE_INFORMATION",
                            "informationRequested", "A copy of the doctoral diploma."))));
            lapsing.add(caseNumber);
        }
        // a foreign member's dossier submitted to CAST, which does not answer
        String filing = "APP-2026-990001";
        b.post("admin", "/engine-rest/process-definition/key/foreign-member-filing/start", Map.of("businessKey", filing,
                "variables", variables(Filings.aFiling(filing).of("John Smith").titled("John Smith (foreign member)")
                        .from("University of Cambridge").build())));
        a.post("clerk", "/engine-rest/task/" + task(a, "clerk", filing, "UserTask_PrepareDossier") + "/complete",
                Map.of("variables", variables(Filings.aDossier("Application, CV, two references."))));
        b.post("clerk", "/engine-rest/task/" + task(b, "clerk", filing, "UserTask_SubmitToCast") + "/complete",
                Map.of("variables", variables(Filings.aSubmission(LocalDate.now(ProcessConfiguration.ASSOCIATION_ZONE), "CAST-F-2026-0099"))));
        // a member admitted three years ago who never paid dues, and one admitted last year
        String inactive = "CHIA-2023-000001";
        String accused = "CHIA-2025-000001";
        try (Connection cluster = connect(databaseUrl); PreparedStatement insert = cluster.prepareStatement("""
                INSERT INTO gov_member (membership_number, case_number, kind, name, email, status, admitted_on,
                                        resolution_number, deciding_body)
                VALUES (?, ?, 'INDIVIDUAL', ?, 'member@example.org', 'ACTIVE', ?, 'RES-2023-0001', 'COUNCIL')""")) {
            for (Object[] member : List.of(new Object[] {inactive, "APP-2023-000001", "Sun Si", LocalDate.now(ProcessConfiguration.ASSOCIATION_ZONE).minusYears(3)},
                    new Object[] {accused, "APP-2025-000001", "Li Wu", LocalDate.now(ProcessConfiguration.ASSOCIATION_ZONE).minusYears(1)})) {
                for (int column = 0; column < member.length; column++) {
                    insert.setObject(column + 1, member[column]);
                }
                insert.executeUpdate();
            }
        }
        // an expulsion opened on node B, to which the member does not answer
        String expulsion = b.post("clerk", "/engine-rest/process-definition/key/member-expulsion/start",
                Map.of("variables", variables(Expulsions.anExpulsion().ofMember(accused).onGround(SERIOUS_VIOLATION)
                        .withFacts("Misused the Association's name in advertising.").build()))).get("businessKey").asText();

        // every timer (3 lapsing applications, the member's time to answer, the reminder, the sweep, the check of the
        // bodies' meetings, the check of the tasks' due dates, the retention of personal data) falls due now, set
        // alternately through each node
        JsonNode timers = a.get("admin", "/engine-rest/job?timers=true");
        assertThat(timers).hasSize(9);
        String now = OffsetDateTime.now().minusMinutes(1).format(REST_DATE);
        Map<String, String> fired = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode timer : timers) {
            fired.put(timer.get("id").asText(), timer.get("processInstanceId").asText());
            (i++ % 2 == 0 ? a : b).put("admin", "/engine-rest/job/" + timer.get("id").asText() + "/duedate",
                    Map.of("duedate", now));
        }

        await("every due timer fired", Duration.ofSeconds(60), () -> {
            for (String job : fired.keySet()) {
                if (a.get("admin", "/engine-rest/history/job-log?successLog=true&jobId=" + job).isEmpty()) {
                    return false;
                }
            }
            return true;
        });
        Thread.sleep(3000); // time enough for a second node to fire a timer again, if it could

        Map<String, String> firedBy = new LinkedHashMap<>();
        for (String job : fired.keySet()) {
            JsonNode successes = b.get("admin", "/engine-rest/history/job-log?successLog=true&jobId=" + job);
            assertThat(successes).as("timer job %s fired once", job).hasSize(1);
            firedBy.put(job, successes.get(0).get("hostname").asText());
        }
        assertThat(firedBy.values()).as("fired by a node of the cluster").allMatch(List.of("node-a", "node-b")::contains);
        System.out.println("Timers fired by: " + firedBy);

        for (String caseNumber : lapsing) {
            String instance = historicInstance(caseNumber);
            assertThat(activities(instance, "BoundaryEvent_InformationLapsed")).as(caseNumber).isEqualTo(1);
            assertThat(activities(instance, "EndEvent_ApplicationLapsed")).as(caseNumber).isEqualTo(1);
            assertThat(subjects(caseNumber)).as(caseNumber).filteredOn(s -> s.contains("has lapsed")).hasSize(1);
        }
        assertThat(mailSubjects()).filteredOn(s -> s.contains("has lapsed")).hasSize(3);

        String expulsionInstance = historicInstance(expulsion);
        assertThat(activities(expulsionInstance, "BoundaryEvent_AnswerTimeOver")).isEqualTo(1);
        assertThat(activities(expulsionInstance, "Event_DecisionTaken")).as("waits for the vote").isEqualTo(1);

        String filingInstance = historicInstance(filing);
        assertThat(activities(filingInstance, "BoundaryEvent_CastSilent")).isEqualTo(1);
        assertThat(activities(filingInstance, "ServiceTask_RemindSecretariat")).isEqualTo(1);
        assertThat(subjects(filing)).filteredOn(s -> s.contains("has not answered")).hasSize(1);
        assertThat(a.get("clerk", "/engine-rest/task?processInstanceBusinessKey=" + filing)).as("still waits for CAST")
                .hasSize(1);
        JsonNode nextReminder = a.get("admin", "/engine-rest/job?timers=true&processInstanceId=" + filingInstance);
        assertThat(nextReminder).hasSize(1);
        assertThat(OffsetDateTime.parse(nextReminder.get(0).get("dueDate").asText(), REST_DATE))
                .isAfter(OffsetDateTime.now().plusDays(29));

        assertThat(a.get("admin", "/engine-rest/history/process-instance?processDefinitionKey=inactivity-sweep"))
                .as("one sweep").hasSize(1);
        // no Council has met since the demo term began on 27 July 2022: due by 27 July 2023, long past
        assertThat(a.get("admin", "/engine-rest/history/process-instance?processDefinitionKey=meeting-cadence"))
                .as("one check of the meetings").hasSize(1);
        assertThat(a.get("admin", "/engine-rest/history/process-instance?processDefinitionKey=personal-data-retention"))
                .as("one retention run").hasSize(1);
        assertThat(subjects("CAD-COUNCIL-2023-07-27")).as("the Secretariat warned once").singleElement().asString()
                .contains("The Council has not met in time");
        assertThat(b.get("clerk", "/api/members/" + inactive).toString()).contains("WITHDRAWN");
        try (Connection cluster = connect(databaseUrl); Statement sql = cluster.createStatement();
                ResultSet withdrawals = sql.executeQuery("SELECT COUNT(*), MIN(case_number) FROM gov_member_status"
                        + " WHERE membership_number = '" + inactive + "' AND status = 'WITHDRAWN'")) {
            withdrawals.next();
            assertThat(withdrawals.getInt(1)).as("withdrawn once").isEqualTo(1);
            assertThat(subjects(withdrawals.getString(2))).as("told once").hasSize(1);
        }
    }

    @Test
    @Order(2)
    void aNodeKilledWhileRegisteringAMemberLosesNothingAndTheOtherNodeFinishesOnce() throws Exception {
        String caseNumber = b.post("clerk", "/engine-rest/process-definition/key/membership-admission/start",
                Map.of("variables", variables(AdoptedAdmissions.applicant("Feng Wu")))).get("businessKey").asText();
        a.post("liaison", "/engine-rest/task/" + task(a, "liaison", caseNumber, "UserTask_ReviewApplication") + "/complete",
                Map.of("variables", variables(Map.of("reviewDecision", "FORWARD"))));
        String meeting = a.post("clerk", "/engine-rest/process-definition/key/governance-meeting/start",
                Map.of("variables", variables(Meetings.ofTheStandingCouncil().on(LocalDate.now(ProcessConfiguration.ASSOCIATION_ZONE)).build())))
                .get("businessKey").asText();
        String confirm = task(b, "clerk", meeting, "UserTask_ConfirmAgenda");
        List<String> others = new ArrayList<>();
        b.get("clerk", "/engine-rest/task/" + confirm + "/variables/agendaCases?deserializeValue=true").get("value")
                .forEach(item -> {
                    if (!item.asText().equals(caseNumber)) {
                        others.add(item.asText());
                    }
                });
        b.post("clerk", "/engine-rest/task/" + confirm + "/complete",
                Map.of("variables", variables(Meetings.removing(others))));
        a.post("clerk", "/engine-rest/task/" + task(a, "clerk", meeting, "UserTask_RecordAttendance") + "/complete",
                Map.of("variables", variables(Meetings.attendance(25, 0))));

        // the mail server hangs when the admitted member is told: whichever node registers the member is caught there
        relay.stallNextConnection();
        b.post("clerk", "/engine-rest/task/" + task(b, "clerk", meeting, "UserTask_RecordVotes") + "/complete",
                Map.of("variables", variables(Meetings.votes(20, 3, 2))));
        b.post("clerk", "/engine-rest/task/" + task(b, "clerk", meeting, "UserTask_ConfirmResolution") + "/complete",
                Map.of("variables", variables(Meetings.confirmed())));
        String holder = await("a node holds the registration in an open transaction", Duration.ofSeconds(30), () -> {
            try (Connection cluster = connect(databaseUrl); Statement sql = cluster.createStatement();
                    ResultSet rows = sql.executeQuery("SELECT application_name FROM pg_stat_activity"
                            + " WHERE datname = current_database() AND state = 'idle in transaction'"
                            + " AND application_name LIKE 'node-%' AND now() - xact_start > interval '1 second'")) {
                return rows.next() ? rows.getString(1) : null;
            }
        });
        ClusterNode killed = holder.equals(a.name) ? a : b;
        ClusterNode survivor = killed == a ? b : a;
        String job;
        long lockExpires;
        try (Connection cluster = connect(databaseUrl); Statement sql = cluster.createStatement();
                ResultSet rows = sql.executeQuery("SELECT j.id_, j.lock_exp_time_ FROM act_ru_job j"
                        + " JOIN act_ru_execution e ON e.id_ = j.process_instance_id_"
                        + " WHERE e.business_key_ = '" + caseNumber + "' AND j.lock_owner_ IS NOT NULL")) {
            assertThat(rows.next()).as("the registration job is locked").isTrue();
            job = rows.getString(1);
            lockExpires = rows.getTimestamp(2).getTime();
        }
        killed.kill();
        assertThat(killed.alive()).isFalse();

        await(survivor + " finishes the admission", Duration.ofSeconds(60), () ->
                !survivor.get("admin", "/engine-rest/history/job-log?successLog=true&jobId=" + job).isEmpty());
        JsonNode success = survivor.get("admin", "/engine-rest/history/job-log?successLog=true&jobId=" + job);
        assertThat(success).hasSize(1);
        assertThat(success.get(0).get("hostname").asText()).isEqualTo(survivor.name);
        assertThat(OffsetDateTime.parse(success.get(0).get("timestamp").asText(), REST_DATE).toInstant().toEpochMilli())
                .as("after the dead node's lock expired").isGreaterThanOrEqualTo(lockExpires - 1000);

        JsonNode members = survivor.get("clerk", "/api/members");
        List<JsonNode> admitted = new ArrayList<>();
        members.forEach(member -> {
            if (caseNumber.equals(member.get("caseNumber").asText())) {
                admitted.add(member);
            }
        });
        assertThat(admitted).as("admitted once").hasSize(1);
        assertThat(subjects(caseNumber, survivor)).filteredOn(s -> s.startsWith("Welcome")).hasSize(1);
        assertThat(mailSubjects()).filteredOn(s -> s.startsWith("Welcome")).hasSize(1);
        assertThat(activities(historicInstance(caseNumber, survivor), "EndEvent_MemberAdmitted", survivor)).isEqualTo(1);
    }

    private String task(ClusterNode node, String user, String businessKey, String taskKey) throws Exception {
        JsonNode tasks = node.get(user, "/engine-rest/task?processInstanceBusinessKey=" + businessKey
                + "&taskDefinitionKey=" + taskKey);
        assertThat(tasks).as("%s sees %s of %s on %s", user, taskKey, businessKey, node).hasSize(1);
        return tasks.get(0).get("id").asText();
    }

    private String historicInstance(String businessKey) throws Exception {
        return historicInstance(businessKey, a.alive() ? a : b);
    }

    private String historicInstance(String businessKey, ClusterNode node) throws Exception {
        JsonNode instances = node.get("admin", "/engine-rest/history/process-instance?processInstanceBusinessKey=" + businessKey);
        assertThat(instances).hasSize(1);
        return instances.get(0).get("id").asText();
    }

    private int activities(String instance, String activity) throws Exception {
        return activities(instance, activity, a.alive() ? a : b);
    }

    private int activities(String instance, String activity, ClusterNode node) throws Exception {
        return node.get("admin", "/engine-rest/history/activity-instance?processInstanceId=" + instance
                + "&activityId=" + activity).size();
    }

    private List<String> subjects(String caseNumber) throws Exception {
        return subjects(caseNumber, a.alive() ? a : b);
    }

    private List<String> subjects(String caseNumber, ClusterNode node) throws Exception {
        List<String> subjects = new ArrayList<>();
        node.get("clerk", "/api/cases/" + caseNumber + "/notifications")
                .forEach(message -> subjects.add(message.get("subject").asText()));
        return subjects;
    }

    private List<String> mailSubjects() throws Exception {
        List<String> subjects = new ArrayList<>();
        for (jakarta.mail.internet.MimeMessage message : mail.getReceivedMessages()) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }

    private static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return variables;
    }

    private static Connection connect(String url) throws Exception {
        return DriverManager.getConnection(url, System.getenv().getOrDefault("DB_USERNAME", "postgres"),
                System.getenv().getOrDefault("DB_PASSWORD", ""));
    }

    private static <T> T await(String what, Duration timeout, Callable<T> condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            T result = condition.call();
            if (result != null && !Boolean.FALSE.equals(result)) {
                return result;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Not within " + timeout + ": " + what);
    }
}
