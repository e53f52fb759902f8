package cn.chia.governance.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.Charter;
import cn.chia.governance.charter.Comparison;

class CharterSettingsTest {

    private static Charter bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bind("charter", CharterSettings.class)
                .get().toCharter(Map.of());
    }

    @Test
    void seatsReadingAndProxiesComeFromConfiguration() {
        Charter charter = bind(Map.of(
                "charter.bodies.general-assembly.seats", "300",
                "charter.bodies.council.seats", "90",
                "charter.bodies.standing-council.seats", "30",
                "charter.thresholds.comparison", "AT_LEAST",
                "charter.proxies-allowed-for", "COUNCIL,STANDING_COUNCIL"));
        assertThat(charter.seats(Body.GENERAL_ASSEMBLY)).isEqualTo(300);
        assertThat(charter.seats(Body.STANDING_COUNCIL)).isEqualTo(30);
        assertThat(charter.comparison()).isEqualTo(Comparison.AT_LEAST);
        assertThat(charter.allowsProxies(Body.STANDING_COUNCIL)).isTrue();
        assertThat(charter.checkQuorum(Body.COUNCIL, 60, 0).met()).as("60 of 90 is two thirds, enough when at least").isTrue();
    }

    @Test
    void moreThanAndCouncilProxiesAreTheDefault() {
        Charter charter = bind(Map.of("charter.bodies.council.seats", "90"));
        assertThat(charter.comparison()).isEqualTo(Comparison.MORE_THAN);
        assertThat(charter.allowsProxies(Body.COUNCIL)).isTrue();
        assertThat(charter.allowsProxies(Body.STANDING_COUNCIL)).isFalse();
        assertThat(charter.checkQuorum(Body.COUNCIL, 60, 0).met()).as("60 of 90 is not more than two thirds").isFalse();
    }
}
