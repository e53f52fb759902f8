package cn.chia.governance.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import cn.chia.governance.admission.AdmissionCase;
import cn.chia.governance.exits.ExpulsionCase;
import cn.chia.governance.process.WaitingCase;
import cn.chia.governance.register.PersonalDataInRegister;

/**
 * The engine's side of the retention of personal data. A person's own cases (the application, a withdrawal, an
 * expulsion, and the cases they called) lose their whole history: the historic process instances are deleted with the
 * engine's history service, which takes their variables, details, tasks, comments, operation log, job log and byte
 * arrays with them. A meeting whose agenda held the person's case keeps its history (who recorded which votes), the
 * person's name replaced by the pseudonym and their contact details and identity number by "[已删除 removed]", in that
 * meeting's rows only: tasks' names and descriptions, variables and their updates, comments, the operation log, job
 * log and incidents. A variable stored as bytes is rewritten only when it is JSON (parsed, each text replaced, written
 * again) or XML and plain text; any other kind holding a value (a Java-serialized object, a file, raw bytes: a string
 * replaced inside them would corrupt them) is deleted from the meeting's history, with its updates.
 */
@Component
class EngineHistoryRetention {

    /** The application's variables that identify the applicant (a unit's name and credit code are not a person's). */
    static final List<String> IDENTIFYING = List.of(AdmissionCase.APPLICANT_NAME, AdmissionCase.EMAIL,
            AdmissionCase.PHONE, AdmissionCase.IDENTITY_NUMBER, AdmissionCase.PASSPORT_NUMBER,
            AdmissionCase.ORGANISATION);

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Text columns of the history, by table, that a meeting's rows may name a person in, with their length in Camunda's
     * schema: a pseudonym is longer than most names, and a text that grows past its column is cut there rather than
     * failing the whole run (and every run after it).
     */
    private static final Map<String, Map<String, Integer>> TEXTS = new LinkedHashMap<>();

    static {
        TEXTS.put("ACT_HI_TASKINST", Map.of("NAME_", 255, "DESCRIPTION_", 4000));
        TEXTS.put("ACT_HI_VARINST", Map.of("TEXT_", 4000, "TEXT2_", 4000));
        TEXTS.put("ACT_HI_DETAIL", Map.of("TEXT_", 4000, "TEXT2_", 4000));
        TEXTS.put("ACT_HI_COMMENT", Map.of("MESSAGE_", 4000));
        TEXTS.put("ACT_HI_OP_LOG", Map.of("ORG_VALUE_", 4000, "NEW_VALUE_", 4000));
        TEXTS.put("ACT_HI_INCIDENT", Map.of("INCIDENT_MSG_", 4000));
        TEXTS.put("ACT_HI_JOB_LOG", Map.of("JOB_EXCEPTION_MSG_", 4000));
        TEXTS.put("ACT_HI_ACTINST", Map.of("ACT_NAME_", 255));
    }

    private final HistoryService history;
    private final JdbcClient jdbc;

    EngineHistoryRetention(HistoryService history, JdbcClient jdbc) {
        this.history = history;
        this.jdbc = jdbc;
    }

    /**
     * The ended applications (membership-admission) that did not lead to membership, ended before {@code endedBefore},
     * whose history is still there: one query, however many members were admitted over the years.
     */
    List<String> applicationsNotAdmittedEndedBefore(Date endedBefore) {
        return jdbc.sql("""
                SELECT DISTINCT p.BUSINESS_KEY_ FROM ACT_HI_PROCINST p
                WHERE p.PROC_DEF_KEY_ = :key AND p.END_TIME_ IS NOT NULL AND p.END_TIME_ < :before
                  AND p.BUSINESS_KEY_ IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM gov_member m WHERE m.case_number = p.BUSINESS_KEY_)
                ORDER BY p.BUSINESS_KEY_
                """).param("key", AdmissionCase.PROCESS_KEY).param("before", new Timestamp(endedBefore.getTime()))
                .query(String.class).list();
    }

