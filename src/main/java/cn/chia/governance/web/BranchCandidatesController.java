package cn.chia.governance.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.chia.governance.admission.ApplicantDesk;
import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.identity.Roles;
import cn.chia.governance.process.Refusal;

/**
 * A branch's candidates once recommended: its Tasklist filter shows the applications still to recommend, and a task
 * done leaves Tasklist (a filter lists open tasks only), so the branch reads here which candidates it recommended and
 * where each stands. Only a branch's own (an administrator's: every branch's); anyone else is refused.
 */
@RestController
class BranchCandidatesController {



    private final ApplicantDesk desk;
    private final Caller caller;
    private final GovernanceSettings settings;

    BranchCandidatesController(ApplicantDesk desk, Caller caller, GovernanceSettings settings) {
        this.desk = desk;
        this.caller = caller;
        this.settings = settings;
    }

    /**
     * The branch's candidates, newest first; a person in several branches' groups gets those of each, an
     * administrator those of every branch.
     */
    @GetMapping("/api/branches/mine/candidates")
    List<ApplicantDesk.Candidate> candidates() {
        List<String> branches = caller.groups().contains(Roles.ADMINISTRATORS)
                ? settings.branches().stream().map(GovernanceSettings.Branch::groupId).toList()
                : caller.groups().stream().filter(Roles::isBranchGroup).toList();
        if (branches.isEmpty()) {
            throw Refusal.forbidden("此列表仅供分支机构查看其推荐的申请人。",
                    "This list is for a branch, of the candidates it recommended.");
        }
        return branches.stream().flatMap(branch -> desk.recommendedBy(branch).stream()).toList();
    }
}
