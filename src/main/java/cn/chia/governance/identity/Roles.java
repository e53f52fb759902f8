package cn.chia.governance.identity;

import java.util.Set;

/** The Camunda groups of the association: who works in Tasklist, who watches Cockpit. */
public final class Roles {

    public static final String SECRETARIAT = "secretariat";
    public static final String LIAISON_DEPARTMENT = "liaison-department";
    public static final String COUNCIL = "council";
    public static final String STANDING_COUNCIL = "standing-council";
    public static final String MANAGERS = "managers";
    /** Camunda's own administrators group; Camunda grants it the Admin webapp. */
    public static final String ADMINISTRATORS = "camunda-admin";

    /** The groups whose people work in Tasklist, besides each branch's group; managers watch Cockpit. */
    public static final Set<String> TASKLIST_GROUPS = Set.of(SECRETARIAT, LIAISON_DEPARTMENT,
            COUNCIL, STANDING_COUNCIL);

    private static final String BRANCH_PREFIX = "branch-";

    private Roles() {
    }

    public static String branchGroupId(String branchId) {
        return BRANCH_PREFIX + branchId;
    }

    public static boolean isBranchGroup(String groupId) {
        return groupId != null && groupId.startsWith(BRANCH_PREFIX);
    }
}
