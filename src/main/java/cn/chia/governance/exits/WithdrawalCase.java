package cn.chia.governance.exits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import cn.chia.governance.process.CaseVariables;
import cn.chia.governance.process.WaitingCase;

/**
 * A voluntary withdrawal ({@value #PROCESS_KEY}): the only code that reads or writes its process variables.
 * The names are its constants, which the forms, the withdrawal API and tests share.
 */
public final class WithdrawalCase extends CaseVariables {

    public static final String PROCESS_KEY = "membership-withdrawal";

    // the written notice (start form, withdrawal API)
    /** The same name as in an expulsion, which closes the member's other cases by it. */
    public static final String MEMBERSHIP_NUMBER = ExpulsionCase.MEMBERSHIP_NUMBER;
    public static final String LETTER_DATE = "letterDate";

    // set when the notice is received: what Tasklist shows, named as every case names them
    public static final String CASE_NUMBER = WaitingCase.CASE_NUMBER;
    public static final String CASE_TITLE = WaitingCase.CASE_TITLE;

    // the card's return
    public static final String CARD_RETURNED_ON = "cardReturnedOn";

    /** The input parameter of a notifying service task: a {@link Notice}. */
    public static final String NOTICE = ExpulsionCase.NOTICE;

    /** What the member is told, by the service task that names it in its {@link #NOTICE} parameter. */
    public enum Notice {
        WITHDRAWAL_RECEIVED, WITHDRAWN
    }

    private WithdrawalCase(VariableScope scope) {
        super(scope);
    }

    public static WithdrawalCase of(VariableScope scope) {
        return new WithdrawalCase(scope);
    }

    /** The variables a withdrawal starts with: the member's written notice. */
    public static Map<String, Object> notice(String membershipNumber, LocalDate letterDate) {
        return Map.of(MEMBERSHIP_NUMBER, membershipNumber, LETTER_DATE, letterDate.toString());
    }

    /** The number as submitted, {@code null} when absent. */
    public String membershipNumber() {
        return text(MEMBERSHIP_NUMBER);
    }

    /** The date of the letter, as typed or as stored when the notice was received. */
    public LocalDate letterDate() {
        return date(LETTER_DATE, "the date of the letter");
    }

    public LocalDate cardReturnedOn() {
        return date(CARD_RETURNED_ON, "the day the card was returned");
    }

    public Notice notice() {
        return Notice.valueOf(text(NOTICE));
    }

    /** The notice is received from the member, dated, numbered and titled with the member's name. */
    public void receive(String membershipNumber, LocalDate letterDate, String caseNumber, String memberName) {
        set(MEMBERSHIP_NUMBER, membershipNumber);
        set(LETTER_DATE, letterDate.toString());
        set(CASE_NUMBER, caseNumber);
        set(CASE_TITLE, memberName);
    }

    public void recordCardReturnedOn(LocalDate returnedOn) {
        set(CARD_RETURNED_ON, returnedOn.toString());
    }

    /** The business keys of the member's open withdrawals. */
    static List<String> openCases(RuntimeService runtime, String membershipNumber) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .variableValueEquals(MEMBERSHIP_NUMBER, membershipNumber).list().stream()
                .map(ProcessInstance::getBusinessKey).toList();
    }
}
