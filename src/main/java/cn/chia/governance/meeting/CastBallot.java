package cn.chia.governance.meeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.chia.governance.charter.CommunicationMeeting.Vote;
import cn.chia.governance.charter.Words;
import cn.chia.governance.identity.Roles;
import cn.chia.governance.meeting.MeetingCase.AgendaItem;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.process.WaitingCase;
import cn.chia.governance.register.MeetingRecords;
import cn.chia.governance.register.MeetingRecords.Ballot;

/**
 * A member's ballot at a meeting by communication. When the task is created it is given to the member's account (or,
 * for a member without one, to the Secretariat, which records the vote received in writing), it lists the agenda and
 * it is due when the vote closes. When it is completed, the ballot must hold one vote on every agenda item (for,
 * against, abstain); the votes are recorded by name. Whose ballot it is follows from the task itself (kept when the
 * task was created), never from what the caller sends.
 */
@Component("castBallot")
class CastBallot implements TaskListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The votes a member may cast: "赞成（FOR）、反对（AGAINST）、弃权（ABSTAIN）", "For (FOR), Against (AGAINST), …". */
    private static final Words VOTES = Words.list(Arrays.stream(Vote.values())
            .map(vote -> new Words(vote.chinese() + "（" + vote.name() + "）", vote.english() + " (" + vote.name() + ")")).toList());

    private final MeetingRecords meetings;

    CastBallot(MeetingRecords meetings) {
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            ask(task);
        } else {
            cast(task);
        }
    }

    private void ask(DelegateTask task) {
        MeetingCase meeting = MeetingCase.of(task.getExecution());
        String meetingKey = task.getExecution().getProcessBusinessKey();
        Ballot ballot = meetings.ballot(meetingKey, meeting.voter()).orElseThrow(() -> new IllegalStateException(
                "No ballot for roster number " + meeting.voter() + " at " + meetingKey));
        meetings.askForBallot(meetingKey, ballot.rosterNumber(), task.getId());
        meeting.setBallot(meeting.agenda());
        task.setDueDate(meeting.votesClose());
        if (ballot.userId() != null) {
            task.setName("通讯表决 Vote by communication — " + meetingKey + " — " + ballot.name());
            task.setAssignee(ballot.userId());
        } else {
            task.setName("登记书面表决：" + ballot.name() + " Record the vote received from " + ballot.name() + " — "
                    + meetingKey);
            task.addCandidateGroup(Roles.SECRETARIAT);
        }
    }

    private void cast(DelegateTask task) {
        Ballot ballot = meetings.ballotOfTask(task.getId()).orElseThrow(() -> new IllegalStateException(
                "Task " + task.getId() + " asks for no ballot"));
        MeetingCase meeting = MeetingCase.of(task.getExecution());
        Map<String, Vote> votes = votes(meeting.sentBallot(), meeting.agenda());
        Authentication caller = Context.getCommandContext().getAuthentication();
        String castBy = caller != null ? caller.getUserId()
                : ballot.userId() != null ? ballot.userId() : Roles.SECRETARIAT;
        meetings.castBallot(ballot.meetingKey(), ballot.rosterNumber(), votes, castBy);
    }

    /**
     * The votes of a ballot, by case number in the agenda's order: one for each agenda item, nothing else.
     *
     * @throws Refusal naming every item without a vote and every entry that cannot be one
     */
    static Map<String, Vote> votes(Object sent, List<AgendaItem> agenda) {
        JsonNode entries = tree(sent);
        List<Words> problems = new ArrayList<>();
        Set<String> onAgenda = agenda.stream().map(AgendaItem::caseNumber).collect(Collectors.toSet());
        Map<String, Vote> votes = new LinkedHashMap<>();
        Set<String> answered = new java.util.HashSet<>();
        for (JsonNode entry : entries) {
            // "APP-2026-000123:FOR" as the form's checklist sends it, or {"caseNumber": …, "vote": …}
            String ticked = entry.isTextual() ? entry.asText() : "";
            String caseNumber = entry.isTextual() ? ticked.substring(0, Math.max(0, ticked.lastIndexOf(':')))
                    : entry.path(WaitingCase.CASE_NUMBER).asText("");
            String vote = entry.isTextual() ? ticked.substring(ticked.lastIndexOf(':') + 1)
                    : entry.path(MeetingCase.BALLOT_VOTE).asText("");
            if (!onAgenda.contains(caseNumber)) {
                problems.add(new Words("案件 " + caseNumber + " 不在议程上。", "Case '" + caseNumber + "' is not on the agenda."));
            } else if (answered.contains(caseNumber)) {
                problems.add(new Words("案件 " + caseNumber + " 只能表决一次。", "Case " + caseNumber + " is voted on once."));
            } else if (!vote.isBlank()) {
                answered.add(caseNumber);
                try {
                    votes.put(caseNumber, Vote.valueOf(vote));
                } catch (IllegalArgumentException notAVote) {
                    problems.add(new Words("案件 " + caseNumber + " 的表决须为" + VOTES.zh() + "，收到的是“" + vote + "”。",
                            "The vote on case " + caseNumber + " must be " + VOTES.en() + ", not '" + vote + "'."));
                }
            }
        }
        List<String> missing = agenda.stream().map(AgendaItem::caseNumber)
                .filter(c -> !answered.contains(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(new Words("请对每一议程事项表决（" + VOTES.zh() + "），尚未表决：" + String.join("、", missing) + "。",
                    "Vote on every agenda item (" + VOTES.en() + "); no vote yet on " + String.join(", ", missing) + "."));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(Words.join(problems));
        }
        Map<String, Vote> inAgendaOrder = new LinkedHashMap<>();
        agenda.forEach(item -> inAgendaOrder.put(item.caseNumber(), votes.get(item.caseNumber())));
        return inAgendaOrder;
    }

    private static JsonNode tree(Object sent) {
        JsonNode tree;
        try {
            tree = sent == null ? null
                    : sent instanceof String || !(sent instanceof java.util.Collection<?> || sent instanceof Map<?, ?>)
                            ? JSON.readTree(sent.toString()) : JSON.valueToTree(sent);
        } catch (JsonProcessingException notJson) {
            tree = null;
        }
        if (tree == null || !tree.isArray()) {
            String entry = "{\"" + WaitingCase.CASE_NUMBER + "\": \"…\", \"" + MeetingCase.BALLOT_VOTE
                    + "\": \"FOR\" | \"AGAINST\" | \"ABSTAIN\"} or \"caseNumber:VOTE\"";
            throw new Refusal("表决票（" + MeetingCase.BALLOT + "）须为议程事项的列表，每项含案件编号和表决意见：" + entry + "。",
                    "The ballot (" + MeetingCase.BALLOT + ") is a list with one entry per agenda item: " + entry + ".");
        }
        return tree;
    }
}
