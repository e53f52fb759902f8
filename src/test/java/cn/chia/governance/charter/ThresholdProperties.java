package cn.chia.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.EnumSet;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Checks the charter's integer arithmetic against an independent oracle in BigInteger arithmetic,
 * with the charter's fractions written out again here rather than taken from {@link Charter}.
 */
class ThresholdProperties {

    /** What a vote needs, as the charter states it: fraction of the base. */
    private record Threshold(int numerator, int denominator) {
    }

    private static final Threshold QUORUM = new Threshold(2, 3);
    private static final Threshold ONE_HALF = new Threshold(1, 2);
    private static final Threshold TWO_THIRDS = new Threshold(2, 3);
    private static final Threshold FOUR_FIFTHS = new Threshold(4, 5);

    /** The kinds of resolution the charter knows. */
    enum Kind {
        GENERAL_ASSEMBLY_RESOLUTION(Body.GENERAL_ASSEMBLY, null, ONE_HALF),
        COUNCIL_RESOLUTION(Body.COUNCIL, Matter.ADMISSION, TWO_THIRDS),
        STANDING_COUNCIL_RESOLUTION(Body.STANDING_COUNCIL, Matter.EXPULSION, TWO_THIRDS),
        DIRECTOR_NOMINATION(Body.STANDING_COUNCIL, Matter.DIRECTOR_NOMINATION, TWO_THIRDS),
        DIRECTOR_ADJUSTMENT(Body.COUNCIL, Matter.DIRECTOR_ADJUSTMENT, FOUR_FIFTHS);

        final Body body;
        final Matter matter;
        final Threshold threshold;

        Kind(Body body, Matter matter, Threshold threshold) {
            this.body = body;
            this.matter = matter;
            this.threshold = threshold;
        }
    }

    // ---- the oracle -------------------------------------------------------------------------

    /** count * den compared with base * num, in BigInteger. */
    private static boolean oracleMeets(long count, long base, Threshold t, Comparison comparison) {
        int sign = BigInteger.valueOf(count).multiply(BigInteger.valueOf(t.denominator()))
                .compareTo(BigInteger.valueOf(base).multiply(BigInteger.valueOf(t.numerator())));
        return comparison == Comparison.MORE_THAN ? sign > 0 : sign >= 0;
    }

    /** The smallest count meeting the threshold, by scanning upwards from 0. */
    private static long oracleRequiredByScan(long base, Threshold t, Comparison comparison) {
        long count = 0;
        while (!oracleMeets(count, base, t, comparison)) {
            count++;
        }
        return count;
    }

    /** The smallest count meeting the threshold, by BigInteger division. */
    private static long oracleRequiredByDivision(long base, Threshold t, Comparison comparison) {
        BigInteger product = BigInteger.valueOf(base).multiply(BigInteger.valueOf(t.numerator()));
        BigInteger[] qr = product.divideAndRemainder(BigInteger.valueOf(t.denominator()));
        BigInteger floor = qr[0];
        boolean exact = qr[1].signum() == 0;
        BigInteger required = comparison == Comparison.AT_LEAST && exact ? floor : floor.add(BigInteger.ONE);
        return required.longValueExact();
    }

    private static Rule ruleFor(Threshold t) {
        return new Rule("property", new Fraction(t.numerator(), t.denominator()), Base.PRESENT, "property");
    }

    @Provide
    Arbitrary<Threshold> thresholds() {
        return Arbitraries.of(ONE_HALF, TWO_THIRDS, FOUR_FIFTHS, new Threshold(1, 3), new Threshold(3, 4));
    }

    // ---- Rule --------------------------------------------------------------------------------

    @Property(generation = GenerationMode.EXHAUSTIVE, tries = 6000)
    void requiredCountAndIsMetByAgreeWithTheOracleForEveryCount(
            @ForAll @IntRange(min = 0, max = 500) int base, @ForAll Comparison comparison, @ForAll("thresholds") Threshold t) {
        Rule rule = ruleFor(t);
        long required = oracleRequiredByScan(base, t, comparison);
        assertThat(oracleRequiredByDivision(base, t, comparison)).isEqualTo(required);
        assertThat(rule.requiredCount(base, comparison)).isEqualTo(required);
        for (int count = 0; count <= base + 1; count++) {
            boolean expected = oracleMeets(count, base, t, comparison);
            assertThat(rule.isMetBy(count, base, comparison)).as("%d of %d", count, base).isEqualTo(expected);
            assertThat(expected).isEqualTo(count >= required);
        }
    }

