package cn.chia.governance.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.chia.governance.identity.Roles;
import cn.chia.governance.register.BallotRecords;
import cn.chia.governance.register.BallotRecords.Minutes;
import cn.chia.governance.process.Refusal;

/**
 * The minutes of an election by secret ballot once it is decided: every count of every round and the resolution.
 * Before the ballot closes there is nothing to read, for anyone.
 */
@RestController
class BallotController {

    private final BallotRecords ballots;
    private final Caller caller;

    BallotController(BallotRecords ballots, Caller caller) {
        this.ballots = ballots;
        this.caller = caller;
    }

    @GetMapping("/api/ballots/{caseNumber}/minutes")
    Minutes minutes(@PathVariable String caseNumber) {
        caller.requireOneOf(Roles.RECORD_READERS, "选举的会议纪要供秘书处、理事会和管理人员查阅。",
                "The minutes are for the Secretariat, the Council and managers.");
        return ballots.minutes(caseNumber).orElseThrow(() -> Refusal.notFound("没有已结束的选举 " + caseNumber
                + "：票数在投票结束后才公布。", "No decided election " + caseNumber
                        + ": the counts are shown only once the ballot closes."));
    }
}
