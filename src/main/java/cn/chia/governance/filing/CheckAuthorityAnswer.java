package cn.chia.governance.filing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.filing.AuthorityAnswer.Answer;

/** Checks an authority's answer before the case follows it: a known answer, a real date, and why when not approved. */
@Component("checkAuthorityAnswer")
class CheckAuthorityAnswer implements TaskListener {

    private final Clock clock;

    CheckAuthorityAnswer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        AuthorityAnswer reply = AuthorityAnswer.of(task);
        List<String> allowed = reply.allowedAnswers();
        Optional<Answer> answer = reply.answer();
        if (answer.isEmpty() || !allowed.contains(answer.get().name())) {
            throw new BadUserRequestException("Record " + reply.authorityName() + "'s answer as one of "
                    + allowed + "; got " + reply.givenAnswer() + ".");
        }
        LocalDate answeredOn = reply.answeredOn();
        if (answeredOn.isAfter(LocalDate.now(clock))) {
            throw new BadUserRequestException("The date of the answer, " + answeredOn + ", lies in the future.");
        }
        Optional<LocalDate> submittedOn = reply.dossier().submittedOn();
        if (submittedOn.isPresent() && answeredOn.isBefore(submittedOn.get())) {
            throw new BadUserRequestException("The answer cannot predate the submission of "
                    + reply.dossier().submittedOnAsRecorded() + ".");
        }
        String note = reply.note();
        if (answer.get() != Answer.APPROVED && (note == null || note.isBlank())) {
            throw new BadUserRequestException("Record the reason " + reply.authorityName() + " gave.");
        }
        reply.recordAnsweredOn(answeredOn);
    }
}
