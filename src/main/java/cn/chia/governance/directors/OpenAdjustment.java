package cn.chia.governance.directors;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Composition;
import cn.chia.governance.charter.CompositionCheck;
import cn.chia.governance.charter.DirectorAdjustmentProposal;
import cn.chia.governance.charter.DirectorAdjustmentProposal.Kind;
import cn.chia.governance.charter.RosterBody;
import cn.chia.governance.charter.Words;
import cn.chia.governance.process.FormFields;
import cn.chia.governance.process.NewCases;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.register.CaseNumbers;
import cn.chia.governance.register.DirectorRoster;
import cn.chia.governance.register.DirectorRoster.Counts;
import cn.chia.governance.register.DirectorRoster.Director;
import cn.chia.governance.register.Rosters;

/**
 * Opens an adjustment of directors: finds on the roster the directors the proposal names, asks the charter's
 * {@link DirectorAdjustmentProposal} what is wrong with it (REST clients skip the form), refuses a second open case
 * for the same director, numbers the case (DIR-2026-0001) and puts it before the Standing Council for nomination.
 * An adjustment changes a recorded Council roster by one person: without a recorded roster there is nothing to
 * adjust, and a change that would leave more executive directors than one third of the directors is refused
 * before any vote.
 */
@Component("openAdjustment")
class OpenAdjustment implements ExecutionListener {

    private final DirectorRoster roster;
    private final RuntimeService runtime;
    private final CaseNumbers caseNumbers;
    private final Rosters rosters;
    private final Clock clock;

    OpenAdjustment(DirectorRoster roster, RuntimeService runtime, CaseNumbers caseNumbers, Rosters rosters, Clock clock) {
        this.roster = roster;
        this.runtime = runtime;
        this.caseNumbers = caseNumbers;
        this.rosters = rosters;
        this.clock = clock;
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
        Map<String, Words> problems = proposal.problems(OpenAdjustment::lengths);
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        Director concerned = proposal.concernedDirector().map(id -> serving.get(0)).orElse(null);
        refuseWithoutRecordedCouncil();
        refuseBeyondExecutiveLimit(kind, concerned, kind.bringsANewDirector() && adjustment.newDirector().executive());
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

    private void refuseWithoutRecordedCouncil() {
        if (!rosters.recorded(RosterBody.COUNCIL, LocalDate.now(clock))) {
            throw new Refusal("理事会本届名册尚未登记，无法调整：请先登记名册（PUT /api/bodies/COUNCIL/roster）。",
                    "The Council's roster for the term is not recorded, so there is nothing to adjust: record it"
                    + " first (PUT /api/bodies/COUNCIL/roster).");
        }
    }

    /** The Council as it would be after the adjustment, against the executive directors' limit of one third. */
    private void refuseBeyondExecutiveLimit(Kind kind, Director leaving, boolean newcomerIsExecutive) {
        Counts now = roster.counts();
        int directors = now.directors() + (kind.bringsANewDirector() ? 1 : 0) - (leaving != null ? 1 : 0);
        int executives = now.executives() + (newcomerIsExecutive ? 1 : 0)
                - (leaving != null && leaving.executive() ? 1 : 0);
        if (directors == 0) {
            return;
        }
        CompositionCheck limit = Composition.standingCouncilWithinLimit(directors, executives);
        if (!limit.ok()) {
            throw new Refusal("调整后" + limit.why().zh() + "不能提名。", "After the adjustment " + limit.reason() + " ("
                    + limit.clause() + ")");
        }
    }

    private void refuseSecondOpenCase(Director concerned) {
        Optional<String> open = AdjustmentCase.openConcerning(runtime, concerned.id());
        if (open.isPresent()) {
            throw new Refusal("关于 " + concerned.name() + " 的理事调整案件 " + open.get() + " 正在办理中，请继续办理该案件。",
                    "An adjustment concerning " + concerned.name() + " is already open: " + open.get()
                            + ". Continue that case instead.");
        }
    }

    /** The case's title, Chinese then English. */
    private static String title(Kind kind, Director concerned, AdjustmentCase adjustment) {
        boolean executive = adjustment.newDirector().executive();
        String seat = executive ? "executive director" : "director";
        String seatZh = executive ? "常务理事" : "理事";
        String name = adjustment.newDirectorName();
        String organisation = adjustment.newDirectorOrganisation();
        return switch (kind) {
            case ADD -> "增补" + name + "（" + organisation + "）为" + seatZh + " Add " + name + " (" + organisation
                    + ") as " + seat;
            case REPLACE -> "由" + name + "（" + organisation + "）接替" + concerned.name() + "任" + seatZh + " Replace "
                    + concerned.name() + " by " + name + " (" + organisation + ") as " + seat;
            case REMOVE -> "免去" + concerned.name() + "（" + concerned.organisation() + "）的理事职务 Remove "
                    + concerned.name() + " (" + concerned.organisation() + ") from the Council";
        };
    }

    private static Refusal refused(Map<String, Words> problems) {
        return new Refusal(Words.byField(new Words("理事调整无法受理。", "The adjustment cannot be opened:"), problems));
    }

    /** The lengths the proposal's form allows an input, as "2 至 100" and "2 to 100". */
    private static Words lengths(String key) {
        FormFields.Field field = FormFields.field("propose-director-adjustment", key);
        return new Words(field.minLength() + " 至 " + field.maxLength(), field.minLength() + " to " + field.maxLength());
    }
}
