package cn.chia.governance.charter;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an expulsion case charges a member with, as the charter's withdrawal instructions allow it: "If a
 * member violates the criminal law or seriously violates the Articles of Association, he/she will be
 * expelled after the Council or the Standing Council votes." {@link #problems()} names every field that is
 * missing or not a ground of the charter, in words for the Secretariat.
 */
public record ExpulsionCharge(String ground, String facts) {

    /** The clause that names the grounds of expulsion. */
    public static final String CLAUSE = "charter, withdrawal instructions: expulsion";

    /**
     * Days the member has to answer the charge before the case goes to the vote. The charter does not name a
     * period: it is the Association's practice (the member is heard before the Council or the Standing Council
     * votes), and the timer of the process says P30D.
     */
    public static final int DAYS_TO_ANSWER = 30;

    /** The grounds of expulsion the charter names. */
    public enum Ground {
        /** "violates the criminal law" */
        CRIMINAL_OFFENCE,
        /** "seriously violates the Articles of Association" */
        SERIOUS_VIOLATION
    }

    /** Field name to problem, in the order of the form; empty when the case may be opened. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (ground == null || Arrays.stream(Ground.values()).noneMatch(known -> known.name().equals(ground))) {
            problems.put("ground", "Choose the ground of the expulsion, one of " + Arrays.toString(Ground.values())
                    + "; got " + ground + ".");
        }
        if (facts == null || facts.isBlank()) {
            problems.put("facts", "State the facts the member is charged with.");
        }
        return problems;
    }

    /** The last day the member may answer a case opened on {@code openedOn}. */
    public static LocalDate answerDue(LocalDate openedOn) {
        return openedOn.plusDays(DAYS_TO_ANSWER);
    }
}
