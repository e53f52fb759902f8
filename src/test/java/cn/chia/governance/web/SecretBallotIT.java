package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.ballot.BallotCase;
import cn.chia.governance.ballot.Ballots;

/**
 * An electronic election by secret ballot through {@code /engine-rest}, as electors and the Secretariat use it, and
 * then the search for anyone's vote in everything the application keeps.
 */
@GovernanceTest
class SecretBallotIT {

    static final String PASSWORD = "Secret-Ballot-2026!";
    static final List<String> CANDIDATES = List.of("Candidate A", "Candidate B", "Candidate C", "Candidate D");
    /** What each elector chooses, in an order no list of candidates has, so that a trace of it cannot be mistaken. */
    static final List<List<String>> CHOICES = List.of(List.of("Candidate D", "Candidate A"),
            List.of("Candidate C", "Candidate A"), List.of("Candidate D", "Candidate B"), List.of("Candidate A"),
            List.of());

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identity;
    @Autowired
    HistoryService history;
    @Autowired
    DataSource dataSource;

    private ResponseEntity<List<Map<String, Object>>> list(String user, String path) {
        return rest.withBasicAuth(user, password(user)).exchange(path, HttpMethod.GET, null,
                new ParameterizedTypeReference<>() { });
    }

    private ResponseEntity<String> post(String user, String path, Map<String, Object> body) {
        return rest.withBasicAuth(user, password(user)).exchange(path, HttpMethod.POST, new HttpEntity<>(body), String.class);
    }

    private static String password(String user) {
        return user.startsWith("ballotelector") ? PASSWORD : user;
    }

    private static Map<String, Object> choices(List<String> names) {
        return Map.of("variables", Map.of(BallotCase.CHOICES, Map.of("value", Ballots.json(names), "type", "Json")));
    }

    private String taskOf(String user, String instance, String activity) {
        List<Map<String, Object>> tasks = list(user, "/engine-rest/task?processInstanceId=" + instance
                + "&taskDefinitionKey=" + activity).getBody();
        assertThat(tasks).as(user + " sees one task").hasSize(1);
        return (String) tasks.get(0).get("id");
    }

