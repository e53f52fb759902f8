package cn.chia.governance.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

import cn.chia.governance.charter.Words;

/** Roster numbers as Tasklist, the Java API and REST clients send them. */
class RosterNumbersTest {

    private static final Words IN_PERSON = new Words("亲自出席（attendeesInPerson）", "Present in person (attendeesInPerson)");
    private static final Words PROXIES = new Words("委托出席（attendeesByProxy）", "Represented by proxy (attendeesByProxy)");

    @Test
    void aListComesAsAListAsJsonOrAsText() {
        assertThat(RosterNumbers.list(List.of(12L, "13"), IN_PERSON)).containsExactly(12L, 13L);
        assertThat(RosterNumbers.list("[12, \"13\"]", IN_PERSON)).containsExactly(12L, 13L);
        assertThat(RosterNumbers.list("12, 13，14 15", IN_PERSON)).containsExactly(12L, 13L, 14L, 15L);
        assertThat(RosterNumbers.list(List.of("12 · 张伟 · 中国科学院"), IN_PERSON)).as("an option's label").containsExactly(12L);
        assertThat(RosterNumbers.list(null, IN_PERSON)).isEmpty();
        assertThat(RosterNumbers.list("  ", IN_PERSON)).isEmpty();
    }

    @Test
    void pairsComeAsAnObjectAsJsonOrAsText() {
        assertThat(RosterNumbers.pairs(Map.of("12", 3L), PROXIES)).containsExactly(Map.entry(12L, 3L));
        assertThat(RosterNumbers.pairs("{\"12\": 3, \"15\": \"3\"}", PROXIES))
                .containsExactly(Map.entry(12L, 3L), Map.entry(15L, 3L));
        assertThat(RosterNumbers.pairs("12:3, 15：7; 16 -> 7", PROXIES))
                .containsExactly(Map.entry(12L, 3L), Map.entry(15L, 7L), Map.entry(16L, 7L));
    }

    @Test
    void anythingButRosterNumbersIsRefused() {
        assertThatThrownBy(() -> RosterNumbers.list(List.of("Zhang San"), IN_PERSON))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("give roster numbers");
        assertThatThrownBy(() -> RosterNumbers.list("{\"12\": 3}", IN_PERSON))
                .isInstanceOf(BadUserRequestException.class);
        assertThatThrownBy(() -> RosterNumbers.pairs("12", PROXIES))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("representative's number");
        assertThatThrownBy(() -> RosterNumbers.pairs("[1, 2]", PROXIES))
                .isInstanceOf(BadUserRequestException.class);
        assertThatThrownBy(() -> RosterNumbers.list("[1.5]", IN_PERSON))
                .isInstanceOf(BadUserRequestException.class);
    }
}
