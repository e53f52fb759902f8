package cn.chia.governance.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.meeting.Meetings;

/**
 * Every user task gets its Camunda due date (which Tasklist shows and sorts by) from governance.due-dates.*, counted
 * from the day it is created in Beijing, and its form shows it in both languages; a meeting's tasks before the meeting
 * are due on the meeting's date.
 */
@GovernanceTest
class TaskDueDatesIT {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    @Test
    void aBranchAndTheLiaisonDepartmentHaveFifteenDaysAndAnApplicantThirtyToAnswer() {
        LocalDate today = LocalDate.now(BEIJING);
        Task recommendation = firstTask(runtime.startProcessInstanceByKey("membership-admission",
                Applications.aPerson("赵敏").withBranch("branch-beijing").build()).getId());
        assertThat(recommendation.getTaskDefinitionKey()).isEqualTo("UserTask_RecommendCandidate");
        assertDue(recommendation, today.plusDays(15));

        Task review = firstTask(runtime.startProcessInstanceByKey("membership-admission",
                Applications.aPerson("钱伟").build()).getId());
        assertThat(review.getTaskDefinitionKey()).isEqualTo("UserTask_ReviewApplication");
        assertDue(review, today.plusDays(15));

        tasks.complete(review.getId(), Map.of("reviewDecision", "MORE_INFORMATION",
                "informationRequested", "专利清单 / list of patents"));
        Task information = firstTask(review.getProcessInstanceId());
        assertThat(information.getTaskDefinitionKey()).isEqualTo("UserTask_RecordInformation");
        assertDue(information, today.plusDays(30));
    }

    @Test
    void aMeetingsAgendaIsDueOnTheMeetingsDate() {
        LocalDate meetingDay = LocalDate.now(BEIJING).plusDays(20);
        Task agenda = firstTask(runtime.startProcessInstanceByKey("governance-meeting",
                Meetings.ofTheCouncil().on(meetingDay).inPerson().build()).getId());
        assertThat(agenda.getTaskDefinitionKey()).isEqualTo("UserTask_ConfirmAgenda");
        assertDue(agenda, meetingDay);
    }

    private Task firstTask(String instance) {
        return tasks.createTaskQuery().processInstanceId(instance).singleResult();
    }

    /** The task's due date falls on that day in Beijing, and its form shows the day in Chinese and in English. */
    private void assertDue(Task task, LocalDate day) {
        assertThat(task.getDueDate()).as("%s has a due date", task.getTaskDefinitionKey()).isNotNull();
        assertThat(task.getDueDate().toInstant().atZone(BEIJING).toLocalDate()).as(task.getTaskDefinitionKey()).isEqualTo(day);
        assertThat(tasks.getVariableLocal(task.getId(), TaskDeadline.DUE_DATE_ZH))
                .isEqualTo(day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日");
        assertThat(tasks.getVariableLocal(task.getId(), TaskDeadline.DUE_DATE_EN)).isEqualTo(day.getDayOfMonth() + " "
                + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getYear());
    }
}
