package cn.chia.governance.renewal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.ActKind;
import cn.chia.governance.charter.Office;
import cn.chia.governance.charter.RenewalProposal.Candidate;
import cn.chia.governance.charter.RosterBody;
import cn.chia.governance.register.Rosters;
import cn.chia.governance.register.Rosters.NewMember;

/**
 * The new Council's elections and appointment become the rosters of the Standing Council (the executive directors
 * elected) and of the officers (the president and vice presidents elected, the secretary-general appointed), each
 * citing its resolution.
 */
@Component("recordNewOfficers")
class RecordNewOfficers implements JavaDelegate {

    private final Rosters rosters;
    private final IdentityService identity;
    private final Clock clock;

    RecordNewOfficers(Rosters rosters, IdentityService identity, Clock clock) {
        this.rosters = rosters;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RenewalCase renewal = RenewalCase.of(execution);
        String caseNumber = execution.getProcessBusinessKey();
        LocalDate today = LocalDate.now(clock);
        List<NewMember> executives = renewal.executivesElected().stream()
                .map(name -> director(renewal, name, true, null)).toList();
        rosters.record(RosterBody.STANDING_COUNCIL, "理事会无记名投票选举常务理事，决议 " + renewal.executivesResolution() + "（"
                + caseNumber + "） The Council's election of the executive directors by secret ballot, resolution "
                + renewal.executivesResolution() + " (" + caseNumber + ")", ActKind.ELECTION, today, executives,
                caseNumber, this::userExists);
        List<NewMember> officers = new ArrayList<>();
        renewal.presidentElected().forEach(name -> officers.add(director(renewal, name, null, Office.PRESIDENT)));
        renewal.vicePresidentsElected().forEach(name -> officers.add(director(renewal, name, null, Office.VICE_PRESIDENT)));
        officers.add(new NewMember(renewal.secretaryGeneralName(), renewal.secretaryGeneralOrganisation(), false, null,
                null, null, Office.SECRETARY_GENERAL.name()));
        rosters.record(RosterBody.OFFICERS, "理事会选举会长（决议 " + renewal.presidentResolution() + "）、副会长（决议 "
                + renewal.vicePresidentsResolution() + "），聘任秘书长（决议 " + renewal.secretaryGeneralResolution() + "）（"
                + caseNumber + "） The Council elected the president (" + renewal.presidentResolution()
                + ") and the vice presidents (" + renewal.vicePresidentsResolution()
                + ") and appointed the secretary-general (" + renewal.secretaryGeneralResolution() + ") (" + caseNumber
                + ")", ActKind.ELECTION, today, officers, caseNumber, this::userExists);
    }

    private static NewMember director(RenewalCase renewal, String name, Boolean executive, Office office) {
        Candidate candidate = renewal.directorCandidate(name).orElseThrow();
        return new NewMember(name, candidate.organisation(), candidate.frontLine(), executive, null,
                renewal.directorUserId(name).orElse(null), office == null ? null : office.name());
    }

    private boolean userExists(String userId) {
        return identity.createUserQuery().userId(userId).count() > 0;
    }
}
