package cn.chia.governance.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;

import cn.chia.governance.charter.Language;
import cn.chia.governance.process.CaseVariables;
import cn.chia.governance.process.Texts;
import cn.chia.governance.process.WaitingCase;

/**
 * A task's own variables about its due date: the date as its form shows it, in Chinese and in English (the form's
 * text "办理期限 Due" shows the reader's language), and, once the task is a day past it, the mark of the "overdue"
 * Tasklist filter with how late it is (a column of that filter).
 */
public class TaskDeadline extends CaseVariables {

    /** The due date in Chinese, 2026年5月1日. */
    public static final String DUE_DATE_ZH = "dueDateZh";
    /** The due date in English, 1 May 2026. */
    public static final String DUE_DATE_EN = "dueDateEn";
    /** On a task a day or more past its due date: true (the "overdue" filter lists these). */
    public static final String OVERDUE = "overdue";
    /** How late the task is, in both languages: 逾期 3 天 3 days late (a column of the "overdue" filter). */
    public static final String LATE_BY = "lateBy";

    TaskDeadline(VariableScope task) {
        super(task);
    }

    /** Shows the due date on the task's form. */
    void show(LocalDate dueDay) {
        setLocal(DUE_DATE_ZH, Texts.date(Language.ZH, dueDay));
        setLocal(DUE_DATE_EN, Texts.date(Language.EN, dueDay));
    }

    /** Marks the task overdue by that many days, for the "overdue" filter. */
    static void markLate(TaskService tasks, String taskId, long days) {
        tasks.setVariablesLocal(taskId, Map.of(OVERDUE, true, LATE_BY, lateBy(days)));
    }

    static String lateBy(long days) {
        return "逾期 " + days + " 天 " + days + (days == 1 ? " day late" : " days late");
    }

    /** The task's case: its number and title as the task shows them (either may be null). */
    static CaseOfTask caseOf(TaskService tasks, String taskId) {
        Map<String, Object> shown = tasks.getVariables(taskId, List.of(WaitingCase.CASE_NUMBER, WaitingCase.CASE_TITLE));
        return new CaseOfTask(text(shown.get(WaitingCase.CASE_NUMBER)), text(shown.get(WaitingCase.CASE_TITLE)));
    }

    record CaseOfTask(String number, String title) {
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
