package cn.chia.governance.directors;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.DirectorAdjustmentProposal;
import cn.chia.governance.charter.DirectorAdjustmentProposal.Kind;
import cn.chia.governance.process.FormFields;
import cn.chia.governance.process.NewCases;
import cn.chia.governance.register.CaseNumbers;
import cn.chia.governance.register.DirectorRoster;
import cn.chia.governance.register.DirectorRoster.Director;

/**
 * Opens an adjustment of directors: finds on the roster the directors the proposal names, asks the charter's
 * {@link DirectorAdjustmentProposal} what is wrong with it (REST clients skip the form), refuses a second open case
 * for the same director, numbers the case (DIR-2026-0001) and puts it before the Standing Council for nomination.
 */
@Component("openAdjustment")
class OpenAdjustment implements ExecutionListener {

    private final DirectorRoster roster;
    private final RuntimeService runtime;
    private final CaseNumbers caseNumbers;

    OpenAdjustment(DirectorRoster roster, RuntimeService runtime, CaseNumbers caseNumbers) {
        this.roster = roster;
        this.runtime = runtime;
        this.caseNumbers = caseNumbers;
    }

    @Override
    public void notify(DelegateExecution execution) {
        NewCases.refuseChosenCaseNumber(execution);
        AdjustmentCase adjustment = AdjustmentCase.of(execution);
        Kind kind = Kind.of(adjustment.kindAsProposed()).orElseThrow(() -> refused(
                Map.of(AdjustmentCase.ADJUSTMENT_KIND, DirectorAdjustmentProposal.UNKNOWN_KIND)));
        List<Director> serving = kind.endsAService() ? serving(adjustment) : List.of();
        String name = adjustment.newDirectorName();
        String organisation = adjustment.newDirectorOrganisation();
        List<String> namesakes = kind.bringsANewDirector() && name != null && organisation != null
                ? roster.currentNamed(name).stream().map(Director::organisation).toList() : List.of();
        if (kind.bringsANewDirector()) {
            adjustment.settleNewDirectorsSeat();
        }
        DirectorAdjustmentProposal proposal = new DirectorAdjustmentProposal(kind, adjustment.directorIdAsTyped(),
                adjustment.directorName(), serving.stream().map(Director::id).toList(), name, organisation, namesakes,
                adjustment.reasonGiven());
        Map<String, String> problems = proposal.problems(OpenAdjustment::lengths);
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        Director concerned = proposal.concernedDirector().map(id -> serving.get(0)).orElse(null);
        if (concerned != null) {
            refuseSecondOpenCase(concerned);
            adjustment.concerns(concerned);
        }
        String caseNumber = NewCases.assignCaseNumber(execution, caseNumbers, CaseNumbers.Kind.DIRECTOR_ADJUSTMENT);
        adjustment.open(caseNumber, title(kind, concerned, adjustment));
    }

    /** The serving directors the proposal designates: by roster number, or else by name. */
    private List<Director> serving(AdjustmentCase adjustment) {
        if (adjustment.directorIdAsTyped() != null) {
            Long rosterNumber = adjustment.rosterNumberAsTyped();
            return rosterNumber == null ? List.of()
                    : roster.find(rosterNumber).filter(d -> d.servingUntil() == null).stream().toList();
        }
        String name = adjustment.directorName();
        return name == null ? List.of() : roster.currentNamed(name);
    }

    private void refuseSecondOpenCase(Director concerned) {
        Optional<String> open = AdjustmentCase.openConcerning(runtime, concerned.id());
        if (open.isPresent()) {
            throw new BadUserRequestException("An adjustment concerning " + concerned.name() + " is already open: "
                    + open.get() + ". Continue that case instead.");
        }
    }

    private static String title(Kind kind, Director concerned, AdjustmentCase adjustment) {
        String seat = adjustment.newDirector().executive() ? "executive director" : "director";
        String newcomer = adjustment.newDirectorName() + " (" + adjustment.newDirectorOrganisation() + ")";
        return switch (kind) {
            case ADD -> "Add " + newcomer + " as " + seat;
            case REPLACE -> "Replace " + concerned.name() + " by " + newcomer + " as " + seat;
            case REMOVE -> "Remove " + concerned.name() + " (" + concerned.organisation() + ") from the Council";
        };
    }

    private static BadUserRequestException refused(Map<String, String> problems) {
        return new BadUserRequestException("The adjustment cannot be opened: " + problems.entrySet().stream()
                .map(p -> p.getKey() + ": " + p.getValue()).collect(Collectors.joining(" ")));
    }

    /** The lengths the proposal's form allows an input, as "2 to 100". */
    private static String lengths(String key) {
        FormFields.Field field = FormFields.field("propose-director-adjustment", key);
        return field.minLength() + " to " + field.maxLength();
    }
}
