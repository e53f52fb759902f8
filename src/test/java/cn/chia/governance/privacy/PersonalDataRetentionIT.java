package cn.chia.governance.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.admission.AdmissionCase;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.documents.AnnualReport;
import cn.chia.governance.documents.AnnualReports;
import cn.chia.governance.meeting.MeetingCase;
import cn.chia.governance.meeting.Meetings;
import cn.chia.governance.process.ProcessConfiguration;

/**
 * The retention of personal data, end to end: three applications with names, e-mail addresses, telephone numbers and
 * identity numbers made up for this run go the ways people's applications go through the engine's REST API (one
 * rejected in review, one declined by its branch, one adopted by the Standing Council in a meeting, the member then
 * withdrawing online and returning the card). The retention is run on chosen days after; then every table of the
 * database, every character, text and binary column of it (byte arrays read as UTF-8), is searched for each of the
 * run's values: none may remain. The minutes and the resolution still read, with the pseudonym; the register still
 * counts the former member; the annual report's counts do not change. A day before the period ends nothing is touched.
 * The runs here take only this test's three cases ({@link RetentionRun#run(LocalDate, java.util.function.Predicate)}):
 * the database holds other tests' cases, which a run years ahead would anonymise under their feet; the run over
 * everything, as the daily job starts it, is PersonalDataRetentionProcessTest's. The meeting's stored JSON (its
 * agenda's cases, matters and titles, Camunda's {@code spin://application/json} values) is rewritten, not deleted:
 * every variable of the meeting is still there and deserializes.
 */
