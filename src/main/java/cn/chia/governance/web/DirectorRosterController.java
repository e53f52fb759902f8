package cn.chia.governance.web;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.Charter;
import cn.chia.governance.identity.Roles;
import cn.chia.governance.process.CurrentCharter;
import cn.chia.governance.register.DirectorRoster;
import cn.chia.governance.register.DirectorRoster.Director;

/** The serving directors and the seats the next meetings count, for the Secretariat, the Council and managers. */
@RestController
class DirectorRosterController {

    record Roster(List<Director> directors, Map<Body, Integer> seats) {
    }

    private final DirectorRoster roster;
    private final CurrentCharter charter;
    private final Caller caller;

    DirectorRosterController(DirectorRoster roster, CurrentCharter charter, Caller caller) {
        this.roster = roster;
        this.charter = charter;
        this.caller = caller;
    }

    @GetMapping("/api/directors")
    Roster directors() {
        caller.requireOneOf(Roles.RECORD_READERS, "理事名册供秘书处、理事会和管理人员查阅。",
                "The roster of directors is for the Secretariat, the Council and managers.");
        Charter now = charter.now();
        return new Roster(roster.current(),
                Map.of(Body.COUNCIL, now.seats(Body.COUNCIL), Body.STANDING_COUNCIL, now.seats(Body.STANDING_COUNCIL)));
    }
}
