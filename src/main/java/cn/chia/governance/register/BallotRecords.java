package cn.chia.governance.register;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Words;

import cn.chia.governance.charter.SecretBallot.PaperTally;

/**
 * The record of elections by secret ballot (tables gov_ballot*), written in the engine's transaction. An elector's
 * ballot adds one to the counter of each candidate chosen and to the round's ballots cast, and marks the elector as
 * having voted: no row holds one ballot's choices, and no column a time of voting. The counts are answered only by
 * {@link #minutes(String)} once the election is decided, and to the count at the close of a round.
 */
@Component
public class BallotRecords {

    public enum Status { OPEN, CLOSED }

    /** One round's counts: for an electronic round every ballot cast is valid. */
    public record RoundCounts(int round, int seats, Integer electors, Integer ballotsIssued, int ballotsCast,
            int validBallots, int invalidBallots, int voters, Map<String, Integer> votes) {
    }

    /** The minutes of a decided election: every count of every round, and no one's vote. */
    public record Minutes(String ballotKey, String electingBody, String office, int seats, String mode,
            List<String> elected, int unfilled, String majorityRule, String clause, String reason, String reasonZh,
            String resolutionNumber, LocalDateTime decidedAt, List<RoundCounts> rounds) {
    }

    private static final String VOTED_ALREADY_ZH = "您已在本轮投票，选票投出后不能更改。";
    private static final String VOTED_ALREADY_EN = "You have voted in this round already; a ballot cannot be changed once cast.";
    /** Said to an elector who has voted in this round already. */
    public static final Words VOTED_ALREADY = new Words(VOTED_ALREADY_ZH, VOTED_ALREADY_EN);

    private final JdbcClient jdbc;
    private final CaseNumbers caseNumbers;
    private final Clock clock;

    public BallotRecords(JdbcClient jdbc, CaseNumbers caseNumbers, Clock clock) {
        this.jdbc = jdbc;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
    }

