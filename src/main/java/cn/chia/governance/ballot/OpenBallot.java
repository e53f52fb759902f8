package cn.chia.governance.ballot;

import java.time.Clock;
import java.time.LocalDate;

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
import cn.chia.governance.charter.RosterBody;
import cn.chia.governance.charter.SecretBallot;
import cn.chia.governance.charter.SecretBallot.Mode;
import cn.chia.governance.identity.Roles;
import cn.chia.governance.process.NewCases;
import cn.chia.governance.register.BallotRecords;
import cn.chia.governance.register.CaseNumbers;
import cn.chia.governance.register.Rosters;

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
    private final Rosters rosters;
    private final Clock clock;

    OpenBallot(BallotRecords ballots, CaseNumbers caseNumbers, IdentityService identity, Rosters rosters, Clock clock) {
        this.ballots = ballots;
        this.caseNumbers = caseNumbers;
        this.identity = identity;
        this.rosters = rosters;
        this.clock = clock;
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
        List<String> problems = new ArrayList<>();
        if (mode == Mode.ELECTRONIC && electors.isEmpty()) {
            electors = electorsOnTheRoster(body, problems);
        }
        problems.addAll(SecretBallot.problems(body, office, seats, candidates, mode, electors));
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

    /**
     * The electors of an electronic ballot for which none are listed: the electing body's members on its roster
     * today, by their user accounts (the General Assembly's 300 representatives are more than a form's text holds).
     * Members without an account are named in a refusal: nobody on the roster is left without a ballot.
     */
    private List<String> electorsOnTheRoster(Body body, List<String> problems) {
        List<Rosters.Entry> members = rosters.members(RosterBody.of(body), LocalDate.now(clock));
        List<String> withoutAccount = members.stream().filter(m -> m.userId() == null).map(Rosters.Entry::name).toList();
        if (!withoutAccount.isEmpty()) {
            String names = String.join("、", withoutAccount.subList(0, Math.min(10, withoutAccount.size())))
                    + (withoutAccount.size() > 10 ? " …" : "");
            problems.add("名册上 " + withoutAccount.size() + " 名成员没有用户账号，不能在任务列表中投票（" + names
                    + "）：请在名册中登记其账号，或列出选举人。 " + withoutAccount.size() + " members of the roster have no"
                    + " user account and could not vote in Tasklist (" + names + "): record their accounts on the roster,"
                    + " or list the electors.");
            return List.of();
        }
        return members.stream().map(Rosters.Entry::userId).toList();
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
