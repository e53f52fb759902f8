package cn.chia.governance.charter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An election by secret ballot: what it may ask, what a ballot and a paper tally must be, and who is elected. Every
 * refusal is in Chinese and English.
 */
public final class SecretBallot {

    /** The longest name of a candidate. */
    public static final int LONGEST_NAME = 100;

    /** How the ballots are cast. */
    public enum Mode {
        PAPER("纸质投票", "paper ballot"), ELECTRONIC("电子投票", "electronic ballot");

        private final String chinese;
        private final String english;

        Mode(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        /** "纸质投票（PAPER）", "paper ballot (PAPER)". */
        public Words named() {
            return new Words(chinese + "（" + name() + "）", english + " (" + name() + ")");
        }
    }

    private SecretBallot() {
    }

    /**
     * What is wrong with an election as asked: the body elects to the office, at least one seat and no more seats
     * than candidates (an election may have as many candidates as seats: the charter asks for no more), each
     * candidate once, and for an electronic ballot each elector once.
     */
    public static List<Words> problems(Body body, ElectedOffice office, int seats, List<String> candidates, Mode mode,
            List<String> electors) {
        List<Words> problems = new ArrayList<>();
        if (office.electedBy() != body) {
            problems.add(new Words("选举" + office.chineseTitle() + "的是" + office.electedBy().chineseTitle() + "，不是"
                    + body.chineseTitle() + "。", "The " + office.title() + "s are elected by the "
                    + office.electedBy().title() + ", not the " + body.title() + " (" + office.clause() + ")."));
        }
        if (candidates.isEmpty()) {
            problems.add(new Words("请至少提名一名候选人。", "Name at least one candidate."));
        }
        if (seats < 1) {
            problems.add(new Words("应选名额至少为 1，收到的是 " + seats + "。", "At least one seat must be filled; got " + seats + "."));
        } else if (seats > candidates.size() && !candidates.isEmpty()) {
            problems.add(new Words("应选名额（" + seats + "）多于候选人人数（" + candidates.size() + "）。", "More seats (" + seats
                    + ") than candidates (" + candidates.size() + ")."));
        }
        if (office.single() && seats > 1) {
            problems.add(new Words(office.chineseTitle() + "只设一名，收到的是 " + seats + " 个名额。", "There is one "
                    + office.title() + "; got " + seats + " seats."));
        }
        for (String candidate : candidates) {
            nameProblem(candidate).ifPresent(problems::add);
        }
        duplicates(candidates).forEach(name -> problems.add(new Words("候选人 " + name + " 重复列出。", "Candidate " + name
                + " is listed twice.")));
        if (mode == Mode.ELECTRONIC) {
            if (electors.isEmpty()) {
                problems.add(new Words("电子投票须列出选举人。", "An electronic ballot needs its list of electors."));
            }
            duplicates(electors).forEach(id -> problems.add(new Words("选举人 " + id + " 重复列出。", "Elector " + id
                    + " is listed twice.")));
        } else if (!electors.isEmpty()) {
            problems.add(new Words("纸质投票不列选举人：由监票人登记票数。",
                    "A paper ballot takes no list of electors: the scrutineers record the counts."));
        }
        return problems;
    }

