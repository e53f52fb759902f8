package cn.chia.governance.directors;

/** Names that the director adjustment's form, REST clients, delegates and tests share. */
public final class AdjustmentVariables {

    public static final String PROCESS_KEY = "director-adjustment";

    // the proposal (start form, REST start)
    public static final String ADJUSTMENT_KIND = "adjustmentKind";
    public static final String ADD = "ADD";
    public static final String REPLACE = "REPLACE";
    public static final String REMOVE = "REMOVE";
    /** The director concerned by a replacement or removal: roster id, or else the name. */
    public static final String DIRECTOR_ID = "directorId";
    public static final String DIRECTOR_NAME = "directorName";
    public static final String NEW_DIRECTOR_NAME = "newDirectorName";
    public static final String NEW_DIRECTOR_ORGANISATION = "newDirectorOrganisation";
    public static final String NEW_DIRECTOR_EXECUTIVE = "newDirectorExecutive";
    public static final String NEW_DIRECTOR_FRONT_LINE = "newDirectorFrontLine";
    public static final String REASON = "reason";

    // set on the way
    public static final String CASE_NUMBER = "caseNumber";
    public static final String NOMINATION_RESOLUTION = "nominationResolution";
    public static final String NEW_DIRECTOR_ID = "newDirectorId";
    /** The composition rules of the charter the roster breaks after the adjustment; empty when it keeps them all. */
    public static final String COMPOSITION_WARNINGS = "compositionWarnings";

    private AdjustmentVariables() {
    }
}
