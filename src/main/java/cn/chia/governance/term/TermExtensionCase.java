package cn.chia.governance.term;

import java.time.LocalDate;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;

import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.filing.AuthorityAnswer;
import cn.chia.governance.filing.CastDossier;
import cn.chia.governance.process.WaitingCase;

/**
 * A request to postpone or advance the end of the General Assembly's term: what the Secretariat asks (form
 * request-term-change), the Council's decision, CAST's review and the Ministry of Civil Affairs' approval.
 */
public final class TermExtensionCase extends WaitingCase {

    public static final String PROCESS_KEY = "term-extension";

    // the request (start form, REST start)
    public static final String CHANGE_KIND = "changeKind";
    public static final String CURRENT_TERM_END = "currentTermEnd";
    public static final String REQUESTED_TERM_END = "requestedTermEnd";
    public static final String REASON = "reason";

    // set on the way
    /** Who refused the change: one of {@link Refuser}, set on the refusal flow that was taken. */
    public static final String REFUSED_BY = "refusedBy";
    /** The Ministry's reference, from its answer (CAST's review keeps {@link CastDossier#CAST_REFERENCE}). */
    public static final String MCA_REFERENCE = "mcaReference";

    /** Who may refuse a change of the term. */
    public enum Refuser { COUNCIL, CAST, MINISTRY_OF_CIVIL_AFFAIRS }

    private TermExtensionCase(VariableScope scope) {
        super(scope);
    }

    public static TermExtensionCase of(VariableScope scope) {
        return new TermExtensionCase(scope);
    }

    /** The kind as requested, unchecked. */
    public String changeKind() {
        return text(CHANGE_KIND);
    }

    public LocalDate currentTermEnd() {
        return date(CURRENT_TERM_END, "the end of the current term");
    }

    public LocalDate requestedTermEnd() {
        return date(REQUESTED_TERM_END, "the requested end of the term");
    }

    public String reason() {
        return text(REASON);
    }

    /** The request received: numbered, its dates as read, waiting for the Council's decision. */
    public void open(String caseNumber, LocalDate currentTermEnd, LocalDate requestedTermEnd, String title) {
        set(CURRENT_TERM_END, currentTermEnd.toString());
        set(REQUESTED_TERM_END, requestedTermEnd.toString());
        awaitDecision(caseNumber, Matter.TERM_CHANGE, title);
    }

    public void refusedBy(Refuser refuser) {
        set(REFUSED_BY, refuser.name());
    }

    public String refusedBy() {
        return text(REFUSED_BY);
    }

    /** Why the change was refused: the Council's tally, or the note of the authority that refused. */
    public String refusalReason() {
        if (Refuser.COUNCIL.name().equals(refusedBy())) {
            Object tally = decisionReason(Language.EN);
            return tally == null ? null : tally.toString();
        }
        return AuthorityAnswer.of(scope).note();
    }

    public String castReference() {
        return CastDossier.of(scope).castReference();
    }

    public String mcaReference() {
        return text(MCA_REFERENCE);
    }

    /** The case number of another change of the term under way, if any. */
    public static Optional<String> otherChangeUnderWay(RuntimeService runtime, String processInstanceId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).list().stream()
                .filter(other -> !other.getId().equals(processInstanceId)).findFirst()
                .map(other -> other.getBusinessKey());
    }
}
