package cn.chia.governance.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.AttendanceRoll.Presence;
import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.CommunicationMeeting.Vote;
import cn.chia.governance.charter.Decision;
import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.charter.Outcome;
import cn.chia.governance.charter.QuorumCheck;
import cn.chia.governance.charter.ResignationCheck.Sitting;

/**
 * The record of governance meetings: who met, whether the quorum was there, and each numbered
 * resolution with every count, the rule and its clause. Written in the engine's transaction.
 */
@Component
public class MeetingRecords {

    public enum Status { OPEN, ADJOURNED, HELD, NOTHING_TO_DECIDE }

    /**
     * A meeting as opened; {@code specialCircumstances} and {@code votesDueBy} are a meeting by communication's (null
     * for a meeting in person).
     */
    public record Meeting(String businessKey, Body body, LocalDate meetingDate, boolean byCommunication, int seats,
            Integer presentInPerson, Integer presentByProxy, String quorumReason, Status status,
            String specialCircumstances, LocalDate votesDueBy) {
    }

    /**
     * A numbered resolution: {@code date} is the meeting's day, on which it was resolved ({@link
     * cn.chia.governance.charter.MeetingDay}); {@code decidedAt} is when the clerk recorded it; {@code didNotVote}
     * those present who did not vote, as the clerk recorded them ({@code null} when none were recorded); {@code title}
     * the case's title on the agenda ({@code null} when it had none, or for a resolution recorded before titles were
     * kept).
     */
    public record Resolution(String resolutionNumber, String caseNumber, String title, String matter, String body, int seats,
            int presentInPerson, int presentByProxy, int votesFor, int votesAgainst, int abstentions,
            int requiredVotes, String rule, String clause, String outcome, String reason, String reasonZh, LocalDateTime decidedAt,
            LocalDate date, Integer didNotVote) {
    }

    /**
     * One member on the meeting's roster, as it stood on the meeting's day when the meeting opened; {@code attendance}
     * is null until the attendance is taken, {@code representedBy} the representative's roster number and name.
     */
    public record Attendee(long rosterNumber, String name, String organisation, Presence attendance,
            Long representedBy, String representedByName) {
    }

    /** A meeting and the resolutions it took, as the list of meetings shows them. */
    public record Listed(Meeting meeting, List<Resolution> resolutions) {
    }

    /** A person of the roster, as the meeting keeps them. */
    public record RosterMember(long rosterNumber, String name, String organisation) {
    }

    /**
     * Published, in the meeting's transaction, once the attendance of a meeting is recorded by name: whatever
     * follows from who came (a director's absences) listens for it, without the meeting knowing.
     */
    public record AttendanceRecorded(String meetingKey, Body body) {
    }

    /**
     * A vote cast by name at a meeting by communication: who, on which case, how, and whether the member cast it in
     * Tasklist or the Secretariat recorded it from a vote received in writing ({@code recordedBy}: the clerk, or null).
     */
    public record NamedVote(String caseNumber, long rosterNumber, String name, Vote vote, String recordedBy) {
    }

    /** A member's ballot at a meeting by communication: whose it is and the member's account, if any. */
    public record Ballot(String meetingKey, long rosterNumber, String name, String userId) {
    }

    /**
     * The minutes: the meeting, its attendance by name (empty for a body without a roster), its resolutions, for a
     * meeting by communication every vote by name (empty otherwise), and the reports it received without a vote.
     */
    public record Minutes(Meeting meeting, List<Attendee> attendance, List<Resolution> resolutions,
            List<NamedVote> votes, List<MeetingReports.Report> reports, List<Election> elections) {
    }

    /**
     * An election by secret ballot held at the meeting, once decided: its resolution with the result and the counts'
     * reason, never anyone's vote.
     */
    public record Election(String ballotKey, String office, int seats, List<String> elected, int unfilled,
            String resolutionNumber, String reason, String reasonZh) {
    }

    private final JdbcClient jdbc;
    private final CaseNumbers caseNumbers;
    private final Clock clock;
    private final MeetingReports reports;
    private final ApplicationEventPublisher events;

