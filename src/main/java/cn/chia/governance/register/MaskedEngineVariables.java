package cn.chia.governance.register;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;


/**
 * Takes the full numbers that cases of an earlier version left in the engine's tables out of them: each case's
 * numbers go to the vault ({@link PersonalData}) unless it keeps some already, and every text value of those variables
 * in the engine's runtime ({@code ACT_RU_VARIABLE}) and history ({@code ACT_HI_VARINST}, {@code ACT_HI_DETAIL}:
 * variable updates and submitted form fields) is masked. A value masked already is left alone, so that it may run at
 * every start, on every node at once.
 */
@Component
public class MaskedEngineVariables {

    private static final List<String> TABLES = List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL");

    private final JdbcClient jdbc;
    private final PersonalData vault;

    public MaskedEngineVariables(JdbcClient jdbc, PersonalData vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    /**
     * Moves the numbers of the cases of {@code processKey} to the vault, then masks the variables named
     * {@code identityNumbers} (the first of them a case has unmasked is its identity number) and {@code phones}
     * wherever the engine keeps them (the cases it called too); answers how many values were masked.
     */
    public int move(String processKey, List<String> identityNumbers, List<String> phones) {
        Map<String, Map<String, String>> cases = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(identityNumbers);
        names.addAll(phones);
        collect(cases, """
                SELECT e.BUSINESS_KEY_, v.NAME_, v.TEXT_ FROM ACT_RU_VARIABLE v
                JOIN ACT_RU_EXECUTION e ON e.ID_ = v.EXECUTION_ID_ AND e.ID_ = e.PROC_INST_ID_
                JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_
                WHERE d.KEY_ = :key AND e.BUSINESS_KEY_ IS NOT NULL AND v.NAME_ IN (:names) AND v.TEXT_ IS NOT NULL
                AND v.TEXT_ NOT LIKE '%*%'""", processKey, names);
        collect(cases, """
                SELECT p.BUSINESS_KEY_, v.NAME_, v.TEXT_ FROM ACT_HI_VARINST v
                JOIN ACT_HI_PROCINST p ON p.PROC_INST_ID_ = v.PROC_INST_ID_ AND v.EXECUTION_ID_ = p.PROC_INST_ID_
                WHERE p.PROC_DEF_KEY_ = :key AND p.BUSINESS_KEY_ IS NOT NULL AND v.NAME_ IN (:names)
                AND v.TEXT_ IS NOT NULL AND v.TEXT_ NOT LIKE '%*%'""", processKey, names);
        cases.forEach((caseNumber, values) -> {
            String identity = identityNumbers.stream().map(values::get).filter(v -> v != null).findFirst().orElse(null);
            String phone = phones.stream().map(values::get).filter(v -> v != null).findFirst().orElse(null);
            try {
                vault.keepIfNone(caseNumber, identity, phone);
            } catch (DuplicateKeyException keptMeanwhile) {
                // another node kept it at the same moment
            }
        });
        return mask(identityNumbers, Masking::identityNumber) + mask(phones, Masking::phone);
    }

    /** Adds the unmasked values the query finds to {@code cases}, the first found of a case and name kept. */
    private void collect(Map<String, Map<String, String>> cases, String query, String processKey, List<String> names) {
        jdbc.sql(query).param("key", processKey).param("names", names).query((rs, row) -> {
            String text = rs.getString(3);
            if (!Masking.isMasked(text) && !text.isBlank()) {
                cases.computeIfAbsent(rs.getString(1), c -> new LinkedHashMap<>()).putIfAbsent(rs.getString(2), text.strip());
            }
            return null;
        }).list();
    }

    private int mask(Collection<String> names, UnaryOperator<String> rule) {
        if (names.isEmpty()) {
            return 0;
        }
        int masked = 0;
        for (String table : TABLES) {
            record Row(String id, String text) {
            }
            List<Row> rows = jdbc.sql("SELECT ID_, TEXT_ FROM " + table + " WHERE NAME_ IN (:names) AND TEXT_ IS NOT NULL"
                    + " AND TEXT_ NOT LIKE '%*%'")
                    .param("names", List.copyOf(names)).query((rs, row) -> new Row(rs.getString(1), rs.getString(2)))
                    .list();
            String revision = table.equals("ACT_RU_VARIABLE") ? ", REV_ = REV_ + 1" : "";
            for (Row row : rows) {
                String hidden = rule.apply(row.text());
                if (!hidden.equals(row.text())) {
                    masked += jdbc.sql("UPDATE " + table + " SET TEXT_ = ?" + revision + " WHERE ID_ = ? AND TEXT_ = ?")
                            .params(hidden, row.id(), row.text()).update();
                }
            }
        }
        return masked;
    }
}
