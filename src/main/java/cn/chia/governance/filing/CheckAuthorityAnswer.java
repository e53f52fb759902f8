package cn.chia.governance.filing;

import cn.chia.governance.process.Dates;

import static cn.chia.governance.filing.AuthorityVariables.ALLOWED_ANSWERS;
import static cn.chia.governance.filing.AuthorityVariables.ANSWERED_ON;
import static cn.chia.governance.filing.AuthorityVariables.APPROVED;
import static cn.chia.governance.filing.AuthorityVariables.AUTHORITY;
import static cn.chia.governance.filing.AuthorityVariables.AUTHORITY_ANSWER;
import static cn.chia.governance.filing.AuthorityVariables.AUTHORITY_NOTE;
import static cn.chia.governance.filing.AuthorityVariables.SUBMITTED_ON;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks an authority's answer before the case follows it: a known answer, a real date, and why when not approved. */
@Component("checkAuthorityAnswer")
class CheckAuthorityAnswer implements TaskListener {

    private final Clock clock;

    CheckAuthorityAnswer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> allowed = Arrays.asList(((String) task.getVariable(ALLOWED_ANSWERS)).split(","));
        Object answer = task.getVariable(AUTHORITY_ANSWER);
        if (answer == null || !allowed.contains(answer.toString())) {
            throw new BadUserRequestException("Record " + task.getVariable(AUTHORITY) + "'s answer as one of "
                    + allowed + "; got " + answer + ".");
        }
        LocalDate answeredOn = Dates.of(task.getVariable(ANSWERED_ON), "the date of the answer");
        if (answeredOn.isAfter(LocalDate.now(clock))) {
            throw new BadUserRequestException("The date of the answer, " + answeredOn + ", lies in the future.");
        }
        Object submittedOn = task.getVariable(SUBMITTED_ON);
        if (submittedOn != null && answeredOn.isBefore(Dates.of(submittedOn, "the date of submission"))) {
            throw new BadUserRequestException("The answer cannot predate the submission of " + submittedOn + ".");
        }
        Object note = task.getVariable(AUTHORITY_NOTE);
        if (!APPROVED.equals(answer) && (note == null || note.toString().isBlank())) {
            throw new BadUserRequestException("Record the reason " + task.getVariable(AUTHORITY) + " gave.");
        }
        task.setVariable(ANSWERED_ON, answeredOn.toString());
    }
}
