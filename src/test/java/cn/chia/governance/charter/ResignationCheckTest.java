package cn.chia.governance.charter;

import static cn.chia.governance.charter.AttendanceRoll.Presence.ABSENT;
import static cn.chia.governance.charter.AttendanceRoll.Presence.BY_PROXY;
import static cn.chia.governance.charter.AttendanceRoll.Presence.EXCUSED;
import static cn.chia.governance.charter.AttendanceRoll.Presence.IN_PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.chia.governance.charter.AttendanceRoll.Presence;
import cn.chia.governance.charter.ResignationCheck.Sitting;

class ResignationCheckTest {

    static final LocalDate TERM_START = LocalDate.of(2025, 1, 1);

    @Test
    void aDirectorAbsentWithoutReasonThreeTimesInARowShouldResignButNotTwice() {
        ResignationCheck twice = council(IN_PERSON, ABSENT, ABSENT);
        assertThat(twice.due()).isFalse();
        assertThat(twice.absences()).extracting(Sitting::meetingNumber).containsExactly("MTG-2025-0002", "MTG-2025-0003");
        assertThat(twice.reason()).isEqualTo("2 consecutive absences without reason from the Council: MTG-2025-0002"
                + " (2025-03-01), MTG-2025-0003 (2025-04-01): below the limit of 3 (" + ResignationCheck.COUNCIL_CLAUSE + ").");

        ResignationCheck thrice = council(IN_PERSON, ABSENT, ABSENT, ABSENT);
        assertThat(thrice.due()).isTrue();
        assertThat(thrice.clause()).isEqualTo(ResignationCheck.COUNCIL_CLAUSE);
        assertThat(thrice.absences()).extracting(Sitting::meetingNumber)
                .containsExactly("MTG-2025-0002", "MTG-2025-0003", "MTG-2025-0004");
        assertThat(thrice.lastAbsence().meetingNumber()).isEqualTo("MTG-2025-0004");
        assertThat(thrice.reason()).isEqualTo("3 consecutive absences without reason from the Council: MTG-2025-0002"
                + " (2025-03-01), MTG-2025-0003 (2025-04-01), MTG-2025-0004 (2025-05-01): the director should generally"
                + " resign (" + ResignationCheck.COUNCIL_CLAUSE + ").");
        assertThat(thrice.reasonZh()).isEqualTo("连续 3 次无故缺席理事会会议：MTG-2025-0002 (2025-03-01)、MTG-2025-0003"
                + " (2025-04-01)、MTG-2025-0004 (2025-05-01)；按章程，理事一般应辞职。");
    }

    @Test
    void anExcusedAbsenceNeitherCountsNorBreaksTheRun() {
        assertThat(council(ABSENT, ABSENT, EXCUSED).due()).isFalse();
        ResignationCheck check = council(ABSENT, EXCUSED, ABSENT, EXCUSED, ABSENT);
        assertThat(check.due()).isTrue();
        assertThat(check.absences()).extracting(Sitting::meetingNumber)
                .containsExactly("MTG-2025-0001", "MTG-2025-0003", "MTG-2025-0005");
    }

    @Test
    void attendingInPersonOrByProxyBreaksTheRun() {
        assertThat(council(ABSENT, ABSENT, IN_PERSON, ABSENT, ABSENT).due()).isFalse();
        assertThat(council(ABSENT, ABSENT, BY_PROXY, ABSENT, ABSENT).due()).isFalse();
        assertThat(council(ABSENT, ABSENT, BY_PROXY, ABSENT, ABSENT).absences()).hasSize(2);
        assertThat(council(ABSENT, ABSENT, BY_PROXY, ABSENT, ABSENT, ABSENT).due()).isTrue();
    }

    @Test
    void theMeetingsCountInTheOrderTheyWereHeldWhateverTheOrderGiven() {
        List<Sitting> sittings = new ArrayList<>(sittings(ABSENT, ABSENT, IN_PERSON, ABSENT));
        java.util.Collections.reverse(sittings);
        assertThat(ResignationCheck.of(Body.COUNCIL, sittings, TERM_START, null).due()).isFalse();
    }

