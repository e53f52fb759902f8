package cn.chia.governance.charter;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The voting rules of the charter for a given number of seats in each body.
 * Quorum: more than two thirds of the seats, in every body. Resolutions: more than one half of the
 * representatives present (General Assembly), more than two thirds of those present (Council, Standing Council),
 * more than four fifths of the directors present for a mid-term adjustment of directors.
 * Immutable and thread-safe.
 */
public final class Charter {

    private final Map<Body, Integer> seats;
    private final Comparison comparison;
    private final Set<Body> proxiesAllowedFor;

    /**
     * @param seats             seats of each configured body; each at least 1 (a body may be left out, and is then refused when used)
     * @param comparison        how "more than two thirds" etc. is read
     * @param proxiesAllowedFor bodies whose members may be represented by proxy
     * @throws InvalidTallyException if a body has fewer than 1 seat
     */
    public Charter(Map<Body, Integer> seats, Comparison comparison, Set<Body> proxiesAllowedFor) {
        Objects.requireNonNull(seats, "seats");
        this.comparison = Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(proxiesAllowedFor, "proxiesAllowedFor");
        EnumMap<Body, Integer> copy = new EnumMap<>(Body.class);
        for (Map.Entry<Body, Integer> entry : seats.entrySet()) {
            Body body = Objects.requireNonNull(entry.getKey(), "body");
            Integer count = entry.getValue();
            if (count == null || count < 1) {
                throw new InvalidTallyException(body.chineseTitle() + "至少须有 1 个席位，设置为：" + count + "。",
                        "The " + body.title() + " must have at least 1 seat; configured: " + count + ".");
            }
            copy.put(body, count);
        }
        this.seats = Collections.unmodifiableMap(copy);
        this.proxiesAllowedFor = proxiesAllowedFor.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Body.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(proxiesAllowedFor));
    }

    /** The charter as written: "more than", proxies in the Council only. */
    public static Charter withSeats(Map<Body, Integer> seats) {
        return new Charter(seats, Comparison.MORE_THAN, EnumSet.of(Body.COUNCIL));
    }

    /** @throws InvalidTallyException if no seats are configured for the body */
    public int seats(Body body) {
        Integer count = seats.get(Objects.requireNonNull(body, "body"));
        if (count == null) {
            throw new InvalidTallyException("未设置" + body.chineseTitle() + "的席位数。",
                    "No seats are configured for the " + body.title() + ".");
        }
        return count;
    }

    public Comparison comparison() {
        return comparison;
    }

    public boolean allowsProxies(Body body) {
        return proxiesAllowedFor.contains(body);
    }

    /** More than two thirds of the seats, for every body. */
    public Rule quorumRule(Body body) {
        Objects.requireNonNull(body, "body");
        return new Rule(body.title() + " quorum", Fraction.TWO_THIRDS, Base.SEATS, body.title() + ": quorum", body);
    }

    /** The rule for an ordinary resolution of the body. */
    public Rule resolutionRule(Body body) {
        Objects.requireNonNull(body, "body");
        Fraction fraction = body == Body.GENERAL_ASSEMBLY ? Fraction.ONE_HALF : Fraction.TWO_THIRDS;
        return new Rule(body.title() + " resolution", fraction, Base.PRESENT, body.title() + ": resolutions", body);
    }

    /**
     * The rule for deciding {@code matter}; a mid-term adjustment of directors needs more than four fifths of those present.
     *
     * @throws InvalidTallyException if the body may not decide the matter
     */
    public Rule resolutionRule(Body body, Matter matter) {
        requireMayDecide(body, matter);
        if (matter == Matter.DIRECTOR_ADJUSTMENT) {
            return new Rule("Mid-term adjustment of directors", Fraction.FOUR_FIFTHS, Base.PRESENT,
                    "Council: mid-term adjustment of directors", body);
        }
        return resolutionRule(body);
    }

    /**
     * Whether the members present (in person and by proxy) make a quorum.
     *
     * @throws InvalidTallyException for negative numbers, proxies the body does not allow, or more present than seats
     */
    public QuorumCheck checkQuorum(Body body, int inPerson, int byProxy) {
        int seatCount = seats(body);
        if (inPerson < 0) {
            throw new InvalidTallyException("亲自出席人数不能为负数：" + inPerson + "。",
                    "The number present in person cannot be negative: " + inPerson + ".");
        }
        if (byProxy < 0) {
            throw new InvalidTallyException("委托出席人数不能为负数：" + byProxy + "。",
                    "The number present by proxy cannot be negative: " + byProxy + ".");
        }
        if (byProxy > 0 && !allowsProxies(body)) {
            throw new InvalidTallyException(body.chineseTitle() + "不允许委托出席，但登记了 " + byProxy + " 名委托出席者。",
                    "The " + body.title() + " does not allow proxies, but " + body.members(byProxy)
                    + (byProxy == 1 ? " is" : " are") + " recorded present by proxy.");
        }
        long present = (long) inPerson + byProxy;
        if (present > seatCount) {
            throw new InvalidTallyException(body.chineseTitle() + "共有 " + seatCount + " 名" + body.chineseMemberNoun()
                    + "，但登记出席 " + present + " 名（亲自出席 " + inPerson + " 名，委托出席 " + byProxy + " 名）。",
                    "The " + body.title() + " has " + body.members(seatCount) + ", but "
                    + present + " are recorded present (" + inPerson + " in person, " + byProxy + " by proxy).");
        }
        Rule rule = quorumRule(body);
        int required = rule.requiredCount(seatCount, comparison);
        boolean met = rule.isMetBy(present, seatCount, comparison);
        return new QuorumCheck(met, body, seatCount, inPerson, byProxy, required, rule, comparison);
    }

    /**
     * Decides {@code matter}: adopted iff the votes in favour meet the resolution rule against the number present.
     *
     * @throws InvalidTallyException if the body may not decide the matter, the tally is invalid,
     *                               or the quorum is not met ("Quorum not met: ...")
     */
    public Decision decide(Body body, Matter matter, int inPerson, int byProxy, Votes votes) {
        Rule rule = resolutionRule(body, matter);
        return decide(body, matter, rule, inPerson, byProxy, votes);
    }

    /** Decides an ordinary resolution of the body (no reserved matter); {@link Decision#matter()} is then null. */
    public Decision decide(Body body, int inPerson, int byProxy, Votes votes) {
        return decide(body, null, resolutionRule(body), inPerson, byProxy, votes);
    }

    private Decision decide(Body body, Matter matter, Rule rule, int inPerson, int byProxy, Votes votes) {
        Objects.requireNonNull(votes, "votes");
        QuorumCheck quorum = checkQuorum(body, inPerson, byProxy);
        int present = quorum.present();
        if (votes.cast() > present) {
            throw new InvalidTallyException("登记了 " + votes.cast() + " 票（赞成 " + votes.inFavour() + " 票，反对 "
                    + votes.against() + " 票，弃权 " + votes.abstentions() + " 票），但出席" + body.chineseMemberNoun() + "仅 " + present
                    + " 名。",
                    votes.cast() + (votes.cast() == 1 ? " vote is" : " votes are") + " recorded (" + votes.inFavour() + " in favour, "
                    + votes.against() + " against, " + votes.abstentions() + " abstentions), but only "
                    + body.members(present) + (present == 1 ? " is" : " are") + " present.");
        }
        if (!quorum.met()) {
            throw new InvalidTallyException(quorum.reason(Language.ZH), quorum.reason());
        }
        int required = rule.requiredCount(present, comparison);
        boolean adopted = rule.isMetBy(votes.inFavour(), present, comparison);
        return new Decision(adopted ? Outcome.ADOPTED : Outcome.REJECTED, body, matter, quorum.seats(), inPerson, byProxy,
                votes, required, rule, comparison);
    }

    private static void requireMayDecide(Body body, Matter matter) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(matter, "matter");
        if (!matter.mayBeDecidedBy(body)) {
            throw new InvalidTallyException(body.chineseTitle() + "不得决定" + matter.chineseTitle() + "事项；只有"
                    + matter.decidingBodiesInWords().zh() + "可以决定。", "The " + body.title() + " may not decide "
                    + lowerFirst(matter.title()) + "; only " + matter.decidingBodiesInWords().en() + " may.");
        }
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    @Override
    public String toString() {
        return "Charter" + seats + ", " + comparison + ", proxies for " + proxiesAllowedFor;
    }
}
