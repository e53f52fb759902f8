package cn.chia.governance.renewal;

import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.CouncilElections;
import cn.chia.governance.charter.Words;
import cn.chia.governance.process.Refusal;

/**
 * Checks the new Council's elections as the Secretariat prepares them (task Prepare the new Council's elections):
 * the charter's {@link CouncilElections}, every problem at once; the task stays open until they are right.
 */
@Component("checkCouncilElections")
class CheckCouncilElections implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        RenewalCase renewal = RenewalCase.of(task);
        renewal.councilMode();
        CouncilElections elections = renewal.councilElections();
        List<Words> problems = elections.problems();
        if (!problems.isEmpty()) {
            throw new Refusal(Words.join(Stream.concat(Stream.of(new Words("新一届理事会的选举无法进行。",
                    "The new Council's elections cannot be held:")), problems.stream()).toList()));
        }
        renewal.councilElectionsPrepared(elections);
    }
}
