package cn.chia.governance.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.AttendanceRoll.Presence;
import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.ResignationCheck;
import cn.chia.governance.charter.ResignationCheck.Sitting;

/**
 * A director's absences as the minutes hold them, and the cases opened for them: one per roster entry and per limit
 * reached ({@link ResignationCheck}). Written in the engine's transaction.
 */
@Component
public class AbsenceRecords {

    private final JdbcClient jdbc;
    private final MeetingRecords meetings;
    private final TermRecords term;
    private final Clock clock;

    public AbsenceRecords(JdbcClient jdbc, MeetingRecords meetings, TermRecords term, Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.term = term;
        this.clock = clock;
    }

    /**
     * The charter's check of the member of that roster number: the body's meetings taken by name in the current term,
     * after the last absence an earlier case counted.
     */
    public ResignationCheck check(Body body, long rosterNumber) {
        return ResignationCheck.of(body, meetings.sittings(body, rosterNumber), term.termStart(),
                lastCounted(rosterNumber).orElse(null));
    }

    /** Records the case opened for the absences up to that meeting's. */
    public void open(String caseNumber, Body body, long rosterNumber, String lastMeetingKey) {
        jdbc.sql("""
                INSERT INTO gov_absence_case (case_number, body, roster_number, last_meeting_key, opened_on)
                VALUES (?, ?, ?, ?, ?)""")
                .params(caseNumber, body.name(), rosterNumber, lastMeetingKey, LocalDate.now(clock)).update();
    }

    private Optional<Sitting> lastCounted(long rosterNumber) {
        return jdbc.sql("""
                SELECT m.business_key, m.meeting_date FROM gov_absence_case c
                JOIN gov_meeting m ON m.business_key = c.last_meeting_key
                WHERE c.roster_number = ? ORDER BY m.meeting_date DESC, m.business_key DESC""")
                .param(rosterNumber)
                .query((rs, row) -> new Sitting(rs.getString("business_key"), rs.getObject("meeting_date", LocalDate.class),
                        Presence.ABSENT))
                .list().stream().findFirst();
    }
}
