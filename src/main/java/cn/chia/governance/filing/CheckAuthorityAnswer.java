package cn.chia.governance.filing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Words;
import cn.chia.governance.filing.AuthorityAnswer.Answer;
import cn.chia.governance.process.Refusal;

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
        Words authority = reply.authority().words();
        List<String> allowed = reply.allowedAnswers();
        Optional<Answer> answer = reply.answer();
        if (answer.isEmpty() || !allowed.contains(answer.get().name())) {
            Words answers = reply.allowedAnswersInWords();
            throw new Refusal("请登记" + authority.zh() + "的答复：" + answers.zh() + "；收到的是 " + reply.givenAnswer() + "。",
                    "Record " + authority.en() + "'s answer as one of " + answers.en() + "; got " + reply.givenAnswer() + ".");
        }
        LocalDate answeredOn = reply.answeredOn();
        if (answeredOn.isAfter(LocalDate.now(clock))) {
            throw new Refusal("答复日期 " + answeredOn + " 在将来。", "The date of the answer, " + answeredOn
                    + ", lies in the future.");
        }
        Optional<LocalDate> submittedOn = reply.dossier().submittedOn();
        if (submittedOn.isPresent() && answeredOn.isBefore(submittedOn.get())) {
            throw new Refusal("答复日期不能早于报送日期 " + reply.dossier().submittedOnAsRecorded() + "。",
                    "The answer cannot predate the submission of " + reply.dossier().submittedOnAsRecorded() + ".");
        }
        String note = reply.note();
        if (answer.get() != Answer.APPROVED && (note == null || note.isBlank())) {
            throw new Refusal("请登记" + authority.zh() + "给出的理由。", "Record the reason " + authority.en() + " gave.");
        }
        reply.recordAnsweredOn(answeredOn);
    }
}
