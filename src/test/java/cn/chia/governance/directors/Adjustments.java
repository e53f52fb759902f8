package cn.chia.governance.directors;

import static cn.chia.governance.directors.AdjustmentCase.ADJUSTMENT_KIND;
import static cn.chia.governance.directors.AdjustmentCase.DIRECTOR_ID;
import static cn.chia.governance.directors.AdjustmentCase.DIRECTOR_NAME;
import static cn.chia.governance.directors.AdjustmentCase.NEW_DIRECTOR_EXECUTIVE;
import static cn.chia.governance.directors.AdjustmentCase.NEW_DIRECTOR_FRONT_LINE;
import static cn.chia.governance.directors.AdjustmentCase.NEW_DIRECTOR_NAME;
import static cn.chia.governance.directors.AdjustmentCase.NEW_DIRECTOR_ORGANISATION;
import static cn.chia.governance.directors.AdjustmentCase.REASON;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables a proposal to adjust the directors starts with, as the Secretariat's start form sends them:
 * {@code Adjustments.anAddition().of("Wang Fang", "Tsinghua University").frontLine(true).because("...").build()},
 * {@code Adjustments.aRemoval().ofDirector(17L).because("...").build()}. Only what is said is sent.
 */
public final class Adjustments {

    private final Map<String, Object> variables = new LinkedHashMap<>();

    private Adjustments(String kind) {
        variables.put(ADJUSTMENT_KIND, kind);
    }

    public static Adjustments anAddition() {
        return new Adjustments("ADD");
    }

    public static Adjustments aReplacement() {
        return new Adjustments("REPLACE");
    }

    public static Adjustments aRemoval() {
        return new Adjustments("REMOVE");
    }

    /** A proposal of any kind, known or not. */
    public static Adjustments ofKind(String kind) {
        return new Adjustments(kind);
    }

    /** The new director of an addition or replacement. */
    public Adjustments of(String name, String organisation) {
        variables.put(NEW_DIRECTOR_NAME, name);
        variables.put(NEW_DIRECTOR_ORGANISATION, organisation);
        return this;
    }

    public Adjustments executive(boolean executive) {
        variables.put(NEW_DIRECTOR_EXECUTIVE, executive);
        return this;
    }

    public Adjustments frontLine(boolean frontLine) {
        variables.put(NEW_DIRECTOR_FRONT_LINE, frontLine);
        return this;
    }

    /** The director replaced or removed, by roster number ({@code null}: the field sent empty). */
    public Adjustments ofDirector(Long rosterNumber) {
        variables.put(DIRECTOR_ID, rosterNumber);
        return this;
    }

    /** The director replaced or removed, by name. */
    public Adjustments ofDirectorNamed(String name) {
        variables.put(DIRECTOR_NAME, name);
        return this;
    }

    public Adjustments because(String reason) {
        variables.put(REASON, reason);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(variables);
    }
}
