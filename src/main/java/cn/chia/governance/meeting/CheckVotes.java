package cn.chia.governance.meeting;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.InvalidTallyException;
import cn.chia.governance.process.CurrentCharter;

/**
 * Checks the votes the clerk records for an agenda item before the task completes: a tally that does not add up
 * (more votes than members present, a negative or missing count) is refused with the reason in Chinese and English,
 * nothing is recorded and the task stays with the clerk who holds it.
 */
@Component("checkVotes")
class CheckVotes implements TaskListener {

    private final CurrentCharter charter;

    CheckVotes(CurrentCharter charter) {
        this.charter = charter;
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            TallyVotes.decide(charter.ofMeeting(task.getExecution()), MeetingCase.of(task));
        } catch (InvalidTallyException doesNotAddUp) {
            throw new BadUserRequestException(doesNotAddUp.bilingual());
        }
    }
}
