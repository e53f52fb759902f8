package cn.chia.governance.charter;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
        CRIMINAL_OFFENCE("违反刑法", "violates the criminal law"),
        /** "seriously violates the Articles of Association" */
        SERIOUS_VIOLATION("严重违反章程", "seriously violates the Articles of Association");

        private final String chinese;
        private final String english;

        Ground(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        /** "违反刑法（CRIMINAL_OFFENCE）", "violates the criminal law (CRIMINAL_OFFENCE)". */
        public Words named() {
            return new Words(chinese + "（" + name() + "）", english + " (" + name() + ")");
        }
    }

    /** Field name to problem, in the order of the form; empty when the case may be opened. */
    public Map<String, Words> problems() {
        Map<String, Words> problems = new LinkedHashMap<>();
        if (ground == null || Arrays.stream(Ground.values()).noneMatch(known -> known.name().equals(ground))) {
            List<Words> grounds = Arrays.stream(Ground.values()).map(Ground::named).toList();
            problems.put("ground", new Words("请选择除名的理由：会员" + grounds.stream().map(Words::zh)
                    .collect(Collectors.joining("或")) + "；收到的是 " + ground + "。", "Choose the ground of the expulsion:"
                    + " the member " + grounds.stream().map(Words::en).collect(Collectors.joining(" or ")) + "; got "
                    + ground + "."));
        }
        if (facts == null || facts.isBlank()) {
            problems.put("facts", new Words("请陈述会员被指控的事实。", "State the facts the member is charged with."));
        }
        return problems;
    }

    /** The last day the member may answer a case opened on {@code openedOn}. */
    public static LocalDate answerDue(LocalDate openedOn) {
        return openedOn.plusDays(DAYS_TO_ANSWER);
    }
}
