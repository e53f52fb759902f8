package cn.chia.governance.ballot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.ElectedOffice;
import cn.chia.governance.charter.SecretBallot.Mode;
import cn.chia.governance.charter.SecretBallot.PaperTally;
import cn.chia.governance.charter.Words;
import cn.chia.governance.process.CaseVariables;
import cn.chia.governance.process.Refusal;

/**
 * An election by secret ballot (process {@code ballot}): what the Secretariat, or a calling process, asks (start
 * form open-ballot), the round in hand, the scrutineers' tally of a paper round, and the result. An elector's choices
 * are never a variable: {@link #CHOICES} names what a ballot task takes, and {@link SecretBallots} keeps it out of
 * the engine.
 */
public final class BallotCase extends CaseVariables {

    public static final String PROCESS_KEY = "ballot";

    // what is asked (start variables; a calling process passes them as "in" variables)
    public static final String ELECTING_BODY = "electingBody";
    public static final String OFFICE = "office";
    public static final String SEATS = "seats";
    public static final String CANDIDATES = "candidates";
    public static final String MODE = "mode";
    public static final String ELECTORS = "electors";
    /** The meeting of the electing body at which the election is held (MTG-…), optional. */
    public static final String MEETING_NUMBER = "meetingNumber";

    // what it answers ("out" variables)
    public static final String ELECTED = "elected";
    public static final String RESOLUTION_NUMBER = "resolutionNumber";

    // the case and the round in hand
    public static final String CASE_NUMBER = "caseNumber";
    public static final String CASE_TITLE = "caseTitle";
    public static final String ROUND = "round";
    public static final String ROUND_SEATS = "roundSeats";
    public static final String ROUND_CANDIDATES = "roundCandidates";
    /** The round's candidates as the ballot form's options. */
    public static final String CANDIDATE_OPTIONS = "candidateOptions";
    public static final String FURTHER_ROUND = "furtherRound";
    public static final String UNFILLED = "unfilledSeats";
    public static final String RESULT = "electionResult";
    public static final String RESULT_ZH = "electionResultZh";
    /** One elector of the round (the ballot tasks' element variable, their assignee). */
    public static final String ELECTOR = "elector";

    /** What an elector's ballot task takes; never stored. */
    public static final String CHOICES = "choices";

    // the scrutineers' tally of a paper round (form record-paper-tally)
    public static final String BALLOTS_ISSUED = "ballotsIssued";
    public static final String BALLOTS_CAST = "ballotsCast";
    public static final String VALID_BALLOTS = "validBallots";
    public static final String INVALID_BALLOTS = "invalidBallots";
    public static final String VOTES = "votes";

    /** The activity of an elector's ballot. */
    public static final String CAST_BALLOT = "UserTask_CastSecretBallot";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Words CANDIDATES_WORDS = new Words("候选人（" + CANDIDATES + "）", "The candidates (" + CANDIDATES + ")");

    private BallotCase(VariableScope scope) {
        super(scope);
    }

    public static BallotCase of(VariableScope scope) {
        return new BallotCase(scope);
    }

    Body electingBody() {
        return known(text(ELECTING_BODY), new Words("选举机构（" + ELECTING_BODY + "）", "The electing body (" + ELECTING_BODY
                + ")"), List.of(Body.GENERAL_ASSEMBLY, Body.COUNCIL), Body::named);
    }

    ElectedOffice office() {
        return known(text(OFFICE), new Words("职务（" + OFFICE + "）", "The office (" + OFFICE + ")"),
                List.of(ElectedOffice.values()), office -> new Words(office.chineseTitle() + "（" + office.name() + "）",
                        office.title() + " (" + office.name() + ")"));
    }

    Mode mode() {
        return known(text(MODE), new Words("投票方式（" + MODE + "）", "The voting (" + MODE + ")"), List.of(Mode.values()),
                Mode::named);
    }

    int seats() {
        return count(SEATS, "the seats to fill (seats)");
    }

    List<String> candidates() {
        return names(value(CANDIDATES), CANDIDATES_WORDS);
    }

    /** The meeting named, without surrounding spaces; null when none. */
    String meetingNumber() {
        String meeting = text(MEETING_NUMBER);
        return meeting == null || meeting.isBlank() ? null : meeting.strip();
    }

