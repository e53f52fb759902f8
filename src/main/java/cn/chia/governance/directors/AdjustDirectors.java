package cn.chia.governance.directors;


import static cn.chia.governance.directors.AdjustmentVariables.ADD;
import static cn.chia.governance.directors.AdjustmentVariables.ADJUSTMENT_KIND;
import static cn.chia.governance.directors.AdjustmentVariables.COMPOSITION_WARNINGS;
import static cn.chia.governance.directors.AdjustmentVariables.DIRECTOR_ID;
import static cn.chia.governance.directors.AdjustmentVariables.NEW_DIRECTOR_EXECUTIVE;
import static cn.chia.governance.directors.AdjustmentVariables.NEW_DIRECTOR_FRONT_LINE;
import static cn.chia.governance.directors.AdjustmentVariables.NEW_DIRECTOR_ID;
import static cn.chia.governance.directors.AdjustmentVariables.NEW_DIRECTOR_NAME;
import static cn.chia.governance.directors.AdjustmentVariables.NEW_DIRECTOR_ORGANISATION;
import static cn.chia.governance.directors.AdjustmentVariables.NOMINATION_RESOLUTION;
import static cn.chia.governance.directors.AdjustmentVariables.REASON;
import static cn.chia.governance.directors.AdjustmentVariables.REMOVE;
import static cn.chia.governance.process.WaitingCase.RESOLUTION_NUMBER;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Composition;
import cn.chia.governance.charter.CompositionCheck;
import cn.chia.governance.register.DirectorRoster;
import cn.chia.governance.register.DirectorRoster.Basis;
import cn.chia.governance.register.DirectorRoster.Counts;
import cn.chia.governance.register.DirectorRoster.NewDirector;

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
        String kind = (String) execution.getVariable(ADJUSTMENT_KIND);
        Basis basis = new Basis(execution.getProcessBusinessKey(), (String) execution.getVariable(NOMINATION_RESOLUTION),
                (String) execution.getVariable(RESOLUTION_NUMBER), (String) execution.getVariable(REASON));
        if (!ADD.equals(kind)) {
            roster.release((Long) execution.getVariable(DIRECTOR_ID), basis);
        }
        if (!REMOVE.equals(kind)) {
            long id = roster.appoint(new NewDirector((String) execution.getVariable(NEW_DIRECTOR_NAME),
                    (String) execution.getVariable(NEW_DIRECTOR_ORGANISATION),
                    (Boolean) execution.getVariable(NEW_DIRECTOR_EXECUTIVE),
                    (Boolean) execution.getVariable(NEW_DIRECTOR_FRONT_LINE)), basis);
            execution.setVariable(NEW_DIRECTOR_ID, id);
        }
        Counts counts = roster.counts();
        List<String> warnings = new ArrayList<>();
        for (CompositionCheck check : Composition.ofCouncil(counts.directors(), counts.executives(),
                counts.frontLineDirectors(), counts.frontLineExecutives())) {
            if (!check.ok()) {
                warnings.add(check.clause() + ": " + check.reason());
                LOG.warn("After {} the Council breaks a composition rule: {}: {}", basis.caseNumber(), check.clause(),
                        check.reason());
            }
        }
        execution.setVariable(COMPOSITION_WARNINGS, warnings);
    }
}
