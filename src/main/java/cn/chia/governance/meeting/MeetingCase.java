package cn.chia.governance.meeting;

import static cn.chia.governance.process.WaitingCase.CASE_NUMBER;
import static cn.chia.governance.process.WaitingCase.CASE_TITLE;
import static cn.chia.governance.process.WaitingCase.DECISION_OUTCOME;
import static cn.chia.governance.process.WaitingCase.DECISION_REASON;
import static cn.chia.governance.process.WaitingCase.DECISION_TAKEN;
import static cn.chia.governance.process.WaitingCase.MATTER;
import static cn.chia.governance.process.WaitingCase.RESOLUTION_NUMBER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.bpm.engine.runtime.VariableInstance;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.CommunicationMeeting.Vote;
import cn.chia.governance.charter.Decision;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.charter.QuorumCheck;
import cn.chia.governance.charter.Text;
import cn.chia.governance.charter.Votes;
import cn.chia.governance.charter.Words;
import cn.chia.governance.process.CaseVariables;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.process.Texts;
import cn.chia.governance.process.WaitingCase;

/**
 * The variables of a governance meeting: what the clerk opened it with, its agenda, its attendance roll, and,
 * inside the loop over the agenda, the agenda item in hand (its case number, matter, votes and decision). The
 * names are shared with the meeting's forms, REST clients and tests; the item's case number, matter, title and
 * decision carry the names a {@link WaitingCase} declares and is sent.
 */
public class MeetingCase extends CaseVariables {

    public static final String PROCESS_KEY = "governance-meeting";

    // the meeting
    public static final String BODY = "body";
    /** The body as the forms show it: {@code 理事会 Council}. */
    public static final String BODY_SHOWN = "bodyShown";
    public static final String MEETING_DATE = "meetingDate";
    /** The meeting's date as the forms show it: {@code 2026年12月3日 3 December 2026}. */
    public static final String MEETING_DATE_SHOWN = "meetingDateShown";
    public static final String BY_COMMUNICATION = "byCommunication";
    public static final String SEATS = "seats";
    public static final String AGENDA_CASES = "agendaCases";
    public static final String AGENDA_MATTERS = "agendaMatters";
    public static final String AGENDA_TITLES = "agendaTitles";
    public static final String AGENDA_SUMMARY = "agendaSummary";
    public static final String REMOVED_CASES = "removedCases";
    /** The reports the meeting receives without a vote, one a line (the confirm-agenda form shows them). */
    public static final String REPORT_SUMMARY = "reportSummary";
    public static final String PRESENT_IN_PERSON = "presentInPerson";
    public static final String PRESENT_BY_PROXY = "presentByProxy";
    public static final String QUORUM_MET = "quorumMet";
    public static final String QUORUM_REASON = "quorumReason";
    /** Roster numbers of the members present in person (a list). */
    public static final String ATTENDEES_IN_PERSON = "attendeesInPerson";
    /** Absent member's roster number to the representative's (an object; the form takes text "12:3, 15:3"). */
    public static final String ATTENDEES_BY_PROXY = "attendeesByProxy";
    /** Roster numbers of the members absent with a reason (a list). */
    public static final String EXCUSED_ABSENCES = "excusedAbsences";
    /** The roster's serving members as the attendance form's options: "number · name · organisation". */
    public static final String ROSTER_OPTIONS = "rosterOptions";
    /** Whether the meeting takes its attendance by name (its body has a recorded roster on the meeting's day). */
    public static final String BY_NAME = "attendanceByName";

    // a meeting by communication
    /** What calls for a meeting by communication (required for one). */
    public static final String SPECIAL_CIRCUMSTANCES = "specialCircumstances";
    /** The last day on which a vote is accepted, YYYY-MM-DD (required for a meeting by communication). */
    public static final String VOTES_DUE_BY = "votesDueBy";
    /** The day the votes are due as the ballot shows it: {@code 2026年12月10日 10 December 2026}. */
    public static final String VOTES_DUE_BY_SHOWN = "votesDueByShown";
    /** The moment the vote closes: the start of the day after the votes are due (the timer's date). */
    public static final String VOTES_CLOSE = "votesClose";
    /** The roster numbers of the members who vote, as text: one ballot task each. */
    public static final String VOTERS = "voters";
    /** The roster number of the member whose ballot a task asks for (the multi-instance element). */
    public static final String VOTER = "voter";
    /**
     * A member's ballot: a JSON list of the votes ticked, one per agenda item, each "caseNumber:VOTE" (FOR, AGAINST,
     * ABSTAIN) as the form's checklist sends it, or {@code {"caseNumber": …, "vote": …}} as a REST client may. Kept on
     * the ballot's own execution, so that the members' ballots do not share a variable.
     */
    public static final String BALLOT = "ballot";
    /** The ballot form's options: for each agenda item, for, against and abstain. */
    public static final String BALLOT_OPTIONS = "ballotOptions";
    /** A ballot entry's vote, as a REST client sends it. */
    public static final String BALLOT_VOTE = "vote";

