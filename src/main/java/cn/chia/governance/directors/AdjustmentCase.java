package cn.chia.governance.directors;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;

import cn.chia.governance.charter.DirectorAdjustmentProposal.Kind;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.process.WaitingCase;
import cn.chia.governance.register.DirectorRoster.Director;
import cn.chia.governance.register.DirectorRoster.NewDirector;

/**
 * A mid-term adjustment of directors: the proposal (form propose-director-adjustment, REST start), the Standing
 * Council's nomination, the Council's decision and what the roster became.
 */
public final class AdjustmentCase extends WaitingCase {

    public static final String PROCESS_KEY = "director-adjustment";

    // the proposal (start form, REST start)
    /** One of {@link Kind}. */
    public static final String ADJUSTMENT_KIND = "adjustmentKind";
    /** The director concerned by a replacement or removal: roster id, or else the name. */
    public static final String DIRECTOR_ID = "directorId";
    public static final String DIRECTOR_NAME = "directorName";
    public static final String NEW_DIRECTOR_NAME = "newDirectorName";
    public static final String NEW_DIRECTOR_ORGANISATION = "newDirectorOrganisation";
    public static final String NEW_DIRECTOR_EXECUTIVE = "newDirectorExecutive";
    public static final String NEW_DIRECTOR_FRONT_LINE = "newDirectorFrontLine";
    public static final String REASON = "reason";

    // set on the way
    public static final String NOMINATION_RESOLUTION = "nominationResolution";
    public static final String NEW_DIRECTOR_ID = "newDirectorId";
    /** The composition rules of the charter the roster breaks after the adjustment; empty when it keeps them all. */
    public static final String COMPOSITION_WARNINGS = "compositionWarnings";

    private AdjustmentCase(VariableScope scope) {
        super(scope);
    }

    public static AdjustmentCase of(VariableScope scope) {
        return new AdjustmentCase(scope);
    }

    /** The kind as proposed, unchecked. */
    public String kindAsProposed() {
        return stripped(ADJUSTMENT_KIND);
    }

    /** The kind of an opened case. */
    public Kind kind() {
        return Kind.valueOf(kindAsProposed());
    }

    /** The roster number of the director concerned as typed, {@code null} when none was. */
    public String directorIdAsTyped() {
        String id = text(DIRECTOR_ID);
        return id == null || id.isBlank() ? null : id;
    }

    /** The roster number typed for the director concerned, {@code null} when it is none. */
    public Long rosterNumberAsTyped() {
        Object value = value(DIRECTOR_ID);
        if (value instanceof Number number && number.doubleValue() == number.longValue()) {
            return number.longValue();
        }
        try {
            return value == null ? null : Long.valueOf(value.toString().strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** The roster number of the director concerned, once the case is opened. */
    public long directorId() {
        return ((Number) value(DIRECTOR_ID)).longValue();
    }

    public String directorName() {
        return stripped(DIRECTOR_NAME);
    }

    public String newDirectorName() {
        return stripped(NEW_DIRECTOR_NAME);
    }

    public String newDirectorOrganisation() {
        return stripped(NEW_DIRECTOR_ORGANISATION);
    }

    /** The proposal's reason, {@code null} when blank. */
    public String reasonGiven() {
        return stripped(REASON);
    }

    /** The new director as proposed, once the case is opened. */
    public NewDirector newDirector() {
        return new NewDirector(text(NEW_DIRECTOR_NAME), text(NEW_DIRECTOR_ORGANISATION), yes(NEW_DIRECTOR_EXECUTIVE),
                yes(NEW_DIRECTOR_FRONT_LINE));
    }

    /** The proposal's reason as given. */
    public String reason() {
        return text(REASON);
    }

    public String nominationResolution() {
        return text(NOMINATION_RESOLUTION);
    }

    /** The new director's seat as true or false, however the form or a REST client sent it. */
    public void settleNewDirectorsSeat() {
        set(NEW_DIRECTOR_EXECUTIVE, yes(NEW_DIRECTOR_EXECUTIVE));
        set(NEW_DIRECTOR_FRONT_LINE, yes(NEW_DIRECTOR_FRONT_LINE));
    }

    /** The director the adjustment replaces or removes, as the roster knows them. */
    public void concerns(Director director) {
        set(DIRECTOR_ID, director.id());
        set(DIRECTOR_NAME, director.name());
    }

    /** The proposal received: numbered and put to the Standing Council for nomination. */
    public void open(String caseNumber, String title) {
        awaitDecision(caseNumber, Matter.DIRECTOR_NOMINATION, title);
    }

    /** The Standing Council nominated it: its resolution kept, the case put to the Council. */
    public void putToCouncil() {
        set(NOMINATION_RESOLUTION, resolutionNumber());
        awaitDecision(Matter.DIRECTOR_ADJUSTMENT);
    }

    public void recordNewDirector(long rosterId) {
        set(NEW_DIRECTOR_ID, rosterId);
    }

    public void recordCompositionWarnings(List<String> warnings) {
        set(COMPOSITION_WARNINGS, warnings);
    }

    /** The case number of an open adjustment concerning that director, if any. */
    public static Optional<String> openConcerning(RuntimeService runtime, long directorId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .variableValueEquals(DIRECTOR_ID, directorId).list().stream().findFirst()
                .map(open -> open.getBusinessKey());
    }

    private String stripped(String name) {
        String value = text(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private boolean yes(String name) {
        Object value = value(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }
}
