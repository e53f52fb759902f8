package cn.chia.governance.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.Resolutions;
import cn.chia.governance.register.DirectorRoster.Basis;
import cn.chia.governance.register.DirectorRoster.NewDirector;

@GovernanceTest
class DirectorRosterTest {

    @Autowired
    DirectorRoster roster;
    @Autowired
    JdbcClient jdbc;

    String caseNumber = "DIR-T-" + UUID.randomUUID();

    @AfterEach
    void removeTheTestDirectors() {
        jdbc.sql("DELETE FROM gov_director WHERE appointed_case = ? OR name LIKE 'Roster Test %'").param(caseNumber)
                .update();
    }

    @Test
    void theRosterChangesOnlyByTheCasesAdoptedNominationAndResolution() {
        String nomination = Resolutions.record(jdbc, caseNumber, "DIRECTOR_NOMINATION", "ADOPTED", "STANDING_COUNCIL");
        String rejected = Resolutions.record(jdbc, caseNumber, "DIRECTOR_ADJUSTMENT", "REJECTED", "COUNCIL");
        String others = Resolutions.record(jdbc, "DIR-T-" + UUID.randomUUID(), "DIRECTOR_ADJUSTMENT", "ADOPTED", "COUNCIL");
        NewDirector director = new NewDirector("Roster Test Director", "Test Institute", false, true);
        int before = roster.current().size();

        assertThatThrownBy(() -> roster.appoint(director, basis("RES-2026-9997", nomination)))
                .isInstanceOf(ResolutionRefused.class).hasMessageContaining("no resolution RES-2026-9997");
        assertThatThrownBy(() -> roster.appoint(director, basis(rejected, nomination)))
                .isInstanceOf(ResolutionRefused.class).hasMessageContaining("was rejected");
        assertThatThrownBy(() -> roster.appoint(director, basis(others, nomination)))
                .isInstanceOf(ResolutionRefused.class).hasMessageContaining("decided case");
        assertThatThrownBy(() -> roster.appoint(director, basis(nomination, nomination)))
                .as("the nomination is not the Council's resolution").isInstanceOf(ResolutionRefused.class);
        long seated = Resolutions.seatDirector(jdbc, "Roster Test Seated", "Test Institute", false, false);
        assertThatThrownBy(() -> roster.release(seated, basis(others, nomination))).isInstanceOf(ResolutionRefused.class);
        assertThat(roster.current()).hasSize(before + 1);

        String adopted = Resolutions.record(jdbc, caseNumber, "DIRECTOR_ADJUSTMENT", "ADOPTED", "COUNCIL");
        roster.appoint(director, basis(adopted, nomination));
        roster.release(seated, basis(adopted, nomination));
        assertThat(roster.current()).hasSize(before + 1).extracting(DirectorRoster.Director::name)
                .contains("Roster Test Director").doesNotContain("Roster Test Seated");
    }

    private Basis basis(String resolution, String nomination) {
        return new Basis(caseNumber, nomination, resolution, "Replaces a director who resigned");
    }
}
