package cn.chia.governance.absences;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.process.Refusal;

/**
 * Checks on the server the day the Secretariat records for its request to resign (REST clients skip the form): from
 * the day of the last absence to today; stores it as YYYY-MM-DD.
 */
@Component("checkResignationRequest")
class CheckResignationRequest implements TaskListener {

    private final Clock clock;

    CheckResignationRequest(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        AbsenceCase absence = AbsenceCase.of(task);
        LocalDate sentOn = absence.requestSentOn();
        LocalDate lastAbsence = absence.lastAbsenceOn();
        if (sentOn.isAfter(LocalDate.now(clock)) || sentOn.isBefore(lastAbsence)) {
            throw new Refusal("请填写自最后一次缺席（" + lastAbsence + "）至今天之间的日期。", "The request cannot"
                    + " have been sent on " + sentOn + ": enter a day from the last absence (" + lastAbsence + ") to today.");
        }
        absence.recordRequestSentOn(sentOn);
    }
}
