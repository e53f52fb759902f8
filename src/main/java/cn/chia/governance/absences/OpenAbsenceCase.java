package cn.chia.governance.absences;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.ResignationCheck;
import cn.chia.governance.charter.RosterBody;
import cn.chia.governance.process.NewCases;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.register.AbsenceRecords;
import cn.chia.governance.register.CaseNumbers;
import cn.chia.governance.register.Rosters;

/**
 * Opens a case for a director's absences, once the charter's limit is reached ({@link ResignationCheck}): the director
 * serves on the body's roster, and the absences counted, after those an earlier case counted, reach the limit. Numbers it
 * (ABS-2026-0001) and lists the absences. The application starts such a case when a meeting's attendance is recorded
 * ({@link AbsencesAfterAttendance}); a case started otherwise is held to the same rules.
 */
@Component("openAbsenceCase")
class OpenAbsenceCase implements ExecutionListener {

    /** A case that may be opened: the director and the absences that reach the limit. */
    record Opening(Rosters.Entry director, ResignationCheck check) {
    }

    private final AbsenceRecords absences;
    private final Rosters rosters;
    private final CaseNumbers caseNumbers;

    OpenAbsenceCase(AbsenceRecords absences, Rosters rosters, CaseNumbers caseNumbers) {
        this.absences = absences;
        this.rosters = rosters;
        this.caseNumbers = caseNumbers;
    }

    @Override
    public void notify(DelegateExecution execution) {
        NewCases.refuseChosenCaseNumber(execution);
        AbsenceCase absence = AbsenceCase.of(execution);
        Body body = absence.body();
        Long rosterNumber = absence.rosterNumber();
        if (body == null || rosterNumber == null) {
            throw new Refusal("请给出机构（" + AbsenceCase.BODY + "）：" + Body.COUNCIL.named().zh() + "或"
                    + Body.STANDING_COUNCIL.named().zh() + "，以及名册编号（" + AbsenceCase.ROSTER_NUMBER + "）。",
                    "Give the body (" + Body.COUNCIL.named().en() + " or " + Body.STANDING_COUNCIL.named().en() + ") as "
                            + AbsenceCase.BODY + " and the roster number as " + AbsenceCase.ROSTER_NUMBER + ".");
        }
        Opening opening = examine(body, rosterNumber).orElseThrow(() -> refusal(body, rosterNumber));
        String caseNumber = NewCases.assignCaseNumber(execution, caseNumbers, CaseNumbers.Kind.DIRECTOR_ABSENCE);
        absences.open(caseNumber, body, rosterNumber, opening.check().lastAbsence().meetingNumber());
        absence.open(caseNumber, opening.director(), opening.check());
    }

    /** The case to open for that roster number now; empty when none may be. */
    Optional<Opening> examine(Body body, long rosterNumber) {
        Optional<Rosters.Entry> director = rosters.entry(rosterNumber)
                .filter(entry -> entry.body() == RosterBody.of(body) && entry.until() == null);
        if (director.isEmpty()) {
            return Optional.empty();
        }
        ResignationCheck check = absences.check(body, rosterNumber);
        if (!check.due()) {
            return Optional.empty();
        }
        return Optional.of(new Opening(director.get(), check));
    }

    private Refusal refusal(Body body, long rosterNumber) {
        Optional<Rosters.Entry> entry = rosters.entry(rosterNumber).filter(e -> e.body() == RosterBody.of(body));
        if (entry.isEmpty() || entry.get().until() != null) {
            return new Refusal("名册编号 " + rosterNumber + " 不是" + body.chineseTitle() + "的现任" + body.chineseMemberNoun() + "。",
                    "Roster number " + rosterNumber + " is no serving " + body.memberNounSingular() + " of the "
                            + body.title() + ".");
        }
        ResignationCheck check = absences.check(body, rosterNumber);
        return new Refusal(check.reasonZh(), check.reason());
    }
}
