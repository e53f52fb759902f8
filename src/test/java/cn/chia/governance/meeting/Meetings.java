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
        RECORD_VOTES("UserTask_RecordVotes"),
        CONFIRM_RESOLUTION("UserTask_ConfirmResolution"),
        CAST_BALLOT("UserTask_CastBallot");

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

    /** Today in Beijing: a meeting whose attendance may be recorded at once (not before the meeting's day). */
    public Meetings today() {
        return on(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
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

    /** By communication, without anything else: the charter's conditions then refuse it. */
    public Meetings byCommunication() {
        variables.put(BY_COMMUNICATION, true);
        return this;
    }

    /** By communication, for these special circumstances, the votes due by that day ({@code null}: none given). */
    public Meetings byCommunication(String specialCircumstances, LocalDate votesDueBy) {
        variables.put(BY_COMMUNICATION, true);
        variables.put(MeetingCase.SPECIAL_CIRCUMSTANCES, specialCircumstances);
        variables.put(MeetingCase.VOTES_DUE_BY, votesDueBy == null ? null : votesDueBy.toString());
        return this;
    }

    /** The start variables. */
    public Map<String, Object> build() {
        return new LinkedHashMap<>(variables);
    }

    /** The start variables as the REST API takes them: {@code {"body": {"value": "COUNCIL"}, …}}. */
    public Map<String, Object> buildForRest() {
        Map<String, Object> rest = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            if (value != null) {
                rest.put(name, value instanceof Boolean ? Map.of("value", value, "type", "Boolean") : Map.of("value", value));
            }
        });
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

    /**
     * The attendance roll by roster number, for a body with a recorded roster:
     * {@code Meetings.attendanceByName().inPerson(1, 2, 3).represents(3, 4).excused(5).build()}; everyone else on the
     * roster is absent.
     */
    public static Roll attendanceByName() {
        return new Roll();
    }

    /** An attendance roll by roster number; {@link #withCounts} adds head counts, as a client may send both. */
    public static final class Roll {

        private final List<Long> inPerson = new java.util.ArrayList<>();
        private final Map<String, Long> byProxy = new LinkedHashMap<>();
        private final List<Long> excused = new java.util.ArrayList<>();
        private Integer presentInPerson;
        private Integer presentByProxy;

        public Roll inPerson(long... numbers) {
            for (long number : numbers) {
                inPerson.add(number);
            }
            return this;
        }

        public Roll inPerson(Collection<Long> numbers) {
            inPerson.addAll(numbers);
            return this;
        }

        /** {@code representative}, present in person, holds the proxy of the absent {@code absent}. */
        public Roll represents(long representative, long absent) {
            byProxy.put(String.valueOf(absent), representative);
            return this;
        }

        public Roll excused(long... numbers) {
            for (long number : numbers) {
                excused.add(number);
            }
            return this;
        }

        public Roll withCounts(int inPerson, int byProxy) {
            presentInPerson = inPerson;
            presentByProxy = byProxy;
            return this;
        }

        /** The variables as the Java API takes them (lists and a map, stored as JSON). */
        public Map<String, Object> build() {
            Map<String, Object> roll = new LinkedHashMap<>();
            roll.put(MeetingCase.ATTENDEES_IN_PERSON, new java.util.ArrayList<>(inPerson));
            if (!byProxy.isEmpty()) {
                roll.put(MeetingCase.ATTENDEES_BY_PROXY, new LinkedHashMap<>(byProxy));
            }
            if (!excused.isEmpty()) {
                roll.put(MeetingCase.EXCUSED_ABSENCES, new java.util.ArrayList<>(excused));
            }
            if (presentInPerson != null) {
                roll.put(PRESENT_IN_PERSON, presentInPerson);
                roll.put(PRESENT_BY_PROXY, presentByProxy);
            }
            return roll;
        }

        /** The variables as /engine-rest takes them: the lists and the object as JSON variables. */
        public Map<String, Object> buildForRest() {
            Map<String, Object> rest = new LinkedHashMap<>();
            build().forEach((name, value) -> rest.put(name, value instanceof Number
                    ? Map.of("value", value) : Map.of("value", json(value), "type", "Json")));
            return rest;
        }

        private static String json(Object value) {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The votes on the agenda item in hand. */
    public static Map<String, Object> votes(int inFavour, int against, int abstentions) {
        Map<String, Object> tally = new LinkedHashMap<>();
        tally.put(VOTES_FOR, inFavour);
        tally.put(VOTES_AGAINST, against);
        tally.put(ABSTENTIONS, abstentions);
        return tally;
    }

    /** The votes on the agenda item in hand, and how many of those present did not vote. */
    public static Map<String, Object> votes(int inFavour, int against, int abstentions, int didNotVote) {
        Map<String, Object> tally = votes(inFavour, against, abstentions);
        tally.put(MeetingCase.DID_NOT_VOTE, didNotVote);
        return tally;
    }

    /** The clerk's answer at the last look: the resolution is numbered. */
    public static Map<String, Object> confirmed() {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put(MeetingCase.LAST_LOOK_CHOICE, MeetingCase.CONFIRM);
        return answer;
    }

    /** The clerk's answer at the last look: back to the votes to correct them. */
    public static Map<String, Object> corrected() {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put(MeetingCase.LAST_LOOK_CHOICE, MeetingCase.CORRECT);
        return answer;
    }

    /** An answer as /engine-rest takes it: {@code {"lastLookChoice": {"value": "CONFIRM"}}}. */
    public static Map<String, Object> forRest(Map<String, Object> variables) {
        Map<String, Object> rest = new LinkedHashMap<>();
        variables.forEach((name, value) -> rest.put(name, Map.of("value", value)));
        return rest;
    }

    /**
     * A member's ballot at a meeting by communication: case number, vote, case number, vote, …
     * ({@code Meetings.ballot("APP-2026-000001", "FOR", "EXP-2026-0001", "ABSTAIN")}).
     */
    public static Map<String, Object> ballot(String... caseAndVote) {
        Map<String, Object> ballot = new LinkedHashMap<>();
        ballot.put(MeetingCase.BALLOT, entries(caseAndVote));
        return ballot;
    }

    /** The ballot as /engine-rest takes it: a JSON variable, as Tasklist sends its dynamic list. */
    public static Map<String, Object> ballotForRest(String... caseAndVote) {
        return Map.of(MeetingCase.BALLOT, Map.of("value", Roll.json(entries(caseAndVote)), "type", "Json"));
    }

    private static List<Map<String, String>> entries(String... caseAndVote) {
        List<Map<String, String>> entries = new java.util.ArrayList<>();
        for (int i = 0; i < caseAndVote.length; i += 2) {
            entries.add(Map.of(cn.chia.governance.process.WaitingCase.CASE_NUMBER, caseAndVote[i],
                    MeetingCase.BALLOT_VOTE, caseAndVote[i + 1]));
        }
        return entries;
    }

    /** Every case waits for this meeting: nothing taken off the agenda. */
    public static Map<String, Object> agendaAsGathered() {
        return removing(List.of());
    }
}
