package cn.chia.governance.documents;

import java.time.LocalDate;
import java.util.List;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.RosterBody;
import cn.chia.governance.register.TermRecords.TermChange;

/**
 * The annual work report (年度工作报告) on one year, as the register holds it: who was admitted, who withdrew and who
 * was expelled, the meetings each body held and their resolutions, the changes to the rosters, the term, and the members
 * at the year's end (or today, for the year under way) by kind and branch.
 *
 * @param asOf the day the members are counted on: the year's last day, or today while the year runs
 */
public record AnnualReport(int year, LocalDate asOf, List<MemberChange> admissions, List<MemberChange> withdrawals,
        List<MemberChange> expulsions, List<BodyMeetings> meetings, List<ResolutionLine> resolutions,
        List<RosterChange> rosterChanges, TermState term, List<Tally> membersByKind, List<Tally> membersByBranch) {

    /** A member admitted or gone in the year: on which day, and by which resolution or case. */
    public record MemberChange(String membershipNumber, String name, String kind, String branch, LocalDate on,
            String reference, String reason) {
    }

    /** A meeting held in the year. */
    public record MeetingLine(String number, LocalDate date, boolean byCommunication, int resolutions) {
    }

    /** The meetings a body held in the year. */
    public record BodyMeetings(Body body, List<MeetingLine> held) {
    }

    /** A resolution of a meeting held in the year. */
    public record ResolutionLine(String number, String meeting, String body, LocalDate date, String matter,
            String caseNumber, String title, int votesFor, int votesAgainst, int abstentions, String outcome) {
    }

    /** Someone who joined ({@code joined}) or left a roster in the year. */
    public record RosterChange(RosterBody body, String name, String organisation, boolean joined, LocalDate on,
            String basis) {
    }

    /** The term as it stood at {@code asOf}, and the requests to change it opened or closed in the year. */
    public record TermState(LocalDate termStart, LocalDate electedTermEnd, LocalDate currentTermEnd, long daysLeft,
            List<TermChange> changes) {
    }

    /**
     * Members of a kind or a branch at {@code asOf}: {@code key} the register's code (a kind; a branch's group, {@code ""}
     * for none), {@code name} the branch's name as the settings give it (null for a kind, or a branch no longer set).
     */
    public record Tally(String key, String name, long members) {
    }

    public long membersAtYearEnd() {
        return membersByKind.stream().mapToLong(Tally::members).sum();
    }

    public long held() {
        return meetings.stream().mapToLong(body -> body.held().size()).sum();
    }

    public long adopted() {
        return resolutions.stream().filter(r -> "ADOPTED".equals(r.outcome())).count();
    }
}
