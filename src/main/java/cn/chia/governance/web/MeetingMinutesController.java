package cn.chia.governance.web;

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

    private final MeetingRecords meetings;
    private final Caller caller;

    MeetingMinutesController(MeetingRecords meetings, Caller caller) {
        this.meetings = meetings;
        this.caller = caller;
    }

    @GetMapping("/api/meetings/{businessKey}/minutes")
    Minutes minutes(@PathVariable String businessKey) {
        caller.requireOneOf(Roles.RECORD_READERS, "The minutes are for the Secretariat, the Council and managers.");
        return meetings.minutes(businessKey).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No meeting " + businessKey + "."));
    }
}
