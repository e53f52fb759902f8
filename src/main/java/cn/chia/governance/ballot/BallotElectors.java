package cn.chia.governance.ballot;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The electors who get a ballot task in an electronic round: {@code ${ballotElectors.of(execution)}}. */
@Component("ballotElectors")
public class BallotElectors {

    public List<String> of(DelegateExecution execution) {
        return BallotCase.of(execution).electorsOfTheRound();
    }
}
