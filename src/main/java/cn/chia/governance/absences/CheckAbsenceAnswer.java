package cn.chia.governance.absences;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.absences.AbsenceCase.Answer;
import cn.chia.governance.process.Refusal;

/**
 * Checks on the server the director's answer the Secretariat records (REST clients skip the form): resigns, or stays
 * with the reasons given; the day of the answer from the request's to today.
 */
@Component("checkAbsenceAnswer")
class CheckAbsenceAnswer implements TaskListener {

    private final Clock clock;

    CheckAbsenceAnswer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        AbsenceCase absence = AbsenceCase.of(task);
        Answer answer = absence.answer();
        if (answer == null) {
            throw new Refusal("请登记理事的答复（" + AbsenceCase.ANSWER + "）：辞职（RESIGNS）或说明理由、不辞职（STAYS）。",
                    "Record the director's answer as " + AbsenceCase.ANSWER + ": resigns (RESIGNS) or gives reasons and"
                            + " stays (STAYS).");
        }
        if (answer == Answer.STAYS && absence.answerReasons() == null) {
            throw new Refusal("理事不辞职的，请登记其说明的理由（" + AbsenceCase.ANSWER_REASONS + "）。",
                    "A director who stays gives reasons: record them as " + AbsenceCase.ANSWER_REASONS + ".");
        }
        LocalDate answeredOn = absence.answeredOn();
        LocalDate requested = absence.requestSentOn();
        if (answeredOn.isAfter(LocalDate.now(clock)) || answeredOn.isBefore(requested)) {
            throw new Refusal("请填写自发出辞职请求（" + requested + "）至今天之间的答复日期。", "The answer cannot"
                    + " be dated " + answeredOn + ": enter a day from the request (" + requested + ") to today.");
        }
        absence.recordAnswer(answer, answeredOn);
    }
}
