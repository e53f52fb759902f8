package cn.chia.governance.web;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import cn.chia.governance.identity.Roles;
import cn.chia.governance.register.MeetingRecords;
import cn.chia.governance.register.MeetingRecords.Minutes;

/** The minutes of a meeting: its attendance and every resolution, for the Secretariat, the Council and managers. */
@RestController
class MeetingMinutesController {

    static final Set<String> READERS = Set.of(Roles.SECRETARIAT, Roles.COUNCIL, Roles.MANAGERS, Roles.ADMINISTRATORS);

    private final MeetingRecords meetings;
    private final IdentityService identity;

    MeetingMinutesController(MeetingRecords meetings, IdentityService identity) {
        this.meetings = meetings;
        this.identity = identity;
    }

    @GetMapping("/api/meetings/{businessKey}/minutes")
    Minutes minutes(@PathVariable String businessKey) {
        Authentication user = identity.getCurrentAuthentication();
        List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
        if (groups.stream().noneMatch(READERS::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "The minutes are for the Secretariat, the Council and managers.");
        }
        return meetings.minutes(businessKey).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No meeting " + businessKey + "."));
    }
}
