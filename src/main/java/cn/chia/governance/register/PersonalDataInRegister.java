package cn.chia.governance.register;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register's side of the retention of personal data (docs/security.md, "Personal information"): which former
 * members and which applications not admitted are due, what the register knows of a person, and the anonymisation of
 * the register's records of one case. What must still read stays, the person's name replaced by the pseudonym the
 * caller gives: the member's line (kind, branch, dates, status, resolution), its status history, the resolutions and
 * their titles, the meetings' reports. What only served to reach the person goes: contact details, identity numbers,
 * letters sent, the receipt secret's hash, the card's secret, notes on a member's reasons.
 */
@Component
public class PersonalDataInRegister {

    /** Put where an e-mail address, a telephone or an identity number stood in a text that stays. */
    public static final String REMOVED = "[已删除 removed]";

    private final JdbcClient jdbc;
    private final PersonalData vault;

    public PersonalDataInRegister(JdbcClient jdbc, PersonalData vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    /** The full identity number and telephone the vault keeps of the case, to be replaced wherever they stand. */
    public Set<String> keptNumbers(String caseNumber) {
        Set<String> numbers = new java.util.LinkedHashSet<>();
        vault.find(caseNumber).ifPresent(kept -> {
            numbers.add(kept.identityNumber());
            numbers.add(kept.phone());
        });
        numbers.remove(null);
        return numbers;
    }

    /** A former member due: the admission's case number, the membership number, and what the register holds of them. */
    public record FormerMember(String caseNumber, String membershipNumber, String name, Set<String> personalValues) {
    }

    /**
     * Members withdrawn or expelled on {@code lastDay} or before, not yet anonymised: the day they left is the last
     * change of their status.
     */
    public List<FormerMember> formerMembersLeftBy(LocalDate lastDay) {
        return jdbc.sql("""
                SELECT m.case_number, m.membership_number, m.name, m.email, m.phone, m.identity_number, m.credit_code,
                       m.organisation, m.kind
                FROM gov_member m
                WHERE m.status IN ('WITHDRAWN', 'EXPELLED') AND m.anonymised_on IS NULL
                  AND (SELECT MAX(s.changed_on) FROM gov_member_status s
                       WHERE s.membership_number = m.membership_number) <= ?
                ORDER BY m.membership_number
                """).param(lastDay).query((rs, row) -> {
                    Set<String> values = new LinkedHashSet<>();
                    for (String column : List.of("email", "phone", "identity_number", "credit_code")) {
                        values.add(rs.getString(column));
                    }
                    if (!"UNIT".equals(rs.getString("kind"))) {
                        values.add(rs.getString("organisation"));
                    }
                    values.remove(null);
                    return new FormerMember(rs.getString("case_number"), rs.getString("membership_number"),
                            rs.getString("name"), values);
                }).list();
    }

    /**
     * Applications recorded as ended without reaching a vote before {@code endedBefore} (Beijing time, as recorded), not
     * yet anonymised.
     */
    public List<String> notAdmittedEndedBefore(LocalDateTime endedBefore) {
        return jdbc.sql("""
                SELECT case_number FROM gov_application_not_admitted
                WHERE anonymised_on IS NULL AND ended_at < ? ORDER BY case_number
                """).param(endedBefore).query(String.class).list();
    }

    /** Whether the case's applicant became a member (then the member's own period applies). */
    public boolean becameMember(String caseNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM gov_member WHERE case_number = ?").param(caseNumber).query(Long.class)
                .single() > 0;
    }

    /** The name the register recorded for an application not admitted, if not yet anonymised. */
    public Set<String> namesOfApplication(String caseNumber) {
        Set<String> values = new LinkedHashSet<>(jdbc.sql(
                "SELECT applicant_name FROM gov_application_not_admitted WHERE case_number = ? AND anonymised_on IS NULL")
                .param(caseNumber).query(String.class).list());
        values.remove(null);
        return values;
    }

    /** The case numbers of a member's later cases (withdrawal, expulsion), as the status history names them. */
    public Set<String> casesOfMember(String membershipNumber) {
        Set<String> cases = new LinkedHashSet<>(jdbc.sql(
                "SELECT case_number FROM gov_member_status WHERE membership_number = ? AND case_number IS NOT NULL")
                .param(membershipNumber).query(String.class).list());
        cases.remove(null);
        return cases;
    }

    /** The resolutions that decided any of the cases. */
    public Set<String> resolutionsOf(Collection<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc.sql("SELECT resolution_number FROM gov_resolution WHERE case_number IN (:cases)")
                .param("cases", caseNumbers).query(String.class).list());
    }

