package cn.chia.governance.ballot;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.SecretBallot.PaperTally;
import cn.chia.governance.charter.Words;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.register.BallotRecords;
import cn.chia.governance.register.MeetingRecords;

/**
 * The scrutineers' tally of a paper round (task listener, complete): refused with every reason when it does not add
 * up, or when more ballots were issued than people present at the meeting the election is held at; the task staying
 * open; recorded otherwise.
 */
@Component("checkPaperTally")
class CheckPaperTally implements TaskListener {

    private final BallotRecords ballots;
    private final MeetingRecords meetings;

    CheckPaperTally(BallotRecords ballots, MeetingRecords meetings) {
        this.ballots = ballots;
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        BallotCase ballot = BallotCase.of(task);
        PaperTally tally = ballot.paperTally();
        List<Words> problems = new ArrayList<>(tally.problems(ballot.roundCandidates(), ballot.roundSeats()));
        String meetingKey = ballot.meetingNumber();
        if (meetingKey != null) {
            meetings.meeting(meetingKey).filter(meeting -> meeting.presentInPerson() != null).ifPresent(meeting -> {
                int present = meeting.presentInPerson() + (meeting.presentByProxy() == null ? 0 : meeting.presentByProxy());
                if (tally.ballotsIssued() > present) {
                    problems.add(new Words("发出选票 " + tally.ballotsIssued() + " 张，多于会议 " + meetingKey + " 的出席人数 "
                            + present + "。", tally.ballotsIssued() + " ballots issued, more than the " + present
                            + " present at meeting " + meetingKey + "."));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new Refusal(Words.join(problems));
        }
        ballots.recordPaperTally(ballot.caseNumber(), ballot.round(), tally);
    }
}
