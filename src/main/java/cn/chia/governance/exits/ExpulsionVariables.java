package cn.chia.governance.exits;

import cn.chia.governance.process.WaitingCase;

import cn.chia.governance.admission.AdmissionCase;

import java.util.List;

/** Names that the expulsion's forms, REST clients, delegates and tests share. */
public final class ExpulsionVariables {

    public static final String PROCESS_KEY = "member-expulsion";

    // the case (start form, REST start)
    public static final String MEMBERSHIP_NUMBER = AdmissionCase.MEMBERSHIP_NUMBER;
    public static final String GROUND = "ground";
    public static final String CRIMINAL_OFFENCE = "CRIMINAL_OFFENCE";
    public static final String SERIOUS_VIOLATION = "SERIOUS_VIOLATION";
    public static final List<String> GROUNDS = List.of(CRIMINAL_OFFENCE, SERIOUS_VIOLATION);
    public static final String FACTS = "facts";

    // set when the case is opened
    public static final String CASE_NUMBER = WaitingCase.CASE_NUMBER;

    // the member's answer
    public static final String MEMBER_ANSWER = "memberAnswer";

    private ExpulsionVariables() {
    }
}