    public MeetingRecords(JdbcClient jdbc, CaseNumbers caseNumbers, Clock clock, MeetingReports reports,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
        this.reports = reports;
        this.events = events;
    }

    /**
     * Records a meeting opened; a meeting by communication with its special circumstances and the day by which its
     * votes are due.
     */
    public void open(String businessKey, Body body, LocalDate meetingDate, boolean byCommunication, int seats,
            String specialCircumstances, LocalDate votesDueBy) {
        jdbc.sql("""
                INSERT INTO gov_meeting (business_key, body, meeting_date, by_communication, seats, status, opened_at,
                    special_circumstances, votes_due_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(businessKey, body.name(), meetingDate, byCommunication, seats, Status.OPEN.name(),
                        LocalDateTime.now(clock), specialCircumstances, votesDueBy)
                .update();
    }

    /** Keeps the roster's serving members on the meeting's day with the meeting, in the roster's order. */
    public void recordRoster(String businessKey, List<RosterMember> members) {
        int position = 0;
        for (RosterMember member : members) {
            jdbc.sql("""
                    INSERT INTO gov_meeting_attendee (meeting_key, roster_number, position, name, organisation)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(businessKey, member.rosterNumber(), position++, member.name(), member.organisation()).update();
        }
    }

    /**
     * Opens a ballot for each member of a meeting by communication's roster ({@code accounts}: roster number → user
     * account, null for a member without one), in the roster's order.
     */
    public void openBallots(String meetingKey, Map<Long, String> accounts) {
        accounts.forEach((number, userId) -> jdbc.sql("""
                INSERT INTO gov_meeting_ballot (meeting_key, roster_number, user_id) VALUES (?, ?, ?)""")
                .params(meetingKey, number, userId).update());
    }

    /** The member's ballot at the meeting. */
    public Optional<Ballot> ballot(String meetingKey, long rosterNumber) {
        return jdbc.sql(BALLOTS + " WHERE b.meeting_key = ? AND b.roster_number = ?").params(meetingKey, rosterNumber)
                .query(MeetingRecords::ballotRow).optional();
    }

    /** The ballot a Tasklist task asks for: the task's id, not anything a caller sends, says whose vote it is. */
    public Optional<Ballot> ballotOfTask(String taskId) {
        return jdbc.sql(BALLOTS + " WHERE b.task_id = ?").param(taskId).query(MeetingRecords::ballotRow).optional();
    }

    /** Keeps the task that asks the member for their ballot. */
    public void askForBallot(String meetingKey, long rosterNumber, String taskId) {
        jdbc.sql("UPDATE gov_meeting_ballot SET task_id = ? WHERE meeting_key = ? AND roster_number = ?")
                .params(taskId, meetingKey, rosterNumber).update();
    }

    /**
     * Records the member's votes, one per agenda item, and the ballot as cast ({@code castBy}: who completed the task).
     * A ballot is cast once: a second one for the same member is refused by the database.
     */
    public void castBallot(String meetingKey, long rosterNumber, Map<String, Vote> votes, String castBy) {
        int cast = jdbc.sql("""
                UPDATE gov_meeting_ballot SET cast_at = ?, cast_by = ?
                WHERE meeting_key = ? AND roster_number = ? AND cast_at IS NULL""")
                .params(LocalDateTime.now(clock), castBy, meetingKey, rosterNumber).update();
        if (cast != 1) {
            throw new AlreadyRecorded("会议 " + meetingKey + " 上名册编号为 " + rosterNumber + " 的表决票已经投出。",
                    "The ballot of roster number " + rosterNumber + " at " + meetingKey + " was cast already.");
        }
        votes.forEach((caseNumber, vote) -> jdbc.sql("""
                INSERT INTO gov_meeting_vote (meeting_key, roster_number, case_number, vote) VALUES (?, ?, ?, ?)""")
                .params(meetingKey, rosterNumber, caseNumber, vote.name()).update());
    }

