package cn.chia.governance.register;

import java.util.List;
import java.util.stream.Collectors;

import cn.chia.governance.charter.RosterSubmission.Problem;
import cn.chia.governance.charter.Words;

/** A roster the register refuses whole, with every problem, row by row, in Chinese and English. Nothing is written. */
public class RosterRefused extends IllegalArgumentException implements Words.Said {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public RosterRefused(List<Problem> problems) {
        super(problems.stream().map(Problem::text).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public Words words() {
        return Words.join(problems.stream().map(Problem::words).toList());
    }
}