    @Test
    void fiveElectorsVoteInSecretAndTheResultAppearsOnlyOnceTheBallotCloses() throws Exception {
        List<String> electors = Ballots.electors(identity, "ballotelector", 5, PASSWORD);
        ResponseEntity<Map<String, Object>> started = rest.withBasicAuth("clerk", "clerk").exchange(
                "/engine-rest/process-definition/key/ballot/start", HttpMethod.POST, new HttpEntity<>(Map.of("variables", Map.of(
                        BallotCase.ELECTING_BODY, Map.of("value", "GENERAL_ASSEMBLY"),
                        BallotCase.OFFICE, Map.of("value", "DIRECTOR"),
                        BallotCase.SEATS, Map.of("value", 2, "type", "Integer"),
                        BallotCase.CANDIDATES, Map.of("value", Ballots.json(CANDIDATES), "type", "Json"),
                        BallotCase.MODE, Map.of("value", "ELECTRONIC"),
                        BallotCase.ELECTORS, Map.of("value", Ballots.json(electors))))),
                new ParameterizedTypeReference<>() { });
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        String instance = (String) started.getBody().get("id");
        String caseNumber = (String) started.getBody().get("businessKey");

        // each elector sees only their own ballot; one may not cast another's
        String firstBallot = taskOf(electors.get(0), instance, BallotCase.CAST_BALLOT);
        assertThat(post(electors.get(1), "/engine-rest/task/" + firstBallot + "/complete", choices(List.of("Candidate B")))
                .getStatusCode().is4xxClientError()).isTrue();
        // too many choices, someone who is no candidate: refused, the ballot still open
        assertThat(post(electors.get(0), "/engine-rest/task/" + firstBallot + "/complete",
                choices(List.of("Candidate A", "Candidate B", "Candidate C"))).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> stranger = post(electors.get(0), "/engine-rest/task/" + firstBallot + "/complete",
                choices(List.of("Somebody Else")));
        assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(stranger.getBody()).contains("not candidates of this round").doesNotContain("Somebody Else");

        for (int i = 0; i < electors.size(); i++) {
            String elector = electors.get(i);
            String ballot = taskOf(elector, instance, BallotCase.CAST_BALLOT);
            String door = i % 2 == 0 ? "/complete" : "/submit-form";
            ResponseEntity<String> cast = post(elector, "/engine-rest/task/" + ballot + door, choices(CHOICES.get(i)));
            assertThat(cast.getStatusCode()).as(elector + " " + cast.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
            // a second ballot: the task is gone
            assertThat(post(elector, "/engine-rest/task/" + ballot + "/complete", choices(List.of("Candidate B")))
                    .getStatusCode().is2xxSuccessful()).as("a second ballot of " + elector).isFalse();
        }

        // before the close: nobody reads a count, not the administrator, not the Secretariat
        for (String reader : List.of("admin", "clerk", "manager")) {
            assertThat(rest.withBasicAuth(reader, reader).getForEntity("/api/ballots/" + caseNumber + "/minutes",
                    String.class).getStatusCode()).as(reader).isEqualTo(HttpStatus.NOT_FOUND);
        }
        ResponseEntity<Map<String, Map<String, Object>>> variables = rest.withBasicAuth("admin", "admin").exchange(
                "/engine-rest/process-instance/" + instance + "/variables?deserializeValues=false", HttpMethod.GET, null,
                new ParameterizedTypeReference<>() { });
        assertThat(variables.getBody()).doesNotContainKeys(BallotCase.CHOICES, BallotCase.RESOLUTION_NUMBER);
        assertThat(variables.getBody().get(BallotCase.ELECTED).get("value")).isEqualTo("[]");
        assertThat(variables.getBody().get(BallotCase.RESULT).get("value")).isEqualTo("");

        String close = taskOf("clerk", instance, "UserTask_CloseBallot");
        assertThat(post("clerk", "/engine-rest/task/" + close + "/complete", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        // the result, once closed: A 3, D 2, C 1, B 1 of 5 valid ballots (one blank); more than half is 3
        List<Map<String, Object>> elected = list("clerk", "/engine-rest/history/variable-instance?deserializeValues=false&processInstanceId="
                + instance + "&variableName=" + BallotCase.ELECTED).getBody();
        assertThat(elected).singleElement().satisfies(v -> assertThat(v.get("value")).isEqualTo("[\"Candidate A\"]"));
        List<Map<String, Object>> resolution = list("clerk", "/engine-rest/history/variable-instance?processInstanceId="
                + instance + "&variableName=" + BallotCase.RESOLUTION_NUMBER).getBody();
        assertThat((String) resolution.get(0).get("value")).matches("RES-\\d{4}-\\d{4}");
        ResponseEntity<Map<String, Object>> minutes = rest.withBasicAuth("clerk", "clerk").exchange(
                "/api/ballots/" + caseNumber + "/minutes", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(minutes.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(minutes.getBody()).containsEntry("resolutionNumber", resolution.get(0).get("value"))
                .containsEntry("elected", List.of("Candidate A")).containsEntry("unfilled", 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> round = ((List<Map<String, Object>>) minutes.getBody().get("rounds")).get(0);
        assertThat(round).containsEntry("electors", 5).containsEntry("ballotsCast", 5).containsEntry("voters", 5)
                .containsEntry("validBallots", 5).containsEntry("votes",
                        Map.of("Candidate A", 3, "Candidate B", 1, "Candidate C", 1, "Candidate D", 2));
        assertThat(minutes.getBody().toString()).doesNotContain("ballotelector");
        // once closed, the minutes are the record readers' as a meeting's are: not a branch's, a reviewer's, an elector's
        for (String other : List.of("branch", "liaison", electors.get(0))) {
            String password = other.equals(electors.get(0)) ? PASSWORD : other;
            assertThat(rest.withBasicAuth(other, password).getForEntity("/api/ballots/" + caseNumber + "/minutes",
                    String.class).getStatusCode()).as(other).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(rest.getForEntity("/api/ballots/" + caseNumber + "/minutes", String.class).getStatusCode())
                .as("anonymous").isEqualTo(HttpStatus.UNAUTHORIZED);

        noVoteCanBeFound(instance, electors);
    }

    /** The engine's history through its API, then every table of the database through JDBC. */
    private void noVoteCanBeFound(String instance, List<String> electors) throws Exception {
        List<String> ballotTasks = history.createHistoricTaskInstanceQuery().processInstanceId(instance)
                .taskDefinitionKey(BallotCase.CAST_BALLOT).list().stream().map(task -> task.getId()).toList();
        assertThat(ballotTasks).hasSize(5);
        List<HistoricDetail> details = history.createHistoricDetailQuery().processInstanceId(instance).list();
        assertThat(details).noneMatch(detail -> ballotTasks.contains(detail.getTaskId()));
        assertThat(details).noneMatch(detail -> detail instanceof HistoricFormField field
                && BallotCase.CHOICES.equals(field.getFieldId()));
        assertThat(details).noneMatch(detail -> detail instanceof HistoricVariableUpdate update
                && BallotCase.CHOICES.equals(update.getVariableName()));
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
                .noneMatch(variable -> BallotCase.CHOICES.equals(variable.getName())
                        || ballotTasks.contains(variable.getTaskId()));
        for (String task : ballotTasks) {
            for (UserOperationLogEntry entry : history.createUserOperationLogQuery().taskId(task).list()) {
                assertThat(entry.getProperty()).isNotEqualTo(BallotCase.CHOICES);
                assertThat(String.valueOf(entry.getNewValue())).doesNotContain("Candidate");
            }
        }

        List<String> traces = new ArrayList<>();
        for (List<String> choice : CHOICES.subList(0, 3)) {
            traces.add(choice.get(0) + "\",\"" + choice.get(1));
            traces.add(choice.get(0) + "\", \"" + choice.get(1));
        }
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if ((name.startsWith("act_") || name.startsWith("gov_"))
                            && !"information_schema".equalsIgnoreCase(rs.getString("TABLE_SCHEM"))) {
                        tables.add(rs.getString("TABLE_NAME"));
                    }
                }
            }
            assertThat(tables).extracting(t -> t.toLowerCase(Locale.ROOT)).contains("act_hi_detail", "gov_ballot_count");
            try (Statement statement = connection.createStatement()) {
                for (String table : tables) {
                    try (ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                        int columns = rows.getMetaData().getColumnCount();
                        while (rows.next()) {
                            StringBuilder row = new StringBuilder();
                            for (int c = 1; c <= columns; c++) {
                                Object value = rows.getObject(c);
                                row.append(text(value)).append('|');
                            }
                            for (String trace : traces) {
                                assertThat(row.toString()).as("a row of " + table).doesNotContain(trace);
                            }
                            if (table.toLowerCase(Locale.ROOT).startsWith("gov_ballot")
                                    && !table.equalsIgnoreCase("gov_ballot_voter")) {
                                for (String elector : electors) {
                                    assertThat(row.toString()).as("a row of " + table).doesNotContain(elector);
                                }
                            }
                        }
                    }
                }
            }
            // the ballot box has no column for a voter or a time; the roll of voters none for a choice or a time
            assertThat(columns(meta, "gov_ballot_count")).containsExactlyInAnyOrder("ballot_key", "round_number",
                    "position", "candidate", "votes");
            assertThat(columns(meta, "gov_ballot_voter")).containsExactlyInAnyOrder("ballot_key", "round_number",
                    "user_id");
        }
    }

    private static List<String> columns(DatabaseMetaData meta, String table) throws Exception {
        List<String> columns = new ArrayList<>();
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet rs = meta.getColumns(null, null, name, "%")) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    private static String text(Object value) throws Exception {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof Blob blob) {
            return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return String.valueOf(value);
    }
}
