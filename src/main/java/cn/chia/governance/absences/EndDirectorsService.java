package cn.chia.governance.absences;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.register.Rosters;

/**
 * The director resigned: the roster entry ends today, citing the case, and a director's seat on the Standing Council
 * with it. A director who resigns from the Standing Council for its absences stays a director.
 */
@Component("endDirectorsService")
class EndDirectorsService implements JavaDelegate {

    private final Rosters rosters;

    EndDirectorsService(Rosters rosters) {
        this.rosters = rosters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AbsenceCase absence = AbsenceCase.of(execution);
        String caseNumber = absence.caseNumber();
        List<Rosters.Entry> ended = rosters.resign(absence.rosterNumber(), caseNumber,
                "Resigned after absences without reason, case " + caseNumber + " (" + absence.answeredOn() + ")");
        absence.recordRosterChange(ended.isEmpty() ? "名册未变：该理事已不在任。 The roster is unchanged: the director no longer serves."
                : "已结束任职 Service ended: " + ended.stream().map(entry -> entry.body().chineseTitle() + " " + entry.body().title()
                        + " #" + entry.rosterNumber()).collect(Collectors.joining(", ")));
    }
}