    /**
     * The meetings whose agenda held any of the cases or whose minutes report them or their resolutions: the only
     * meetings whose records name the person.
     */
    public Set<String> meetingsNaming(Collection<String> caseNumbers, Collection<String> resolutions) {
        Set<String> meetings = new LinkedHashSet<>();
        if (!caseNumbers.isEmpty()) {
            meetings.addAll(jdbc.sql("SELECT meeting_key FROM gov_resolution WHERE case_number IN (:cases)")
                    .param("cases", caseNumbers).query(String.class).list());
        }
        List<String> references = new ArrayList<>(caseNumbers);
        references.addAll(resolutions);
        if (!references.isEmpty()) {
            meetings.addAll(jdbc.sql("SELECT meeting_key FROM gov_meeting_report WHERE reference IN (:references)")
                    .param("references", references).query(String.class).list());
        }
        return meetings;
    }

    /**
     * Anonymises the register's records of one person: {@code caseNumber} is the application's, {@code cases} all the
     * person's case numbers (the application, a withdrawal, an expulsion), {@code meetings} the meetings whose records
     * name the person, {@code name} and {@code others} what identified them (others: e-mail, telephone, identity
     * number, organisation), {@code pseudonym} what stands for the name from now on.
     */
    public void anonymise(String caseNumber, Set<String> cases, Set<String> meetings, Set<String> resolutions,
            Set<String> names, Set<String> others, String pseudonym, LocalDate today) {
        jdbc.sql("""
                UPDATE gov_member SET name = ?, email = NULL, phone = NULL, identity_number = NULL,
                    credit_code = CASE WHEN kind = 'UNIT' THEN credit_code ELSE NULL END,
                    organisation = CASE WHEN kind = 'UNIT' THEN organisation ELSE NULL END, anonymised_on = ?
                WHERE case_number = ?
                """).param(pseudonym).param(today).param(caseNumber).update();
        jdbc.sql("""
                UPDATE gov_membership_card SET secret_salt = NULL, secret_hash = NULL
                WHERE membership_number IN (SELECT membership_number FROM gov_member WHERE case_number = ?)
                """).param(caseNumber).update();
        jdbc.sql("""
                UPDATE gov_member_reason SET note = NULL
                WHERE membership_number IN (SELECT membership_number FROM gov_member WHERE case_number = ?)
                """).param(caseNumber).update();
        jdbc.sql("UPDATE gov_application_not_admitted SET applicant_name = ?, anonymised_on = ? WHERE case_number = ?")
                .param(pseudonym).param(today).param(caseNumber).update();
        jdbc.sql("DELETE FROM gov_receipt_secret WHERE case_number IN (:cases)").param("cases", cases).update();
        jdbc.sql("DELETE FROM gov_notification WHERE case_number IN (:cases)").param("cases", cases).update();
        for (String value : others) {
            jdbc.sql("DELETE FROM gov_notification WHERE recipient = ?").param(value).update();
        }
        List<String[]> replacements = new ArrayList<>();
        names.forEach(name -> replacements.add(new String[] {name, pseudonym}));
        others.forEach(value -> replacements.add(new String[] {value, REMOVED}));
        for (String[] replacement : replacements) {
            replace("gov_member_status", List.of("reason"), "membership_number IN (SELECT membership_number FROM gov_member"
                    + " WHERE case_number = :key)", caseNumber, replacement);
            replace("gov_application_not_admitted", List.of("reason"), "case_number = :key", caseNumber, replacement);
            for (String other : cases) {
                replace("gov_resolution", List.of("title", "reason", "reason_zh"), "case_number = :key", other,
                        replacement);
                replace("gov_meeting_report", List.of("summary"), "reference = :key", other, replacement);
            }
            for (String resolution : resolutions) {
                replace("gov_meeting_report", List.of("summary"), "reference = :key", resolution, replacement);
            }
            for (String meeting : meetings) {
                replace("gov_notification", List.of("subject", "body"), "case_number = :key", meeting, replacement);
                replace("gov_meeting", List.of("quorum_reason"), "business_key = :key", meeting, replacement);
            }
        }
        vault.forget(caseNumber);
    }

    private void replace(String table, List<String> columns, String where, String key, String[] replacement) {
        if (replacement[0] == null || replacement[0].isBlank()) {
            return;
        }
        StringBuilder set = new StringBuilder();
        for (String column : columns) {
            set.append(set.isEmpty() ? "" : ", ").append(column).append(" = REPLACE(").append(column)
                    .append(", :old, :new)");
        }
        jdbc.sql("UPDATE " + table + " SET " + set + " WHERE " + where).param("old", replacement[0])
                .param("new", replacement[1]).param("key", key).update();
    }
}
