package cn.chia.governance.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

/** Roster numbers as Tasklist, the Java API and REST clients send them. */
class RosterNumbersTest {

    @Test
    void aListComesAsAListAsJsonOrAsText() {
        assertThat(RosterNumbers.list(List.of(12L, "13"), "in person")).containsExactly(12L, 13L);
        assertThat(RosterNumbers.list("[12, \"13\"]", "in person")).containsExactly(12L, 13L);
        assertThat(RosterNumbers.list("12, 13，14 15", "in person")).containsExactly(12L, 13L, 14L, 15L);
        assertThat(RosterNumbers.list(List.of("12 · 张伟 · 中国科学院"), "in person")).as("an option's label").containsExactly(12L);
        assertThat(RosterNumbers.list(null, "in person")).isEmpty();
        assertThat(RosterNumbers.list("  ", "in person")).isEmpty();
    }

    @Test
    void pairsComeAsAnObjectAsJsonOrAsText() {
        assertThat(RosterNumbers.pairs(Map.of("12", 3L), "proxies")).containsExactly(Map.entry(12L, 3L));
        assertThat(RosterNumbers.pairs("{\"12\": 3, \"15\": \"3\"}", "proxies"))
                .containsExactly(Map.entry(12L, 3L), Map.entry(15L, 3L));
        assertThat(RosterNumbers.pairs("12:3, 15：7; 16 -> 7", "proxies"))
                .containsExactly(Map.entry(12L, 3L), Map.entry(15L, 7L), Map.entry(16L, 7L));
    }

    @Test
    void anythingButRosterNumbersIsRefused() {
        assertThatThrownBy(() -> RosterNumbers.list(List.of("Zhang San"), "attendeesInPerson"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("give roster numbers");
        assertThatThrownBy(() -> RosterNumbers.list("{\"12\": 3}", "attendeesInPerson"))
                .isInstanceOf(BadUserRequestException.class);
        assertThatThrownBy(() -> RosterNumbers.pairs("12", "attendeesByProxy"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("representative's number");
        assertThatThrownBy(() -> RosterNumbers.pairs("[1, 2]", "attendeesByProxy"))
                .isInstanceOf(BadUserRequestException.class);
        assertThatThrownBy(() -> RosterNumbers.list("[1.5]", "attendeesInPerson"))
                .isInstanceOf(BadUserRequestException.class);
    }
}
