package cn.chia.governance.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.chia.governance.Clerks;
import cn.chia.governance.TestApplications;
import cn.chia.governance.TestProfiles;
import cn.chia.governance.admission.AdmissionCase;
import cn.chia.governance.meeting.MeetingCase;
import cn.chia.governance.meeting.Meetings;

/**
 * The restore drill of docs/operations.md ("Backup and restore"), on the suite's database: a backup taken while the
 * application runs, in the middle of the procedures (an application before the Liaison Department, a Standing Council
 * meeting under way with another on its agenda), restored into a new database, where the application starts and the
 * open cases go on to the end: both applicants are in the member register. What was done after the backup is not
 * there: neither the case opened afterwards nor the review completed afterwards. H2: the administrator's online
 * backup ({@code BACKUP TO}, {@code POST /api/database/backup}), restored by unzipping into a new data directory.
 * PostgreSQL: {@code pg_dump -Fc} and {@code pg_restore} into a new database, as the operator runs them.
 */
@Tag(TestApplications.OWN_APPLICATION)
class BackupRestoreIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path files;

    @Test
    void aBackupTakenMidProcedureRestoresIntoANewDatabaseWhereTheOpenCasesGoOnToTheEnd() throws Exception {
        Database database = TestProfiles.onPostgres() ? new PostgreSql() : new H2();
        try {
            backUpAndRestore(database);
        } finally {
            database.drop();
        }
    }

    private void backUpAndRestore(Database database) throws Exception {
        String inReview;
        String onTheAgenda;
        String meeting;
        String openedAfterTheBackup;
        Path backup;
        try (ConfigurableApplicationContext running = TestApplications.startAlone(TestProfiles.profiles(),
                "spring.datasource.url=" + database.original())) {
            Clerks people = people(running);
            inReview = people.start("clerk", AdmissionCase.PROCESS_KEY, AdoptedAdmissions.applicant("Qian Xuesen")).ok()
                    .json().get("businessKey").toString();
            onTheAgenda = people.caseOnTheAgenda("Deng Jiaxian");
            meeting = openMeeting(people);
            people.complete("clerk", people.task("clerk", meeting, "UserTask_RecordAttendance"),
                    Meetings.attendance(25, 0)).ok();

            backup = database.backUp(running);

            openedAfterTheBackup = people.start("clerk", AdmissionCase.PROCESS_KEY,
                    AdoptedAdmissions.applicant("Zhao Zhongyao")).ok().json().get("businessKey").toString();
            people.complete("liaison", people.task("liaison", inReview, "UserTask_ReviewApplication"),
                    Map.of("reviewDecision", "FORWARD")).ok();
        }

        try (ConfigurableApplicationContext again = TestApplications.startAlone(TestProfiles.profiles(),
                "spring.datasource.url=" + database.restore(backup))) {
            Clerks people = people(again);
            ProcessEngine engine = again.getBean(ProcessEngine.class);
            assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(openedAfterTheBackup).count()).as("the case opened after the backup").isZero();
            assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(inReview)
                    .taskDefinitionKey("UserTask_ReviewApplication").count()).as("the review done after the backup").isOne();

            // the meeting under way goes on: its vote adopts the application on its agenda
            people.complete("clerk", people.task("clerk", meeting, "UserTask_RecordVotes"), Meetings.votes(20, 3, 2)).ok();
            people.complete("clerk", people.task("clerk", meeting, "UserTask_ConfirmResolution"), Meetings.confirmed()).ok();
            registerTheAdmitted(engine);

            // the application before the Liaison Department is reviewed again, and adopted at the next meeting
            people.complete("liaison", people.task("liaison", inReview, "UserTask_ReviewApplication"),
                    Map.of("reviewDecision", "FORWARD")).ok();
            String next = openMeeting(people);
            people.complete("clerk", people.task("clerk", next, "UserTask_RecordAttendance"), Meetings.attendance(25, 0)).ok();
            people.complete("clerk", people.task("clerk", next, "UserTask_RecordVotes"), Meetings.votes(21, 2, 2)).ok();
            people.complete("clerk", people.task("clerk", next, "UserTask_ConfirmResolution"), Meetings.confirmed()).ok();
            registerTheAdmitted(engine);

            List<String> register = new ArrayList<>();
            JSON.readTree(people.call("clerk", HttpMethod.GET, "/api/members", null).ok().body())
                    .forEach(member -> register.add(member.get("caseNumber").asText()));
            assertThat(register).as("the member register").containsExactlyInAnyOrder(onTheAgenda, inReview);
            for (String admitted : List.of(onTheAgenda, inReview)) {
                assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                        .processInstanceId(engine.getHistoryService().createHistoricProcessInstanceQuery()
                                .processInstanceBusinessKey(admitted).singleResult().getId())
                        .activityId("EndEvent_MemberAdmitted").count()).as("%s ended admitted", admitted).isOne();
            }
        }
    }

    private static Clerks people(ConfigurableApplicationContext app) {
        return new Clerks(new TestRestTemplate(new RestTemplateBuilder()
                .rootUri("http://localhost:" + app.getEnvironment().getProperty("local.server.port"))));
    }

    /** A Standing Council meeting today, its agenda as gathered (the cases waiting), confirmed: it waits for the roll. */
    private static String openMeeting(Clerks people) {
        String meeting = people.start("clerk", MeetingCase.PROCESS_KEY, Meetings.ofTheStandingCouncil().today().build())
                .ok().json().get("businessKey").toString();
        people.complete("clerk", people.task("clerk", meeting, "UserTask_ConfirmAgenda"), Meetings.removing(List.of())).ok();
        return meeting;
    }

    /** The job executor's work, done here: the asynchronous step that registers an admitted member. */
    private static void registerTheAdmitted(ProcessEngine engine) {
        List<Job> registrations = engine.getManagementService().createJobQuery()
                .activityId(AdmissionCase.Step.REGISTER_MEMBER.id()).list();
        assertThat(registrations).isNotEmpty();
        registrations.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }

    /** The database of the test, its backup and its restore as docs/operations.md gives them. */
    private interface Database {
        String original() throws Exception;

        Path backUp(ConfigurableApplicationContext running) throws Exception;

        String restore(Path backup) throws Exception;

        void drop() throws Exception;
    }

    /** H2: a file database; the administrator's online backup; restored by unzipping into a new data directory. */
    private final class H2 implements Database {

        @Override
        public String original() {
            return "jdbc:h2:file:" + files.resolve("data").resolve("governance");
        }

        @Override
        public Path backUp(ConfigurableApplicationContext running) throws IOException {
            Clerks.Answer made = people(running).post("admin", "/api/database/backup", Map.of());
            assertThat(made.status()).as(made.body()).isEqualTo(201);
            Path zip = Path.of(made.json().get("file").toString());
            assertThat(zip).as("beside the database, in backups/").hasParent(files.resolve("data").resolve("backups"));
            assertThat(((Number) made.json().get("bytes")).longValue()).isPositive().isEqualTo(Files.size(zip));
            return zip;
        }

        @Override
        public String restore(Path backup) throws IOException {
            Path directory = files.resolve("restored");
            Files.createDirectories(directory);
            try (InputStream in = Files.newInputStream(backup); ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    Files.copy(zip, directory.resolve(entry.getName()));
                }
            }
            assertThat(directory.resolve("governance.mv.db")).exists();
            return "jdbc:h2:file:" + directory.resolve("governance");
        }

        @Override
        public void drop() {
            // the files go with the test's directory
        }
    }

    /** PostgreSQL: a new database beside the suite's; pg_dump -Fc while the application runs; pg_restore into another. */
    private final class PostgreSql implements Database {

        private final String suiteUrl = System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://127.0.0.1:5432/governance");
        private final String user = System.getenv().getOrDefault("DB_USERNAME", "postgres");
        private final String password = System.getenv().getOrDefault("DB_PASSWORD", "");
        private final String suite = suiteUrl.substring(suiteUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        private final URI server = URI.create(suiteUrl.substring("jdbc:".length()));

        @Override
        public String original() throws Exception {
            return create(suite + "_backup");
        }

        @Override
        public Path backUp(ConfigurableApplicationContext running) throws Exception {
            Path dump = files.resolve("governance.dump");
            run("pg_dump", "-Fc", "-h", server.getHost(), "-p", String.valueOf(server.getPort()), "-U", user,
                    "-f", dump.toString(), suite + "_backup");
            return dump;
        }

        @Override
        public String restore(Path backup) throws Exception {
            String url = create(suite + "_restored");
            run("pg_restore", "-h", server.getHost(), "-p", String.valueOf(server.getPort()), "-U", user,
                    "-d", suite + "_restored", "--no-owner", backup.toString());
            return url;
        }

        @Override
        public void drop() throws Exception {
            try (Connection connection = DriverManager.getConnection(suiteUrl, user, password);
                    Statement sql = connection.createStatement()) {
                sql.execute("DROP DATABASE IF EXISTS " + suite + "_backup WITH (FORCE)");
                sql.execute("DROP DATABASE IF EXISTS " + suite + "_restored WITH (FORCE)");
            }
        }

        private String create(String database) throws Exception {
            try (Connection connection = DriverManager.getConnection(suiteUrl, user, password);
                    Statement sql = connection.createStatement()) {
                sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                sql.execute("CREATE DATABASE " + database);
            }
            return suiteUrl.replace("/" + suite, "/" + database);
        }

        private void run(String... command) throws Exception {
            ProcessBuilder tool = new ProcessBuilder(command).redirectErrorStream(true);
            tool.environment().put("PGPASSWORD", password);
            Process process = tool.start();
            String output = new String(process.getInputStream().readAllBytes());
            assertThat(process.waitFor()).as("%s: %s", String.join(" ", command), output).isZero();
        }
    }
}
