package cn.chia.governance.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.MeetingCadence;
import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.register.MeetingRecords.Meeting;

/**
 * Each body's meeting cadence as the register stands today: its last meeting held, the term, the reminder days of
 * the settings; and the reminders and warnings the Secretariat already got, one row per body, due day and kind.
 */
@Component
public class MeetingCadences {

    /** A body's cadence: its last meeting held (null when none) and what the charter makes of it. */
    public record BodyCadence(Body body, Meeting lastHeld, MeetingCadence cadence, LocalDate termEnd) {
    }

    private final JdbcClient jdbc;
    private final MeetingRecords meetings;
    private final TermRecords terms;
    private final Clock clock;
    private final List<Integer> remindDaysBefore;

    MeetingCadences(JdbcClient jdbc, MeetingRecords meetings, TermRecords terms, Clock clock, GovernanceSettings settings) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.terms = terms;
        this.clock = clock;
        this.remindDaysBefore = settings.meetingCadence().remindDaysBefore();
    }

    public BodyCadence of(Body body) {
        Meeting last = meetings.lastHeld(body).orElse(null);
        return new BodyCadence(body, last, new MeetingCadence(body, last == null ? null : last.meetingDate(),
                terms.termStart(), remindDaysBefore), terms.currentTermEnd());
    }

    /** Every body, the General Assembly first. */
    public List<BodyCadence> all() {
        return Arrays.stream(Body.values()).map(this::of).toList();
    }

    /**
     * Records that the Secretariat is told {@code kind} about the body's meeting due on {@code dueOn}: true the first
     * time, false when it was already told. Call it before sending: a second node that tries at the same moment waits
     * for the first one's transaction and then fails on the unique constraint, so nothing is sent twice.
     */
    public boolean firstTime(Body body, LocalDate dueOn, String kind, String caseNumber) {
        return jdbc.sql("""
                INSERT INTO gov_cadence_notice (body, due_on, kind, case_number, sent_at)
                SELECT ?, ?, ?, ?, ? FROM (VALUES (0)) one
                WHERE NOT EXISTS (SELECT 1 FROM gov_cadence_notice WHERE body = ? AND due_on = ? AND kind = ?)""")
                .params(body.name(), dueOn, kind, caseNumber, LocalDateTime.now(clock), body.name(), dueOn, kind)
                .update() == 1;
    }
}
