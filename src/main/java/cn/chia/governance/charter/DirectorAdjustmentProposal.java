package cn.chia.governance.charter;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A proposal to adjust the directors in the middle of the term ({@value #CLAUSE}: "The adjustment of directors in
 * the middle of the session shall be nominated by the Standing Council and shall take effect only after being voted
 * by more than four fifths of the directors present at the meeting of the Council"), as the Standing Council is
 * asked to nominate it: a director is added, replaced or removed; the one replaced or removed serves on the Council
 * and is named beyond doubt; the one added does not serve yet; and the proposal says why.
 * <p>
 * What the roster holds is given: {@code serving}, the roster numbers of the serving directors that
 * {@code directorId} (a roster number, as typed) or else {@code directorName} designate; {@code namesakeOrganisations},
 * the organisations of the serving directors who bear the new director's name. {@link #problems} names every input
 * that keeps the proposal from the Standing Council, keyed by the field of the form.
 */
public record DirectorAdjustmentProposal(Kind kind, String directorId, String directorName, List<Long> serving,
        String newDirectorName, String newDirectorOrganisation, List<String> namesakeOrganisations, String reason) {

    public static final String CLAUSE = "Council: mid-term adjustment of directors";

    /** What the adjustment does to the Council. */
    public enum Kind {
        ADD("增补理事", "add a director"), REPLACE("更换理事", "replace a director"), REMOVE("免去理事", "remove a director");

        private final String chinese;
        private final String english;

        Kind(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        /** The kind of that name, if it is one. */
        public static Optional<Kind> of(String name) {
            return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
        }

        /** A replacement or removal ends the service of a director on the Council. */
        public boolean endsAService() {
            return this != ADD;
        }

        /** An addition or replacement brings a new director to the Council. */
        public boolean bringsANewDirector() {
            return this != REMOVE;
        }

        /** "增补理事（ADD）", "add a director (ADD)". */
        public Words named() {
            return new Words(chinese + "（" + name() + "）", english + " (" + name() + ")");
        }
    }

    /** Why a proposal of no known kind is refused, with nothing else. */
    public static final Words UNKNOWN_KIND = new Words("请选择调整方式：" + Words.list(Arrays.stream(Kind.values()).map(Kind::named)
            .toList()).zh() + "。", "Choose the kind of adjustment: " + Words.list(Arrays.stream(Kind.values()).map(Kind::named)
            .toList()).en() + ".");

    public DirectorAdjustmentProposal {
        Objects.requireNonNull(kind, "kind");
        serving = List.copyOf(serving);
        namesakeOrganisations = List.copyOf(namesakeOrganisations);
    }

    /**
     * Field to problem, in the order of the form; empty when the proposal may go to the Standing Council.
     * {@code lengths} gives the lengths the form allows an input, as "2 至 100" and "2 to 100", for the words to the clerk.
     */
    public Map<String, Words> problems(Function<String, Words> lengths) {
        Map<String, Words> problems = new LinkedHashMap<>();
        if (kind.endsAService()) {
            concerned(problems);
        }
        if (kind.bringsANewDirector()) {
            if (blank(newDirectorName)) {
                Words length = lengths.apply("newDirectorName");
                problems.put("newDirectorName", new Words("请填写新理事的姓名，" + length.zh() + " 个字符。",
                        "Enter the new director's name in " + length.en() + " characters."));
            }
            if (blank(newDirectorOrganisation)) {
                Words length = lengths.apply("newDirectorOrganisation");
                problems.put("newDirectorOrganisation", new Words("请填写新理事的工作单位，" + length.zh() + " 个字符。",
                        "Enter the new director's organisation in " + length.en() + " characters."));
            }
            if (!blank(newDirectorName) && !blank(newDirectorOrganisation) && namesakeOrganisations.stream()
                    .anyMatch(organisation -> organisation.equalsIgnoreCase(newDirectorOrganisation))) {
                problems.put("newDirectorName", new Words(newDirectorOrganisation + "的" + newDirectorName + "已是理事会的理事。",
                        newDirectorName + " of " + newDirectorOrganisation + " already serves on the Council."));
            }
        }
        if (blank(reason)) {
            problems.put("reason", new Words("请说明调整的理由。", "Give the reason for the adjustment."));
        }
        return problems;
    }

    /** The roster number of the director replaced or removed, when the proposal designates one beyond doubt. */
    public Optional<Long> concernedDirector() {
        return kind.endsAService() && serving.size() == 1 ? Optional.of(serving.get(0)) : Optional.empty();
    }

    private void concerned(Map<String, Words> problems) {
        if (!blank(directorId)) {
            if (serving.isEmpty()) {
                problems.put("directorId", new Words("理事会中没有名册编号为 " + directorId + " 的现任理事。",
                        "No director with roster number " + directorId + " serves on the Council."));
            }
        } else if (blank(directorName)) {
            problems.put("directorId", new Words("请填写所涉理事的名册编号或姓名。",
                    "Enter the roster number or the name of the director concerned."));
        } else if (serving.isEmpty()) {
            problems.put("directorName", new Words("理事会中没有名为 " + directorName + " 的现任理事。",
                    "No director named " + directorName + " serves on the Council."));
        } else if (serving.size() > 1) {
            String numbers = serving.stream().map(String::valueOf).collect(Collectors.joining(", "));
            problems.put("directorName", new Words("理事会现任理事中有 " + serving.size() + " 人名为 " + directorName + "（名册编号 "
                    + numbers + "），请填写名册编号。", serving.size() + " directors named " + directorName
                    + " serve (roster numbers " + numbers + "); enter the roster number."));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
