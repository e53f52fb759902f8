package cn.chia.governance.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

import cn.chia.governance.config.GovernanceSettings;

/**
 * A shared Tasklist filter: what a role sees first when it opens Tasklist, readable by that role only. Names read
 * Chinese first, then English, with the terms of the glossary (docs/glossary.md).
 */
record TasklistFilter(String name, String description, int priority, List<String> readers,
        Function<TaskService, TaskQuery> query) {

    /**
     * Names filters had before, by their present name: a start renames a filter found under its former name instead
     * of adding a second one. "all open cases" listed every open task, so no case waiting for a decision (which has no
     * task then): it showed 0 while cases waited for the Council.
     */
    static final Map<String, String> FORMER_NAMES = Map.of(
            "秘书处 — 全部待办任务 Secretariat — every open task", "秘书处 — 全部待办案件 Secretariat — all open cases");

    static List<TasklistFilter> all(GovernanceSettings properties) {
        List<TasklistFilter> filters = new ArrayList<>(List.of(
                new TasklistFilter("秘书处 — 全部待办任务 Secretariat — every open task",
                        "各程序的全部待办任务，含等待决定的案件 Every open task of every procedure, cases waiting for a decision included", -10,
                        List.of(Roles.SECRETARIAT), TasklistFilter::allTasks),
                waitingFor("理事会", "Council", "waitsForCouncil", -13),
                waitingFor("常务理事会", "Standing Council", "waitsForStandingCouncil", -12),
                waitingFor("会员代表大会", "General Assembly", "waitsForGeneralAssembly", -11),
                new TasklistFilter("秘书处 — 秘书处的任务 Secretariat — tasks of the Secretariat",
                        "待办的会议、报备和登记 Meetings, filings and records to keep", -9,
                        List.of(Roles.SECRETARIAT), tasks -> groupTasks(tasks, Roles.SECRETARIAT)),
                new TasklistFilter("联络部 — 待审核的申请 Liaison Department — applications to review",
                        "待审核的入会申请 Membership applications to review",
                        -8, List.of(Roles.LIAISON_DEPARTMENT), tasks -> groupTasks(tasks, Roles.LIAISON_DEPARTMENT)),
                new TasklistFilter("理事会 — 理事会审议事项 Council — matters for the Council",
                        "理事会理事的任务 Tasks of the Council's directors", -7,
                        List.of(Roles.COUNCIL), tasks -> groupTasks(tasks, Roles.COUNCIL)),
                new TasklistFilter("常务理事会 — 常务理事会审议事项 Standing Council — matters for the Standing Council",
                        "常务理事的任务 Tasks of the executive directors", -6,
                        List.of(Roles.STANDING_COUNCIL), tasks -> groupTasks(tasks, Roles.STANDING_COUNCIL))));
        for (GovernanceSettings.Branch branch : properties.branches()) {
            filters.add(new TasklistFilter(branch.name() + " — 待推荐的候选人 candidates to recommend",
                    "选择本分支机构的申请；已推荐的候选人及其进展见 /api/branches/mine/candidates "
                            + "Applications that name this branch; the candidates already recommended and where they "
                            + "stand: /api/branches/mine/candidates", -5, List.of(branch.groupId()),
                    tasks -> groupTasks(tasks, branch.groupId())));
        }
        List<String> everyone = new ArrayList<>(List.of(Roles.SECRETARIAT, Roles.LIAISON_DEPARTMENT, Roles.COUNCIL,
                Roles.STANDING_COUNCIL, Roles.ELECTORS));
        properties.branches().forEach(b -> everyone.add(b.groupId()));
        filters.add(new TasklistFilter("我的任务 My tasks", "分配给我的任务 Tasks assigned to me", 0, everyone, TasklistFilter::myTasks));
        filters.add(new TasklistFilter(OVERDUE,
                "已过办理期限一天以上的任务，期限最早的在前；“逾期”列为逾期天数，每日更新 Tasks a day or more past their due "
                        + "date, the earliest first; the column 'Late' says by how many days, updated daily",
                1, everyone, TasklistFilter::overdueTasks));
        return filters;
    }

    /** The filter of the tasks past their due date (deadlines.CheckTaskDeadlines marks them each day). */
    static final String OVERDUE = "逾期任务 Overdue tasks";

    Map<String, Object> properties() {
        List<Map<String, String>> columns = new ArrayList<>(List.of(Map.of("name", "caseNumber", "label", "案件 Case"),
                Map.of("name", "caseTitle", "label", "申请人或事由 Applicant or subject")));
        if (name.equals(OVERDUE)) {
            columns.add(Map.of("name", "lateBy", "label", "逾期 Late"));
        }
        return Map.of("description", description, "priority", priority, "refresh", true, "variables", columns);
    }

    /**
     * The cases waiting for the body's decision: each keeps, while it waits, a task of its own that the decision
     * completes, marked {@code mark} (process.DecisionAwaited, process.TaskVariables#waitsFor); the count beside the
     * filter's name is the number of cases.
     */
    private static TasklistFilter waitingFor(String chineseBody, String body, String mark, int priority) {
        return new TasklistFilter("秘书处 — 待" + chineseBody + "决定的案件 Secretariat — cases waiting for the "
                + body + "'s decision",
                "等待" + chineseBody + "在会议上作出决定的案件；决定记录后自动移出 Cases waiting for the "
                        + body + " to decide at a meeting; each leaves the list when its decision is recorded",
                priority, List.of(Roles.SECRETARIAT),
                tasks -> tasks.createTaskQuery().taskVariableValueEquals(mark, true)
                        .orderByTaskCreateTime().asc());
    }

    private static TaskQuery allTasks(TaskService tasks) {
        return tasks.createTaskQuery().orderByTaskCreateTime().asc();
    }

    private static TaskQuery groupTasks(TaskService tasks, String groupId) {
        return tasks.createTaskQuery().taskCandidateGroup(groupId).includeAssignedTasks().orderByTaskCreateTime().asc();
    }

    /** Tasks a day or more past their due date: each carries the mark {@code overdue} and how late it is, {@code lateBy}. */
    private static TaskQuery overdueTasks(TaskService tasks) {
        return tasks.createTaskQuery().taskVariableValueEquals("overdue", true).orderByDueDate().asc();
    }

    private static TaskQuery myTasks(TaskService tasks) {
        return tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByTaskCreateTime().asc();
    }
}
