package cn.chia.governance.charter;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The opening of the renewal of the term (换届): the Secretariat opens it when the term's end is near, with the
 * candidates for directors and for supervisors that the democratic consultation selected, each with who proposed
 * them, and the seats of each. "The General Assembly of Member Representatives is held for 5 years"; directors "shall
 * be elected by secret ballot by the General Assembly of Member Representatives from among the candidates selected on
 * the basis of democratic consultation", and the Assembly "elect[s] ... directors ... and supervisors" (power 2).
 * <p>
 * The renewal opens at the earliest {@code opensBefore} before the term's end ({@link #WINDOW_CLAUSE}: the charter
 * names no time; the Association's setting, default 6 months): the day {@link #opensOn()} is the first allowed, the
 * day before is refused with the dates. {@link #problems()} names every problem, in Chinese and English.
 */
public record RenewalProposal(LocalDate today, LocalDate termEnd, Period opensBefore, int directorSeats,
        List<Candidate> directors, int supervisorSeats, List<Candidate> supervisors) {

    public static final String WINDOW_CLAUSE = "General Assembly: held for 5 years; the renewal prepared before the term"
            + " ends (the Association's setting governance.renewal.opens-before)";
    public static final String CANDIDATES_CLAUSE = "Council: directors elected by secret ballot by the General Assembly"
            + " from among the candidates selected on the basis of democratic consultation";
    public static final String SUPERVISORS_CLAUSE = "General Assembly, power 2: elects directors and supervisors";
    public static final int LONGEST_TEXT = 200;

    /** A candidate: name, organisation, who proposed them (a branch, member units, the Council), front-line or not. */
    public record Candidate(String name, String organisation, String proposedBy, Boolean frontLine) {
    }

    public RenewalProposal {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(termEnd, "termEnd");
        Objects.requireNonNull(opensBefore, "opensBefore");
        directors = directors == null ? List.of() : List.copyOf(directors);
        supervisors = supervisors == null ? List.of() : List.copyOf(supervisors);
    }

    /** The first day on which the renewal may be opened: {@code opensBefore} before the term's end. */
    public LocalDate opensOn() {
        return opensOn(termEnd, opensBefore);
    }

    /** The first day on which the renewal of a term ending on {@code termEnd} may be opened. */
    public static LocalDate opensOn(LocalDate termEnd, Period opensBefore) {
        return termEnd.minus(opensBefore);
    }

    /** Whether the renewal may be opened today: from {@link #opensOn()} on. */
    public boolean windowOpen() {
        return !today.isBefore(opensOn());
    }

    /** Every problem, the window first, then the directors' list and the supervisors'; empty when it may open. */
    public List<Words> problems() {
        List<Words> problems = new ArrayList<>();
        if (!windowOpen()) {
            problems.add(new Words("换届选举最早可于本届任期届满日 " + termEnd + " 前" + inChinese(opensBefore) + "，即 " + opensOn()
                    + " 起启动；今天是 " + today + "。", "The renewal may be opened from " + opensOn() + ", "
                    + inEnglish(opensBefore) + " before the term ends on " + termEnd + "; today is " + today + " ("
                    + WINDOW_CLAUSE + ")."));
        }
        list("理事", "director", directorSeats, directors, CANDIDATES_CLAUSE, problems);
        list("监事", "supervisor", supervisorSeats, supervisors, SUPERVISORS_CLAUSE, problems);
        return List.copyOf(problems);
    }

    private static void list(String chinese, String english, int seats, List<Candidate> candidates, String clause,
            List<Words> problems) {
        if (seats < 1) {
            problems.add(new Words(chinese + "应选名额至少为 1，而非 " + seats + "。", "The " + english
                    + "s' seats must be at least 1, not " + seats + "."));
        }
        long named = candidates.stream().map(Candidate::name).filter(name -> !blank(name)).map(String::strip).distinct()
                .count();
        if (named < seats) {
            problems.add(new Words(chinese + "候选人 " + named + " 名，少于应选名额 " + seats + " 名。", named + " " + english
                    + (named == 1 ? " candidate" : " candidates") + " for " + seats + (seats == 1 ? " seat" : " seats")
                    + ": there must be at least as many candidates as seats (" + clause + ")."));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            String where = chinese + "候选人第 " + (i + 1) + " 名";
            String whereEn = english + " candidate " + (i + 1);
            if (blank(candidate.name())) {
                problems.add(new Words(where + "缺少姓名。", "The " + whereEn + " has no name."));
            } else if (!seen.add(candidate.name().strip())) {
                problems.add(new Words(where + " " + candidate.name().strip() + " 重复提名。", "The " + whereEn + ", "
                        + candidate.name().strip() + ", is named twice."));
            }
            if (blank(candidate.organisation())) {
                problems.add(new Words(where + "缺少工作单位。", "The " + whereEn + " has no organisation."));
            }
            if (blank(candidate.proposedBy())) {
                problems.add(new Words(where + "缺少提名方（分支机构、会员单位或理事会）。", "The " + whereEn
                        + " does not say who proposed them (a branch, member units, the Council) (" + CANDIDATES_CLAUSE
                        + ")."));
            }
            if (candidate.frontLine() == null) {
                problems.add(new Words(where + "未说明是否为一线科技工作者。", "The " + whereEn + " does not say whether front-line."));
            }
            for (String text : new String[] {candidate.name(), candidate.organisation(), candidate.proposedBy()}) {
                if (text != null && text.strip().length() > LONGEST_TEXT) {
                    problems.add(new Words(where + "的内容超过 " + LONGEST_TEXT + " 个字符。", "The " + whereEn
                            + " has a text longer than " + LONGEST_TEXT + " characters."));
                }
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** "6 个月", "1 年 2 个月", "10 天": a period as a clerk reads it, not "P6M". */
    static String inChinese(Period period) {
        StringBuilder words = new StringBuilder();
        if (period.getYears() != 0) {
            words.append(' ').append(period.getYears()).append(" 年");
        }
        if (period.getMonths() != 0) {
            words.append(' ').append(period.getMonths()).append(" 个月");
        }
        if (period.getDays() != 0 || words.isEmpty()) {
            words.append(' ').append(period.getDays()).append(" 天");
        }
        return words.toString();
    }

    /** "6 months", "1 year 2 months", "10 days". */
    static String inEnglish(Period period) {
        StringBuilder words = new StringBuilder();
        if (period.getYears() != 0) {
            words.append(period.getYears()).append(period.getYears() == 1 ? " year" : " years");
        }
        if (period.getMonths() != 0) {
            words.append(words.isEmpty() ? "" : " ").append(period.getMonths())
                    .append(period.getMonths() == 1 ? " month" : " months");
        }
        if (period.getDays() != 0 || words.isEmpty()) {
            words.append(words.isEmpty() ? "" : " ").append(period.getDays())
                    .append(period.getDays() == 1 ? " day" : " days");
        }
        return words.toString();
    }
}