    /** The meeting's number (MTG-2026-0001), shown on every task of the meeting. */
    public static final String MEETING_NUMBER = "meetingNumber";
    /** The user who completed the meeting's last clerk task: the next one is assigned to them. */
    public static final String CLERK = "meetingClerk";
    /** What the last step did, Chinese then English, shown read-only on the next task (quorum, resolution, …). */
    public static final String LAST_STEP = "lastStep";

    // one agenda item (its case number, matter and title: WaitingCase's names)
    public static final String VOTES_FOR = "votesFor";
    public static final String VOTES_AGAINST = "votesAgainst";
    public static final String ABSTENTIONS = "abstentions";
    /** Those present who did not vote on the item, when the clerk records them ("未投票 Did not vote"). */
    public static final String DID_NOT_VOTE = "didNotVote";
    /** The matter of the agenda item in hand as its tasks show it: {@code 会员入会 Admission of a member}. */
    public static final String MATTER_SHOWN = "matterShown";
    /** The last look before the resolution is numbered: counts, rule, outcome and reason, Chinese and English. */
    public static final String LAST_LOOK = "lastLook";
    /** The clerk's answer at the last look: {@link #CONFIRM} or {@link #CORRECT}. */
    public static final String LAST_LOOK_CHOICE = "lastLookChoice";
    public static final String CONFIRM = "CONFIRM";
    public static final String CORRECT = "CORRECT";

    /**
     * A text variable holds at most {@link Text#LONGEST} characters in the engine's tables: a long agenda is
     * summarised, leaving room for the closing line that counts the items left out.
     */
    static final int SUMMARY_LIMIT = Text.LONGEST - 100;

    /** The activities of {@code governance-meeting} that Java names. */
    enum Activity {
        CONFIRM_AGENDA("UserTask_ConfirmAgenda"),
        CAST_BALLOT("UserTask_CastBallot");

        private final String id;

        Activity(String id) {
            this.id = id;
        }

        /** The activity id in the BPMN. */
        String id() {
            return id;
        }
    }

    /** One case on the agenda, kept as three plain variables that forms and expressions can read. */
    record AgendaItem(String caseNumber, Matter matter, String title) {
    }

    /** What a waiting case declares: its matter as sent (not checked) and its title, either may be {@code null}. */
    record Declared(Object matter, Object title) {
    }

    MeetingCase(VariableScope scope) {
        super(scope);
    }

    static MeetingCase of(VariableScope scope) {
        return new MeetingCase(scope);
    }

    // --- opening

    /** The body the clerk chose; refused with the bodies there are when it names none. */
    Body chosenBody() {
        Object value = value(BODY);
        try {
            return Body.valueOf(String.valueOf(value));
        } catch (IllegalArgumentException unknown) {
            Words bodies = Words.list(Arrays.stream(Body.values()).map(Body::named).toList());
            throw new Refusal("请选择召开会议的机构：" + bodies.zh() + "；收到的是“" + value + "”。",
                    "Choose the body that meets, one of " + bodies.en() + "; got '" + value + "'.");
        }
    }

    LocalDate chosenDate() {
        return date(MEETING_DATE, "the meeting date");
    }

    boolean chosenByCommunication() {
        return ticked(BY_COMMUNICATION);
    }

