package cn.chia.governance.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.chia.governance.charter.Body;

/**
 * A task's own variables, which any role that may read the task reads with it: the case's number and title (the
 * columns of the Tasklist filters), the case's history ({@link TaskSights}), and what a task that stands for a case
 * waiting for a decision carries ({@link DecisionAwaited}).
 */
public class TaskVariables extends CaseVariables {

    /**
     * The case's history, a line per step (when, what, who, what they entered), kept as the case moves; a read-only
     * text on the forms ("办理经过 History of the case").
     */
    public static final String CASE_HISTORY = "caseHistory";

    /** A waiting case's task: the case (process instance) it stands for. */
    public static final String WAITING_CASE = "waitingCase";

    public TaskVariables(VariableScope task) {
        super(task);
    }

    /** The task's own mark that its case waits for this body's decision (the Secretariat's filter per body). */
    public static String waitsFor(Body body) {
        return switch (body) {
            case COUNCIL -> "waitsForCouncil";
            case STANDING_COUNCIL -> "waitsForStandingCouncil";
            case GENERAL_ASSEMBLY -> "waitsForGeneralAssembly";
        };
    }

    /** Copies the case's number and title, as its case holds them, to the task itself. */
    void showCase() {
        for (String name : new String[] {WaitingCase.CASE_NUMBER, WaitingCase.CASE_TITLE}) {
            Object value = value(name);
            if (value != null) {
                setLocal(name, value);
            }
        }
    }

    /** The case's history so far; null before its first line. */
    String caseHistory() {
        return text(CASE_HISTORY);
    }

    /** Adds a line to the case's history (on a task's scope: the case's, not the task's own). */
    void record(String line) {
        String before = caseHistory();
        set(CASE_HISTORY, shortened(before == null || before.isBlank() ? line : before + "\n" + line));
    }

    /** A text variable holds at most 4000 characters: the first line stays, the oldest steps after it go. */
    static String shortened(String history) {
        if (history.length() <= LONGEST_HISTORY) {
            return history;
        }
        List<String> lines = new ArrayList<>(List.of(history.split("\n")));
        String first = lines.remove(0);
        if (!lines.isEmpty() && lines.get(0).equals(LEFT_OUT)) {
            lines.remove(0);
        }
        while (lines.size() > 1 && first.length() + LEFT_OUT.length() + String.join("\n", lines).length() + 2
                > LONGEST_HISTORY) {
            lines.remove(0);
        }
        String kept = first + "\n" + LEFT_OUT + "\n" + String.join("\n", lines);
        return kept.length() <= LONGEST_HISTORY ? kept : kept.substring(kept.length() - LONGEST_HISTORY);
    }

    static final int LONGEST_HISTORY = 3900;
    static final String LEFT_OUT = "……（较早的步骤从略 earlier steps left out）";

    /** A variable of the case, as held; null when absent. */
    Object read(String name) {
        return value(name);
    }

    void standFor(String processInstanceId, String caseNumber, String caseTitle, Set<Body> bodies) {
        setLocal(WAITING_CASE, processInstanceId);
        setLocal(WaitingCase.CASE_NUMBER, caseNumber);
        setLocal(WaitingCase.CASE_TITLE, caseTitle);
        bodies.forEach(body -> setLocal(waitsFor(body), true));
    }
}
