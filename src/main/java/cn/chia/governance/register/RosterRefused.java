package cn.chia.governance.register;

import java.util.List;
import java.util.stream.Collectors;

import cn.chia.governance.charter.RosterSubmission.Problem;

/** A roster the register refuses whole, with every problem, row by row, in Chinese and English. Nothing is written. */
public class RosterRefused extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public RosterRefused(List<Problem> problems) {
        super(problems.stream().map(Problem::text).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