    /** The roster numbers of the members who voted, in the roster's order. */
    public List<Long> voters(String meetingKey) {
        return jdbc.sql("""
                SELECT b.roster_number FROM gov_meeting_ballot b JOIN gov_meeting_attendee a
                    ON a.meeting_key = b.meeting_key AND a.roster_number = b.roster_number
                WHERE b.meeting_key = ? AND b.cast_at IS NOT NULL ORDER BY a.position""")
                .param(meetingKey).query(Long.class).list();
    }

    /** The votes cast by name on one case. */
    public List<Vote> votesOn(String meetingKey, String caseNumber) {
        return jdbc.sql("SELECT vote FROM gov_meeting_vote WHERE meeting_key = ? AND case_number = ?")
                .params(meetingKey, caseNumber).query((rs, row) -> Vote.valueOf(rs.getString("vote"))).list();
    }

    private static final String BALLOTS = """
            SELECT b.*, a.name FROM gov_meeting_ballot b JOIN gov_meeting_attendee a
                ON a.meeting_key = b.meeting_key AND a.roster_number = b.roster_number""";

    private static Ballot ballotRow(ResultSet rs, int row) throws SQLException {
        return new Ballot(rs.getString("meeting_key"), rs.getLong("roster_number"), rs.getString("name"),
                rs.getString("user_id"));
    }

    private List<NamedVote> votesOf(String meetingKey) {
        return jdbc.sql("""
                SELECT v.case_number, v.roster_number, a.name, v.vote, b.user_id, b.cast_by FROM gov_meeting_vote v
                JOIN gov_meeting_ballot b ON b.meeting_key = v.meeting_key AND b.roster_number = v.roster_number
                JOIN gov_meeting_attendee a ON a.meeting_key = v.meeting_key AND a.roster_number = v.roster_number
                WHERE v.meeting_key = ? ORDER BY v.case_number, a.position""")
                .param(meetingKey)
                .query((rs, row) -> new NamedVote(rs.getString("case_number"), rs.getLong("roster_number"),
                        rs.getString("name"), Vote.valueOf(rs.getString("vote")),
                        rs.getString("cast_by") != null && !rs.getString("cast_by").equals(rs.getString("user_id"))
                                ? rs.getString("cast_by") : null))
                .list();
    }

    /** The roster the meeting opened with, in its order; empty for a body without a recorded roster. */
    public List<Attendee> attendance(String businessKey) {
        return jdbc.sql("""
                SELECT a.*, r.name AS representative FROM gov_meeting_attendee a
                LEFT JOIN gov_meeting_attendee r ON r.meeting_key = a.meeting_key AND r.roster_number = a.represented_by
                WHERE a.meeting_key = ? ORDER BY a.position""")
                .param(businessKey)
                .query((rs, row) -> new Attendee(rs.getLong("roster_number"), rs.getString("name"),
                        rs.getString("organisation"),
                        rs.getString("attendance") == null ? null : Presence.valueOf(rs.getString("attendance")),
                        (Long) rs.getObject("represented_by", Long.class), rs.getString("representative")))
                .list();
    }

    /**
     * Records how each member on the meeting's roster took part; {@code representedBy}: absent → representative.
     * Publishes {@link AttendanceRecorded}.
     */
    public void recordAttendance(String businessKey, Map<Long, Presence> presence, Map<Long, Long> representedBy) {
        presence.forEach((number, how) -> jdbc.sql("""
                UPDATE gov_meeting_attendee SET attendance = ?, represented_by = ?
                WHERE meeting_key = ? AND roster_number = ?""")
                .params(how.name(), representedBy.get(number), businessKey, number).update());
        meeting(businessKey).ifPresent(meeting -> events.publishEvent(new AttendanceRecorded(businessKey, meeting.body())));
    }

    /** The roster numbers recorded absent without reason at the meeting. */
    public List<Long> absentWithoutReason(String businessKey) {
        return jdbc.sql("""
                SELECT roster_number FROM gov_meeting_attendee WHERE meeting_key = ? AND attendance = ?
                ORDER BY position""")
                .params(businessKey, Presence.ABSENT.name()).query(Long.class).list();
    }

