package cn.chia.governance.charter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A meeting held by communication: the members vote themselves, each on every agenda item, by a day the clerk sets.
 * <ul>
 * <li>{@value #CLAUSE}: "The Council shall hold a meeting at least once a year, and in special circumstances, it can
 * be held by means of communication." "The Standing Council … in special circumstances, it may hold meetings by means
 * of communication." The charter says so of these two bodies only: <b>the General Assembly may not meet by
 * communication</b>, and a meeting by communication states its special circumstances.</li>
 * <li>The votes are cast by name (an open vote): a meeting by communication needs the body's recorded roster on the
 * meeting's day, which says who may vote. A member who has not voted when the votes are due is absent; the quorum and
 * the tally then follow the same rules as at a meeting in person ({@link Charter#checkQuorum},
 * {@link Charter#decide}), those who voted counting as present. Nobody votes by proxy at a meeting by communication:
 * every member votes themselves.</li>
 * <li>The votes are due on the meeting's day or later (the meeting's day opens the vote); they are accepted until the
 * end of that day.</li>
 * </ul>
 *
 * @param body the body that meets
 * @param meetingDate the meeting's day, on which the vote opens
 * @param specialCircumstances what calls for a meeting by communication, as the clerk describes it
 * @param votesDueBy the last day on which a vote is accepted
 * @param rosterRecorded whether the body has a recorded roster on the meeting's day
 */
public record CommunicationMeeting(Body body, LocalDate meetingDate, String specialCircumstances, LocalDate votesDueBy,
        boolean rosterRecorded) {

    public static final String CLAUSE = "Council and Standing Council: in special circumstances, a meeting by"
            + " means of communication";

    /** A member's vote on one agenda item. */
    public enum Vote {
        FOR("赞成", "For"), AGAINST("反对", "Against"), ABSTAIN("弃权", "Abstain");

        private final String chinese;
        private final String english;

        Vote(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        /** "For", "Against", "Abstain". */
        public String english() {
            return english;
        }

        /** "赞成", "反对", "弃权". */
        public String chinese() {
            return chinese;
        }
    }

    /** What keeps the meeting from being opened by communication, in Chinese and English. */
    public record Problem(String zh, String en) implements Words.Said {
        @Override
        public Words words() {
            return new Words(zh, en);
        }
    }

    /** Whether the charter lets this body meet by communication ({@value #CLAUSE}). */
    public static boolean allowedFor(Body body) {
        return body == Body.COUNCIL || body == Body.STANDING_COUNCIL;
    }

    /** Everything that keeps this meeting from being held by communication; empty when it may be. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (!allowedFor(body)) {
            problems.add(new Problem(body.chineseTitle() + "不得以通讯方式召开：章程只允许理事会和常务理事会在特殊情况下以通讯方式召开会议。",
                    "The " + body.title() + " may not meet by communication: the charter allows only the Council and"
                            + " the Standing Council to meet so, in special circumstances."));
            return problems;
        }
        if (specialCircumstances == null || specialCircumstances.isBlank()) {
            problems.add(new Problem("请说明需以通讯方式召开会议的特殊情况。",
                    "Describe the special circumstances that call for a meeting by communication."));
        }
        if (votesDueBy == null) {
            problems.add(new Problem("请填写表决截止日期。", "Enter the day by which the votes are due."));
        } else if (meetingDate != null && votesDueBy.isBefore(meetingDate)) {
            problems.add(new Problem("表决截止日期（" + votesDueBy + "）不得早于会议日期（" + meetingDate + "）。",
                    "The votes cannot be due (" + votesDueBy + ") before the meeting's day (" + meetingDate + ")."));
        }
        if (!rosterRecorded) {
            problems.add(new Problem(body.chineseTitle() + "在会议日期没有登记名册：通讯表决按名册记名表决，请先登记名册。",
                    "The " + body.title() + " has no recorded roster on the meeting's day: a meeting by communication"
                            + " votes by name, so record the body's roster first."));
        }
        return problems;
    }

    /** The tally of the votes cast by name on one item: every voter counts as present. */
    public static Votes tally(Collection<Vote> votes) {
        int inFavour = 0;
        int against = 0;
        int abstentions = 0;
        for (Vote vote : votes) {
            switch (vote) {
                case FOR -> inFavour++;
                case AGAINST -> against++;
                case ABSTAIN -> abstentions++;
            }
        }
        return new Votes(inFavour, against, abstentions);
    }
}