    /**
     * What identified the applicant of the case, as the application's history holds it: every value the identifying
     * variables ever had (a corrected address too). The organisation is a person's only when the applicant is one.
     */
    Identifying personalValues(String caseNumber) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> values = new LinkedHashSet<>();
        boolean unit = false;
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber).processDefinitionKey(AdmissionCase.PROCESS_KEY).list()) {
            for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(instance.getId())
                    .variableUpdates().disableBinaryFetching().list()) {
                HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
                if (AdmissionCase.APPLICANT_KIND.equals(update.getVariableName())
                        && "UNIT".equals(String.valueOf(update.getValue()))) {
                    unit = true;
                }
                if (IDENTIFYING.contains(update.getVariableName()) && update.getValue() instanceof String text
                        && !text.isBlank()) {
                    if (AdmissionCase.APPLICANT_NAME.equals(update.getVariableName())) {
                        names.add(text.strip());
                    } else if (!(unit && AdmissionCase.ORGANISATION.equals(update.getVariableName()))) {
                        values.add(text.strip());
                    }
                }
            }
        }
        return new Identifying(names, values);
    }

    /** A person's names (replaced by the pseudonym) and other identifying values (removed). */
    record Identifying(Set<String> names, Set<String> others) {
    }

    /**
     * The ended process instances of the person's cases and those they called, and of any case about the membership
     * number (an expulsion, a withdrawal, an honorary membership): these are the person's own, deleted whole, with the
     * tasks that stood for them while they waited for a decision. Running ones are left for a later run.
     */
    int deleteCases(Collection<String> caseNumbers, String membershipNumber) {
        Set<String> ids = new LinkedHashSet<>();
        for (String caseNumber : caseNumbers) {
            history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).finished().list()
                    .forEach(instance -> ids.add(instance.getId()));
        }
        if (membershipNumber != null) {
            history.createHistoricVariableInstanceQuery()
                    .variableValueEquals(ExpulsionCase.MEMBERSHIP_NUMBER, membershipNumber).list()
                    .forEach(variable -> ids.add(variable.getProcessInstanceId()));
        }
        Set<String> ended = new LinkedHashSet<>();
        Deque<String> open = new ArrayDeque<>(ids);
        while (!open.isEmpty()) {
            String id = open.pop();
            if (!ended.add(id)) {
                continue;
            }
            history.createHistoricProcessInstanceQuery().superProcessInstanceId(id).list()
                    .forEach(called -> open.push(called.getId()));
        }
        deleteTasksStandingFor(caseNumbers);
        if (ended.isEmpty()) {
            return 0;
        }
        List<String> finished = history.createHistoricProcessInstanceQuery().processInstanceIds(ended).finished().list()
                .stream().map(HistoricProcessInstance::getId).toList();
        if (!finished.isEmpty()) {
            history.deleteHistoricProcessInstancesIfExists(finished);
        }
        return finished.size();
    }

    /**
     * The tasks outside any process that stood for a case while it waited for a body's decision
     * ({@code process.DecisionAwaited}): they carry the case's number and title as their own variables, and outlive the
     * case's history. Deleted with their variables, comments and log.
     */
    private void deleteTasksStandingFor(Collection<String> caseNumbers) {
        // by the variables outside any process (the engine's query by name and value read every case's caseNumber:
        // 157 ms a case at 10 000 ended cases); on PostgreSQL V36 indexes them by name and value
        jdbc.sql("""
                SELECT DISTINCT TASK_ID_ FROM ACT_HI_VARINST
                WHERE PROC_INST_ID_ IS NULL AND NAME_ = :name AND TEXT_ IN (:cases) AND TASK_ID_ IS NOT NULL""")
                .param("name", WaitingCase.CASE_NUMBER).param("cases", caseNumbers).query(String.class).list()
                .forEach(history::deleteHistoricTaskInstance);
    }

    /** Replaces the person's values in the history of the meetings (and what they called). */
    void scrubMeetings(Collection<String> meetingNumbers, Set<String> names, Set<String> others, String pseudonym) {
        Set<String> ids = new LinkedHashSet<>();
        for (String meeting : meetingNumbers) {
            history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(meeting).list()
                    .forEach(instance -> ids.add(instance.getId()));
        }
        Deque<String> open = new ArrayDeque<>(ids);
        while (!open.isEmpty()) {
            history.createHistoricProcessInstanceQuery().superProcessInstanceId(open.pop()).list().forEach(called -> {
                if (ids.add(called.getId())) {
                    open.push(called.getId());
                }
            });
        }
        if (ids.isEmpty()) {
            return;
        }
        Map<String, String> replacements = new LinkedHashMap<>();
        names.forEach(name -> replacements.put(name, pseudonym));
        others.forEach(value -> replacements.putIfAbsent(value, PersonalDataInRegister.REMOVED));
        replacements.keySet().removeIf(value -> value == null || value.isBlank());
        for (Map.Entry<String, String> replacement : replacements.entrySet()) {
            TEXTS.forEach((table, columns) -> {
                StringBuilder set = new StringBuilder();
                StringBuilder naming = new StringBuilder();
                columns.forEach((column, length) -> {
                    set.append(set.isEmpty() ? "" : ", ").append(column).append(" = LEFT(REPLACE(").append(column)
                            .append(", :old, :new), ").append(length).append(")");
                    naming.append(naming.isEmpty() ? "" : " OR ").append(column).append(" LIKE :naming ESCAPE '!'");
                });
                String instance = "ACT_HI_JOB_LOG".equals(table) ? "PROCESS_INSTANCE_ID_" : "PROC_INST_ID_";
                // only the rows that hold the value are written
                jdbc.sql("UPDATE " + table + " SET " + set + " WHERE " + instance + " IN (:ids) AND (" + naming + ")")
                        .param("old", replacement.getKey()).param("new", replacement.getValue()).param("ids", ids)
                        .param("naming", "%" + replacement.getKey().replace("!", "!!").replace("%", "!%")
                                .replace("_", "!_") + "%").update();
            });
        }
        rewriteByteArrays(ids, replacements);
    }

    private void rewriteByteArrays(Set<String> ids, Map<String, String> replacements) {
        record Stored(String id, String type, String owner) {
        }
        List<Stored> stored = new ArrayList<>();
        for (String table : List.of("ACT_HI_VARINST", "ACT_HI_DETAIL")) {
            stored.addAll(jdbc.sql("SELECT BYTEARRAY_ID_, VAR_TYPE_ FROM " + table
                    + " WHERE PROC_INST_ID_ IN (:ids) AND BYTEARRAY_ID_ IS NOT NULL").param("ids", ids)
                    .query((rs, row) -> new Stored(rs.getString(1), rs.getString(2), table)).list());
        }
        stored.addAll(jdbc.sql("SELECT JOB_EXCEPTION_STACK_ID_ FROM ACT_HI_JOB_LOG WHERE PROCESS_INSTANCE_ID_ IN (:ids)"
                + " AND JOB_EXCEPTION_STACK_ID_ IS NOT NULL").param("ids", ids)
                .query((rs, row) -> new Stored(rs.getString(1), "string", "ACT_HI_JOB_LOG")).list());
        for (Stored array : stored) {
            byte[] bytes = jdbc.sql("SELECT BYTES_ FROM ACT_GE_BYTEARRAY WHERE ID_ = ?").param(array.id())
                    .query((rs, row) -> rs.getBytes(1)).optional().orElse(null);
            if (bytes == null) {
                continue;
            }
            String text = utf8(bytes);
            String raw = new String(bytes, StandardCharsets.UTF_8);
            if (replacements.keySet().stream().noneMatch(raw::contains) && text != null) {
                continue;
            }
            String rewritten = text == null || "serializable".equals(array.type()) ? null : rewrite(text, replacements);
            if (rewritten != null) {
                jdbc.sql("UPDATE ACT_GE_BYTEARRAY SET BYTES_ = :bytes WHERE ID_ = :id")
                        .param("bytes", rewritten.getBytes(StandardCharsets.UTF_8)).param("id", array.id()).update();
            } else if (replacements.keySet().stream().anyMatch(raw::contains)) {
                // not text we can rewrite safely: the variable goes from the meeting's history, with its updates
                jdbc.sql("DELETE FROM ACT_HI_DETAIL WHERE BYTEARRAY_ID_ = ?").param(array.id()).update();
                jdbc.sql("DELETE FROM ACT_HI_VARINST WHERE BYTEARRAY_ID_ = ?").param(array.id()).update();
                jdbc.sql("UPDATE ACT_HI_JOB_LOG SET JOB_EXCEPTION_STACK_ID_ = NULL WHERE JOB_EXCEPTION_STACK_ID_ = ?")
                        .param(array.id()).update();
                jdbc.sql("DELETE FROM ACT_GE_BYTEARRAY WHERE ID_ = ?").param(array.id()).update();
            }
        }
        List<Map.Entry<String, byte[]>> comments = jdbc.sql(
                "SELECT ID_, FULL_MSG_ FROM ACT_HI_COMMENT WHERE PROC_INST_ID_ IN (:ids) AND FULL_MSG_ IS NOT NULL")
                .param("ids", ids).query((rs, row) -> Map.entry(rs.getString(1), rs.getBytes(2))).list();
        for (Map.Entry<String, byte[]> comment : comments) {
            String text = new String(comment.getValue(), StandardCharsets.UTF_8);
            String rewritten = plain(text, replacements);
            if (!rewritten.equals(text)) {
                jdbc.sql("UPDATE ACT_HI_COMMENT SET FULL_MSG_ = :bytes WHERE ID_ = :id")
                        .param("bytes", rewritten.getBytes(StandardCharsets.UTF_8)).param("id", comment.getKey())
                        .update();
            }
        }
    }

    /** JSON rewritten value by value; other text (XML, a stack trace) replaced as text; null when not text. */
    static String rewrite(String text, Map<String, String> replacements) {
        String trimmed = text.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[") || trimmed.startsWith("\"")) {
            try {
                JsonNode tree = JSON.readTree(text);
                return JSON.writeValueAsString(replaceIn(tree, replacements));
            } catch (JsonProcessingException notJson) {
                // fall through: plain text
            }
        }
        return plain(text, replacements);
    }

    private static JsonNode replaceIn(JsonNode node, Map<String, String> replacements) {
        if (node.isTextual()) {
            return TextNode.valueOf(plain(node.asText(), replacements));
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, replaceIn(array.get(i), replacements));
            }
        } else if (node instanceof ObjectNode object) {
            List<String> fields = new ArrayList<>();
            object.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                object.set(field, replaceIn(object.get(field), replacements));
            }
        }
        return node;
    }

    static String plain(String text, Map<String, String> replacements) {
        String result = text;
        for (Map.Entry<String, String> replacement : replacements.entrySet()) {
            result = result.replace(replacement.getKey(), replacement.getValue());
        }
        return result;
    }

    /** The bytes as UTF-8 text, or null when they are not (a Java-serialized object, binary data). */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notText) {
            return null;
        }
    }
}
