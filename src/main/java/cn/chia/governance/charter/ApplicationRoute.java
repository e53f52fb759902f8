package cn.chia.governance.charter;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The way an application takes to the Council, as the charter's membership procedures (individual members 1 and 2,
 * unit members) set it: a member applies by itself or is recommended by a branch or office of the Association; a
 * foreign member applies by itself, with no branch between it and the Council. {@code branch} is the branch the application names (null: none);
 * {@code branches} are the Association's branches.
 */
public record ApplicationRoute(String applicantKind, String branch, Collection<String> branches) {

    public ApplicationRoute {
        branches = List.copyOf(branches);
    }

    /** {@code branch} to the problem, empty when the application may take this way. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (branch != null && MembershipApplication.FOREIGN.equals(applicantKind)) {
            problems.put("branch", "A foreign member applies directly; the Council reviews without a branch.");
        } else if (branch != null && !branches.contains(branch)) {
            problems.put("branch", "Choose a branch of the Association, one of " + branches + ".");
        }
        return problems;
    }
}
