package cn.chia.governance.charter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to change the General Assembly's term: "The General Assembly of Member Representatives is held for 5
 * years. If the term of office needs to be changed in advance or postponed due to special circumstances, the Council
 * must make a resolution by voting, report it to the competent business unit for review and obtain the approval of
 * the society registration authority. The extension of the term of office shall not exceed 1 year."
 * <p>
 * The request states the end of the term as the register holds it ({@code registeredEnd}); a postponement ends the
 * term after its current end and at most {@value #EXTENSION_LIMIT_YEARS} year later ({@link #EXTENSION_LIMIT_CLAUSE}),
 * an early change before it ({@link #TERM_CLAUSE}); neither ends it in the past. {@link #problems()} names them in
 * that order, in words for the Secretariat.
 */
public record TermChangeRequest(Kind kind, LocalDate currentEnd, LocalDate requestedEnd, LocalDate registeredEnd,
        LocalDate today) {

    /** A postponement (the extension of the term) or an early change ("changed in advance"). */
    public enum Kind {
        POSTPONEMENT, EARLY_CHANGE;

        /** The kind of that name, if it is one. */
        public static Optional<Kind> of(String name) {
            return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
        }
    }

    public static final String TERM_CLAUSE = "General Assembly: a term of 5 years, changed in advance or postponed";
    public static final String EXTENSION_LIMIT_CLAUSE = "General Assembly: the extension of the term shall not exceed 1 year";
    public static final int EXTENSION_LIMIT_YEARS = 1;
    /** "The General Assembly of Member Representatives is held for 5 years." */
    public static final int TERM_YEARS = 5;

    public TermChangeRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(currentEnd, "currentEnd");
        Objects.requireNonNull(requestedEnd, "requestedEnd");
        Objects.requireNonNull(registeredEnd, "registeredEnd");
        Objects.requireNonNull(today, "today");
    }

    /** The latest day a postponement may end the term: {@value #EXTENSION_LIMIT_YEARS} year after its current end. */
    public LocalDate latestEnd() {
        return currentEnd.plusYears(EXTENSION_LIMIT_YEARS);
    }

    /** What keeps the request from being put to the Council, the first problem first; empty when nothing does. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!currentEnd.equals(registeredEnd)) {
            problems.add("The register says the current term ends on " + registeredEnd + ", not " + currentEnd + ".");
        }
        if (requestedEnd.isBefore(today)) {
            problems.add("The requested end of the term, " + requestedEnd + ", lies in the past.");
        }
        if (kind == Kind.POSTPONEMENT && !requestedEnd.isAfter(currentEnd)) {
            problems.add("A postponement ends the term after " + currentEnd + ".");
        }
        if (kind == Kind.POSTPONEMENT && requestedEnd.isAfter(latestEnd())) {
            problems.add("An extension may not exceed 1 year: the term may end on " + latestEnd() + " at the latest.");
        }
        if (kind == Kind.EARLY_CHANGE && !requestedEnd.isBefore(currentEnd)) {
            problems.add("An early change ends the term before " + currentEnd + ".");
        }
        return problems;
    }
}
