package cn.chia.governance.renewal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The start variables of a renewal of the term, as the start form or a REST client sends them: seats and candidate
 * lists (one candidate a line, "name | organisation | proposed by | front-line").
 */
public final class Renewals {

    /** The term as configured in application.yaml: the window opens six months before it ends. */
    public static final LocalDate CONFIGURED_TERM_END = LocalDate.parse("2027-07-27");
    public static final LocalDate WINDOW_OPENS = LocalDate.parse("2027-01-27");

    private final Map<String, Object> variables = new LinkedHashMap<>();

    private Renewals(int directorSeats, List<String> directors, int supervisorSeats, List<String> supervisors) {
        variables.put(RenewalCase.DIRECTOR_SEATS, directorSeats);
        variables.put(RenewalCase.DIRECTOR_CANDIDATES, lines(directors, "理事会 the Council"));
        variables.put(RenewalCase.SUPERVISOR_SEATS, supervisorSeats);
        variables.put(RenewalCase.SUPERVISOR_CANDIDATES, lines(supervisors, "会员单位联名 member units"));
    }

    public static Renewals of(int directorSeats, List<String> directors, int supervisorSeats, List<String> supervisors) {
        return new Renewals(directorSeats, directors, supervisorSeats, supervisors);
    }

    /** Nine directors of ten candidates, three supervisors of three. */
    public static Renewals typical(List<String> directors, List<String> supervisors) {
        return of(directors.size() - 1, directors, supervisors.size(), supervisors);
    }

    public Renewals with(String name, Object value) {
        variables.put(name, value);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(variables);
    }

    /** One line per name: the name, its organisation ("… 单位"), the proposer and front-line yes. */
    static String lines(List<String> names, String proposer) {
        List<String> lines = new ArrayList<>();
        for (String name : names) {
            lines.add(name + " | " + organisation(name) + " | " + proposer + " | 是");
        }
        return String.join("\n", lines);
    }

    public static String organisation(String name) {
        return name + " 所在单位 Institute";
    }
}
