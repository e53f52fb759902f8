package cn.chia.governance.identity;

import java.util.Set;

import cn.chia.governance.config.GovernanceSettings;

/** The Camunda groups of the association: who works in Tasklist, who watches Cockpit. */
public final class Roles {

    public static final String SECRETARIAT = "secretariat";
    public static final String LIAISON_DEPARTMENT = "liaison-department";
    public static final String COUNCIL = "council";
    public static final String STANDING_COUNCIL = "standing-council";
    public static final String MANAGERS = "managers";
    /** People who vote in electronic ballots and do nothing else in Tasklist (e.g. the General Assembly's representatives). */
    public static final String ELECTORS = "electors";
    /** Camunda's own administrators group; Camunda grants it the Admin webapp. */
    public static final String ADMINISTRATORS = "camunda-admin";

    /** The groups whose people work in Tasklist, besides each branch's group; managers and the Secretariat watch Cockpit. */
    public static final Set<String> TASKLIST_GROUPS = Set.of(SECRETARIAT, LIAISON_DEPARTMENT,
            COUNCIL, STANDING_COUNCIL, ELECTORS);

    /** Who reads the member register, its export and the messages of a case (the application's API). */
    public static final Set<String> REGISTER_READERS = Set.of(SECRETARIAT, MANAGERS, ADMINISTRATORS);
    /** Who records for the Secretariat through the API: dues, participation, card secrets, answers of the authorities. */
    public static final Set<String> SECRETARIAT_CLERKS = Set.of(SECRETARIAT, ADMINISTRATORS);
    /** Who watches the association in Cockpit: its governance dashboard ({@code GET /api/dashboard}) and the cases. */
    public static final Set<String> DASHBOARD_READERS = Set.of(SECRETARIAT, MANAGERS, ADMINISTRATORS);
    /** Who reads the minutes of meetings, the General Assembly's term and the roster of directors. */
    public static final Set<String> RECORD_READERS = Set.of(SECRETARIAT, COUNCIL, MANAGERS, ADMINISTRATORS);

    /**
     * Who reads full identity document numbers and telephone numbers (the register's, a case's): the Secretariat; the
     * Liaison Department too, but only of a case whose review task it has open. Everyone else reads them masked.
     */
    public static final Set<String> FULL_NUMBER_READERS = Set.of(SECRETARIAT);
    /** Who reads a case's full numbers while its review task is before them (an administrator assigned to it does not). */
    public static final Set<String> CASE_REVIEWERS = Set.of(LIAISON_DEPARTMENT);
    /** Who reads the record of the reads of full numbers ({@code GET /api/personal-data-reads}). */
    public static final Set<String> PERSONAL_DATA_AUDITORS = Set.of(ADMINISTRATORS);

    private Roles() {
    }

    public static boolean isBranchGroup(String groupId) {
        return groupId != null && groupId.startsWith(GovernanceSettings.Branch.GROUP_PREFIX);
    }
}
