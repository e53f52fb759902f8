package cn.chia.governance.meeting;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.AttendanceRoll;
import cn.chia.governance.charter.InvalidTallyException;
import cn.chia.governance.charter.Language;
import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.charter.QuorumCheck;
import cn.chia.governance.process.CurrentCharter;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.register.MeetingRecords;

/**
 * Checks the attendance roll against the quorum rule of the body (the roll itself was checked when the clerk completed
 * the task, {@link CheckAttendance}). A roll taken by name is recorded by name in the minutes.
 */
@Component("checkQuorum")
class CheckQuorum implements JavaDelegate {

    private final CurrentCharter charter;
    private final MeetingRecords meetings;
    private final GovernanceSettings settings;

    CheckQuorum(CurrentCharter charter, MeetingRecords meetings, GovernanceSettings settings) {
        this.charter = charter;
        this.meetings = meetings;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MeetingCase meeting = MeetingCase.of(execution);
        // the clerk's roll was checked when the task was completed (checkAttendance), a vote by communication counts
        // only the roster's ballots; should the charter still refuse the roll, the refusal rolls back what led here
        CurrentCharter.MeetingCharter rules = charter.ofMeeting(execution);
        QuorumCheck quorum;
        try {
            quorum = rules.charter().checkQuorum(rules.body(), meeting.presentInPerson(), meeting.presentByProxy());
        } catch (InvalidTallyException impossibleRoll) {
            throw new Refusal(impossibleRoll.words());
        }
        String meetingKey = execution.getProcessBusinessKey();
        meetings.recordQuorum(meetingKey, quorum);
        List<MeetingRecords.Attendee> roster = meetings.attendance(meetingKey);
        if (!roster.isEmpty()) {
            AttendanceRoll roll = CheckAttendance.roll(meeting, roster, charter.ofMeeting(execution), settings);
            meetings.recordAttendance(meetingKey,
                    roll.presence(roster.stream().map(MeetingRecords.Attendee::rosterNumber).toList()), roll.byProxy());
        }
        meeting.recordQuorum(quorum);
        meeting.tellTheClerk(quorum.reason(Language.ZH) + (quorum.met() ? "" : "会议休会，案件等待下次会议。") + " "
                + quorum.reason(Language.EN) + (quorum.met() ? "" : " The meeting is adjourned; its cases wait for the next one."));
    }
}