    @Test
    void aStandingDirectorAbsentWithoutReasonFiveTimesInTheTermShouldResignButNotFourTimes() {
        ResignationCheck four = standing(ABSENT, IN_PERSON, ABSENT, EXCUSED, ABSENT, BY_PROXY, ABSENT);
        assertThat(four.due()).isFalse();
        assertThat(four.absences()).hasSize(4);
        ResignationCheck five = standing(ABSENT, IN_PERSON, ABSENT, EXCUSED, ABSENT, BY_PROXY, ABSENT, IN_PERSON, ABSENT);
        assertThat(five.due()).isTrue();
        assertThat(five.clause()).isEqualTo(ResignationCheck.STANDING_COUNCIL_CLAUSE);
        assertThat(five.absences()).extracting(Sitting::meetingNumber).containsExactly("MTG-2025-0001",
                "MTG-2025-0003", "MTG-2025-0005", "MTG-2025-0007", "MTG-2025-0009");
        assertThat(five.reason()).startsWith("5 absences without reason from the Standing Council: ")
                .endsWith(": the executive director should generally resign (" + ResignationCheck.STANDING_COUNCIL_CLAUSE + ").");
        assertThat(five.reasonZh()).startsWith("本届 5 次无故缺席常务理事会会议：").endsWith("；按章程，常务理事一般应辞职。");
    }

    @Test
    void absencesBeforeTheTermBeganDoNotCount() {
        List<Sitting> sittings = sittings(ABSENT, ABSENT, ABSENT, ABSENT, ABSENT);
        LocalDate fromTheSecond = sittings.get(1).date();
        assertThat(ResignationCheck.of(Body.STANDING_COUNCIL, sittings, sittings.get(0).date(), null).due()).isTrue();
        assertThat(ResignationCheck.of(Body.STANDING_COUNCIL, sittings, fromTheSecond, null).due()).isFalse();
        assertThat(ResignationCheck.of(Body.COUNCIL, sittings.subList(0, 3), fromTheSecond, null).due()).isFalse();
    }

    @Test
    void absencesAnEarlierCaseCountedDoNotCountAgain() {
        List<Sitting> sittings = sittings(ABSENT, ABSENT, ABSENT, ABSENT, ABSENT, ABSENT);
        ResignationCheck first = ResignationCheck.of(Body.COUNCIL, sittings.subList(0, 4), TERM_START, null);
        assertThat(first.lastAbsence().meetingNumber()).isEqualTo("MTG-2025-0003");
        assertThat(ResignationCheck.of(Body.COUNCIL, sittings.subList(0, 5), TERM_START, first.lastAbsence()).due())
                .as("two absences since the case").isFalse();
        ResignationCheck second = ResignationCheck.of(Body.COUNCIL, sittings, TERM_START, first.lastAbsence());
        assertThat(second.due()).isTrue();
        assertThat(second.absences()).extracting(Sitting::meetingNumber)
                .containsExactly("MTG-2025-0004", "MTG-2025-0005", "MTG-2025-0006");
    }

    @Test
    void theGeneralAssemblyHasNoAbsenceRule() {
        assertThatThrownBy(() -> ResignationCheck.of(Body.GENERAL_ASSEMBLY, sittings(ABSENT), TERM_START, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The charter sets no absence rule for the General Assembly.");
    }

    @Test
    void noMeetingByNameNoAbsence() {
        ResignationCheck none = ResignationCheck.of(Body.COUNCIL, List.of(), TERM_START, null);
        assertThat(none.due()).isFalse();
        assertThat(none.lastAbsence()).isNull();
        assertThat(none.reason()).isEqualTo("0 consecutive absences without reason from the Council: below the limit of 3 ("
                + ResignationCheck.COUNCIL_CLAUSE + ").");
    }

    private static ResignationCheck council(Presence... presences) {
        return ResignationCheck.of(Body.COUNCIL, sittings(presences), TERM_START, null);
    }

    private static ResignationCheck standing(Presence... presences) {
        return ResignationCheck.of(Body.STANDING_COUNCIL, sittings(presences), TERM_START, null);
    }

    /** One meeting a month from February 2025, numbered from MTG-2025-0001. */
    private static List<Sitting> sittings(Presence... presences) {
        List<Sitting> sittings = new ArrayList<>();
        for (int i = 0; i < presences.length; i++) {
            sittings.add(new Sitting(String.format("MTG-2025-%04d", i + 1), LocalDate.of(2025, 2, 1).plusMonths(i),
                    presences[i]));
        }
        return sittings;
    }
}
