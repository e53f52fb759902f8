package cn.chia.governance.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.Charter;
import cn.chia.governance.identity.Roles;
import cn.chia.governance.process.CurrentCharter;
import cn.chia.governance.register.DirectorRoster;
import cn.chia.governance.register.DirectorRoster.Director;

/** The serving directors and the seats the next meetings count, for the Secretariat, the Council and managers. */
@RestController
class DirectorRosterController {

    static final Set<String> READERS = Set.of(Roles.SECRETARIAT, Roles.COUNCIL, Roles.MANAGERS, Roles.ADMINISTRATORS);

    record Roster(List<Director> directors, Map<Body, Integer> seats) {
    }

    private final DirectorRoster roster;
    private final CurrentCharter charter;
    private final IdentityService identity;

    DirectorRosterController(DirectorRoster roster, CurrentCharter charter, IdentityService identity) {
        this.roster = roster;
        this.charter = charter;
        this.identity = identity;
    }

    @GetMapping("/api/directors")
    Roster directors() {
        Authentication user = identity.getCurrentAuthentication();
        List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
        if (groups.stream().noneMatch(READERS::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "The roster of directors is for the Secretariat, the Council and managers.");
        }
        Charter now = charter.now();
        return new Roster(roster.current(),
                Map.of(Body.COUNCIL, now.seats(Body.COUNCIL), Body.STANDING_COUNCIL, now.seats(Body.STANDING_COUNCIL)));
    }
}