    /**
     * How the member of that roster number took part in each meeting of the body whose attendance was taken by name
     * (held, adjourned or still open), in the order the meetings were held.
     */
    public List<Sitting> sittings(Body body, long rosterNumber) {
        return jdbc.sql("""
                SELECT m.business_key, m.meeting_date, a.attendance FROM gov_meeting_attendee a
                JOIN gov_meeting m ON m.business_key = a.meeting_key
                WHERE m.body = ? AND a.roster_number = ? AND a.attendance IS NOT NULL
                ORDER BY m.meeting_date, m.business_key""")
                .params(body.name(), rosterNumber)
                .query((rs, row) -> new Sitting(rs.getString("business_key"), rs.getObject("meeting_date", LocalDate.class),
                        Presence.valueOf(rs.getString("attendance"))))
                .list();
    }

    /** Records the attendance and whether the meeting could be held. */
    public void recordQuorum(String businessKey, QuorumCheck quorum) {
        jdbc.sql("""
                UPDATE gov_meeting SET present_in_person = ?, present_by_proxy = ?, quorum_reason = ?, status = ?
                WHERE business_key = ?""")
                .params(quorum.inPerson(), quorum.byProxy(), quorum.reason(),
                        (quorum.met() ? Status.OPEN : Status.ADJOURNED).name(), businessKey)
                .update();
    }

    /** Closes an open meeting: held when attendance was taken, otherwise closed with nothing to decide. */
    public void close(String businessKey) {
        jdbc.sql("""
                UPDATE gov_meeting SET status = CASE WHEN present_in_person IS NULL THEN ? ELSE ? END
                WHERE business_key = ? AND status = ?""")
                .params(Status.NOTHING_TO_DECIDE.name(), Status.HELD.name(), businessKey, Status.OPEN.name())
                .update();
    }

