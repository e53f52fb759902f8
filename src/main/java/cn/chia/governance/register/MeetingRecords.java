package cn.chia.governance.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.Decision;
import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.QuorumCheck;

/**
 * The record of governance meetings: who met, whether the quorum was there, and each numbered
 * resolution with every count, the rule and its clause. Written in the engine's transaction.
 */
@Component
public class MeetingRecords {

    public enum Status { OPEN, ADJOURNED, HELD, NOTHING_TO_DECIDE }

    public record Meeting(String businessKey, Body body, LocalDate meetingDate, boolean byCommunication, int seats,
            Integer presentInPerson, Integer presentByProxy, String quorumReason, Status status) {
    }

    public record Resolution(String resolutionNumber, String caseNumber, String matter, String body, int seats,
            int presentInPerson, int presentByProxy, int votesFor, int votesAgainst, int abstentions,
            int requiredVotes, String rule, String clause, String outcome, String reason, String reasonZh, LocalDateTime decidedAt) {
    }

    public record Minutes(Meeting meeting, List<Resolution> resolutions) {
    }

    private final JdbcClient jdbc;
    private final CaseNumbers caseNumbers;
    private final Clock clock;

    public MeetingRecords(JdbcClient jdbc, CaseNumbers caseNumbers, Clock clock) {
        this.jdbc = jdbc;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
    }

    public void open(String businessKey, Body body, LocalDate meetingDate, boolean byCommunication, int seats) {
        jdbc.sql("""
                INSERT INTO gov_meeting (business_key, body, meeting_date, by_communication, seats, status, opened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(businessKey, body.name(), meetingDate, byCommunication, seats, Status.OPEN.name(),
                        LocalDateTime.now(clock))
                .update();
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

    /** Stores the decision on one case as the next numbered resolution, and answers its number. */
    public String recordResolution(String meetingKey, String caseNumber, Decision decision) {
        String number = caseNumbers.next(CaseNumbers.Kind.RESOLUTION);
        jdbc.sql("""
                INSERT INTO gov_resolution (resolution_number, meeting_key, case_number, matter, body, seats,
                    present_in_person, present_by_proxy, votes_for, votes_against, abstentions, required_votes,
                    rule_text, clause, outcome, reason, reason_zh, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(number, meetingKey, caseNumber, decision.matter().name(), decision.body().name(),
                        decision.seats(), decision.inPerson(), decision.byProxy(), decision.votes().inFavour(),
                        decision.votes().against(), decision.votes().abstentions(), decision.required(),
                        decision.rule().describe(decision.comparison()), decision.rule().clause(),
                        decision.outcome().name(), decision.reason(Language.EN), decision.reason(Language.ZH),
                        LocalDateTime.now(clock))
                .update();
        return number;
    }

    public Optional<Minutes> minutes(String businessKey) {
        return meeting(businessKey).map(meeting -> new Minutes(meeting, resolutionsOf(businessKey)));
    }

    /** The meeting as opened and recorded: its body and seats are the register's, not a form's. */
    public Optional<Meeting> meeting(String businessKey) {
        return jdbc.sql("SELECT * FROM gov_meeting WHERE business_key = ?").param(businessKey)
                .query((rs, row) -> new Meeting(rs.getString("business_key"), Body.valueOf(rs.getString("body")),
                        rs.getObject("meeting_date", LocalDate.class), rs.getBoolean("by_communication"),
                        rs.getInt("seats"), (Integer) rs.getObject("present_in_person"),
                        (Integer) rs.getObject("present_by_proxy"), rs.getString("quorum_reason"),
                        Status.valueOf(rs.getString("status"))))
                .optional();
    }

    private List<Resolution> resolutionsOf(String meetingKey) {
        return jdbc.sql("""
                SELECT * FROM gov_resolution WHERE meeting_key = ? ORDER BY resolution_number""")
                .param(meetingKey)
                .query((rs, row) -> new Resolution(rs.getString("resolution_number"), rs.getString("case_number"),
                        rs.getString("matter"), rs.getString("body"), rs.getInt("seats"),
                        rs.getInt("present_in_person"), rs.getInt("present_by_proxy"), rs.getInt("votes_for"),
                        rs.getInt("votes_against"), rs.getInt("abstentions"), rs.getInt("required_votes"),
                        rs.getString("rule_text"), rs.getString("clause"), rs.getString("outcome"),
                        rs.getString("reason"), rs.getString("reason_zh"), rs.getObject("decided_at", LocalDateTime.class)))
                .list();
    }
}
