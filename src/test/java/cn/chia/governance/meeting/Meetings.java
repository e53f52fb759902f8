package cn.chia.governance.meeting;

import static cn.chia.governance.meeting.MeetingCase.ABSTENTIONS;
import static cn.chia.governance.meeting.MeetingCase.BODY;
import static cn.chia.governance.meeting.MeetingCase.BY_COMMUNICATION;
import static cn.chia.governance.meeting.MeetingCase.MEETING_DATE;
import static cn.chia.governance.meeting.MeetingCase.PRESENT_BY_PROXY;
import static cn.chia.governance.meeting.MeetingCase.PRESENT_IN_PERSON;
import static cn.chia.governance.meeting.MeetingCase.REMOVED_CASES;
import static cn.chia.governance.meeting.MeetingCase.VOTES_AGAINST;
import static cn.chia.governance.meeting.MeetingCase.VOTES_FOR;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.chia.governance.charter.Body;

/**
 * What a test opens a governance meeting with, and what its clerk enters at each step:
 * {@code Meetings.ofTheCouncil().on("2026-12-01").inPerson().build()}, {@code Meetings.attendance(61, 0)},
 * {@code Meetings.votes(41, 15, 5)}. Every map is a fresh, mutable one, named with {@link MeetingCase}'s names.
 * The seats are not entered: the meeting takes them from the roster when it opens.
 */
public final class Meetings {

    /** The meeting's user tasks. */
    public enum Step {
        CONFIRM_AGENDA("UserTask_ConfirmAgenda"),
        RECORD_ATTENDANCE("UserTask_RecordAttendance"),
        RECORD_VOTES("UserTask_RecordVotes");

        public final String id;

        Step(String id) {
            this.id = id;
        }
    }

    private final Map<String, Object> variables = new LinkedHashMap<>();

    private Meetings(String body) {
        variables.put(BODY, body);
    }

    public static Meetings ofTheCouncil() {
        return of(Body.COUNCIL);
    }

    public static Meetings ofTheStandingCouncil() {
        return of(Body.STANDING_COUNCIL);
    }

    public static Meetings ofTheGeneralAssembly() {
        return of(Body.GENERAL_ASSEMBLY);
    }

    public static Meetings of(Body body) {
        return new Meetings(body.name());
    }

    /** A body by its name, as a form or a REST client sends it, also one the charter does not know. */
    public static Meetings ofBody(String body) {
        return new Meetings(body);
    }

    public Meetings on(LocalDate date) {
        return on(date.toString());
    }

    /** The date as typed, also one that is no date. */
    public Meetings on(String date) {
        variables.put(MEETING_DATE, date);
        return this;
    }

    /** Held in person, said explicitly (the form's checkbox left unticked). */
    public Meetings inPerson() {
        variables.put(BY_COMMUNICATION, false);
        return this;
    }

    public Meetings byCommunication() {
        variables.put(BY_COMMUNICATION, true);
        return this;
    }

    /** The start variables. */
    public Map<String, Object> build() {
        return new LinkedHashMap<>(variables);
    }

    /** The start variables as the REST API takes them: {@code {"body": {"value": "COUNCIL"}, …}}. */
    public Map<String, Object> buildForRest() {
        Map<String, Object> rest = new LinkedHashMap<>();
        variables.forEach((name, value) -> rest.put(name, value instanceof Boolean
                ? Map.of("value", value, "type", "Boolean") : Map.of("value", value)));
        return rest;
    }

    /** What the clerk confirms the agenda with: the cases taken off it (none: an empty text). */
    public static Map<String, Object> removing(Collection<String> caseNumbers) {
        return removing(String.join(",", caseNumbers));
    }

    /** What the clerk confirms the agenda with, as typed: case numbers separated by commas or spaces. */
    public static Map<String, Object> removing(String caseNumbers) {
        Map<String, Object> confirmed = new LinkedHashMap<>();
        confirmed.put(REMOVED_CASES, caseNumbers);
        return confirmed;
    }

    /** The attendance roll. */
    public static Map<String, Object> attendance(int inPerson, int byProxy) {
        Map<String, Object> roll = new LinkedHashMap<>();
        roll.put(PRESENT_IN_PERSON, inPerson);
        roll.put(PRESENT_BY_PROXY, byProxy);
        return roll;
    }

    /** The votes on the agenda item in hand. */
    public static Map<String, Object> votes(int inFavour, int against, int abstentions) {
        Map<String, Object> tally = new LinkedHashMap<>();
        tally.put(VOTES_FOR, inFavour);
        tally.put(VOTES_AGAINST, against);
        tally.put(ABSTENTIONS, abstentions);
        return tally;
    }

    /** Every case waits for this meeting: nothing taken off the agenda. */
    public static Map<String, Object> agendaAsGathered() {
        return removing(List.of());
    }
}
