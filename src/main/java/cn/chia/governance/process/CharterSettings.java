package cn.chia.governance.process;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.Charter;
import cn.chia.governance.charter.Comparison;

/** The {@code charter.*} settings: seats of each body, the reading of "more than", who may vote by proxy. */
@ConfigurationProperties("charter")
public record CharterSettings(Map<Body, Seats> bodies, Thresholds thresholds, Set<Body> proxiesAllowedFor) {

    public record Seats(int seats) {
    }

    public record Thresholds(Comparison comparison) {
    }

    /** The charter as configured, with {@code seatsInstead} replacing the configured seats of those bodies. */
    public Charter toCharter(Map<Body, Integer> seatsInstead) {
        Map<Body, Integer> seats = new EnumMap<>(Body.class);
        bodies.forEach((body, setting) -> seats.put(body, setting.seats()));
        seats.putAll(seatsInstead);
        Comparison comparison = thresholds == null || thresholds.comparison() == null
                ? Comparison.MORE_THAN : thresholds.comparison();
        Set<Body> proxies = proxiesAllowedFor == null ? EnumSet.of(Body.COUNCIL) : proxiesAllowedFor;
        return new Charter(seats, comparison, proxies);
    }
}