    List<String> electors() {
        return names(value(ELECTORS), new Words("选举人（" + ELECTORS + "）", "The electors (" + ELECTORS + ")"));
    }

    private static <E extends Enum<E>> E known(String value, Words what, List<E> allowed, Function<E, Words> named) {
        for (E option : allowed) {
            if (option.name().equals(value)) {
                return option;
            }
        }
        Words options = Words.list(allowed.stream().map(named).toList());
        throw new Refusal(what.zh() + "须为" + options.zh() + "之一，收到的是“" + value + "”。", what.en() + " must be one of "
                + options.en() + "; got '" + value + "'.");
    }

    /**
     * A list of names or user ids: a JSON list (a REST client, a calling process), a Java list, or text with one
     * per line (the start form). Empty lines are skipped, each name trimmed.
     */
    static List<String> names(Object value, Words what) {
        List<String> names = new ArrayList<>();
        if (value == null) {
            return names;
        }
        if (value instanceof Collection<?> collection) {
            for (Object item : collection) {
                if (!(item instanceof String name)) {
                    throw new Refusal(what.zh() + "须为名字的列表。", what.en() + " must be a list of texts.");
                }
                names.add(name.strip());
            }
            return names;
        }
        String text = value.toString().strip();
        if (text.startsWith("[")) {
            try {
                JsonNode list = JSON.readTree(text);
                for (JsonNode item : list) {
                    if (!item.isTextual()) {
                        throw new Refusal(what.zh() + "须为名字的列表。", what.en() + " must be a list of texts.");
                    }
                    names.add(item.asText().strip());
                }
                return names;
            } catch (JsonProcessingException unreadable) {
                throw new Refusal(what.zh() + "不是有效的 JSON 列表。", what.en() + " is not a JSON list.");
            }
        }
        text.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(names::add);
        return names;
    }

    /** The election asked, numbered: its first round among all the candidates for all the seats. */
    void open(String caseNumber, Body body, ElectedOffice office, int seats, List<String> candidates, Mode mode,
            List<String> electors) {
        set(CASE_NUMBER, caseNumber);
        set(CASE_TITLE, body.chineseTitle() + "选举" + office.chineseTitle() + " " + body.title() + " elects "
                + seats + " " + office.title() + (seats == 1 ? "" : "s"));
        set(ELECTING_BODY, body.name());
        set(OFFICE, office.name());
        set(SEATS, seats);
        set(MODE, mode.name());
        set(CANDIDATES, json(candidates));
        set(ELECTORS, json(electors));
        set(ELECTED, json(List.of()));
        set(RESULT, "");
        set(RESULT_ZH, "");
        startRound(1, seats, candidates);
    }

    /** A round among {@code candidates} for {@code seats}: the ballot form's options, the paper tally emptied. */
    void startRound(int round, int seats, List<String> candidates) {
        set(ROUND, round);
        set(ROUND_SEATS, seats);
        set(ROUND_CANDIDATES, json(candidates));
        List<Map<String, String>> options = candidates.stream()
                .map(candidate -> Map.of("label", candidate, "value", candidate)).toList();
        set(CANDIDATE_OPTIONS, json(options));
        set(VOTES, String.join("\n", candidates.stream().map(candidate -> candidate + ": ").toList()));
        for (String count : List.of(BALLOTS_ISSUED, BALLOTS_CAST, VALID_BALLOTS, INVALID_BALLOTS)) {
            set(count, null);
        }
        set(FURTHER_ROUND, false);
    }

    private static Object json(Object value) {
        return SpinValues.jsonValue(Spin.JSON(value)).create();
    }

    String caseNumber() {
        return text(CASE_NUMBER);
    }

    int round() {
        return count(ROUND, "the round");
    }

    int roundSeats() {
        return count(ROUND_SEATS, "the seats of the round");
    }

    List<String> roundCandidates() {
        return names(value(ROUND_CANDIDATES), CANDIDATES_WORDS);
    }

    List<String> elected() {
        return names(value(ELECTED), new Words("当选者（" + ELECTED + "）", "The elected (" + ELECTED + ")"));
    }