    public void open(String ballotKey, String electingBody, String office, int seats, String mode) {
        jdbc.sql("""
                INSERT INTO gov_ballot (ballot_key, electing_body, office, seats, ballot_mode, status, opened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(ballotKey, electingBody, office, seats, mode, Status.OPEN.name(), LocalDateTime.now(clock))
                .update();
    }

    /** The election is held at that meeting of the electing body: its minutes show the election's resolution. */
    public void heldAt(String ballotKey, String meetingKey) {
        jdbc.sql("UPDATE gov_ballot SET meeting_key = ? WHERE ballot_key = ?").params(meetingKey, ballotKey).update();
    }

    /** A round of {@code seats} among {@code candidates}, their counters at nought; {@code electors} null on paper. */
    public void openRound(String ballotKey, int round, int seats, List<String> candidates, Integer electors) {
        jdbc.sql("""
                INSERT INTO gov_ballot_round (ballot_key, round_number, seats, electors, ballots_cast, status)
                VALUES (?, ?, ?, ?, 0, ?)""").params(ballotKey, round, seats, electors, Status.OPEN.name()).update();
        for (int position = 0; position < candidates.size(); position++) {
            jdbc.sql("""
                    INSERT INTO gov_ballot_count (ballot_key, round_number, position, candidate, votes)
                    VALUES (?, ?, ?, ?, 0)""").params(ballotKey, round, position, candidates.get(position)).update();
        }
    }

    /**
     * Casts one elector's ballot in an open round: the elector marked as having voted (a second ballot is refused),
     * one more ballot cast, one more vote for each candidate chosen. The choices go nowhere else.
     *
     * @throws AlreadyRecorded when the ballot is closed, or (with {@link #VOTED_ALREADY}) when the elector has voted in
     *         this round
     */
    public void cast(String ballotKey, int round, String userId, List<String> choices) {
        int open = jdbc.sql("""
                UPDATE gov_ballot_round SET ballots_cast = ballots_cast + 1
                WHERE ballot_key = ? AND round_number = ? AND status = ?""")
                .params(ballotKey, round, Status.OPEN.name()).update();
        if (open != 1) {
            throw new AlreadyRecorded("投票已结束。", "The ballot is closed.");
        }
        try {
            jdbc.sql("INSERT INTO gov_ballot_voter (ballot_key, round_number, user_id) VALUES (?, ?, ?)")
                    .params(ballotKey, round, userId).update();
        } catch (DuplicateKeyException twice) {
            throw new AlreadyRecorded(VOTED_ALREADY_ZH, VOTED_ALREADY_EN);
        }
        for (String candidate : choices) {
            jdbc.sql("""
                    UPDATE gov_ballot_count SET votes = votes + 1
                    WHERE ballot_key = ? AND round_number = ? AND candidate = ?""")
                    .params(ballotKey, round, candidate).update();
        }
    }

    /** The scrutineers' tally of a paper round. */
    public void recordPaperTally(String ballotKey, int round, PaperTally tally) {
        jdbc.sql("""
                UPDATE gov_ballot_round SET ballots_issued = ?, ballots_cast = ?, valid_ballots = ?, invalid_ballots = ?
                WHERE ballot_key = ? AND round_number = ?""")
                .params(tally.ballotsIssued(), tally.ballotsCast(), tally.validBallots(), tally.invalidBallots(),
                        ballotKey, round).update();
        tally.votes().forEach((candidate, votes) -> jdbc.sql("""
                UPDATE gov_ballot_count SET votes = ? WHERE ballot_key = ? AND round_number = ? AND candidate = ?""")
                .params(votes, ballotKey, round, candidate).update());
    }

    /**
     * Closes a round and answers its counts. Every counter and every mark of a voter is written again in this one
     * transaction, so that no row still carries the database's trace of the ballot that last changed it.
     */
    public RoundCounts closeRound(String ballotKey, int round) {
        jdbc.sql("UPDATE gov_ballot_round SET status = ? WHERE ballot_key = ? AND round_number = ?")
                .params(Status.CLOSED.name(), ballotKey, round).update();
        jdbc.sql("UPDATE gov_ballot_count SET votes = votes WHERE ballot_key = ? AND round_number = ?")
                .params(ballotKey, round).update();
        jdbc.sql("UPDATE gov_ballot_voter SET user_id = user_id WHERE ballot_key = ? AND round_number = ?")
                .params(ballotKey, round).update();
        return counts(ballotKey, round);
    }

    private RoundCounts counts(String ballotKey, int round) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        jdbc.sql("SELECT candidate, votes FROM gov_ballot_count WHERE ballot_key = ? AND round_number = ? ORDER BY position")
                .params(ballotKey, round).query(rs -> {
                    votes.put(rs.getString("candidate"), rs.getInt("votes"));
                });
        int voters = jdbc.sql("SELECT COUNT(*) FROM gov_ballot_voter WHERE ballot_key = ? AND round_number = ?")
                .params(ballotKey, round).query(Integer.class).single();
        return jdbc.sql("SELECT * FROM gov_ballot_round WHERE ballot_key = ? AND round_number = ?")
                .params(ballotKey, round).query((rs, row) -> {
                    int cast = rs.getInt("ballots_cast");
                    Integer valid = (Integer) rs.getObject("valid_ballots", Integer.class);
                    Integer invalid = (Integer) rs.getObject("invalid_ballots", Integer.class);
                    return new RoundCounts(round, rs.getInt("seats"), (Integer) rs.getObject("electors", Integer.class),
                            (Integer) rs.getObject("ballots_issued", Integer.class), cast,
                            valid == null ? cast : valid, invalid == null ? 0 : invalid, voters, Map.copyOf(votes));
                }).single();
    }

    /** The election decided: its result as the next numbered resolution, whose number it answers. */
    public String decide(String ballotKey, List<String> elected, int unfilled, String majorityRule, String clause,
            String reasonEn, String reasonZh) {
        String number = caseNumbers.next(CaseNumbers.Kind.RESOLUTION);
        jdbc.sql("""
                UPDATE gov_ballot SET status = ?, elected = ?, unfilled = ?, majority_rule = ?, clause = ?, reason = ?,
                    reason_zh = ?, resolution_number = ?, decided_at = ?
                WHERE ballot_key = ?""")
                .params(Status.CLOSED.name(), String.join("\n", elected), unfilled, majorityRule, clause,
                        reasonEn, reasonZh, number, LocalDateTime.now(clock), ballotKey).update();
        return number;
    }

    /** The minutes of a decided election; empty while it is open (its counters are not read before). */
    public Optional<Minutes> minutes(String ballotKey) {
        return jdbc.sql("SELECT * FROM gov_ballot WHERE ballot_key = ? AND status = ?")
                .params(ballotKey, Status.CLOSED.name()).query((rs, row) -> new Minutes(rs.getString("ballot_key"),
                        rs.getString("electing_body"), rs.getString("office"), rs.getInt("seats"),
                        rs.getString("ballot_mode"), rs.getString("elected").isEmpty() ? List.of()
                                : Arrays.asList(rs.getString("elected").split("\n")),
                        rs.getInt("unfilled"), rs.getString("majority_rule"), rs.getString("clause"),
                        rs.getString("reason"), rs.getString("reason_zh"), rs.getString("resolution_number"),
                        rs.getTimestamp("decided_at").toLocalDateTime(), List.of()))
                .optional().map(minutes -> new Minutes(minutes.ballotKey(), minutes.electingBody(), minutes.office(),
                        minutes.seats(), minutes.mode(), minutes.elected(), minutes.unfilled(), minutes.majorityRule(),
                        minutes.clause(), minutes.reason(), minutes.reasonZh(), minutes.resolutionNumber(),
                        minutes.decidedAt(), rounds(ballotKey)));
    }

    private List<RoundCounts> rounds(String ballotKey) {
        return jdbc.sql("SELECT round_number FROM gov_ballot_round WHERE ballot_key = ? ORDER BY round_number")
                .param(ballotKey).query(Integer.class).list().stream().map(round -> counts(ballotKey, round)).toList();
    }

    /** Whether the user has voted in the round. */
    public boolean hasVoted(String ballotKey, int round, String userId) {
        return jdbc.sql("SELECT COUNT(*) FROM gov_ballot_voter WHERE ballot_key = ? AND round_number = ? AND user_id = ?")
                .params(ballotKey, round, userId).query(Integer.class).single() > 0;
    }
}
