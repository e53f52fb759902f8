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
    /** The day the notice was received (optional: today); the member withdraws on it. */
    public static final String RECEIVED_ON = "receivedOn";
    /** The last day to return the card, set when the notice is received. */
    public static final String CARD_RETURN_DUE = "cardReturnDue";

    // set when the notice is received: what Tasklist shows, named as every case names them
    public static final String CASE_NUMBER = WaitingCase.CASE_NUMBER;
    public static final String CASE_TITLE = WaitingCase.CASE_TITLE;

    // the card's return
    public static final String CARD_RETURNED_ON = "cardReturnedOn";
    /** Ticked when the member declares the card lost (then no day of return). */
    public static final String CARD_LOST = "cardLost";

    /** The input parameter of a notifying service task: a {@link Notice}. */
    public static final String NOTICE = ExpulsionCase.NOTICE;

    /** What the member is told, by the service task that names it in its {@link #NOTICE} parameter. */
    public enum Notice {
        WITHDRAWAL_RECEIVED,
        /** Only cases opened before the member withdrew on receipt of the notice still send it. */
        WITHDRAWN,
        CARD_VOID
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

    /** The day the notice was received, as typed; today when none was. */
    public LocalDate receivedOn(LocalDate today) {
        return value(RECEIVED_ON) == null || text(RECEIVED_ON).isBlank() ? today
                : date(RECEIVED_ON, "the day the notice was received");
    }

    /**
     * Whether the member withdrew when the notice was received: every case opened since this rule (which stores the
     * day the card is due); a case opened before withdraws the member when the card comes back.
     */
    public boolean withdrewOnReceipt() {
        return value(CARD_RETURN_DUE) != null;
    }

    public LocalDate cardReturnDue() {
        return date(CARD_RETURN_DUE, "the last day to return the card");
    }

    /** The day the card came back; {@code null} when none was entered. */
    public LocalDate cardReturnedOn() {
        return value(CARD_RETURNED_ON) == null || text(CARD_RETURNED_ON).isBlank() ? null
                : date(CARD_RETURNED_ON, "the day the card was returned");
    }

    public boolean cardLost() {
        return ticked(CARD_LOST);
    }

    public Notice notice() {
        return Notice.valueOf(text(NOTICE));
    }

    /** The notice is received from the member, dated, numbered and titled with the member's name. */
    public void receive(String membershipNumber, LocalDate letterDate, LocalDate receivedOn, LocalDate cardReturnDue,
            String caseNumber, String memberName) {
        set(MEMBERSHIP_NUMBER, membershipNumber);
        set(LETTER_DATE, letterDate.toString());
        set(RECEIVED_ON, receivedOn.toString());
        set(CARD_RETURN_DUE, cardReturnDue.toString());
        set(CASE_NUMBER, caseNumber);
        set(CASE_TITLE, memberName);
    }

    /** The card's return as checked: the day it came back, or declared lost. */
    public void recordCardReturn(LocalDate returnedOn, boolean lost) {
        set(CARD_RETURNED_ON, returnedOn == null ? null : returnedOn.toString());
        set(CARD_LOST, lost);
    }

    /** The business keys of the member's open withdrawals. */
    static List<String> openCases(RuntimeService runtime, String membershipNumber) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .variableValueEquals(MEMBERSHIP_NUMBER, membershipNumber).list().stream()
                .map(ProcessInstance::getBusinessKey).toList();
    }
}
