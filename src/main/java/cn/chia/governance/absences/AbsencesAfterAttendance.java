package cn.chia.governance.absences;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Body;
import cn.chia.governance.register.MeetingRecords;
import cn.chia.governance.register.MeetingRecords.AttendanceRecorded;

/**
 * When a Council or Standing Council meeting's attendance is recorded by name, opens a case for each director absent
 * without reason who thereby reaches the charter's limit. The register announces the attendance; the meeting knows
 * nothing of absences. It runs in the meeting's transaction: the attendance and the cases it opens are recorded
 * together, or not at all.
 */
@Component
class AbsencesAfterAttendance {

    private final MeetingRecords meetings;
    private final OpenAbsenceCase opener;
    private final RuntimeService runtime;

    AbsencesAfterAttendance(MeetingRecords meetings, OpenAbsenceCase opener, RuntimeService runtime) {
        this.meetings = meetings;
        this.opener = opener;
        this.runtime = runtime;
    }

    @EventListener
    void attendanceRecorded(AttendanceRecorded attendance) {
        Body body = attendance.body();
        if (body != Body.COUNCIL && body != Body.STANDING_COUNCIL) {
            return;
        }
        for (long rosterNumber : meetings.absentWithoutReason(attendance.meetingKey())) {
            if (opener.examine(body, rosterNumber).isPresent()) {
                AbsenceCase.start(runtime, body, rosterNumber);
            }
        }
    }
}
