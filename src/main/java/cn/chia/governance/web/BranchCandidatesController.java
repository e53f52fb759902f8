package cn.chia.governance.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import cn.chia.governance.admission.ApplicantDesk;
import cn.chia.governance.identity.Roles;

/**
 * A branch's candidates once recommended: its Tasklist filter shows the applications still to recommend, and a task
 * done leaves Tasklist (a filter lists open tasks only), so the branch reads here which candidates it recommended and
 * where each stands. Only a branch's own, whoever else asks.
 */
@RestController
class BranchCandidatesController {

    static final String NOT_A_BRANCH = "此列表仅供分支机构查看其推荐的候选人。 "
            + "This list is for a branch, of the candidates it recommended.";

    private final ApplicantDesk desk;
    private final Caller caller;

    BranchCandidatesController(ApplicantDesk desk, Caller caller) {
        this.desk = desk;
        this.caller = caller;
    }

    /** The branch's candidates, newest first; a person in several branches' groups gets those of each. */
    @GetMapping("/api/branches/mine/candidates")
    List<ApplicantDesk.Candidate> candidates() {
        List<String> branches = caller.groups().stream().filter(Roles::isBranchGroup).toList();
        if (branches.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, NOT_A_BRANCH);
        }
        return branches.stream().flatMap(branch -> desk.recommendedBy(branch).stream()).toList();
    }
}
