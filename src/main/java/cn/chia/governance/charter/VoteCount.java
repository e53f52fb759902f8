package cn.chia.governance.charter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everyone present is counted once in a tally: votes in favour + against + abstentions, plus those present who did not
 * vote (when the clerk records them), equal those present in person and by proxy. The rule serves the body's
 * resolution clause ({@code "<body>: resolutions"}, {@link Charter#resolutionRule}), whose majority is counted "of
 * those present": a tally that leaves some of them out, or counts some twice, is a mistyped figure, not a vote.
 *
 * @param votes      the votes recorded
 * @param didNotVote those present who did not vote, as the clerk recorded them; {@code null} when none were recorded
 */
public record VoteCount(Votes votes, Integer didNotVote) {

    /** The clause the rule serves. */
    public static String clause(Body body) {
        return body.title() + ": resolutions";
    }

    /** Those accounted for: the votes cast and those who did not vote. */
    public long accountedFor() {
        return (long) votes.cast() + (didNotVote == null ? 0 : Math.max(0, didNotVote));
    }

    /**
     * Why the tally cannot be taken for {@code inPerson} + {@code byProxy} present, every reason, in Chinese and
     * English; empty when it adds up.
     */
    public Optional<Words> doesNotAddUp(Body body, int inPerson, int byProxy) {
        List<String> chinese = new ArrayList<>();
        List<String> english = new ArrayList<>();
        if (didNotVote != null && didNotVote < 0) {
            chinese.add("未投票人数不能为负数：" + didNotVote + "。");
            english.add("Those who did not vote cannot be negative: " + didNotVote + ".");
        } else {
            long present = (long) inPerson + byProxy;
            long accounted = accountedFor();
            if (accounted != present) {
                String cast = "赞成 " + votes.inFavour() + " 票、反对 " + votes.against() + " 票、弃权 " + votes.abstentions()
                        + " 票";
                String castEn = votes.inFavour() + " in favour, " + votes.against() + " against, " + votes.abstentions()
                        + (votes.abstentions() == 1 ? " abstention" : " abstentions");
                String presentZh = "出席" + body.chineseMemberNoun() + " " + present + " 名（亲自出席 " + inPerson
                        + " 名，委托出席 " + byProxy + " 名）";
                String presentEn = body.members(present) + " present (" + inPerson + " in person, " + byProxy
                        + " by proxy)";
                if (didNotVote == null) {
                    chinese.add(cast + "，合计 " + votes.cast() + " 票，与" + presentZh + "不符"
                            + (accounted < present ? "，相差 " + (present - accounted) + " 名；如有出席者未投票，请在“未投票”栏登记人数。"
                                    : "，多出 " + (accounted - present) + " 票。"));
                    english.add(castEn + " make " + votes.cast() + ", not the " + presentEn
                            + (accounted < present ? ": " + (present - accounted) + " not accounted for; if some of those"
                                    + " present did not vote, record how many under \"did not vote\"."
                                    : ": " + (accounted - present) + " too many."));
                } else {
                    chinese.add(cast + "，加未投票 " + didNotVote + " 名，合计 " + accounted + " 名，与" + presentZh + "不符。");
                    english.add(castEn + ", and " + didNotVote + " who did not vote, make " + accounted + ", not the "
                            + presentEn + ".");
                }
            }
        }
        if (chinese.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Words(String.join("", chinese), String.join(" ", english) + " (" + clause(body) + ")"));
    }
}
