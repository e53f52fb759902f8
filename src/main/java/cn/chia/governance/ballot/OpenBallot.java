package cn.chia.governance.ballot;

import java.time.Clock;
import java.time.LocalDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.AttendanceRoll.Presence;
import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.ElectedOffice;
import cn.chia.governance.charter.RosterBody;
import cn.chia.governance.charter.SecretBallot;
import cn.chia.governance.charter.SecretBallot.Mode;
import cn.chia.governance.charter.Words;
import cn.chia.governance.identity.Roles;
import cn.chia.governance.process.NewCases;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.register.BallotRecords;
import cn.chia.governance.register.CaseNumbers;
import cn.chia.governance.register.MeetingRecords;
import cn.chia.governance.register.Rosters;

/**
 * Opens an election by secret ballot (start listener): the body elects to the office, the seats and candidates add
 * up, and each elector of an electronic ballot is a user who can work in Tasklist. Anything wrong is refused with
 * every reason, nothing recorded; otherwise the case is numbered (BAL-…) and its first round opened.
 */
@Component("openBallot")
class OpenBallot implements ExecutionListener {

    private final BallotRecords ballots;
    private final CaseNumbers caseNumbers;
    private final IdentityService identity;
    private final Rosters rosters;
    private final MeetingRecords meetings;
    private final Clock clock;

    OpenBallot(BallotRecords ballots, CaseNumbers caseNumbers, IdentityService identity, Rosters rosters,
            MeetingRecords meetings, Clock clock) {
        this.ballots = ballots;
        this.caseNumbers = caseNumbers;
        this.identity = identity;
        this.rosters = rosters;
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        NewCases.refuseChosenCaseNumber(execution);
        BallotCase ballot = BallotCase.of(execution);
        Body body = ballot.electingBody();
        ElectedOffice office = ballot.office();
        Mode mode = ballot.mode();
        int seats = ballot.seats();
        List<String> candidates = ballot.candidates();
        List<String> electors = ballot.electors();
        List<Words> problems = new ArrayList<>();
        String meetingKey = ballot.meetingNumber();
        boolean atMeeting = meetingKey != null && meetingProblem(meetingKey, body, problems);
        if (mode == Mode.ELECTRONIC && electors.isEmpty()) {
            electors = atMeeting ? electorsPresent(meetingKey, problems)
                    : meetingKey == null ? electorsOnTheRoster(body, problems) : List.of();
        }
        problems.addAll(SecretBallot.problems(body, office, seats, candidates, mode, electors));
        electors.stream().distinct().forEach(elector -> electorProblem(elector).ifPresent(problems::add));
        if (!problems.isEmpty()) {
            throw new Refusal(Words.join(problems));
        }
        String caseNumber = NewCases.assignCaseNumber(execution, caseNumbers, CaseNumbers.Kind.BALLOT);
        ballot.open(caseNumber, body, office, seats, candidates, mode, electors);
        ballots.open(caseNumber, body.name(), office.name(), seats, mode.name());
        if (meetingKey != null) {
            ballots.heldAt(caseNumber, meetingKey);
        }
        ballots.openRound(caseNumber, 1, seats, candidates, mode == Mode.ELECTRONIC ? electors.size() : null);
    }

    /**
     * The electors of an electronic ballot for which none are listed: the electing body's members on its roster
     * today, by their user accounts (the General Assembly's 300 representatives are more than a form's text holds).
     * Members without an account are named in a refusal: nobody on the roster is left without a ballot.
     */
    private List<String> electorsOnTheRoster(Body body, List<Words> problems) {
        List<Rosters.Entry> members = rosters.members(RosterBody.of(body), LocalDate.now(clock));
        List<String> withoutAccount = members.stream().filter(m -> m.userId() == null).map(Rosters.Entry::name).toList();
        if (!withoutAccount.isEmpty()) {
            String names = String.join("、", withoutAccount.subList(0, Math.min(10, withoutAccount.size())))
                    + (withoutAccount.size() > 10 ? " …" : "");
            problems.add(new Words("名册上 " + withoutAccount.size() + " 名成员没有用户账号，不能在任务列表中投票（" + names
                    + "）：请在名册中登记其账号，或列出选举人。", withoutAccount.size() + " members of the roster have no"
                    + " user account and could not vote in Tasklist (" + names + "): record their accounts on the roster,"
                    + " or list the electors."));
            return List.of();
        }
        return members.stream().map(Rosters.Entry::userId).toList();
    }

