package cn.chia.governance.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import cn.chia.governance.charter.Words;
import cn.chia.governance.register.CaseNumbers;

/** What every procedure's start listener does with the case number (the business key of the instance). */
public final class NewCases {

    static final Words CASE_NUMBER_IS_ASSIGNED = new Words("案件编号由系统按顺序分配，请将业务键（business key）留空。",
            "The case number is assigned by the application, in sequence: leave the business key empty.");

    private NewCases() {
    }

    /**
     * Refuses a business key chosen by the caller (it would let anyone take or pre-empt another case's number,
     * or file a case under a number the register never gave), and gives the new case the next number of its kind.
     */
    public static void refuseChosenCaseNumber(DelegateExecution execution) {
        String chosen = execution.getProcessBusinessKey();
        if (chosen != null && !chosen.isBlank()) {
            throw new Refusal(CASE_NUMBER_IS_ASSIGNED);
        }
    }

    /** Gives the new case the next number of its kind as its business key; answers it. */
    public static String assignCaseNumber(DelegateExecution execution, CaseNumbers caseNumbers, CaseNumbers.Kind kind) {
        refuseChosenCaseNumber(execution);
        String caseNumber = caseNumbers.next(kind);
        execution.setProcessBusinessKey(caseNumber);
        return caseNumber;
    }
}
