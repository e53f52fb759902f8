package cn.chia.governance.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/** A shared Tasklist filter: what a role sees first when it opens Tasklist, readable by that role only. */
record TasklistFilter(String name, String description, int priority, List<String> readers,
        Function<TaskService, TaskQuery> query) {

    static List<TasklistFilter> all(GovernanceProperties properties) {
        List<TasklistFilter> filters = new ArrayList<>(List.of(
                new TasklistFilter("Secretariat — all open cases", "Every open task of every procedure", -10,
                        List.of(Roles.SECRETARIAT), TasklistFilter::allTasks),
                new TasklistFilter("Secretariat — tasks of the Secretariat", "Meetings, filings and records to keep", -9,
                        List.of(Roles.SECRETARIAT), tasks -> groupTasks(tasks, Roles.SECRETARIAT)),
                new TasklistFilter("Liaison Department — applications to review", "Membership applications to review",
                        -8, List.of(Roles.LIAISON_DEPARTMENT), tasks -> groupTasks(tasks, Roles.LIAISON_DEPARTMENT)),
                new TasklistFilter("Council — matters for the Council", "Tasks of the Council's directors", -7,
                        List.of(Roles.COUNCIL), tasks -> groupTasks(tasks, Roles.COUNCIL)),
                new TasklistFilter("Standing Council — matters for the Standing Council",
                        "Tasks of the executive directors", -6,
                        List.of(Roles.STANDING_COUNCIL), tasks -> groupTasks(tasks, Roles.STANDING_COUNCIL))));
        for (GovernanceProperties.Branch branch : properties.branches()) {
            filters.add(new TasklistFilter(branch.name() + " — candidates to recommend",
                    "Applications that name this branch", -5, List.of(branch.groupId()),
                    tasks -> groupTasks(tasks, branch.groupId())));
        }
        List<String> everyone = new ArrayList<>(List.of(Roles.SECRETARIAT, Roles.LIAISON_DEPARTMENT, Roles.COUNCIL,
                Roles.STANDING_COUNCIL));
        properties.branches().forEach(b -> everyone.add(b.groupId()));
        filters.add(new TasklistFilter("My tasks", "Tasks assigned to me", 0, everyone, TasklistFilter::myTasks));
        return filters;
    }

    Map<String, Object> properties() {
        return Map.of("description", description, "priority", priority, "refresh", true,
                "variables", List.of(Map.of("name", "caseNumber", "label", "Case"),
                        Map.of("name", "caseTitle", "label", "Applicant or subject")));
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