    /**
     * Whether the meeting named is one of the electing body whose attendance is recorded; adds what is wrong
     * otherwise.
     */
    private boolean meetingProblem(String meetingKey, Body body, List<Words> problems) {
        Optional<MeetingRecords.Meeting> meeting = meetings.meeting(meetingKey);
        if (meeting.isEmpty()) {
            problems.add(new Words("没有会议 " + meetingKey + "。", "No meeting " + meetingKey + "."));
            return false;
        }
        if (meeting.get().body() != body) {
            problems.add(new Words("会议 " + meetingKey + " 是" + meeting.get().body().chineseTitle() + "的会议，不是"
                    + body.chineseTitle() + "的。", "Meeting " + meetingKey + " is one of the " + meeting.get().body().title()
                    + ", not of the " + body.title() + "."));
            return false;
        }
        if (meeting.get().presentInPerson() == null) {
            problems.add(new Words("会议 " + meetingKey + " 尚未登记出席情况。", "The attendance at meeting " + meetingKey
                    + " is not recorded yet."));
            return false;
        }
        return true;
    }

    /**
     * The electors of an electronic ballot held at a meeting for which none are listed: those recorded present at it
     * (in person or by proxy), by the user accounts on their roster. A meeting whose attendance is a head count names
     * nobody: the electors must be listed.
     */
    private List<String> electorsPresent(String meetingKey, List<Words> problems) {
        List<MeetingRecords.Attendee> present = meetings.attendance(meetingKey).stream()
                .filter(a -> a.attendance() == Presence.IN_PERSON || a.attendance() == Presence.BY_PROXY).toList();
        if (present.isEmpty()) {
            problems.add(new Words("会议 " + meetingKey + " 未按名册登记出席，请列出选举人。", "The attendance at meeting "
                    + meetingKey + " names nobody present: list the electors."));
            return List.of();
        }
        List<String> electors = new ArrayList<>();
        List<String> withoutAccount = new ArrayList<>();
        for (MeetingRecords.Attendee attendee : present) {
            String user = rosters.entry(attendee.rosterNumber()).map(Rosters.Entry::userId).orElse(null);
            if (user == null) {
                withoutAccount.add(attendee.name());
            } else {
                electors.add(user);
            }
        }
        if (!withoutAccount.isEmpty()) {
            problems.add(new Words("出席会议 " + meetingKey + " 的 " + withoutAccount.size() + " 人没有用户账号（"
                    + String.join("、", withoutAccount) + "）：请在名册中登记其账号，或列出选举人。", withoutAccount.size()
                    + " of those present at meeting " + meetingKey + " have no user account (" + String.join(", ",
                            withoutAccount) + "): record their accounts on the roster, or list the electors."));
            return List.of();
        }
        return electors;
    }

    /** An elector is a user who can open Tasklist, where the ballot waits. */
    private Optional<Words> electorProblem(String userId) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            return Optional.of(new Words("选举人 " + userId + " 不是本系统的用户。", "Elector " + userId
                    + " is not a user of the application."));
        }
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        if (groups.stream().noneMatch(group -> Roles.TASKLIST_GROUPS.contains(group) || Roles.isBranchGroup(group))) {
            return Optional.of(new Words("选举人 " + userId + " 不能使用任务列表：请将其加入 " + Roles.ELECTORS + " 组。",
                    "Elector " + userId + " cannot open Tasklist: add them to the group " + Roles.ELECTORS + "."));
        }
        return Optional.empty();
    }
}
