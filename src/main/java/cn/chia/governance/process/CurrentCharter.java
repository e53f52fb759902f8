package cn.chia.governance.process;

import static cn.chia.governance.process.MeetingVariables.BODY;
import static cn.chia.governance.process.MeetingVariables.SEATS;

import java.util.EnumMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.Charter;
import cn.chia.governance.register.DirectorRoster;

/**
 * The charter with the seats the bodies have: the Council as many as the roster has serving directors, the
 * Standing Council as many as it has executive directors; the configured seats while that roster is empty.
 */
@Component
public class CurrentCharter {

    private final CharterSettings settings;
    private final DirectorRoster roster;

    CurrentCharter(CharterSettings settings, DirectorRoster roster) {
        this.settings = settings;
        this.roster = roster;
    }

    /** The charter with today's seats. */
    public Charter now() {
        Map<Body, Integer> seats = new EnumMap<>(Body.class);
        for (Body body : Body.values()) {
            roster.seats(body).ifPresent(count -> seats.put(body, count));
        }
        return settings.toCharter(seats);
    }

    /**
     * The charter of a meeting: its body keeps the seats it had when the meeting opened, even when a
     * decision of this meeting changes the roster before its last vote.
     */
    Charter ofMeeting(VariableScope meeting) {
        Body body = Body.valueOf((String) meeting.getVariable(BODY));
        return settings.toCharter(Map.of(body, (Integer) meeting.getVariable(SEATS)));
    }
}
