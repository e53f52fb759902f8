package cn.chia.governance.charter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A matter the Secretariat puts before the General Assembly ({@value #CLAUSE}: "(1) formulate and amend the Articles
 * of Association; (2) elect and remove directors of the Board of Directors and supervisors of the Board of
 * Supervisors; (3) review the work report and financial report of the Council; (4) deliberate the work report of the
 * Board of Supervisors; (5) formulate and revise the membership fee standard; (6) decide on termination; (7) decide
 * on other major issues"), as the Assembly is asked to decide it: the kind (one {@link Matter} the Assembly decides),
 * a title, the reference of the document it decides (文件编号), and what the kind needs: for a removal the roster
 * numbers of the directors and supervisors removed, for the fee standard the standard's text.
 * <p>
 * The election of directors and supervisors is no such matter: they are "elected by secret ballot by the General
 * Assembly" ({@value #ELECTION_CLAUSE}), which is the procedure {@code ballot} with the General Assembly electing.
 * {@link #problems()} names every input that keeps the matter from the Assembly, keyed by the field of the form,
 * in Chinese and English, each naming its clause.
 */
public record AssemblyMatterProposal(String kind, String title, String documentReference, String details,
        String feeStandard, String removedAsTyped, Map<Long, OnRoster> rosters) {

    public static final String CLAUSE = "Charter, functions of the General Assembly, items 1 to 7";
    public static final String ELECTION_CLAUSE = "Charter, the Council: directors are elected by secret ballot by the General Assembly";
    public static final String REMOVAL_CLAUSE = "Charter, functions of the General Assembly, item 2: remove directors and supervisors";
    public static final String FEE_CLAUSE = "Charter, functions of the General Assembly, item 5: the membership fee standard";
    /**
     * The law on social organisations: a change of the articles is reviewed by the business supervisor and approved by
     * the registration authority, and so is a termination before the organisation is deregistered.
     */
    public static final String FILING_CLAUSE = "Regulations on the Registration and Administration of Social Organizations:"
            + " amended articles and termination are reviewed by the business supervisor and approved by the registration authority";

    public static final int TITLE_LENGTH = 200;
    public static final int REFERENCE_LENGTH = 100;
    public static final int FEE_STANDARD_MIN = 10;
    /** The most persons one removal names. */
    public static final int MOST_REMOVED = 50;
    /** The longest list of roster numbers as typed. */
    public static final int REMOVED_LENGTH = 1000;

    /** A roster number as the register found it: on which roster, whose, and whether the person still serves. */
    public record OnRoster(RosterBody body, String name, boolean serving) {
    }

    /** What follows the Assembly's adoption of the matter. */
    public enum FollowUp {
        /** Filed with the authorities: the business supervisor's review, then the registration authority's approval. */
        AUTHORITIES,
        /** The removed persons leave their rosters. */
        ROSTERS,
        /** Recorded as adopted: the register keeps it. */
        RECORD
    }

    /** The matters the General Assembly decides, in the charter's order. */
    public static List<Matter> kinds() {
        return Arrays.stream(Matter.values()).filter(m -> m.mayBeDecidedBy(Body.GENERAL_ASSEMBLY)).toList();
    }

    /** The kind of that name, when it is a matter the General Assembly decides. */
    public static Optional<Matter> kind(String name) {
        return kinds().stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** What follows adoption ({@value #FILING_CLAUSE} for the Articles and termination). */
    public static FollowUp followUp(Matter matter) {
        return switch (matter) {
            case ARTICLES_AMENDMENT, TERMINATION -> FollowUp.AUTHORITIES;
            case REMOVAL_FROM_OFFICE -> FollowUp.ROSTERS;
            default -> FollowUp.RECORD;
        };
    }

    /** The rosters whose members the General Assembly elects, and so removes: the Council and the Board of Supervisors. */
    public static boolean removable(RosterBody body) {
        return body == RosterBody.COUNCIL || body == RosterBody.SUPERVISORS;
    }

    /** The roster numbers as typed (separated by commas, spaces or 、), in order, each once; what is no number is left out. */
    public static List<Long> rosterNumbers(String typed) {
        Set<Long> numbers = new LinkedHashSet<>();
        for (String token : tokens(typed)) {
            if (token.matches("[0-9]{1,18}")) {
                numbers.add(Long.parseLong(token));
            }
        }
        return new ArrayList<>(numbers);
    }

    /** Field to problem, in the order of the form; empty when the matter may go before the General Assembly. */
    public Map<String, Words> problems() {
        Map<String, Words> problems = new LinkedHashMap<>();
        Optional<Matter> matter = kind(kind);
        if (matter.isEmpty()) {
            Words kinds = Words.list(kinds().stream().map(Matter::named).toList());
            problems.put("matterKind", new Words("请选择会员代表大会的议题类别：" + kinds.zh() + "。选举理事、监事以无记名投票进行"
                    + "（选举流程 ballot，选举机构为会员代表大会 GENERAL_ASSEMBLY），不作为议题提出。",
                    "Choose a matter of the General Assembly: " + kinds.en() + ". Directors and supervisors are elected by"
                    + " secret ballot (procedure ballot, electingBody GENERAL_ASSEMBLY), not as a matter (" + ELECTION_CLAUSE
                    + ")."));
        }
        text(problems, "matterTitle", title, 2, TITLE_LENGTH, false, "议题名称", "the title");
        text(problems, "documentReference", documentReference, 1, REFERENCE_LENGTH, false, "文件编号",
                "the document's reference");
        if (details != null && !details.isBlank()) {
            text(problems, "details", details, 1, Text.LONGEST, true, "说明", "the details");
        }
        if (matter.filter(m -> m == Matter.FEE_STANDARD).isPresent()) {
            text(problems, "feeStandard", feeStandard, FEE_STANDARD_MIN, Text.LONGEST, true, "会费标准全文",
                    "the text of the membership fee standard (" + FEE_CLAUSE + ")");
        }
        if (matter.filter(m -> m == Matter.REMOVAL_FROM_OFFICE).isPresent()) {
            removalProblem().ifPresent(problem -> problems.put("removedRosterNumbers", problem));
        }
        return problems;
    }

    private Optional<Words> removalProblem() {
        if (removedAsTyped != null && removedAsTyped.length() > REMOVED_LENGTH) {
            return Optional.of(new Words("名册编号过长，至多 " + REMOVED_LENGTH + " 个字符。", "The roster numbers are longer than "
                    + REMOVED_LENGTH + " characters (" + REMOVAL_CLAUSE + ")."));
        }
        List<Words> wrong = new ArrayList<>();
        List<String> tokens = tokens(removedAsTyped);
        List<String> notNumbers = tokens.stream().filter(t -> !t.matches("[0-9]{1,18}")).toList();
        if (!notNumbers.isEmpty()) {
            wrong.add(new Words("不是名册编号：" + String.join("、", notNumbers), "not roster numbers: "
                    + String.join(", ", notNumbers)));
        }
        List<Long> numbers = rosterNumbers(removedAsTyped);
        if (numbers.isEmpty() && notNumbers.isEmpty()) {
            return Optional.of(new Words("请填写被罢免理事、监事的名册编号。",
                    "Enter the roster numbers of the directors and supervisors removed (" + REMOVAL_CLAUSE + ")."));
        }
        if (numbers.size() > MOST_REMOVED) {
            wrong.add(new Words("一次至多罢免 " + MOST_REMOVED + " 人", "at most " + MOST_REMOVED + " persons at once"));
        }
        Map<Long, OnRoster> found = rosters == null ? Map.of() : rosters;
        for (Long number : numbers) {
            OnRoster entry = found.get(number);
            if (entry == null) {
                wrong.add(new Words(number + "：名册中无此编号", number + ": no such roster number"));
            } else if (!removable(entry.body())) {
                wrong.add(new Words(number + "（" + entry.name() + "）：在" + entry.body().chineseTitle()
                        + "名册上，会员代表大会只罢免理事、监事", number + " (" + entry.name() + ") is on the "
                        + entry.body().title() + "'s roster; the General Assembly removes directors and supervisors only"));
            } else if (!entry.serving()) {
                wrong.add(new Words(number + "（" + entry.name() + "）：已不在任", number + " (" + entry.name()
                        + ") no longer serves"));
            }
        }
        return wrong.isEmpty() ? Optional.empty() : Optional.of(new Words("被罢免人员有误："
                + wrong.stream().map(Words::zh).collect(Collectors.joining("；")) + "。", "The persons removed are wrong ("
                + REMOVAL_CLAUSE + "): " + wrong.stream().map(Words::en).collect(Collectors.joining("; ")) + "."));
    }

    private static List<String> tokens(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.strip().split("[\\s,，、;；]+")).filter(t -> !t.isEmpty()).toList();
    }

    private static void text(Map<String, Words> problems, String key, String value, int min, int max, boolean lines,
            String chinese, String english) {
        if (value == null || value.isBlank() || value.strip().length() < min || value.length() > max) {
            problems.put(key, new Words("请填写" + chinese + "，" + min + " 至 " + max + " 个字符。",
                    "Enter " + english + " in " + min + " to " + max + " characters."));
        } else {
            Text.whatIsWrong(value, max, lines).ifPresent(wrong -> problems.put(key, new Words(chinese + wrong.zh(),
                    Character.toUpperCase(english.charAt(0)) + english.substring(1) + " " + wrong.en())));
        }
    }
}