    @Property(tries = 2000)
    void requiredCountAgreesWithTheOracleForLargeBases(
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int base, @ForAll Comparison comparison,
            @ForAll("thresholds") Threshold t) {
        Rule rule = ruleFor(t);
        long required = oracleRequiredByDivision(base, t, comparison);
        assertThat(rule.requiredCount(base, comparison)).isEqualTo(required);
        assertThat(rule.isMetBy(required, base, comparison)).isEqualTo(oracleMeets(required, base, t, comparison)).isTrue();
        assertThat(rule.isMetBy(required - 1, base, comparison)).isEqualTo(oracleMeets(required - 1, base, t, comparison)).isFalse();
    }

    // ---- Charter: quorum and decisions, every seat count ---------------------------------------

    private static Charter charter(Body body, int seats, Comparison comparison) {
        return new Charter(Map.of(body, seats), comparison, EnumSet.of(Body.COUNCIL));
    }

    @Property(generation = GenerationMode.EXHAUSTIVE, tries = 3000)
    void quorumAgreesWithTheOracleForEverySeatCountAndEveryNumberPresent(
            @ForAll @IntRange(min = 1, max = 500) int seats, @ForAll Body body, @ForAll Comparison comparison) {
        Charter charter = charter(body, seats, comparison);
        long required = oracleRequiredByScan(seats, QUORUM, comparison);
        for (int present = 0; present <= seats; present++) {
            int byProxy = charter.allowsProxies(body) ? present / 3 : 0;
            QuorumCheck check = charter.checkQuorum(body, present - byProxy, byProxy);
            assertThat(check.met()).as("%d of %d", present, seats).isEqualTo(oracleMeets(present, seats, QUORUM, comparison));
            assertThat(check.required()).isEqualTo(required);
            assertThat(check.present()).isEqualTo(present);
        }
    }

    @Property(generation = GenerationMode.EXHAUSTIVE, tries = 4000)
    void decisionsAgreeWithTheOracleForEverySeatCountAndEveryQuorateMeeting(
            @ForAll @IntRange(min = 1, max = 500) int seats, @ForAll Kind kind, @ForAll Comparison comparison) {
        Charter charter = charter(kind.body, seats, comparison);
        long quorum = oracleRequiredByDivision(seats, QUORUM, comparison);
        if (quorum >= 1) {
            int below = (int) quorum - 1;
            assertThatThrownBy(() -> decide(charter, kind, below, 0))
                    .isInstanceOf(InvalidTallyException.class).hasMessageStartingWith("Quorum not met: ");
        }
        for (int present = (int) quorum; present <= seats; present++) {
            long required = oracleRequiredByDivision(present, kind.threshold, comparison);
            for (long inFavour : new long[] {0, required - 2, required - 1, required, required + 1, present}) {
                if (inFavour < 0 || inFavour > present) {
                    continue;
                }
                Decision decision = decide(charter, kind, present, (int) inFavour);
                boolean expected = oracleMeets(inFavour, present, kind.threshold, comparison);
                assertThat(decision.outcome()).as("%d of %d present (%d seats)", inFavour, present, seats)
                        .isEqualTo(expected ? Outcome.ADOPTED : Outcome.REJECTED);
                assertThat(decision.required()).isEqualTo(required);
                assertThat(decision.present()).isEqualTo(present);
            }
        }
    }

    private static Decision decide(Charter charter, Kind kind, int present, int inFavour) {
        int byProxy = charter.allowsProxies(kind.body) ? present / 4 : 0;
        Votes votes = new Votes(inFavour, (present - inFavour) / 2, (present - inFavour) - (present - inFavour) / 2);
        return kind.matter == null
                ? charter.decide(kind.body, present - byProxy, byProxy, votes)
                : charter.decide(kind.body, kind.matter, present - byProxy, byProxy, votes);
    }

