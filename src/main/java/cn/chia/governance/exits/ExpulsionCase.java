package cn.chia.governance.exits;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import cn.chia.governance.charter.ExpulsionCharge;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.process.WaitingCase;

/**
 * An expulsion case ({@value #PROCESS_KEY}): the only code that reads or writes its process variables. The
 * names are its constants, which the forms, REST clients and tests share; the case waits for the vote of the
 * Council or the Standing Council as a {@link WaitingCase}.
 */
public final class ExpulsionCase extends WaitingCase {

    public static final String PROCESS_KEY = "member-expulsion";

    // the case (start form, REST start)
    /** The member's number; every case about a member names it so, which is how an expulsion finds the member's other cases. */
    public static final String MEMBERSHIP_NUMBER = "membershipNumber";
    public static final String GROUND = "ground";
    public static final String FACTS = "facts";

    // the member's answer
    public static final String MEMBER_ANSWER = "memberAnswer";

    /** The input parameter of a notifying service task: a {@link Notice}. */
    public static final String NOTICE = "notice";

    /** The activities of the BPMN where the case waits before the vote. */
    enum Step {
        RECORD_MEMBER_ANSWER("UserTask_RecordMemberAnswer"), DECISION_TAKEN("Event_DecisionTaken");

        final String id;

        Step(String id) {
            this.id = id;
        }
    }

    /** What the member is told, by the service task that names it in its {@link #NOTICE} parameter. */
    public enum Notice {
        EXPULSION_OPENED, EXPELLED, EXPULSION_REJECTED
    }

    private ExpulsionCase(VariableScope scope) {
        super(scope);
    }

    public static ExpulsionCase of(VariableScope scope) {
        return new ExpulsionCase(scope);
    }

    /** The number as submitted, {@code null} when absent. */
    public String membershipNumber() {
        return text(MEMBERSHIP_NUMBER);
    }

    /** The ground and the facts as submitted, for the charter to check. */
    public ExpulsionCharge charge() {
        return new ExpulsionCharge(text(GROUND), text(FACTS));
    }

    public String ground() {
        return text(GROUND);
    }

    public String facts() {
        return text(FACTS);
    }

    /** The answer as recorded, {@code null} when absent. */
    public String memberAnswer() {
        return text(MEMBER_ANSWER);
    }

    public Notice notice() {
        return Notice.valueOf(text(NOTICE));
    }

    /** The case is opened against the member, numbered, and waits for the vote on the expulsion. */
    public void open(String membershipNumber, String caseNumber, String memberName) {
        set(MEMBERSHIP_NUMBER, membershipNumber);
        awaitDecision(caseNumber, Matter.EXPULSION, memberName);
    }

    /** The business keys of the member's open expulsion cases. */
    static List<String> openCases(RuntimeService runtime, String membershipNumber) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .variableValueEquals(MEMBERSHIP_NUMBER, membershipNumber).list().stream()
                .map(ProcessInstance::getBusinessKey).toList();
    }

    /** The business keys of the member's expulsion cases that still wait for the member's answer or for the vote. */
    static List<String> waitingForVote(RuntimeService runtime, String membershipNumber) {
        return waiting(runtime, membershipNumber).stream().map(ProcessInstance::getBusinessKey).toList();
    }

    /**
     * Closes the member's expulsion cases that still wait for the member's answer or for the vote, with the reason
     * (kept as the instance's delete reason in the history); the listener that checks a delivered decision is not
     * run, as no decision is delivered.
     */
    static void closeWaiting(RuntimeService runtime, String membershipNumber, String reason) {
        waiting(runtime, membershipNumber).forEach(instance -> runtime.deleteProcessInstance(instance.getId(), reason, true));
    }

    private static List<ProcessInstance> waiting(RuntimeService runtime, String membershipNumber) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .variableValueEquals(MEMBERSHIP_NUMBER, membershipNumber)
                .activityIdIn(Step.RECORD_MEMBER_ANSWER.id, Step.DECISION_TAKEN.id).list();
    }

    /** The ids of every open case about the member, of any procedure, but {@code exceptInstanceId}. */
    static List<String> everyOtherCaseOf(RuntimeService runtime, String membershipNumber, String exceptInstanceId) {
        return runtime.createProcessInstanceQuery().variableValueEquals(MEMBERSHIP_NUMBER, membershipNumber).list()
                .stream().map(ProcessInstance::getId).filter(id -> !id.equals(exceptInstanceId)).toList();
    }
}
