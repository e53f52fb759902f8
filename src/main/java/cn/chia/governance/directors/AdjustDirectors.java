package cn.chia.governance.directors;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Composition;
import cn.chia.governance.charter.CompositionCheck;
import cn.chia.governance.charter.DirectorAdjustmentProposal.Kind;
import cn.chia.governance.register.DirectorRoster;
import cn.chia.governance.register.DirectorRoster.Basis;
import cn.chia.governance.register.DirectorRoster.Counts;

/**
 * Changes the roster as the Council adopted it, citing the nomination and the resolution, then checks the
 * Council's composition against the charter: a rule the roster now breaks is recorded on the case and logged,
 * and does not undo the Council's decision.
 */
@Component("adjustDirectors")
class AdjustDirectors implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(AdjustDirectors.class);

    private final DirectorRoster roster;

    AdjustDirectors(DirectorRoster roster) {
        this.roster = roster;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AdjustmentCase adjustment = AdjustmentCase.of(execution);
        Kind kind = adjustment.kind();
        Basis basis = new Basis(execution.getProcessBusinessKey(), adjustment.nominationResolution(),
                adjustment.resolutionNumber(), adjustment.reason());
        if (kind.endsAService()) {
            roster.release(adjustment.directorId(), basis);
        }
        if (kind.bringsANewDirector()) {
            adjustment.recordNewDirector(roster.appoint(adjustment.newDirector(), basis));
        }
        Counts counts = roster.counts();
        List<String> warnings = new ArrayList<>();
        for (CompositionCheck check : Composition.ofCouncil(counts.directors(), counts.executives(),
                counts.frontLineDirectors(), counts.frontLineExecutives())) {
            if (!check.ok()) {
                warnings.add(check.clause() + ": " + check.why().both());
                LOG.warn("After {} the Council breaks a composition rule: {}: {}", basis.caseNumber(), check.clause(),
                        check.reason());
            }
        }
        adjustment.recordCompositionWarnings(warnings);
    }
}