    // ---- Charter: random tallies, including invalid ones ---------------------------------------

    record Tally(int seats, int inPerson, int byProxy, int inFavour, int against, int abstentions) {
    }

    @Provide
    Arbitrary<Tally> tallies() {
        Arbitrary<Integer> seats = Arbitraries.integers().between(1, 500);
        return seats.flatMap(s -> Combinators.combine(
                Arbitraries.integers().between(0, s),
                Arbitraries.integers().between(0, s),
                Arbitraries.integers().between(0, s),
                Arbitraries.integers().between(0, s),
                Arbitraries.integers().between(0, s))
                .as((inPerson, byProxy, inFavour, against, abstentions) ->
                        new Tally(s, inPerson, byProxy, inFavour, against, abstentions)));
    }

    @Property(tries = 3000)
    void anyTallyIsDecidedAsTheOracleSaysOrRefused(
            @ForAll("tallies") Tally tally, @ForAll Kind kind, @ForAll Comparison comparison) {
        Charter charter = charter(kind.body, tally.seats(), comparison);
        Votes votes = new Votes(tally.inFavour(), tally.against(), tally.abstentions());
        long present = (long) tally.inPerson() + tally.byProxy();
        boolean proxyRefused = tally.byProxy() > 0 && kind.body != Body.COUNCIL;
        boolean tooManyPresent = present > tally.seats();
        boolean tooManyVotes = (long) votes.cast() > present;
        boolean quorate = oracleMeets(present, tally.seats(), QUORUM, comparison);
        if (proxyRefused || tooManyPresent || tooManyVotes || !quorate) {
            String start = proxyRefused ? "The " + kind.body.title() + " does not allow proxies"
                    : tooManyPresent ? "The " + kind.body.title() + " has "
                    : tooManyVotes ? votes.cast() + " vote"
                    : "Quorum not met: ";
            assertThatThrownBy(() -> decide(charter, kind, tally, votes))
                    .isInstanceOf(InvalidTallyException.class).hasMessageStartingWith(start);
        } else {
            Decision decision = decide(charter, kind, tally, votes);
            boolean expected = oracleMeets(tally.inFavour(), present, kind.threshold, comparison);
            assertThat(decision.outcome()).isEqualTo(expected ? Outcome.ADOPTED : Outcome.REJECTED);
            assertThat(decision.reason()).startsWith(expected ? "Adopted: " : "Rejected: ")
                    .contains(" requires at least " + oracleRequiredByScan(present, kind.threshold, comparison) + ".");
        }
    }

    private static Decision decide(Charter charter, Kind kind, Tally tally, Votes votes) {
        return kind.matter == null
                ? charter.decide(kind.body, tally.inPerson(), tally.byProxy(), votes)
                : charter.decide(kind.body, kind.matter, tally.inPerson(), tally.byProxy(), votes);
    }

    // ---- Composition ----------------------------------------------------------------------------

    @Property(generation = GenerationMode.EXHAUSTIVE, tries = 1000)
    void compositionRulesAgreeWithTheOracle(@ForAll @IntRange(min = 1, max = 500) int whole) {
        for (int part = 0; part <= whole; part++) {
            assertThat(Composition.standingCouncilWithinLimit(whole, part).ok())
                    .isEqualTo(!oracleMeets(part, whole, new Threshold(1, 3), Comparison.MORE_THAN));
            assertThat(Composition.frontLineDirectorsSufficient(whole, part).ok())
                    .isEqualTo(oracleMeets(part, whole, new Threshold(3, 4), Comparison.AT_LEAST));
            assertThat(Composition.frontLineExecutivesSufficient(whole, part).ok())
                    .isEqualTo(oracleMeets(part, whole, new Threshold(2, 3), Comparison.AT_LEAST));
            assertThat(Composition.renewalSufficient(whole, part).ok())
                    .isEqualTo(oracleMeets(part, whole, new Threshold(1, 3), Comparison.AT_LEAST));
        }
    }
}
