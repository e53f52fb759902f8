package cn.chia.governance.exits;

import cn.chia.governance.process.WaitingCase;

import cn.chia.governance.admission.AdmissionCase;

/** Names that the withdrawal's forms, the withdrawal API, delegates and tests share. */
public final class WithdrawalVariables {

    public static final String PROCESS_KEY = "membership-withdrawal";
    public static final String SWEEP_PROCESS_KEY = "inactivity-sweep";

    // the written notice (start form, withdrawal API)
    public static final String MEMBERSHIP_NUMBER = AdmissionCase.MEMBERSHIP_NUMBER;
    public static final String LETTER_DATE = "letterDate";

    // set when the notice is received
    public static final String CASE_NUMBER = WaitingCase.CASE_NUMBER;

    // the card's return
    public static final String CARD_RETURNED_ON = "cardReturnedOn";

    private WithdrawalVariables() {
    }
}
