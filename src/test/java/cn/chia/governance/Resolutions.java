package cn.chia.governance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.chia.governance.process.ProcessConfiguration;

/**
 * Resolutions in the minutes, for tests that deliver a meeting's decision to a case without holding the
 * meeting: the register and the cases take a decision only as the minutes hold it.
 */
public final class Resolutions {

    private Resolutions() {
    }

    /** Records a resolution on the case that waits under that business key, on the matter it waits for. */
    public static String on(ProcessEngine engine, String businessKey, String outcome, String body) {
        ProcessInstance waiting = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).active().list().stream().findFirst().orElseThrow();
        String matter = (String) engine.getRuntimeService().getVariable(waiting.getId(), "matter");
        return record(engine, businessKey, matter, outcome, body);
    }

    /** An admission adopted by the body on the case, in the application's database; answers its number. */
    public static String admission(String caseNumber, String body) {
        return record(ProcessEngines.getDefaultProcessEngine(), caseNumber, "ADMISSION", "ADOPTED", body);
    }

    /** An expulsion adopted by the Council on the case; answers its number. */
    public static String expulsion(String caseNumber) {
        return record(ProcessEngines.getDefaultProcessEngine(), caseNumber, "EXPULSION", "ADOPTED", "COUNCIL");
    }

    /** Records a resolution of the body on the case and matter, in a meeting of its own; answers its number. */
    public static String record(ProcessEngine engine, String caseNumber, String matter, String outcome, String body) {
        return record(jdbc(engine), caseNumber, matter, outcome, body);
    }

    public static String record(JdbcClient jdbc, String caseNumber, String matter, String outcome, String body) {
        String meeting = "MTG-T-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);
        String number = "RES-T-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);
        jdbc.sql("""
                INSERT INTO gov_meeting (business_key, body, meeting_date, by_communication, seats, status, opened_at)
                VALUES (?, ?, ?, FALSE, 61, 'HELD', ?)""")
                .params(meeting, body, LocalDate.now(ProcessConfiguration.ASSOCIATION_ZONE), LocalDateTime.now()).update();
        jdbc.sql("""
                INSERT INTO gov_resolution (resolution_number, meeting_key, case_number, matter, body, seats,
                    present_in_person, present_by_proxy, votes_for, votes_against, abstentions, required_votes,
                    rule_text, clause, outcome, reason, reason_zh, decided_at)
                VALUES (?, ?, ?, ?, ?, 61, 61, 0, ?, ?, 0, 41, 'test', 'test', ?, 'test', 'test', ?)""")
                .params(number, meeting, caseNumber, matter, body, "ADOPTED".equals(outcome) ? 41 : 40,
                        "ADOPTED".equals(outcome) ? 20 : 21, outcome, LocalDateTime.now())
                .update();
        return number;
    }

    /**
     * Enters a director as elected by the General Assembly, on the Council's recorded roster (the roster's starting
     * point, entered outside any case), and an executive director on the Standing Council's too; answers the
     * director's roster number. A roster is recorded for each body the first time, a year ago.
     */
    public static long seatDirector(JdbcClient jdbc, String name, String organisation, boolean executive,
            boolean frontLine) {
        long director = seat(jdbc, "COUNCIL", name, organisation, executive, frontLine);
        if (executive) {
            seat(jdbc, "STANDING_COUNCIL", name, organisation, true, frontLine);
        }
        return director;
    }

    /** Enters a supervisor as elected by the General Assembly, on the Board of Supervisors' recorded roster; answers the roster number. */
    public static long seatSupervisor(JdbcClient jdbc, String name, String organisation) {
        return seat(jdbc, "SUPERVISORS", name, organisation, false, true);
    }

    private static long seat(JdbcClient jdbc, String body, String name, String organisation, boolean executive,
            boolean frontLine) {
        LocalDate elected = LocalDate.now(ProcessConfiguration.ASSOCIATION_ZONE).minusYears(1);
        Long roster = jdbc.sql("SELECT MAX(id) FROM gov_roster WHERE body = ? AND effective_from <= ?")
                .params(body, LocalDate.now(ProcessConfiguration.ASSOCIATION_ZONE)).query(Long.class).optional().orElse(null);
        if (roster == null) {
            jdbc.sql("""
                    INSERT INTO gov_roster (body, basis, basis_kind, effective_from, recorded_at)
                    VALUES (?, 'Elected by the General Assembly (test roster)', 'ELECTION', ?, ?)""")
                    .params(body, elected, LocalDateTime.now()).update();
            roster = jdbc.sql("SELECT MAX(id) FROM gov_roster WHERE body = ?").param(body).query(Long.class).single();
        }
        jdbc.sql("""
                INSERT INTO gov_director (body, name, organisation, executive, front_line, serving_from, appointed_reason,
                    basis_kind, roster_id)
                VALUES (?, ?, ?, ?, ?, ?, 'Elected by the General Assembly (test roster)', 'ELECTION', ?)""")
                .params(body, name, organisation, executive, frontLine, elected, roster).update();
        return jdbc.sql("SELECT MAX(id) FROM gov_director WHERE name = ? AND body = ?").params(name, body)
                .query(Long.class).single();
    }

    /** Empties every body's roster and forgets every recorded roster: the configured seats apply again. */
    public static void emptyRosters(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM gov_director").update();
        jdbc.sql("DELETE FROM gov_roster").update();
    }

    public static JdbcClient jdbc(ProcessEngine engine) {
        DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
        return JdbcClient.create(dataSource);
    }
}
