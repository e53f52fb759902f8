package cn.chia.governance.renewal;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.CouncilElections;

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
        List<String> problems = elections.problems();
        if (!problems.isEmpty()) {
            throw new BadUserRequestException("新一届理事会的选举无法进行。 The new Council's elections cannot be held: "
                    + String.join(" ", problems));
        }
        renewal.councilElectionsPrepared(elections);
    }
}
