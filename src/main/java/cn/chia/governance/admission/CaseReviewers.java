package cn.chia.governance.admission;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import cn.chia.governance.admission.AdmissionCase.Step;

/**
 * Who reviews an application now: the assignee of its open review task, or, while nobody has claimed it, each of the
 * task's candidates (the Liaison Department). Asked in the caller's name, so that a task the caller may not see
 * counts for nothing.
 */
@Component
public class CaseReviewers {

    private final TaskService tasks;

    CaseReviewers(TaskService tasks) {
        this.tasks = tasks;
    }

    /** Whether {@code userId}, in {@code groups}, has the open review task of {@code caseNumber} before them. */
    public boolean reviews(String caseNumber, String userId, List<String> groups) {
        if (userId == null || caseNumber == null) {
            return false;
        }
        if (review(caseNumber).taskAssignee(userId).count() > 0) {
            return true;
        }
        return !groups.isEmpty() && review(caseNumber).taskUnassigned().taskCandidateGroupIn(groups).count() > 0;
    }

    private TaskQuery review(String caseNumber) {
        return tasks.createTaskQuery().processDefinitionKey(AdmissionCase.PROCESS_KEY)
                .processInstanceBusinessKey(caseNumber).taskDefinitionKey(Step.REVIEW_APPLICATION.id()).active();
    }
}
