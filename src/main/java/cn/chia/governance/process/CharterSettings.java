package cn.chia.governance.process;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.Charter;
import cn.chia.governance.charter.Comparison;
import cn.chia.governance.charter.ElectionMajority;

/**
 * The {@code charter.*} settings: seats of each body, the reading of "more than", who may vote by proxy, the majority
 * that elects in a secret ballot.
 */
@ConfigurationProperties("charter")
public record CharterSettings(Map<Body, Seats> bodies, Thresholds thresholds, Set<Body> proxiesAllowedFor,
        Elections elections) {

    /** {@code majority}: the votes a candidate needs (default more than half of the valid ballots). */
    public record Elections(ElectionMajority majority) {
    }

    /** The majority that elects in a secret ballot. */
    public ElectionMajority electionMajority() {
        return elections == null || elections.majority() == null
                ? ElectionMajority.MORE_THAN_HALF_OF_VALID_BALLOTS : elections.majority();
    }

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
