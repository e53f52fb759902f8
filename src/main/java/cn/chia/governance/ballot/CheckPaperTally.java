package cn.chia.governance.ballot;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.SecretBallot.PaperTally;
import cn.chia.governance.register.BallotRecords;

/**
 * The scrutineers' tally of a paper round (task listener, complete): refused with every reason when it does not add
 * up, the task staying open; recorded otherwise.
 */
@Component("checkPaperTally")
class CheckPaperTally implements TaskListener {

    private final BallotRecords ballots;

    CheckPaperTally(BallotRecords ballots) {
        this.ballots = ballots;
    }

    @Override
    public void notify(DelegateTask task) {
        BallotCase ballot = BallotCase.of(task);
        PaperTally tally = ballot.paperTally();
        List<String> problems = tally.problems(ballot.roundCandidates(), ballot.roundSeats());
        if (!problems.isEmpty()) {
            throw new BadUserRequestException(String.join(" ", problems));
        }
        ballots.recordPaperTally(ballot.caseNumber(), ballot.round(), tally);
    }
}
