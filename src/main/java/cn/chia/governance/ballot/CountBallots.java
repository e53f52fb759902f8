package cn.chia.governance.ballot;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.SecretBallot;
import cn.chia.governance.charter.SecretBallot.Mode;
import cn.chia.governance.process.CharterSettings;
import cn.chia.governance.register.BallotRecords;
import cn.chia.governance.register.BallotRecords.RoundCounts;

/**
 * Counts a closed round: the counters are read for the first time here. For an electronic round the ballots cast
 * must equal the electors who voted, and no more than the electors; otherwise the count stops with an incident, as
 * the box was tampered with. Then the charter's rule: who is elected, whether a tie goes to a further round.
 */
@Component("countBallots")
class CountBallots implements JavaDelegate {

    private final BallotRecords ballots;
    private final CharterSettings settings;

    CountBallots(BallotRecords ballots, CharterSettings settings) {
        this.ballots = ballots;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BallotCase ballot = BallotCase.of(execution);
        String key = ballot.caseNumber();
        int round = ballot.round();
        RoundCounts counts = ballots.closeRound(key, round);
        if (ballot.mode() == Mode.ELECTRONIC && (counts.ballotsCast() != counts.voters()
                || counts.electors() != null && counts.ballotsCast() > counts.electors())) {
            throw new IllegalStateException("选举 " + key + " 第 " + round + " 轮：票箱中有 " + counts.ballotsCast()
                    + " 张选票，已投票的选举人 " + counts.voters() + " 名，选举人共 " + counts.electors() + " 名。计票停止。 Ballot "
                    + key + ", round " + round + ": " + counts.ballotsCast() + " ballots in the box, " + counts.voters()
                    + " electors marked as having voted, " + counts.electors() + " electors. The count stops.");
        }
        SecretBallot.Count count = SecretBallot.count(counts.seats(), ballot.roundCandidates(), counts.votes(),
                counts.validBallots(), counts.ballotsCast(), settings.electionMajority());
        List<String> elected = new ArrayList<>(ballot.elected());
        elected.addAll(count.elected());
        String ballotsZh = "第 " + round + " 轮：" + (counts.electors() == null ? "发出选票 " + counts.ballotsIssued() + " 张，"
                : "选举人 " + counts.electors() + " 名，") + "收回 " + counts.ballotsCast() + " 张，有效 "
                + counts.validBallots() + " 张，无效 " + counts.invalidBallots() + " 张，应选 " + counts.seats() + " 名。";
        String ballotsEn = "Round " + round + ": " + (counts.electors() == null ? counts.ballotsIssued() + " ballots issued, "
                : counts.electors() + " electors, ") + counts.ballotsCast() + " cast, " + counts.validBallots()
                + " valid, " + counts.invalidBallots() + " invalid, " + counts.seats() + " to elect.";
        ballot.counted(elected, join(ballot.result(), ballotsEn + " " + count.reasonEn()),
                join(ballot.resultZh(), ballotsZh + count.reasonZh()), count.unfilled());
        if (count.furtherRound()) {
            ballots.openRound(key, round + 1, count.furtherRoundSeats(), count.tied(), counts.electors());
            ballot.furtherRound(round + 1, count.furtherRoundSeats(), count.tied());
        }
    }

    private static String join(String before, String round) {
        return before == null || before.isEmpty() ? round : before + "\n" + round;
    }
}
