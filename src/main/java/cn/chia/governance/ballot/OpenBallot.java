package cn.chia.governance.ballot;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.ElectedOffice;
import cn.chia.governance.charter.SecretBallot;
import cn.chia.governance.charter.SecretBallot.Mode;
import cn.chia.governance.identity.Roles;
import cn.chia.governance.process.NewCases;
import cn.chia.governance.register.BallotRecords;
import cn.chia.governance.register.CaseNumbers;

/**
 * Opens an election by secret ballot (start listener): the body elects to the office, the seats and candidates add
 * up, and each elector of an electronic ballot is a user who can work in Tasklist. Anything wrong is refused with
 * every reason, nothing recorded; otherwise the case is numbered (BAL-…) and its first round opened.
 */
@Component("openBallot")
class OpenBallot implements ExecutionListener {

    private final BallotRecords ballots;
    private final CaseNumbers caseNumbers;
    private final IdentityService identity;

    OpenBallot(BallotRecords ballots, CaseNumbers caseNumbers, IdentityService identity) {
        this.ballots = ballots;
        this.caseNumbers = caseNumbers;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateExecution execution) {
        NewCases.refuseChosenCaseNumber(execution);
        BallotCase ballot = BallotCase.of(execution);
        Body body = ballot.electingBody();
        ElectedOffice office = ballot.office();
        Mode mode = ballot.mode();
        int seats = ballot.seats();
        List<String> candidates = ballot.candidates();
        List<String> electors = ballot.electors();
        List<String> problems = new ArrayList<>(SecretBallot.problems(body, office, seats, candidates, mode, electors));
        electors.stream().distinct().forEach(elector -> {
            String problem = electorProblem(elector);
            if (problem != null) {
                problems.add(problem);
            }
        });
        if (!problems.isEmpty()) {
            throw new BadUserRequestException(String.join(" ", problems));
        }
        String caseNumber = NewCases.assignCaseNumber(execution, caseNumbers, CaseNumbers.Kind.BALLOT);
        ballot.open(caseNumber, body, office, seats, candidates, mode, electors);
        ballots.open(caseNumber, body.name(), office.name(), seats, mode.name());
        ballots.openRound(caseNumber, 1, seats, candidates, mode == Mode.ELECTRONIC ? electors.size() : null);
    }

    /** An elector is a user who can open Tasklist, where the ballot waits. */
    private String electorProblem(String userId) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            return "选举人 " + userId + " 不是本系统的用户。 Elector " + userId + " is not a user of the application.";
        }
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        if (groups.stream().noneMatch(group -> Roles.TASKLIST_GROUPS.contains(group) || Roles.isBranchGroup(group))) {
            return "选举人 " + userId + " 不能使用任务列表：请将其加入 " + Roles.ELECTORS + " 组。 Elector " + userId
                    + " cannot open Tasklist: add them to the group " + Roles.ELECTORS + ".";
        }
        return null;
    }
}
