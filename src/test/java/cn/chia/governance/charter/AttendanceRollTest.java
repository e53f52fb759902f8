package cn.chia.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import cn.chia.governance.charter.AttendanceRoll.Presence;

/** Attendance by name: who may be represented, by whom, and how many proxies one representative holds. */
class AttendanceRollTest {

    private static final Set<Long> NINETY = LongStream.rangeClosed(1, 90).boxed().collect(Collectors.toSet());
    private static final Set<Long> SIXTY_ONE = LongStream.rangeClosed(1, 61).boxed().collect(Collectors.toSet());

    @Test
    void theNamesGiveTheHeadCountsAndEveryoneElseIsAbsent() {
        AttendanceRoll roll = council(SIXTY_ONE, Map.of(62L, 1L), Set.of(63L), 1);
        assertThat(roll.problems()).isEmpty();
        assertThat(roll.presentInPerson()).isEqualTo(61);
        assertThat(roll.presentByProxy()).isEqualTo(1);
        Map<Long, Presence> presence = roll.presence(List.of(1L, 62L, 63L, 64L));
        assertThat(presence).containsExactly(Map.entry(1L, Presence.IN_PERSON), Map.entry(62L, Presence.BY_PROXY),
                Map.entry(63L, Presence.EXCUSED), Map.entry(64L, Presence.ABSENT));
    }

    @Test
    void aRepresentativeMayHoldAsManyProxiesAsTheLimitAndNotOneMore() {
        assertThat(council(SIXTY_ONE, Map.of(62L, 1L, 63L, 1L), Set.of(), 2).problems()).isEmpty();
        assertThat(council(SIXTY_ONE, Map.of(62L, 1L, 63L, 1L, 64L, 1L), Set.of(), 2).problems())
                .extracting(AttendanceRoll.Problem::en)
                .containsExactly("Roster number 1 holds 3 proxies; one representative may hold at most 2.");
        assertThat(council(SIXTY_ONE, Map.of(62L, 1L), Set.of(), 1).problems()).isEmpty();
        assertThat(council(SIXTY_ONE, Map.of(62L, 1L, 63L, 1L), Set.of(), 1).problems()).hasSize(1);
    }

    @Test
    void onlyAMemberPresentInPersonRepresentsAndOnlyAnAbsentOneIsRepresented() {
        assertThat(council(SIXTY_ONE, Map.of(63L, 62L), Set.of(), 1).problems()).extracting(AttendanceRoll.Problem::en)
                .containsExactly("The representative, roster number 62, must be present in person.");
        assertThat(council(SIXTY_ONE, Map.of(2L, 1L), Set.of(), 1).problems()).extracting(AttendanceRoll.Problem::en)
                .containsExactly("Roster number 2 is recorded both present in person and represented by proxy.");
    }

    @Test
    void nobodyIsBothPresentAndAbsentNorUnknownToTheRoster() {
        assertThat(council(SIXTY_ONE, Map.of(), Set.of(61L), 1).problems()).extracting(AttendanceRoll.Problem::zh)
                .containsExactly("名册编号 61 既亲自出席又请假缺席。");
        assertThat(council(Set.of(91L), Map.of(), Set.of(), 1).problems()).extracting(AttendanceRoll.Problem::en)
                .containsExactly("Roster number 91 is not on the meeting's roster.");
        assertThat(council(Set.of(90L), Map.of(), Set.of(), 1).problems()).isEmpty();
    }

    @Test
    void proxiesOnlyWhereTheBodyAllowsThem() {
        AttendanceRoll standing = new AttendanceRoll(Body.STANDING_COUNCIL, NINETY, SIXTY_ONE, Map.of(62L, 1L), Set.of(),
                false, 1);
        assertThat(standing.problems()).extracting(AttendanceRoll.Problem::en).singleElement().asString()
                .startsWith("The Standing Council does not allow proxies");
        assertThat(new AttendanceRoll(Body.STANDING_COUNCIL, NINETY, SIXTY_ONE, Map.of(), Set.of(), false, 1).problems())
                .isEmpty();
    }

    @Test
    void countsSentWithTheNamesMustAgreeWithThem() {
        AttendanceRoll roll = council(SIXTY_ONE, Map.of(62L, 1L), Set.of(), 1);
        assertThat(roll.problems(61, 1)).isEmpty();
        assertThat(roll.problems(null, null)).isEmpty();
        assertThat(roll.problems(60, 1)).extracting(AttendanceRoll.Problem::en)
                .containsExactly("Present in person 60 disagrees with the 61 named.");
        assertThat(roll.problems(61, 2)).hasSize(1);
    }

    private static AttendanceRoll council(Set<Long> inPerson, Map<Long, Long> byProxy, Set<Long> excused, int limit) {
        return new AttendanceRoll(Body.COUNCIL, NINETY, inPerson, byProxy, excused, true, limit);
    }
}
