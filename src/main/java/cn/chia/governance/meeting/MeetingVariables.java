package cn.chia.governance.meeting;

/** Names that the meeting's forms, REST clients, delegates and tests share. */
public final class MeetingVariables {

    public static final String PROCESS_KEY = "governance-meeting";

    // the meeting
    public static final String BODY = "body";
    public static final String MEETING_DATE = "meetingDate";
    public static final String BY_COMMUNICATION = "byCommunication";
    public static final String SEATS = "seats";
    public static final String AGENDA_CASES = "agendaCases";
    public static final String AGENDA_MATTERS = "agendaMatters";
    public static final String AGENDA_TITLES = "agendaTitles";
    public static final String AGENDA_SUMMARY = "agendaSummary";
    public static final String REMOVED_CASES = "removedCases";
    public static final String PRESENT_IN_PERSON = "presentInPerson";
    public static final String PRESENT_BY_PROXY = "presentByProxy";
    public static final String QUORUM_MET = "quorumMet";
    public static final String QUORUM_REASON = "quorumReason";
    public static final String ATTENDANCE_PROBLEM = "attendanceProblem";

    // one agenda item
    public static final String VOTES_FOR = "votesFor";
    public static final String VOTES_AGAINST = "votesAgainst";
    public static final String ABSTENTIONS = "abstentions";
    public static final String TALLY_PROBLEM = "tallyProblem";

    // errors that send a task back to the clerk
    public static final String INVALID_ATTENDANCE = "INVALID_ATTENDANCE";
    public static final String INVALID_TALLY = "INVALID_TALLY";

    private MeetingVariables() {
    }
}
