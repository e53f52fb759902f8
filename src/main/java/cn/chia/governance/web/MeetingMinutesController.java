package cn.chia.governance.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.chia.governance.identity.Roles;
import cn.chia.governance.register.MeetingRecords;
import cn.chia.governance.register.MeetingRecords.Minutes;
import cn.chia.governance.process.Refusal;

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
        caller.requireOneOf(Roles.RECORD_READERS, "会议纪要供秘书处、理事会和管理人员查阅。",
                "The minutes are for the Secretariat, the Council and managers.");
        return meetings.minutes(businessKey).orElseThrow(() -> Refusal.notFound("没有会议 " + businessKey + "。",
                "No meeting " + businessKey + "."));
    }
}
