package cn.chia.governance.renewal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.ActKind;
import cn.chia.governance.charter.RenewalProposal.Candidate;
import cn.chia.governance.charter.RosterBody;
import cn.chia.governance.register.Rosters;
import cn.chia.governance.register.Rosters.NewMember;
import cn.chia.governance.register.TermRecords;

/**
 * The General Assembly's election becomes the new term: the Council's roster and the Board of Supervisors' from the
 * elected lists, each citing its ballot's resolution, and the term from today (the election) to five years on. What
 * the new Council's composition falls short of (the renewal rule: at least one third of the directors new, with the
 * numbers) is kept on the case and logged.
 */
@Component("recordNewCouncil")
class RecordNewCouncil implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(RecordNewCouncil.class);

    private final Rosters rosters;
    private final TermRecords terms;
    private final IdentityService identity;
    private final Clock clock;

    RecordNewCouncil(Rosters rosters, TermRecords terms, IdentityService identity, Clock clock) {
        this.rosters = rosters;
        this.terms = terms;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RenewalCase renewal = RenewalCase.of(execution);
        String caseNumber = execution.getProcessBusinessKey();
        LocalDate today = LocalDate.now(clock);
        List<NewMember> directors = new ArrayList<>();
        for (String name : renewal.directorsElected()) {
            Candidate candidate = renewal.directorCandidate(name).orElseThrow();
            directors.add(new NewMember(name, candidate.organisation(), candidate.frontLine(), false, null,
                    renewal.directorUserId(name).orElse(null), null));
        }
        List<NewMember> supervisors = new ArrayList<>();
        for (String name : renewal.supervisorsElected()) {
            Candidate candidate = renewal.supervisorCandidate(name).orElseThrow();
            supervisors.add(new NewMember(name, candidate.organisation(), candidate.frontLine(), null, null,
                    renewal.supervisorUserId(name).orElse(null), null));
        }
        Rosters.Roster council = rosters.record(RosterBody.COUNCIL, basis("理事", "directors",
                renewal.directorsResolution(), caseNumber), ActKind.ELECTION, today, directors, caseNumber, this::userExists);
        rosters.record(RosterBody.SUPERVISORS, basis("监事", "supervisors", renewal.supervisorsResolution(), caseNumber),
                ActKind.ELECTION, today, supervisors, caseNumber, this::userExists);
        TermRecords.ElectedTerm term = terms.recordElectedTerm(caseNumber, today, renewal.directorsResolution());
        List<String> warnings = council.recording() == null ? List.of() : council.recording().warnings();
        warnings.forEach(warning -> LOG.warn("{}: the new Council: {}", caseNumber, warning));
        renewal.termRecorded(term.termStart(), term.termEnd(), warnings);
    }

    static String basis(String chinese, String english, String resolution, String caseNumber) {
        return "会员代表大会无记名投票选举" + chinese + "，决议 " + resolution + "（" + caseNumber + "） The General Assembly's"
                + " election of the " + english + " by secret ballot, resolution " + resolution + " (" + caseNumber + ")";
    }

    private boolean userExists(String userId) {
        return identity.createUserQuery().userId(userId).count() > 0;
    }
}