@GovernanceTest
class PersonalDataRetentionIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    DataSource dataSource;
    @Autowired
    RetentionRun retention;
    @Autowired
    AnnualReports reports;
    @Autowired
    GovernanceSettings settings;
    @Autowired
    org.camunda.bpm.engine.HistoryService history;

    /** An applicant of this run: values no other run has. */
    record Person(String name, String email, String phone, String identityNumber) {

        static Person madeUp() {
            StringBuilder name = new StringBuilder("隐");
            for (int i = 0; i < 3; i++) {
                name.append((char) (0x4E00 + RANDOM.nextInt(0x9FA5 - 0x4E00)));
            }
            String phone = "+86 13" + String.format("%09d", RANDOM.nextInt(1_000_000_000));
            return new Person(name.toString(), "p" + UUID.randomUUID().toString().substring(0, 12) + "@example.org", phone,
                    Applications.residentIdentityNumber());
        }

        List<String> markers() {
            return List.of(name, email, phone, identityNumber);
        }

        Map<String, Object> application(boolean viaBranch) {
            Applications.Builder application = Applications.aPerson(name).withEmail(email)
                    .with(AdmissionCase.PHONE, phone).withIdentityNumber(identityNumber);
            if (viaBranch) {
                application.withBranch("branch-beijing");
            }
            return application.asRestVariables();
        }
    }

    @Test
    void anEndedApplicationAndAFormerMemberLeaveNoPersonalDataButTheRecordsStillRead() throws Exception {
        LocalDate today = LocalDate.now(ProcessConfiguration.ASSOCIATION_ZONE);
        Person rejected = Person.madeUp();
        Person declined = Person.madeUp();
        Person member = Person.madeUp();

        // rejected by the Liaison Department in review
        String rejectedCase = start(rejected, false);
        complete("liaison", taskOf("liaison", rejectedCase, AdmissionCase.Step.REVIEW_APPLICATION.id()),
                Map.of(AdmissionCase.REVIEW_DECISION, AdmissionCase.REJECT, AdmissionCase.REASON,
                        "材料不全 Incomplete papers"));
        // declined by the branch
        String declinedCase = start(declined, true);
        complete("branch", taskOf("branch", declinedCase, "UserTask_RecommendCandidate"),
                Map.of(AdmissionCase.RECOMMENDATION, AdmissionCase.DECLINE, AdmissionCase.REASON,
                        "不符合条件 Not eligible"));

        // adopted by the Standing Council in a meeting, then withdrawn
        String memberCase = start(member, false);
        complete("liaison", taskOf("liaison", memberCase, AdmissionCase.Step.REVIEW_APPLICATION.id()),
                Map.of(AdmissionCase.REVIEW_DECISION, AdmissionCase.FORWARD));
        String meeting = (String) post("clerk", "/engine-rest/process-definition/key/" + MeetingCase.PROCESS_KEY + "/start",
                Map.of("variables", variables(Meetings.ofTheStandingCouncil().today().build()))).get("businessKey");
        String confirm = taskOf("clerk", meeting, "UserTask_ConfirmAgenda");
        List<String> others = agenda(confirm).stream().filter(c -> !c.equals(memberCase)).toList();
        complete("clerk", confirm, Meetings.removing(others));
        complete("clerk", taskOf("clerk", meeting, "UserTask_RecordAttendance"), Meetings.attendance(25, 0));
        complete("clerk", taskOf("clerk", meeting, "UserTask_RecordVotes"), Meetings.votes(20, 3, 1, 1));
        // a text near its column's 4 000 characters that names the member often: with the longer pseudonym it no
        // longer fits, and the run must still go through (it failed, and with it every later run)
        String attendanceNote = ("出席：" + member.name() + "；").repeat(3990 / (member.name().length() + 4));
        runtime.setVariable(runtime.createProcessInstanceQuery().processInstanceBusinessKey(meeting).singleResult()
                .getId(), "attendanceNote", attendanceNote);
        complete("clerk", taskOf("clerk", meeting, "UserTask_ConfirmResolution"), Meetings.confirmed());
        String caseInstance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(memberCase)
                .singleResult().getId();
        Job registration = management.createJobQuery().processInstanceId(caseInstance).singleResult();
        management.executeJob(registration.getId());
        Map<String, Object> admitted = members().stream().filter(m -> memberCase.equals(m.get("caseNumber")))
                .findFirst().orElseThrow();
        String membershipNumber = (String) admitted.get("membershipNumber");
        String resolution = (String) admitted.get("resolutionNumber");
        Map<String, Object> secret = post("clerk", "/api/members/" + membershipNumber + "/card-secret", null);
        ResponseEntity<Map> withdrawn = rest.postForEntity("/api/withdrawals", Map.of("membershipNumber", membershipNumber,
                "cardSecret", secret.get("cardSecret")), Map.class);
        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String withdrawal = (String) withdrawn.getBody().get("caseNumber");
        complete("clerk", taskOf("clerk", withdrawal, "UserTask_RecordCardReturn"),
                Map.of("cardReturnedOn", today.toString(), "cardLost", false));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(withdrawal).count()).isZero();

        for (Person person : List.of(rejected, declined, member)) {
            assertThat(scan(person.markers())).as("the search finds what is there: " + person).isNotEmpty();
        }
        assertThat(text(minutes(meeting, "application/json"))).contains(member.name());
        String meetingInstance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(meeting)
                .singleResult().getId();
        List<String> meetingVariables = meetingVariables(meetingInstance);
        int year = today.getYear();
        AnnualReport before = reports.of(year);
        Set<String> ours = Set.of(rejectedCase, declinedCase, memberCase);

        // a day before each period ends: nothing
        LocalDate notAdmittedDue = today.plus(settings.privacy().notAdmittedKeptFor());
        LocalDate formerMemberDue = today.plus(settings.privacy().formerMemberKeptFor());
        retention.run(notAdmittedDue.minusDays(1), ours::contains);
        for (Person person : List.of(rejected, declined, member)) {
            assertThat(scan(List.of(person.name(), person.email()))).as("untouched a day early: " + person)
                    .containsKeys(person.name(), person.email());
        }
        // the applications not admitted: gone on the day; the former member not yet
        RetentionRun.Result first = retention.run(notAdmittedDue, ours::contains);
        assertThat(first.applications()).isEqualTo(2);
        assertThat(first.formerMembers()).isZero();
        assertThat(scan(rejected.markers())).as("the rejected application").isEmpty();
        assertThat(scan(declined.markers())).as("the declined application").isEmpty();
        assertThat(scan(List.of(member.name(), member.email()))).containsKeys(member.name(), member.email());
        retention.run(formerMemberDue.minusDays(1), ours::contains);
        assertThat(scan(List.of(member.name(), member.email()))).as("the former member a day early")
                .containsKeys(member.name(), member.email());
        RetentionRun.Result last = retention.run(formerMemberDue, ours::contains);
        assertThat(last.formerMembers()).isOne();
        assertThat(scan(member.markers())).as("the former member, admitted in a meeting: " + where(member.name()))
                .isEmpty();
        assertThat(retention.run(formerMemberDue, ours::contains)).as("a second run finds nothing more")
                .isEqualTo(new RetentionRun.Result(0, 0));

        // the meeting's history still reads: every variable there, each one deserializes, the name replaced
        assertThat(meetingVariables(meetingInstance)).isEqualTo(meetingVariables);
        String note = (String) history.createHistoricVariableInstanceQuery().processInstanceId(meetingInstance)
                .variableName("attendanceNote").singleResult().getValue();
        assertThat(note).as("cut at its column").hasSize(4000).startsWith("出席：" + Pseudonyms.of(memberCase, true))
                .doesNotContain(member.name());
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(meetingInstance).list())
                .allSatisfy(variable -> assertThat(variable.getErrorMessage()).as(variable.getName()).isNull());
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(meetingInstance)
                .taskDefinitionKey("UserTask_RecordVotes").singleResult().getDescription())
                .isEqualTo(meeting + " · " + memberCase + " · " + Pseudonyms.of(memberCase, true));
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(memberCase).count())
                .as("the admission's own history").isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(withdrawal).count())
                .as("the withdrawal's").isZero();

        // the records still read, with the pseudonym
        String pseudonym = Pseudonyms.of(memberCase, true);
        assertThat(pseudonym).isEqualTo("匿名会员 Anonymised member " + memberCase);
        String minutes = text(minutes(meeting, "application/json"));
        assertThat(minutes).contains(pseudonym, memberCase, resolution).doesNotContain(member.name());
        String pdf = pdfText(minutes(meeting, "application/pdf"));
        assertThat(pdf.replaceAll("\\s+", "")).contains(pseudonym.replaceAll("\\s+", ""), resolution);
        assertThat(text(get("/api/resolutions/" + resolution, "application/json"))).contains(pseudonym);
        assertThat(pdfText(get("/api/resolutions/" + resolution, "application/pdf")).replaceAll("\\s+", ""))
                .contains(pseudonym.replaceAll("\\s+", ""));
        Map<String, Object> former = members().stream().filter(m -> memberCase.equals(m.get("caseNumber"))).findFirst()
                .orElseThrow();
        assertThat(former).containsEntry("name", pseudonym).containsEntry("status", "WITHDRAWN")
                .containsEntry("membershipNumber", membershipNumber).containsEntry("resolutionNumber", resolution);
        AnnualReport after = reports.of(year);
        assertThat(after.membersByKind()).isEqualTo(before.membersByKind());
        assertThat(after.membersByBranch()).isEqualTo(before.membersByBranch());
        assertThat(after.admissions()).hasSameSizeAs(before.admissions());
        assertThat(after.withdrawals()).hasSameSizeAs(before.withdrawals());
        assertThat(after.resolutions()).hasSameSizeAs(before.resolutions());
        assertThat(after.withdrawals()).anySatisfy(change -> assertThat(change.name()).isEqualTo(pseudonym));
        assertThat(Pseudonyms.of(rejectedCase, false)).isEqualTo("匿名申请人 Anonymised applicant " + rejectedCase);
    }

    /**
     * Where any of the values still is: value to "TABLE.COLUMN" of each hit. Every table of the application's schema;
     * every column of a character, text or binary type (binary read as UTF-8).
     */
    private Map<String, List<String>> scan(List<String> markers) throws SQLException {
        Map<String, List<String>> found = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).as("tables of schema " + schema).hasSizeGreaterThan(40);
            for (String table : tables) {
                Map<String, Boolean> columns = new LinkedHashMap<>();
                try (ResultSet rows = meta.getColumns(null, schema, table, "%")) {
                    while (rows.next()) {
                        int type = rows.getInt("DATA_TYPE");
                        Boolean binary = switch (type) {
                            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> true;
                            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR,
                                    Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB, Types.SQLXML, Types.OTHER -> false;
                            default -> null;
                        };
                        if (binary != null) {
                            columns.put(rows.getString("COLUMN_NAME"), binary);
                        }
                    }
                }
                if (columns.isEmpty()) {
                    continue;
                }
                String select = "SELECT " + String.join(", ", columns.keySet().stream().map(c -> "\"" + c + "\"").toList())
                        + " FROM \"" + schema + "\".\"" + table + "\"";
                try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(select)) {
                    while (rows.next()) {
                        int i = 0;
                        for (Map.Entry<String, Boolean> column : columns.entrySet()) {
                            i++;
                            String value;
                            if (column.getValue()) {
                                byte[] bytes = rows.getBytes(i);
                                value = bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
                            } else {
                                value = rows.getString(i);
                            }
                            if (value == null) {
                                continue;
                            }
                            for (String marker : markers) {
                                if (value.contains(marker)) {
                                    found.computeIfAbsent(marker, m -> new ArrayList<>())
                                            .add(table + "." + column.getKey());
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The names of the meeting's variables in its history (task variables too). */
    private List<String> meetingVariables(String instance) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(instance).disableBinaryFetching().list()
                .stream().map(variable -> variable.getName()).sorted().toList();
    }

    /** Which process and variable an engine row naming the value belongs to, to say so when one is left. */
    private List<String> where(String value) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                java.sql.PreparedStatement query = connection.prepareStatement("SELECT v.NAME_, v.PROC_DEF_KEY_,"
                        + " p.BUSINESS_KEY_, v.TASK_ID_ FROM ACT_HI_VARINST v LEFT JOIN ACT_HI_PROCINST p"
                        + " ON p.ID_ = v.PROC_INST_ID_ WHERE v.TEXT_ LIKE ?")) {
            query.setString(1, "%" + value + "%");
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    rows.add(found.getString(1) + " of " + found.getString(2) + " " + found.getString(3) + " task "
                            + found.getString(4));
                }
            }
        }
        return rows;
    }

    private String start(Person person, boolean viaBranch) {
        Map<String, Object> started = post("clerk", "/engine-rest/process-definition/key/" + AdmissionCase.PROCESS_KEY
                + "/start", Map.of("variables", person.application(viaBranch)));
        return (String) started.get("businessKey");
    }

    private void complete(String user, String task, Map<String, Object> values) {
        post(user, "/engine-rest/task/" + task + "/complete", Map.of("variables", variables(values)));
    }

    private List<Map<String, Object>> members() {
        return rest.withBasicAuth("manager", "manager").exchange("/api/members", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    }

    private byte[] minutes(String meeting, String accept) {
        return get("/api/meetings/" + meeting + "/minutes", accept);
    }

    private byte[] get(String path, String accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, accept);
        ResponseEntity<byte[]> answer = rest.withBasicAuth("clerk", "clerk").exchange(path, HttpMethod.GET,
                new HttpEntity<>(headers), byte[].class);
        assertThat(answer.getStatusCode()).as(path + " " + accept).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private String taskOf(String user, String businessKey, String taskKey) {
        ResponseEntity<List<Map<String, Object>>> tasks = rest.withBasicAuth(user, user).exchange(
                "/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + taskKey,
                HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasks.getBody()).as(user + " sees " + taskKey + " of " + businessKey).hasSize(1);
        return (String) tasks.getBody().get(0).get("id");
    }

    @SuppressWarnings("unchecked")
    private List<String> agenda(String confirmTask) {
        ResponseEntity<Map<String, Object>> variable = rest.withBasicAuth("clerk", "clerk").exchange(
                "/engine-rest/task/" + confirmTask + "/variables/agendaCases?deserializeValue=true", HttpMethod.GET,
                null, new ParameterizedTypeReference<>() { });
        return (List<String>) variable.getBody().get("value");
    }

    private Map<String, Object> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map<String, Object>> response = rest.withBasicAuth(user, user).exchange(path, HttpMethod.POST,
                new HttpEntity<>(body, headers), new ParameterizedTypeReference<>() { });
        assertThat(response.getStatusCode().is2xxSuccessful()).as(user + " POST " + path + ": " + response.getBody())
                .isTrue();
        return response.getBody() == null ? Map.of() : response.getBody();
    }

    private static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return variables;
    }
}