    /**
     * Stores the decision on one case as the next numbered resolution, and answers its number; {@code title} the
     * case's title on the agenda ({@code null} when none), {@code didNotVote} as the clerk recorded it, {@code null}
     * when none was.
     */
    public String recordResolution(String meetingKey, String caseNumber, String title, Decision decision,
            Integer didNotVote) {
        String number = caseNumbers.next(CaseNumbers.Kind.RESOLUTION);
        jdbc.sql("""
                INSERT INTO gov_resolution (resolution_number, meeting_key, case_number, title, matter, body, seats,
                    present_in_person, present_by_proxy, votes_for, votes_against, abstentions, required_votes,
                    rule_text, clause, outcome, reason, reason_zh, decided_at, did_not_vote)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(number, meetingKey, caseNumber, title, decision.matter().name(), decision.body().name(),
                        decision.seats(), decision.inPerson(), decision.byProxy(), decision.votes().inFavour(),
                        decision.votes().against(), decision.votes().abstentions(), decision.required(),
                        decision.rule().describe(decision.comparison()), decision.rule().clause(),
                        decision.outcome().name(), decision.reason(Language.EN), decision.reason(Language.ZH),
                        LocalDateTime.now(clock), didNotVote)
                .update();
        return number;
    }

    public Optional<Minutes> minutes(String businessKey) {
        return meeting(businessKey).map(meeting -> new Minutes(meeting, attendance(businessKey),
                resolutionsOf(businessKey), votesOf(businessKey), reports.of(businessKey), electionsAt(businessKey)));
    }

    private List<Election> electionsAt(String meetingKey) {
        return jdbc.sql("SELECT * FROM gov_ballot WHERE meeting_key = ? AND status = 'CLOSED' ORDER BY resolution_number")
                .param(meetingKey).query((rs, row) -> new Election(rs.getString("ballot_key"), rs.getString("office"),
                        rs.getInt("seats"), rs.getString("elected") == null || rs.getString("elected").isEmpty() ? List.of()
                                : List.of(rs.getString("elected").split("\n")),
                        rs.getInt("unfilled"), rs.getString("resolution_number"), rs.getString("reason"),
                        rs.getString("reason_zh")))
                .list();
    }

    /** The meeting as opened and recorded: its body and seats are the register's, not a form's. */
    public Optional<Meeting> meeting(String businessKey) {
        return jdbc.sql("SELECT * FROM gov_meeting WHERE business_key = ?").param(businessKey)
                .query(MeetingRecords::meetingRow).optional();
    }

    /**
     * The meetings of the body dated in the year (either {@code null}: any), the latest first, each with the
     * resolutions it took in their order: two queries, whatever the number of meetings.
     */
    public List<Listed> list(Body body, Integer year) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (body != null) {
            where.append(" AND m.body = ?");
            params.add(body.name());
        }
        if (year != null) {
            where.append(" AND m.meeting_date >= ? AND m.meeting_date < ?");
            params.add(LocalDate.of(year, 1, 1));
            params.add(LocalDate.of(year + 1, 1, 1));
        }
        Map<String, List<Resolution>> resolutions = new HashMap<>();
        jdbc.sql("SELECT r.*, m.meeting_date FROM gov_resolution r JOIN gov_meeting m ON m.business_key = r.meeting_key"
                + where + " ORDER BY r.resolution_number").params(params)
                .query((rs, row) -> Map.entry(rs.getString("meeting_key"), resolutionRow(rs, row))).list()
                .forEach(r -> resolutions.computeIfAbsent(r.getKey(), key -> new ArrayList<>()).add(r.getValue()));
        return jdbc.sql("SELECT m.* FROM gov_meeting m" + where + " ORDER BY m.meeting_date DESC, m.business_key DESC")
                .params(params).query(MeetingRecords::meetingRow).list().stream()
                .map(m -> new Listed(m, resolutions.getOrDefault(m.businessKey(), List.of()))).toList();
    }

    private static Meeting meetingRow(ResultSet rs, int row) throws SQLException {
        return new Meeting(rs.getString("business_key"), Body.valueOf(rs.getString("body")),
                rs.getObject("meeting_date", LocalDate.class), rs.getBoolean("by_communication"),
                rs.getInt("seats"), (Integer) rs.getObject("present_in_person"),
                (Integer) rs.getObject("present_by_proxy"), rs.getString("quorum_reason"),
                Status.valueOf(rs.getString("status")), rs.getString("special_circumstances"),
                rs.getObject("votes_due_by", LocalDate.class));
    }

    /** The last meeting the body held (quorum met, in person or by communication), by its date; empty when it held none. */
    public Optional<Meeting> lastHeld(Body body) {
        return jdbc.sql("""
                SELECT business_key FROM gov_meeting WHERE body = ? AND status = ?
                ORDER BY meeting_date DESC, business_key DESC FETCH FIRST 1 ROWS ONLY""")
                .params(body.name(), Status.HELD.name())
                .query(String.class).optional().flatMap(this::meeting);
    }

    /**
     * The Council meetings open on the day: opened, neither closed nor adjourned, and dated on or before it, the
     * earliest first (the Standing Council acts for the Council only "when the Council is not in session").
     */
    public List<String> councilMeetingsOpenOn(LocalDate on) {
        return jdbc.sql("""
                SELECT business_key FROM gov_meeting WHERE body = ? AND status = ? AND meeting_date <= ?
                ORDER BY meeting_date, business_key""")
                .params(Body.COUNCIL.name(), Status.OPEN.name(), on).query(String.class).list();
    }

    public Optional<Resolution> resolution(String resolutionNumber) {
        return jdbc.sql("""
                SELECT r.*, m.meeting_date FROM gov_resolution r JOIN gov_meeting m ON m.business_key = r.meeting_key
                WHERE r.resolution_number = ?""").param(resolutionNumber)
                .query(MeetingRecords::resolutionRow).optional();
    }

    /** Every resolution decided on the case, in the order of their numbers. */
    public List<Resolution> resolutionsOn(String caseNumber) {
        return jdbc.sql("""
                SELECT r.*, m.meeting_date FROM gov_resolution r JOIN gov_meeting m ON m.business_key = r.meeting_key
                WHERE r.case_number = ? ORDER BY r.resolution_number""").param(caseNumber)
                .query(MeetingRecords::resolutionRow).list();
    }

    /** The meeting whose minutes hold the resolution. */
    public Optional<String> meetingOf(String resolutionNumber) {
        return jdbc.sql("SELECT meeting_key FROM gov_resolution WHERE resolution_number = ?").param(resolutionNumber)
                .query(String.class).optional();
    }

    /**
     * The resolution, if the minutes hold it as decided on that very case, on one of the matters, with that
     * outcome: what the register stands on when it admits, expels or changes the roster, and what a case
     * accepts as a meeting's decision.
     *
     * @throws ResolutionRefused naming what is wrong, in Chinese and English
     */
    public Resolution decidedOn(String resolutionNumber, String caseNumber, Outcome outcome, Set<Matter> matters) {
        if (resolutionNumber == null || resolutionNumber.isBlank()) {
            throw new ResolutionRefused("案件 " + caseNumber + " 没有决议编号。",
                    "Case " + caseNumber + " names no resolution.");
        }
        Resolution resolution = resolution(resolutionNumber).orElseThrow(() -> new ResolutionRefused(
                "会议记录中没有第 " + resolutionNumber + " 号决议。",
                "The minutes hold no resolution " + resolutionNumber + "."));
        if (!resolution.caseNumber().equals(caseNumber)) {
            throw new ResolutionRefused("第 " + resolutionNumber + " 号决议是就案件 " + resolution.caseNumber()
                    + " 作出的，不是案件 " + caseNumber + "。", "Resolution " + resolutionNumber + " decided case "
                    + resolution.caseNumber() + ", not case " + caseNumber + ".");
        }
        if (matters.stream().noneMatch(matter -> matter.name().equals(resolution.matter()))) {
            throw new ResolutionRefused("第 " + resolutionNumber + " 号决议的事项不属于本案。",
                    "Resolution " + resolutionNumber + " decided the matter '" + matterTitle(resolution.matter())
                            + "', not " + matters.stream().map(m -> "'" + m.title() + "'").sorted()
                                    .collect(Collectors.joining(" or ")) + ".");
        }
        if (!outcome.name().equals(resolution.outcome())) {
            throw new ResolutionRefused(outcome == Outcome.ADOPTED
                    ? "第 " + resolutionNumber + " 号决议未获通过。" : "第 " + resolutionNumber + " 号决议已获通过。",
                    "Resolution " + resolutionNumber + " was " + (outcome == Outcome.ADOPTED ? "rejected, not adopted."
                            : "adopted, not rejected."));
        }
        return resolution;
    }

    /** "Admission of a member" for ADMISSION; a name no matter has, as it is. */
    private static String matterTitle(String stored) {
        return java.util.Arrays.stream(Matter.values()).filter(m -> m.name().equals(stored)).findFirst()
                .map(Matter::title).orElse(stored);
    }

    private List<Resolution> resolutionsOf(String meetingKey) {
        return jdbc.sql("""
                SELECT r.*, m.meeting_date FROM gov_resolution r JOIN gov_meeting m ON m.business_key = r.meeting_key
                WHERE r.meeting_key = ? ORDER BY r.resolution_number""")
                .param(meetingKey)
                .query(MeetingRecords::resolutionRow)
                .list();
    }

    private static Resolution resolutionRow(ResultSet rs, int row) throws SQLException {
        return new Resolution(rs.getString("resolution_number"), rs.getString("case_number"), rs.getString("title"),
                rs.getString("matter"), rs.getString("body"), rs.getInt("seats"),
                rs.getInt("present_in_person"), rs.getInt("present_by_proxy"), rs.getInt("votes_for"),
                rs.getInt("votes_against"), rs.getInt("abstentions"), rs.getInt("required_votes"),
                rs.getString("rule_text"), rs.getString("clause"), rs.getString("outcome"),
                rs.getString("reason"), rs.getString("reason_zh"), rs.getObject("decided_at", LocalDateTime.class),
                rs.getObject("meeting_date", LocalDate.class), rs.getObject("did_not_vote", Integer.class));
    }
}
