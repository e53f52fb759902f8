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

    static List<TasklistFilter> all(GovernanceSettings properties) {
        List<TasklistFilter> filters = new ArrayList<>(List.of(
                new TasklistFilter("秘书处 — 全部待办案件 Secretariat — all open cases", "各程序的全部待办任务 Every open task of every procedure", -10,
                        List.of(Roles.SECRETARIAT), TasklistFilter::allTasks),
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
                    "选择本分支机构的申请 Applications that name this branch", -5, List.of(branch.groupId()),
                    tasks -> groupTasks(tasks, branch.groupId())));
        }
        List<String> everyone = new ArrayList<>(List.of(Roles.SECRETARIAT, Roles.LIAISON_DEPARTMENT, Roles.COUNCIL,
                Roles.STANDING_COUNCIL, Roles.ELECTORS));
        properties.branches().forEach(b -> everyone.add(b.groupId()));
        filters.add(new TasklistFilter("我的任务 My tasks", "分配给我的任务 Tasks assigned to me", 0, everyone, TasklistFilter::myTasks));
        return filters;
    }

    Map<String, Object> properties() {
        return Map.of("description", description, "priority", priority, "refresh", true,
                "variables", List.of(Map.of("name", "caseNumber", "label", "案件 Case"),
                        Map.of("name", "caseTitle", "label", "申请人或事由 Applicant or subject")));
    }

    private static TaskQuery allTasks(TaskService tasks) {
        return tasks.createTaskQuery().orderByTaskCreateTime().asc();
    }

    private static TaskQuery groupTasks(TaskService tasks, String groupId) {
        return tasks.createTaskQuery().taskCandidateGroup(groupId).includeAssignedTasks().orderByTaskCreateTime().asc();
    }

    private static TaskQuery myTasks(TaskService tasks) {
        return tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByTaskCreateTime().asc();
    }
}