    /** The scrutineers' tally as typed; {@code votes} is a JSON object or one "name: votes" per line. */
    PaperTally paperTally() {
        return new PaperTally(count(BALLOTS_ISSUED, "the ballots issued (ballotsIssued)"),
                count(BALLOTS_CAST, "the ballots cast (ballotsCast)"),
                count(VALID_BALLOTS, "the valid ballots (validBallots)"),
                count(INVALID_BALLOTS, "the invalid ballots (invalidBallots)"), votes(value(VOTES)));
    }

    private static Map<String, Integer> votes(Object value) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        String text = value == null ? "" : value.toString().strip();
        Words refusal = new Words("得票数须为每行“姓名: 票数”或 JSON 对象。",
                "Enter the votes as one 'name: votes' per line, or a JSON object of names and numbers.");
        if (value instanceof Map<?, ?> map) {
            text = JSON.valueToTree(map).toString();
        }
        if (text.startsWith("{")) {
            try {
                JSON.readTree(text).fields().forEachRemaining(entry -> {
                    if (!entry.getValue().canConvertToInt()) {
                        throw new Refusal(refusal);
                    }
                    votes.put(entry.getKey().strip(), entry.getValue().asInt());
                });
                return votes;
            } catch (JsonProcessingException unreadable) {
                throw new Refusal(refusal);
            }
        }
        for (String line : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList()) {
            int colon = Math.max(Math.max(line.lastIndexOf(':'), line.lastIndexOf('：')), line.lastIndexOf('='));
            if (colon < 1) {
                throw new Refusal(refusal);
            }
            try {
                votes.put(line.substring(0, colon).strip(), Integer.parseInt(line.substring(colon + 1).strip()));
            } catch (NumberFormatException notANumber) {
                throw new Refusal(refusal);
            }
        }
        return votes;
    }

    /** One round counted: who it elected so far, and the further round if there is one. */
    void counted(List<String> electedSoFar, String resultEn, String resultZh, int unfilled) {
        set(ELECTED, json(electedSoFar));
        set(RESULT, resultEn);
        set(RESULT_ZH, resultZh);
        set(UNFILLED, unfilled);
        set(FURTHER_ROUND, false);
    }

    void furtherRound(int round, int seats, List<String> tied) {
        startRound(round, seats, tied);
        set(FURTHER_ROUND, true);
    }

    String result() {
        return text(RESULT);
    }

    String resultZh() {
        return text(RESULT_ZH);
    }

    int unfilled() {
        Object unfilled = value(UNFILLED);
        return unfilled == null ? 0 : ((Number) unfilled).intValue();
    }

    void decided(String resolutionNumber) {
        set(RESOLUTION_NUMBER, resolutionNumber);
    }

    /** The electors of an electronic ballot, one ballot task each. */
    List<String> electorsOfTheRound() {
        return electors();
    }

    /** What an elector sent with their ballot: the choices, as a list of names (an empty list is a blank ballot). */
    static List<String> choices(Map<String, Object> sent) {
        if (sent == null || !sent.containsKey(CHOICES)) {
            throw new Refusal("请提交选择（" + CHOICES + "）：候选人姓名的列表（空列表为空白票）。",
                    "Send " + CHOICES + ": a list of candidates' names (an empty list is a blank ballot).");
        }
        List<String> other = sent.keySet().stream().filter(name -> !CHOICES.equals(name)).toList();
        if (!other.isEmpty()) {
            throw new Refusal("选票只接受选择（" + CHOICES + "），请删除 " + String.join("、", other) + "。",
                    "A ballot takes only " + CHOICES + "; remove " + other + ".");
        }
        Object value = sent.get(CHOICES);
        if (value instanceof org.camunda.bpm.engine.variable.value.TypedValue typed) {
            value = typed.getValue();
        }
        if (value instanceof String text && !text.strip().startsWith("[") && !text.isBlank()) {
            throw new Refusal("选择（" + CHOICES + "）须为姓名的 JSON 列表。", CHOICES + " must be a JSON list of names.");
        }
        return names(value, new Words("选择（" + CHOICES + "）", "The choices (" + CHOICES + ")"));
    }
}