    /** The special circumstances as the clerk described them; {@code null} when none were. */
    String chosenSpecialCircumstances() {
        String text = text(SPECIAL_CIRCUMSTANCES);
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The day by which the votes are due; {@code null} when none was entered. */
    LocalDate chosenVotesDueBy() {
        String text = text(VOTES_DUE_BY);
        return text == null || text.isBlank() ? null : date(VOTES_DUE_BY, "the day by which the votes are due");
    }

    /** A meeting by communication: the members who vote, and when the vote closes. */
    void openByCommunication(LocalDate votesDueBy, Date votesClose, List<Long> voters) {
        set(VOTES_DUE_BY, votesDueBy.toString());
        set(VOTES_DUE_BY_SHOWN, shown(votesDueBy));
        set(VOTES_CLOSE, votesClose);
        set(VOTERS, voters.stream().map(String::valueOf).collect(Collectors.toCollection(ArrayList::new)));
    }

    Date votesClose() {
        return (Date) value(VOTES_CLOSE);
    }

    /** The roster number of the member whose ballot this is. */
    long voter() {
        return Long.parseLong(text(VOTER));
    }

    /**
     * The ballot a member fills in: for each agenda item, three options (for, against, abstain), nothing ticked. JSON
     * trees (Spin's {@code Json}), which Tasklist sends back as such and the engine's guard lets pass; kept on the
     * ballot's execution.
     */
    void setBallot(List<AgendaItem> agenda) {
        List<Map<String, String>> options = new ArrayList<>();
        for (AgendaItem item : agenda) {
            for (Vote vote : Vote.values()) {
                options.add(Map.of("value", item.caseNumber() + ":" + vote.name(), "label",
                        item.caseNumber() + " · " + item.title() + " — " + vote.chinese() + " " + vote.english()));
            }
        }
        scope.setVariableLocal(BALLOT_OPTIONS, SpinValues.jsonValue(Spin.JSON(options)).create());
        scope.setVariableLocal(BALLOT, SpinValues.jsonValue(Spin.JSON(List.of())).create());
    }

    /** The ballot as sent: whatever the member or a REST client put there, read by {@link CastBallot}. */
    Object sentBallot() {
        return value(BALLOT);
    }

    /** The voters' roster numbers, as the roll of those present in person: who voted was there. */
    void recordVoters(List<Long> voters) {
        set(ATTENDEES_IN_PERSON, new ArrayList<>(voters));
        setHeadCounts(voters.size(), 0);
    }

    /** The votes cast by name on the agenda item in hand. */
    void setVotes(Votes votes) {
        set(VOTES_FOR, votes.inFavour());
        set(VOTES_AGAINST, votes.against());
        set(ABSTENTIONS, votes.abstentions());
    }

    /** What the meeting is opened with, in the types the forms and the gathering read back. */
    void open(Body body, LocalDate date, boolean byCommunication, int seats) {
        set(BODY, body.name());
        set(BODY_SHOWN, body.chineseTitle() + " " + body.title());
        set(MEETING_DATE, date.toString());
        set(MEETING_DATE_SHOWN, shown(date));
        set(BY_COMMUNICATION, byCommunication);
        set(SEATS, seats);
    }

    /** A day as the forms show it, Chinese then English. */
    private static String shown(LocalDate date) {
        return Texts.date(Language.ZH, date) + " " + Texts.date(Language.EN, date);
    }

    /** The body as opened (for the seats and the body that decide, ask the meeting's record). */
    Body body() {
        return Body.valueOf(text(BODY));
    }

    // --- the agenda

    @SuppressWarnings("unchecked")
    List<AgendaItem> agenda() {
        List<String> cases = (List<String>) value(AGENDA_CASES);
        Map<String, String> matters = (Map<String, String>) value(AGENDA_MATTERS);
        Map<String, String> titles = (Map<String, String>) value(AGENDA_TITLES);
        return cases.stream()
                .map(c -> new AgendaItem(c, Matter.valueOf(matters.get(c)), titles.get(c)))
                .toList();
    }

    void setAgenda(List<AgendaItem> agenda) {
        List<String> cases = new ArrayList<>();
        Map<String, String> matters = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        StringBuilder summary = new StringBuilder();
        int listed = 0;
        for (AgendaItem item : agenda) {
            cases.add(item.caseNumber());
            matters.put(item.caseNumber(), item.matter().name());
            titles.put(item.caseNumber(), item.title());
            String line = item.caseNumber() + " — " + shown(item.matter()) + " — " + item.title() + "\n";
            if (summary.length() + line.length() <= SUMMARY_LIMIT) {
                summary.append(line);
                listed++;
            }
        }
        if (listed < agenda.size()) {
            summary.append("… 另有 ").append(agenda.size() - listed).append(" 项，共 ").append(agenda.size())
                    .append(" 项。 … and ").append(agenda.size() - listed).append(" more: ").append(agenda.size())
                    .append(" items in all.");
        }
        set(AGENDA_CASES, cases);
        set(AGENDA_MATTERS, matters);
        set(AGENDA_TITLES, titles);
        set(AGENDA_SUMMARY, agenda.isEmpty() ? "没有等待本机构决定的案件。 No case waits for a decision of this body."
                : summary.toString().strip());
    }

    /** The reports the meeting receives, listed for the clerk as the agenda is, within a text variable's length. */
    void setReports(List<String> reports) {
        StringBuilder summary = new StringBuilder();
        int listed = 0;
        for (String report : reports) {
            if (summary.length() + report.length() + 1 <= SUMMARY_LIMIT) {
                summary.append(report).append("\n");
                listed++;
            }
        }
        if (listed < reports.size()) {
            summary.append("… 另有 ").append(reports.size() - listed).append(" 项，共 ").append(reports.size())
                    .append(" 项，见会议纪要。 … and ").append(reports.size() - listed).append(" more: ")
                    .append(reports.size()).append(" reports in all, in the minutes.");
        }
        set(REPORT_SUMMARY, reports.isEmpty() ? "无 None" : summary.toString().strip());
    }

    /** The case numbers the clerk typed to take off the agenda, separated by commas or spaces. */
    Set<String> removedCases() {
        String removed = text(REMOVED_CASES);
        return removed == null ? Set.of() : Arrays.stream(removed.split("[,\\s]+"))
                .filter(s -> !s.isBlank()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The case numbers on the agenda of a meeting; empty before it gathered one. */
    @SuppressWarnings("unchecked")
    static List<String> agendaCases(RuntimeService runtime, String meetingInstanceId) {
        return runtime.getVariable(meetingInstanceId, AGENDA_CASES) instanceof List<?> cases
                ? (List<String>) cases : List.of();
    }

    /** The agenda of a running meeting as gathered and confirmed; empty before it gathered one. */
    @SuppressWarnings("unchecked")
    static List<AgendaItem> agendaOf(RuntimeService runtime, String meetingInstanceId) {
        Map<String, Object> agenda = runtime.getVariables(meetingInstanceId, List.of(AGENDA_CASES, AGENDA_MATTERS,
                AGENDA_TITLES));
        if (!(agenda.get(AGENDA_CASES) instanceof List<?> cases)) {
            return List.of();
        }
        Map<String, String> matters = (Map<String, String>) agenda.get(AGENDA_MATTERS);
        Map<String, String> titles = (Map<String, String>) agenda.get(AGENDA_TITLES);
        return ((List<String>) cases).stream()
                .map(c -> new AgendaItem(c, Matter.valueOf(matters.get(c)), titles.get(c)))
                .toList();
    }

    /** Instance id to what each of these waiting cases declares; a case that declares nothing is left out. */
    static Map<String, Declared> declared(RuntimeService runtime, Collection<String> caseInstanceIds) {
        Map<String, Map<String, Object>> variables = new HashMap<>();
        for (VariableInstance variable : runtime.createVariableInstanceQuery()
                .processInstanceIdIn(caseInstanceIds.toArray(String[]::new))
                .variableNameIn(MATTER, CASE_TITLE).disableBinaryFetching().list()) {
            if (variable.getProcessInstanceId().equals(variable.getExecutionId())) {
                variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                        .put(variable.getName(), variable.getValue());
            }
        }
        Map<String, Declared> declared = new HashMap<>();
        variables.forEach((id, values) -> declared.put(id, new Declared(values.get(MATTER), values.get(CASE_TITLE))));
        return declared;
    }

    // --- the attendance

    /** @throws cn.chia.governance.charter.InvalidTallyException when the clerk typed no head count */
    int presentInPerson() {
        return count(PRESENT_IN_PERSON, "members present in person");
    }

    /** @throws cn.chia.governance.charter.InvalidTallyException when the clerk typed no head count */
    int presentByProxy() {
        return count(PRESENT_BY_PROXY, "members present by proxy");
    }

    /** Whether the clerk named anyone: in person, by proxy or excused. */
    boolean attendanceByName() {
        return RosterNumbers.sent(value(ATTENDEES_IN_PERSON)) || RosterNumbers.sent(value(ATTENDEES_BY_PROXY))
                || RosterNumbers.sent(value(EXCUSED_ABSENCES));
    }

    /** @throws Refusal when the list holds anything but roster numbers */
    Set<Long> attendeesInPerson() {
        return RosterNumbers.list(value(ATTENDEES_IN_PERSON),
                new Words("亲自出席（" + ATTENDEES_IN_PERSON + "）", "Present in person (" + ATTENDEES_IN_PERSON + ")"));
    }

    /** @throws Refusal when the object holds anything but roster numbers */
    Map<Long, Long> attendeesByProxy() {
        return RosterNumbers.pairs(value(ATTENDEES_BY_PROXY),
                new Words("委托出席（" + ATTENDEES_BY_PROXY + "）", "Represented by proxy (" + ATTENDEES_BY_PROXY + ")"));
    }

    /** @throws Refusal when the list holds anything but roster numbers */
    Set<Long> excusedAbsences() {
        return RosterNumbers.list(value(EXCUSED_ABSENCES),
                new Words("请假缺席（" + EXCUSED_ABSENCES + "）", "Excused (" + EXCUSED_ABSENCES + ")"));
    }

    /** A head count as sent, {@code null} when none was; refused when it is no count. */
    Integer sentPresentInPerson() {
        return value(PRESENT_IN_PERSON) == null ? null : presentInPerson();
    }

    /** A head count as sent, {@code null} when none was; refused when it is no count. */
    Integer sentPresentByProxy() {
        return value(PRESENT_BY_PROXY) == null ? null : presentByProxy();
    }

    /** The head counts the names give, stored as the counts are, for the quorum, the tally and the minutes. */
    void setHeadCounts(int inPerson, int byProxy) {
        set(PRESENT_IN_PERSON, inPerson);
        set(PRESENT_BY_PROXY, byProxy);
    }

    /**
     * The roster's members as the attendance form lists them; {@code byName} false for a body without a roster. The
     * options are a JSON tree (Spin's {@code Json}), not a Java list: Tasklist sends a checklist back with the type of
     * its options, and only a JSON tree passes the engine's guard against objects.
     */
    void setRoster(List<String[]> members) {
        List<Map<String, String>> options = new ArrayList<>();
        for (String[] member : members) {
            options.add(Map.of("value", member[0], "label", String.join(" · ", member)));
        }
        set(BY_NAME, !members.isEmpty());
        if (!members.isEmpty()) {
            set(ROSTER_OPTIONS, SpinValues.jsonValue(Spin.JSON(options)).create());
        }
    }

    void recordQuorum(QuorumCheck quorum) {
        set(QUORUM_MET, quorum.met());
        set(QUORUM_REASON, quorum.reason());
    }

    // --- the agenda item in hand

    String caseNumber() {
        return text(CASE_NUMBER);
    }

    /** The title of the case in hand, {@code ""} when it declared none. */
    String caseTitleShown() {
        String title = text(WaitingCase.CASE_TITLE);
        return title == null ? "" : title;
    }

    Matter matter() {
        return Matter.valueOf(text(MATTER));
    }

    /** Shows the matter of the agenda item in hand in words, when there is one. */
    void showMatter() {
        if (caseNumber() != null) {
            set(MATTER_SHOWN, shown(matter()));
        }
    }

    /** A matter as the forms show it, Chinese then English. */
    private static String shown(Matter matter) {
        return matter.chineseTitle() + " " + matter.title();
    }

    /** @throws cn.chia.governance.charter.InvalidTallyException when a count is missing or impossible */
    Votes votes() {
        return new Votes(count(VOTES_FOR, "votes in favour"), count(VOTES_AGAINST, "votes against"),
                count(ABSTENTIONS, "abstentions"));
    }

    /** Those present who did not vote, {@code null} when the clerk recorded none; refused when it is no count. */
    Integer didNotVote() {
        return value(DID_NOT_VOTE) == null || text(DID_NOT_VOTE).isBlank() ? null
                : count(DID_NOT_VOTE, "those present who did not vote");
    }

    /** What the clerk sees before the resolution is numbered; the previous answer is cleared. */
    void showLastLook(String lastLook) {
        set(LAST_LOOK, lastLook);
        set(LAST_LOOK_CHOICE, null);
    }

    /** The clerk's answer at the last look, as sent ({@code null} when none). */
    String lastLookChoice() {
        return text(LAST_LOOK_CHOICE);
    }

    /** The meeting's number, shown on its tasks. */
    void showMeetingNumber(String meetingNumber) {
        if (!meetingNumber.equals(text(MEETING_NUMBER))) {
            set(MEETING_NUMBER, meetingNumber);
        }
    }

    /** The user who completed the meeting's last clerk task; {@code null} before any. */
    String clerk() {
        return text(CLERK);
    }

    void recordClerk(String userId) {
        set(CLERK, userId);
    }

    /** What the step just done did, for the clerk's next task. */
    void tellTheClerk(String whatHappened) {
        set(LAST_STEP, whatHappened);
    }

    void recordTally(Decision decision) {
        set(DECISION_OUTCOME, decision.outcome().name());
        set(DECISION_REASON, decision.reason());
    }

    void recordResolutionNumber(String resolutionNumber) {
        set(RESOLUTION_NUMBER, resolutionNumber);
    }

    /** Sends the case numbered {@code caseNumber} its decision ({@link WaitingCase#decision}). */
    static void sendDecision(RuntimeService runtime, String caseNumber, Map<String, Object> decision) {
        runtime.createMessageCorrelation(DECISION_TAKEN).processInstanceBusinessKey(caseNumber)
                .setVariables(decision).correlateWithResult();
    }
}
