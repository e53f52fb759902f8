package cn.chia.governance.web;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a person would notice if something changed behind the procedures: the register's rows, the running
 * cases (instances, their activities, variables, tasks with assignee and candidates, event subscriptions,
 * jobs with due dates and retries, incidents), deployments and definitions, users, groups, memberships,
 * authorizations and filters, comments and attachments, and the history that can be deleted or given a
 * removal time. Revision counters and the last-updated stamp of a task are left out: a claim given back
 * leaves them moved but nothing else.
 */
record EngineState(Map<String, Set<String>> tables) {

    /** Tables read whole, but for the columns named after them. */
    private static final Map<String, List<String>> WHOLE = new LinkedHashMap<>();
    /** Tables of which only some columns matter. */
    private static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        for (String table : List.of("ACT_RU_EXECUTION", "ACT_RU_VARIABLE", "ACT_RU_JOBDEF", "ACT_RU_IDENTITYLINK",
                "ACT_RU_EVENT_SUBSCR", "ACT_RU_INCIDENT", "ACT_RU_AUTHORIZATION", "ACT_RU_FILTER", "ACT_RU_EXT_TASK",
                "ACT_RU_BATCH", "ACT_RU_CASE_EXECUTION", "ACT_RU_CASE_SENTRY_PART", "ACT_RE_DEPLOYMENT",
                "ACT_RE_PROCDEF", "ACT_RE_DECISION_DEF", "ACT_RE_DECISION_REQ_DEF", "ACT_RE_CASE_DEF",
                "ACT_RE_CAMFORMDEF", "ACT_ID_GROUP", "ACT_ID_MEMBERSHIP", "ACT_ID_TENANT", "ACT_ID_TENANT_MEMBER",
                "ACT_ID_INFO", "ACT_GE_BYTEARRAY", "ACT_HI_COMMENT", "ACT_HI_ATTACHMENT")) {
            WHOLE.put(table, List.of());
        }
        WHOLE.put("ACT_RU_TASK", List.of("LAST_UPDATED_"));
        WHOLE.put("ACT_RU_JOB", List.of("LOCK_OWNER_", "LOCK_EXP_TIME_"));
        // failed logins are counted per user: someone else's wrong password is not a change of the register
        WHOLE.put("ACT_ID_USER", List.of("ATTEMPTS_", "LOCK_EXP_TIME_"));
        PARTS.put("ACT_HI_PROCINST", "ID_, STATE_, END_TIME_, DELETE_REASON_, REMOVAL_TIME_");
        PARTS.put("ACT_HI_VARINST", "ID_, NAME_, TEXT_, STATE_, REMOVAL_TIME_");
        PARTS.put("ACT_HI_TASKINST", "ID_, ASSIGNEE_, END_TIME_, DELETE_REASON_, REMOVAL_TIME_");
        PARTS.put("ACT_HI_DECINST", "ID_, REMOVAL_TIME_");
        PARTS.put("ACT_HI_BATCH", "ID_, END_TIME_, REMOVAL_TIME_");
        PARTS.put("ACT_HI_OP_LOG", "ID_, ANNOTATION_");
    }

    static EngineState of(JdbcTemplate jdbc) {
        Map<String, Set<String>> tables = new TreeMap<>();
        WHOLE.forEach((table, ignored) -> tables.put(table, rows(jdbc, "select * from " + table, ignored)));
        PARTS.forEach((table, columns) -> tables.put(table, rows(jdbc, "select " + columns + " from " + table
                + ("ACT_HI_OP_LOG".equals(table) ? " where ANNOTATION_ is not null" : ""), List.of())));
        for (String table : registerTables(jdbc)) {
            tables.put(table, rows(jdbc, "select * from " + table, List.of()));
        }
        return new EngineState(tables);
    }

    private static List<String> registerTables(JdbcTemplate jdbc) {
        return jdbc.execute((Connection connection) -> {
            List<String> names = new ArrayList<>();
            try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                    "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    String name = tables.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                    if (name.startsWith("GOV_") && !name.equals("GOV_SCHEMA_HISTORY")) {
                        names.add(name);
                    }
                }
            }
            return names;
        });
    }

    private static Set<String> rows(JdbcTemplate jdbc, String sql, List<String> ignored) {
        Set<String> rows = new TreeSet<>();
        jdbc.queryForList(sql).forEach(row -> {
            Map<String, String> values = new TreeMap<>();
            row.forEach((column, value) -> {
                String name = column.toUpperCase(Locale.ROOT);
                if (!name.equals("REV_") && !ignored.contains(name)) {
                    values.put(name, value instanceof byte[] bytes ? "bytes#" + Arrays.hashCode(bytes)
                            : String.valueOf(value));
                }
            });
            rows.add(values.toString());
        });
        return rows;
    }

    /** The rows that went or came, table by table; empty when nothing changed. */
    String diff(EngineState after) {
        StringBuilder changes = new StringBuilder();
        tables.forEach((table, before) -> {
            Set<String> now = after.tables.getOrDefault(table, Set.of());
            before.stream().filter(row -> !now.contains(row)).limit(5)
                    .forEach(row -> changes.append("  ").append(table).append(" - ").append(row).append('\n'));
            now.stream().filter(row -> !before.contains(row)).limit(5)
                    .forEach(row -> changes.append("  ").append(table).append(" + ").append(row).append('\n'));
        });
        return changes.toString();
    }
}