    private static Optional<Words> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(new Words("候选人姓名不能为空。", "A candidate's name may not be empty."));
        }
        return Text.whatIsWrong(name, LONGEST_NAME, false)
                .map(wrong -> new Words("候选人姓名" + wrong.zh(), "A candidate's name " + wrong.en()));
    }

    private static List<String> duplicates(List<String> values) {
        Set<String> seen = new HashSet<>();
        return values.stream().filter(value -> !seen.add(value)).distinct().toList();
    }

    /**
     * What is wrong with one elector's ballot: only candidates of this round, each once, at most as many as there are
     * seats. Fewer is allowed (the elector abstains on the rest); none at all is a blank ballot, valid, counted in the
     * valid ballots. The refusal never repeats the names chosen.
     */
    public static List<Words> ballotProblems(List<String> choices, List<String> candidates, int seats) {
        List<Words> problems = new ArrayList<>();
        if (choices.size() > seats) {
            problems.add(new Words("最多可选 " + seats + " 名候选人，您选了 " + choices.size() + " 名。", "Choose at most " + seats
                    + " candidates; you chose " + choices.size() + "."));
        }
        if (!duplicates(choices).isEmpty()) {
            problems.add(new Words("同一候选人只能选一次。", "Choose a candidate at most once."));
        }
        long strangers = choices.stream().filter(choice -> !candidates.contains(choice)).count();
        if (strangers > 0) {
            problems.add(new Words("有 " + strangers + " 项选择不是本轮的候选人。", strangers
                    + " of your choices are not candidates of this round."));
        }
        return problems;
    }

    /** What the scrutineers of a paper ballot record. */
    public record PaperTally(int ballotsIssued, int ballotsCast, int validBallots, int invalidBallots,
            Map<String, Integer> votes) {

        /** What does not add up: the tally is refused, and the scrutineers count again. */
        public List<Words> problems(List<String> candidates, int seats) {
            List<Words> problems = new ArrayList<>();
            if (ballotsIssued < 0 || ballotsCast < 0 || validBallots < 0 || invalidBallots < 0) {
                problems.add(new Words("票数不能为负。", "No count may be negative."));
                return problems;
            }
            if (ballotsCast > ballotsIssued) {
                problems.add(new Words("收回的选票（" + ballotsCast + "）多于发出的选票（" + ballotsIssued + "）。",
                        "More ballots cast (" + ballotsCast + ") than issued (" + ballotsIssued + ")."));
            }
            if (validBallots + invalidBallots != ballotsCast) {
                problems.add(new Words("有效票（" + validBallots + "）加无效票（" + invalidBallots + "）不等于收回的选票（"
                        + ballotsCast + "）。", "Valid (" + validBallots + ") and invalid (" + invalidBallots
                        + ") ballots do not add up to the ballots cast (" + ballotsCast + ")."));
            }
            for (String candidate : candidates) {
                if (!votes.containsKey(candidate)) {
                    problems.add(new Words("缺少候选人 " + candidate + " 的得票数。", "Enter the votes of candidate "
                            + candidate + "."));
                }
            }
            votes.forEach((candidate, count) -> {
                if (!candidates.contains(candidate)) {
                    problems.add(new Words(candidate + " 不是本轮的候选人。", candidate + " is not a candidate of this round."));
                } else if (count == null || count < 0) {
                    problems.add(new Words(candidate + " 的得票数不能为负。", "The votes of " + candidate
                            + " may not be negative."));
                } else if (count > validBallots) {
                    problems.add(new Words(candidate + " 的得票（" + count + "）多于有效票（" + validBallots + "）。", candidate
                            + " has more votes (" + count + ") than there are valid ballots (" + validBallots + ")."));
                }
            });
            long total = votes.values().stream().filter(count -> count != null && count > 0).mapToLong(Integer::longValue).sum();
            if (total > (long) seats * validBallots) {
                problems.add(new Words("得票总数（" + total + "）多于应选名额乘以有效票数（" + seats + " × " + validBallots + "）。",
                        "More votes in all (" + total + ") than seats times valid ballots (" + seats + " × "
                        + validBallots + ")."));
            }
            return problems;
        }
    }

    /**
     * Who one round elects: the candidates with the most votes, in order, each with the majority; a tie for the last
     * seat among candidates with the majority leaves those seats to a further round among the tied candidates; seats
     * for which nobody has the majority stay unfilled (a by-election is a new ballot).
     *
     * @param elected in order of votes (the candidates' order among equals)
     * @param tied the candidates of the further round, empty when there is none
     * @param furtherRoundSeats the seats of the further round
     * @param unfilled the seats nobody won with the majority
     */
    public record Count(List<String> elected, List<String> tied, int furtherRoundSeats, int unfilled, int needed,
            String reasonZh, String reasonEn) {

        public boolean furtherRound() {
            return !tied.isEmpty();
        }
    }

    /** Counts one round of {@code seats} among {@code candidates} (in the order they were listed). */
    public static Count count(int seats, List<String> candidates, Map<String, Integer> votes, int validBallots,
            int ballotsCast, ElectionMajority majority) {
        Map<String, Integer> tally = new LinkedHashMap<>();
        candidates.forEach(candidate -> tally.put(candidate, votes.getOrDefault(candidate, 0)));
        List<String> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt((String candidate) -> tally.get(candidate)).reversed());
        List<String> qualified = ordered.stream()
                .filter(candidate -> majority.reached(tally.get(candidate), validBallots, ballotsCast)).toList();
        int needed = majority.least(validBallots, ballotsCast);
        List<String> elected;
        List<String> tied = List.of();
        int furtherSeats = 0;
        if (qualified.size() <= seats || tally.get(qualified.get(seats)) < tally.get(qualified.get(seats - 1))) {
            elected = qualified.subList(0, Math.min(seats, qualified.size()));
        } else {
            int last = tally.get(qualified.get(seats - 1));
            elected = qualified.stream().filter(candidate -> tally.get(candidate) > last).toList();
            tied = qualified.stream().filter(candidate -> tally.get(candidate) == last).toList();
            furtherSeats = seats - elected.size();
        }
        int unfilled = seats - elected.size() - furtherSeats;
        String counts = String.join(", ", ordered.stream().map(candidate -> candidate + " " + tally.get(candidate)).toList());
        String zh = "得票：" + counts + "；当选须" + majority.chinese() + "，即至少 " + needed + " 票。当选："
                + (elected.isEmpty() ? "无" : String.join("、", elected)) + "。"
                + (tied.isEmpty() ? "" : String.join("、", tied) + " 得票相同，就 " + furtherSeats + " 个名额再次投票。")
                + (unfilled == 0 ? "" : unfilled + " 个名额无人获得过半数，空缺。");
        String en = "Votes: " + counts + "; election takes " + majority.english() + ", at least " + needed
                + ". Elected: " + (elected.isEmpty() ? "nobody" : String.join(", ", elected)) + "."
                + (tied.isEmpty() ? "" : " " + String.join(", ", tied) + " tie: a further round for " + furtherSeats
                        + (furtherSeats == 1 ? " seat." : " seats."))
                + (unfilled == 0 ? "" : " " + unfilled + (unfilled == 1 ? " seat stays" : " seats stay")
                        + " unfilled: nobody else has the majority.");
        return new Count(List.copyOf(elected), List.copyOf(tied), furtherSeats, unfilled, needed, zh, en);
    }
}
