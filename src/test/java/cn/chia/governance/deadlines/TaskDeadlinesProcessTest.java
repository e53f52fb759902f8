package cn.chia.governance.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.chia.governance.process.Members;
import cn.chia.governance.process.ProcessConfiguration;
import cn.chia.governance.process.ProcessTest;
import cn.chia.governance.process.WaitingCases;
import cn.chia.governance.register.Notifier;
import cn.chia.governance.register.Notifier.Notification;

/**
 * The daily check of the tasks' due dates, run on chosen days by moving the engine's clock, over tasks of its own
 * (stand-alone tasks with a due date, a candidate group and a case, as a procedure's tasks have them). Mail to the
 * candidates is TaskMailIT's: without a mail server, nothing is queued here.
 */
@ProcessTest
class TaskDeadlinesProcessTest {

    static final String SECRETARIAT = "secretariat@chia.example";
    static final String OVERDUE_FILTER = "逾期任务 Overdue tasks";

    @Autowired
    ProcessEngine engine;
    @Autowired
    Notifier notifier;
    @Autowired
    JdbcClient jdbc;

    TaskService tasks;

    @BeforeEach
    void cleanEngine() {
        init(engine);
        tasks = engine.getTaskService();
        new WaitingCases(engine).clearAll();
        tasks.createTaskQuery().list().stream().filter(task -> task.getProcessInstanceId() == null)
                .forEach(task -> tasks.deleteTask(task.getId(), true));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aTaskADayPastItsDueDateIsListedAsOverdueWithHowLateAndTheSecretariatIsToldOnce() {
        String caseNumber = "APP-2081-" + UUID.randomUUID().toString().substring(0, 6);
        Task task = aTask(caseNumber, "审核申请 Review the application", "liaison-department", LocalDate.of(2081, 3, 17));

        checkOn(LocalDate.of(2081, 3, 15));
        assertThat(notices(task, CheckTaskDeadlines.REMINDED)).as("reminded two days before").isOne();
        checkOn(LocalDate.of(2081, 3, 16));
        assertThat(notices(task, CheckTaskDeadlines.REMINDED)).as("reminded once").isOne();
        checkOn(LocalDate.of(2081, 3, 17));
        assertThat(notifier.of(caseNumber)).as("the due day itself is not late").isEmpty();
        assertThat(overdueList()).extracting(Task::getId).doesNotContain(task.getId());

        checkOn(LocalDate.of(2081, 3, 18));
        assertThat(tasks.getVariableLocal(task.getId(), TaskDeadline.LATE_BY)).isEqualTo("逾期 1 天 1 day late");
        assertThat(overdueList()).extracting(Task::getId).contains(task.getId());
        assertThat(notifier.of(caseNumber)).singleElement().satisfies(notice -> {
            assertThat(notice.recipient()).isEqualTo(SECRETARIAT);
            assertThat(notice.subject()).isEqualTo("任务逾期：审核申请（" + caseNumber + "），期限2081年3月17日 / Overdue: Review the application ("
                    + caseNumber + "), due 17 March 2081");
            assertThat(notice.body()).contains("案件 " + caseNumber + " 的任务“审核申请”办理期限为2081年3月17日，已逾期 1 天。可办理者：liaison-department。",
                    "The task \"Review the application\" of case " + caseNumber + " was due on 17 March 2081 and is 1 day(s) late.",
                    "/camunda/app/tasklist/default/#/?task=" + task.getId());
        });

        checkOn(LocalDate.of(2081, 3, 20));
        assertThat(tasks.getVariableLocal(task.getId(), TaskDeadline.LATE_BY)).as("updated each day")
                .isEqualTo("逾期 3 天 3 days late");
        assertThat(notifier.of(caseNumber)).extracting(Notification::subject).as("told once").hasSize(1);
    }

    @Test
    void theOverdueFilterShowsHowLateEachTaskIsEarliestDueFirst() {
        Task later = aTask("APP-2082-000002", "审核申请 Review the application", "liaison-department", LocalDate.of(2082, 5, 10));
        Task earlier = aTask("APP-2082-000001", "推荐候选人 Recommend the candidate", "branch-beijing", LocalDate.of(2082, 5, 1));
        Task notYet = aTask("APP-2082-000003", "审核申请 Review the application", "liaison-department", LocalDate.of(2082, 5, 30));

        checkOn(LocalDate.of(2082, 5, 12));

        assertThat(overdueList()).extracting(Task::getId).containsSubsequence(earlier.getId(), later.getId())
                .doesNotContain(notYet.getId());
        Filter filter = engine.getFilterService().createFilterQuery().filterName(OVERDUE_FILTER).singleResult();
        assertThat(filter.getProperties().get("variables").toString()).contains("lateBy", "逾期 Late");
        assertThat(tasks.getVariableLocal(earlier.getId(), TaskDeadline.LATE_BY)).isEqualTo("逾期 11 天 11 days late");
        assertThat(tasks.getVariableLocal(later.getId(), TaskDeadline.LATE_BY)).isEqualTo("逾期 2 天 2 days late");
        assertThat(tasks.getVariableLocal(notYet.getId(), TaskDeadline.OVERDUE)).isNull();
        assertThat(notifier.of("APP-2082-000003")).isEmpty();
    }

    /** A task as a procedure's: its case's number and title shown on it, a candidate group, a due date at noon in Beijing. */
    private Task aTask(String caseNumber, String name, String group, LocalDate due) {
        Task task = tasks.newTask();
        task.setName(name);
        task.setDueDate(Date.from(due.atTime(LocalTime.NOON).atZone(ProcessConfiguration.ASSOCIATION_ZONE).toInstant()));
        tasks.saveTask(task);
        tasks.addCandidateGroup(task.getId(), group);
        tasks.setVariableLocal(task.getId(), "caseNumber", caseNumber);
        tasks.setVariableLocal(task.getId(), "caseTitle", "张三 Zhang San");
        return task;
    }

    private List<Task> overdueList() {
        Filter filter = engine.getFilterService().createFilterQuery().filterName(OVERDUE_FILTER).singleResult();
        return engine.getFilterService().list(filter.getId());
    }

    private long notices(Task task, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM gov_task_deadline_notice WHERE task_id = ? AND kind = ?")
                .params(task.getId(), kind).query(Long.class).single();
    }

    private void checkOn(LocalDate day) {
        Members.today(day);
        Job check = engine.getManagementService().createJobQuery().processDefinitionKey("task-deadlines").timers()
                .singleResult();
        engine.getManagementService().executeJob(check.getId());
    }
}
