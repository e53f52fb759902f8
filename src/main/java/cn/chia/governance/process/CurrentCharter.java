package cn.chia.governance.process;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.Charter;
import cn.chia.governance.register.DirectorRoster;
import cn.chia.governance.register.MeetingRecords;

/**
 * The charter with the seats the bodies have: the Council as many as the roster has serving directors, the
 * Standing Council as many as it has executive directors; the configured seats while that roster is empty.
 */
@Component
public class CurrentCharter {

    private final CharterSettings settings;
    private final DirectorRoster roster;
    private final MeetingRecords meetings;

    CurrentCharter(CharterSettings settings, DirectorRoster roster, MeetingRecords meetings) {
        this.settings = settings;
        this.roster = roster;
        this.meetings = meetings;
    }

    /** The charter with today's seats. */
    public Charter now() {
        Map<Body, Integer> seats = new EnumMap<>(Body.class);
        for (Body body : Body.values()) {
            roster.seats(body).ifPresent(count -> seats.put(body, count));
        }
        return settings.toCharter(seats);
    }

    /** The seats of the body on the day: its roster's members serving that day, the configured seats without one. */
    public int seats(Body body, LocalDate on) {
        OptionalInt serving = roster.seats(body, on);
        return serving.isPresent() ? serving.getAsInt() : settings.toCharter(Map.of()).seats(body);
    }

    /** The body that meets and the charter it decides under. */
    public record MeetingCharter(Body body, Charter charter) {
    }

    /**
     * The charter of a meeting: its body keeps the seats it had when the meeting opened, even when a
     * decision of this meeting changes the roster before its last vote. Body and seats are read from the
     * meeting's record, never from variables that a form or a REST client could overwrite.
     */
    public MeetingCharter ofMeeting(DelegateExecution meeting) {
        MeetingRecords.Meeting record = meetings.meeting(meeting.getProcessBusinessKey())
                .orElseThrow(() -> new IllegalStateException("No record of meeting " + meeting.getProcessBusinessKey()));
        return new MeetingCharter(record.body(), settings.toCharter(Map.of(record.body(), record.seats())));
    }
}
