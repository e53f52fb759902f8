package cn.chia.governance.charter;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
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
        ADD, REPLACE, REMOVE;

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
    }

    /** Why a proposal of no known kind is refused, with nothing else. */
    public static final String UNKNOWN_KIND = "Choose the kind of adjustment, one of " + Arrays.toString(Kind.values()) + ".";

    public DirectorAdjustmentProposal {
        Objects.requireNonNull(kind, "kind");
        serving = List.copyOf(serving);
        namesakeOrganisations = List.copyOf(namesakeOrganisations);
    }

    /**
     * Field to problem, in the order of the form; empty when the proposal may go to the Standing Council.
     * {@code lengths} gives the lengths the form allows an input, as "2 to 100", for the words to the clerk.
     */
    public Map<String, String> problems(UnaryOperator<String> lengths) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (kind.endsAService()) {
            concerned(problems);
        }
        if (kind.bringsANewDirector()) {
            if (blank(newDirectorName)) {
                problems.put("newDirectorName", "Enter the new director's name in " + lengths.apply("newDirectorName")
                        + " characters.");
            }
            if (blank(newDirectorOrganisation)) {
                problems.put("newDirectorOrganisation", "Enter the new director's organisation in "
                        + lengths.apply("newDirectorOrganisation") + " characters.");
            }
            if (!blank(newDirectorName) && !blank(newDirectorOrganisation) && namesakeOrganisations.stream()
                    .anyMatch(organisation -> organisation.equalsIgnoreCase(newDirectorOrganisation))) {
                problems.put("newDirectorName", newDirectorName + " of " + newDirectorOrganisation
                        + " already serves on the Council.");
            }
        }
        if (blank(reason)) {
            problems.put("reason", "Give the reason for the adjustment.");
        }
        return problems;
    }

    /** The roster number of the director replaced or removed, when the proposal designates one beyond doubt. */
    public Optional<Long> concernedDirector() {
        return kind.endsAService() && serving.size() == 1 ? Optional.of(serving.get(0)) : Optional.empty();
    }

    private void concerned(Map<String, String> problems) {
        if (!blank(directorId)) {
            if (serving.isEmpty()) {
                problems.put("directorId", "No director with roster number " + directorId + " serves on the Council.");
            }
        } else if (blank(directorName)) {
            problems.put("directorId", "Enter the roster number or the name of the director concerned.");
        } else if (serving.isEmpty()) {
            problems.put("directorName", "No director named " + directorName + " serves on the Council.");
        } else if (serving.size() > 1) {
            problems.put("directorName", serving.size() + " directors named " + directorName + " serve (roster numbers "
                    + serving.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "); enter the roster number.");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
