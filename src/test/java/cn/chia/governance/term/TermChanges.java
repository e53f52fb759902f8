package cn.chia.governance.term;

import static cn.chia.governance.term.TermExtensionCase.CHANGE_KIND;
import static cn.chia.governance.term.TermExtensionCase.CURRENT_TERM_END;
import static cn.chia.governance.term.TermExtensionCase.REASON;
import static cn.chia.governance.term.TermExtensionCase.REQUESTED_TERM_END;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables a request to change the term starts with, as the Secretariat's start form sends them:
 * {@code TermChanges.anExtension().to(TERM_END.plusYears(1)).because("...").build()}. The current end is the
 * term as elected unless {@link #from} says otherwise.
 */
public final class TermChanges {

    /** The end of the term as elected (application.yaml). */
    public static final LocalDate TERM_END = LocalDate.parse("2027-07-27");
    public static final String A_REASON = "The epidemic prevented the election of representatives in several provinces.";

    private final Map<String, Object> variables = new LinkedHashMap<>();

    private TermChanges(String kind) {
        variables.put(CHANGE_KIND, kind);
        variables.put(CURRENT_TERM_END, TERM_END.toString());
        variables.put(REASON, A_REASON);
    }

    /** A postponement of the end of the term. */
    public static TermChanges anExtension() {
        return new TermChanges("POSTPONEMENT");
    }

    public static TermChanges anEarlyChange() {
        return new TermChanges("EARLY_CHANGE");
    }

    /** A request of any kind, known or not. */
    public static TermChanges ofKind(String kind) {
        return new TermChanges(kind);
    }

    /** The end of the current term as the request states it. */
    public TermChanges from(LocalDate currentTermEnd) {
        variables.put(CURRENT_TERM_END, currentTermEnd.toString());
        return this;
    }

    /** The end of the term requested. */
    public TermChanges to(LocalDate requestedTermEnd) {
        variables.put(REQUESTED_TERM_END, requestedTermEnd.toString());
        return this;
    }

    public TermChanges because(String reason) {
        variables.put(REASON, reason);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(variables);
    }
}
