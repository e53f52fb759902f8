package cn.chia.governance.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.CommunicationMeeting;
import cn.chia.governance.charter.RosterBody;
import cn.chia.governance.charter.Words;
import cn.chia.governance.process.CurrentCharter;
import cn.chia.governance.process.FormFields;
import cn.chia.governance.process.NewCases;
import cn.chia.governance.process.ProcessConfiguration;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.register.CaseNumbers;
import cn.chia.governance.register.MeetingRecords;
import cn.chia.governance.register.Rosters;

/**
 * Checks what the clerk entered to open a meeting, gives it its number (MTG-2026-0001) and records it. What it
 * checks is the input's form (a body there is, a date), one condition of the charter (the Standing Council meets
 * only when the Council is not in session: no Council meeting open on or before its date) and, for a meeting by
 * communication, what the charter asks of one ({@link CommunicationMeeting}: the Council or the Standing Council,
 * special circumstances, a day by which the votes are due, a recorded roster). When the body has a recorded roster on
 * the meeting's day, the meeting keeps its serving members: the attendance is then taken by name, or, by
 * communication, each member gets a ballot.
 */
@Component("openMeeting")
class OpenMeeting implements ExecutionListener {

    /** The start form, whose limits hold for every caller. */
    private static final String FORM = "open-meeting";

    private final CurrentCharter charter;
    private final CaseNumbers caseNumbers;
    private final MeetingRecords meetings;
    private final Rosters rosters;

    OpenMeeting(CurrentCharter charter, CaseNumbers caseNumbers, MeetingRecords meetings, Rosters rosters) {
        this.charter = charter;
        this.caseNumbers = caseNumbers;
        this.meetings = meetings;
        this.rosters = rosters;
    }

    /**
     * The Council meeting in session on the day: open in the register and still running (a meeting an administrator
     * cancelled in Cockpit is not in session, whatever its record says).
     */
    private Optional<String> councilInSession(DelegateExecution execution, LocalDate date) {
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        return meetings.councilMeetingsOpenOn(date).stream()
                .filter(council -> runtime.createProcessInstanceQuery().processDefinitionKey(MeetingCase.PROCESS_KEY)
                        .processInstanceBusinessKey(council).count() > 0)
                .findFirst();
    }

    @Override
    public void notify(DelegateExecution execution) {
        NewCases.refuseChosenCaseNumber(execution);
        MeetingCase meeting = MeetingCase.of(execution);
        Body body = meeting.chosenBody();
        LocalDate date = meeting.chosenDate();
        boolean byCommunication = meeting.chosenByCommunication();
        if (body == Body.STANDING_COUNCIL) {
            councilInSession(execution, date).ifPresent(council -> {
                throw new Refusal("理事会会议 " + council + " 尚未结束：常务理事会在理事会闭会期间才行使其职权，"
                        + "请在该会议结束后召开。", "The Council is in session (meeting " + council + " is open): the Standing"
                        + " Council acts for the Council only when the Council is not in session; hold it after " + council
                        + " closes.");
            });
        }
        RosterBody rosterBody = RosterBody.of(body);
        boolean rosterRecorded = rosters.recorded(rosterBody, date);
        String specialCircumstances = byCommunication ? meeting.chosenSpecialCircumstances() : null;
        LocalDate votesDueBy = byCommunication ? meeting.chosenVotesDueBy() : null;
        if (byCommunication) {
            refuse(new CommunicationMeeting(body, date, specialCircumstances, votesDueBy, rosterRecorded), execution);
        }
        String businessKey = NewCases.assignCaseNumber(execution, caseNumbers, CaseNumbers.Kind.MEETING);
        int seats = charter.seats(body, date);
        meeting.open(body, date, byCommunication, seats);
        meetings.open(businessKey, body, date, byCommunication, seats, specialCircumstances, votesDueBy);
        List<Rosters.Entry> serving = rosterRecorded ? rosters.members(rosterBody, date) : List.of();
        meetings.recordRoster(businessKey, serving.stream()
                .map(m -> new MeetingRecords.RosterMember(m.rosterNumber(), m.name(), m.organisation())).toList());
        meeting.setRoster(serving.stream()
                .map(m -> new String[] {String.valueOf(m.rosterNumber()), m.name(), m.organisation()}).toList());
        if (byCommunication) {
            Map<Long, String> accounts = new LinkedHashMap<>();
            serving.forEach(m -> accounts.put(m.rosterNumber(), m.userId()));
            meetings.openBallots(businessKey, accounts);
            meeting.openByCommunication(votesDueBy, Date.from(votesDueBy.plusDays(1)
                    .atStartOfDay(ProcessConfiguration.ASSOCIATION_ZONE).toInstant()), List.copyOf(accounts.keySet()));
        }
    }

    /** Refuses, with every reason, a meeting by communication the charter does not allow or that lacks what it needs. */
    private static void refuse(CommunicationMeeting communication, DelegateExecution execution) {
        List<Words> problems = new ArrayList<>(communication.problems().stream().map(CommunicationMeeting.Problem::words).toList());
        int longest = FormFields.maxLength(FORM, MeetingCase.SPECIAL_CIRCUMSTANCES);
        if (communication.specialCircumstances() != null && communication.specialCircumstances().length() > longest) {
            problems.add(new Words("特殊情况说明不得超过 " + longest + " 字。", "Describe the special circumstances in at most "
                    + longest + " characters."));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(Words.join(problems));
        }
    }
}
