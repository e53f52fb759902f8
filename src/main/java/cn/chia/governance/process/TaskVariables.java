package cn.chia.governance.process;

import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.chia.governance.charter.Body;

/**
 * A task's own variables, which any role that may read the task reads with it: the case's number and title (the
 * columns of the Tasklist filters), the case's history ({@link TaskSights}), and what a task that stands for a case
 * waiting for a decision carries ({@link DecisionAwaited}).
 */
public class TaskVariables extends CaseVariables {

    /** The task's own copy of the case's history, a read-only text for its form ("办理经过 History of the case"). */
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

    void showHistory(String history) {
        setLocal(CASE_HISTORY, history);
    }

    void standFor(String processInstanceId, String caseNumber, String caseTitle, Set<Body> bodies) {
        setLocal(WAITING_CASE, processInstanceId);
        setLocal(WaitingCase.CASE_NUMBER, caseNumber);
        setLocal(WaitingCase.CASE_TITLE, caseTitle);
        bodies.forEach(body -> setLocal(waitsFor(body), true));
    }
}
