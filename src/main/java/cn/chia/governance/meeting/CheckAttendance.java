package cn.chia.governance.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.AttendanceRoll;
import cn.chia.governance.charter.InvalidTallyException;
import cn.chia.governance.charter.MeetingDay;
import cn.chia.governance.charter.Words;
import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.process.CurrentCharter;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.register.MeetingRecords;

/**
 * Checks the attendance the clerk records: not before the meeting's day ({@link MeetingDay}). A body with a roster on
 * the meeting's day takes it by name (roster numbers in person, by proxy, excused) and the head counts are derived from
 * the names; a body without one takes head counts, as before. A roll that cannot be right is refused with every reason and nothing is recorded: the completion
 * fails, the task stays where it was, with the clerk who holds it, and Tasklist shows the reason in Chinese and
 * English.
 */
@Component("checkAttendance")
class CheckAttendance implements TaskListener {

    private final MeetingRecords meetings;
    private final CurrentCharter charter;
    private final GovernanceSettings settings;
    private final Clock clock;

    CheckAttendance(MeetingRecords meetings, CurrentCharter charter, GovernanceSettings settings, Clock clock) {
        this.clock = clock;
        this.meetings = meetings;
        this.charter = charter;
        this.settings = settings;
    }

    @Override
    public void notify(DelegateTask task) {
        MeetingCase sent = MeetingCase.of(task);
        String meetingKey = task.getExecution().getProcessBusinessKey();
        meetings.meeting(meetingKey).flatMap(meeting -> new MeetingDay(meeting.body(), meeting.meetingDate())
                .attendanceTooEarly(LocalDate.now(clock))).ifPresent(tooEarly -> {
                    throw new Refusal(tooEarly);
                });
        List<MeetingRecords.Attendee> roster = meetings.attendance(meetingKey);
        if (roster.isEmpty()) {
            if (sent.attendanceByName()) {
                throw new Refusal("本次会议的机构在会议日期没有登记名册，请填写出席人数（亲自出席人数 " + MeetingCase.PRESENT_IN_PERSON
                        + "、委托出席人数 " + MeetingCase.PRESENT_BY_PROXY + "）。", "The body has no recorded roster on the"
                        + " meeting's day: record the attendance as head counts (" + MeetingCase.PRESENT_IN_PERSON + ", "
                        + MeetingCase.PRESENT_BY_PROXY + ").");
            }
            Integer inPerson;
            Integer byProxy;
            try {
                inPerson = sent.sentPresentInPerson();
                byProxy = sent.sentPresentByProxy();
            } catch (InvalidTallyException notACount) {
                throw new Refusal(notACount.words());
            }
            if (inPerson == null || byProxy == null) {
                throw new Refusal("请填写亲自出席人数（" + MeetingCase.PRESENT_IN_PERSON + "）和委托出席人数（"
                        + MeetingCase.PRESENT_BY_PROXY + "）。", "Enter the number present in person ("
                        + MeetingCase.PRESENT_IN_PERSON + ") and by proxy (" + MeetingCase.PRESENT_BY_PROXY
                        + "): they are required.");
            }
            refuseImpossible(task, inPerson, byProxy);
            return;
        }
        if (!sent.attendanceByName()) {
            throw new Refusal("本机构已登记名册，请按名册编号登记出席（亲自出席 " + MeetingCase.ATTENDEES_IN_PERSON + "、委托出席 "
                    + MeetingCase.ATTENDEES_BY_PROXY + "、请假 " + MeetingCase.EXCUSED_ABSENCES + "）。", "The body has a"
                    + " recorded roster: record the attendance by roster number (" + MeetingCase.ATTENDEES_IN_PERSON + ", "
                    + MeetingCase.ATTENDEES_BY_PROXY + ", " + MeetingCase.EXCUSED_ABSENCES + ").");
        }
        AttendanceRoll roll = roll(sent, roster, charter.ofMeeting(task.getExecution()), settings);
        List<AttendanceRoll.Problem> problems = roll.problems(sent.sentPresentInPerson(), sent.sentPresentByProxy());
        if (!problems.isEmpty()) {
            throw new Refusal(Words.join(problems.stream().map(AttendanceRoll.Problem::words).toList()));
        }
        refuseImpossible(task, roll.presentInPerson(), roll.presentByProxy());
        MeetingCase.of(task.getExecution()).setHeadCounts(roll.presentInPerson(), roll.presentByProxy());
    }

    /**
     * Refuses the completion of a roll the charter cannot accept (more present than seats, proxies where the body
     * allows none, negative counts): the task stays with the clerk who holds it, and the form shows the reason.
     */
    private void refuseImpossible(DelegateTask task, int inPerson, int byProxy) {
        CurrentCharter.MeetingCharter rules = charter.ofMeeting(task.getExecution());
        try {
            rules.charter().checkQuorum(rules.body(), inPerson, byProxy);
        } catch (InvalidTallyException impossibleRoll) {
            throw new Refusal(impossibleRoll.words());
        }
    }

    /** The roll the names make, against the meeting's roster and the rules of its body. */
    static AttendanceRoll roll(MeetingCase names, List<MeetingRecords.Attendee> roster,
            CurrentCharter.MeetingCharter rules, GovernanceSettings settings) {
        Set<Long> numbers = roster.stream().map(MeetingRecords.Attendee::rosterNumber).collect(Collectors.toSet());
        return new AttendanceRoll(rules.body(), numbers, names.attendeesInPerson(), names.attendeesByProxy(),
                names.excusedAbsences(), rules.charter().allowsProxies(rules.body()),
                settings.meetings().proxiesPerRepresentative());
    }
}
