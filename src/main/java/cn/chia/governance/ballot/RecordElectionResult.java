package cn.chia.governance.ballot;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.ElectionMajority;
import cn.chia.governance.process.CharterSettings;
import cn.chia.governance.register.BallotRecords;

/** Records the election's result, every round's counts with it, as the next numbered resolution. */
@Component("recordElectionResult")
class RecordElectionResult implements JavaDelegate {

    private final BallotRecords ballots;
    private final CharterSettings settings;

    RecordElectionResult(BallotRecords ballots, CharterSettings settings) {
        this.ballots = ballots;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BallotCase ballot = BallotCase.of(execution);
        ElectionMajority majority = settings.electionMajority();
        String number = ballots.decide(ballot.caseNumber(), ballot.elected(), ballot.unfilled(), majority.name(),
                ballot.office().clause() + "; " + ElectionMajority.CLAUSE, ballot.result(), ballot.resultZh());
        ballot.decided(number);
    }
}
