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
 * term after its current end and at most {@value #EXTENSION_LIMIT_YEARS} year after its end <em>as elected</em>
 * ({@code electedEnd}, {@link #EXTENSION_LIMIT_CLAUSE}): the limit is of the term, not of each request, so two
 * postponements of six months reach it and a third is refused. An early change ends the term before its current end
 * ({@link #TERM_CLAUSE}); neither ends it in the past. {@link #problems()} names them in that order, in words for the
 * Secretariat, in Chinese and English.
 */
public record TermChangeRequest(Kind kind, LocalDate currentEnd, LocalDate requestedEnd, LocalDate registeredEnd,
        LocalDate electedEnd, LocalDate today) {

    /** A postponement (the extension of the term) or an early change ("changed in advance"). */
    public enum Kind {
        POSTPONEMENT("延期换届", "postponement"), EARLY_CHANGE("提前换届", "early change");

        private final String chinese;
        private final String english;

        Kind(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        /** The kind of that name, if it is one. */
        public static Optional<Kind> of(String name) {
            return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
        }

        /** "延期换届", "postponement". */
        public Words words() {
            return new Words(chinese, english);
        }

        /** "延期换届（POSTPONEMENT）", "postponement (POSTPONEMENT)". */
        public Words named() {
            return new Words(chinese + "（" + name() + "）", english + " (" + name() + ")");
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
        Objects.requireNonNull(electedEnd, "electedEnd");
        Objects.requireNonNull(today, "today");
    }

    /**
     * The latest day a postponement may end the term: {@value #EXTENSION_LIMIT_YEARS} year after its end as elected,
     * whatever earlier postponements took of that year.
     */
    public LocalDate latestEnd() {
        return electedEnd.plusYears(EXTENSION_LIMIT_YEARS);
    }

    /** What keeps the request from being put to the Council, the first problem first; empty when nothing does. */
    public List<Words> problems() {
        List<Words> problems = new ArrayList<>();
        if (!currentEnd.equals(registeredEnd)) {
            problems.add(new Words("名册记载的本届任期于 " + registeredEnd + " 届满，而非 " + currentEnd + "。",
                    "The register says the current term ends on " + registeredEnd + ", not " + currentEnd + "."));
        }
        if (requestedEnd.isBefore(today)) {
            problems.add(new Words("所申请的届满日期 " + requestedEnd + " 已经过去。", "The requested end of the term, "
                    + requestedEnd + ", lies in the past."));
        }
        if (kind == Kind.POSTPONEMENT && !requestedEnd.isAfter(currentEnd)) {
            problems.add(new Words("延期应使任期在 " + currentEnd + " 之后届满。", "A postponement ends the term after "
                    + currentEnd + "."));
        }
        if (kind == Kind.POSTPONEMENT && requestedEnd.isAfter(latestEnd())) {
            problems.add(new Words("换届延期最长不超过 1 年，自选举时确定的届满日期 " + electedEnd + " 起算：任期最迟于 " + latestEnd()
                    + " 届满，不能延至 " + requestedEnd + "。", "An extension of the term may not exceed 1 year in all,"
                    + " counted from its end as elected (" + electedEnd + "): the term may end on " + latestEnd()
                    + " at the latest, not on " + requestedEnd + " (" + EXTENSION_LIMIT_CLAUSE + ")."));
        }
        if (kind == Kind.EARLY_CHANGE && !requestedEnd.isBefore(currentEnd)) {
            problems.add(new Words("提前换届应使任期在 " + currentEnd + " 之前届满。", "An early change ends the term before "
                    + currentEnd + "."));
        }
        return problems;
    }
}
