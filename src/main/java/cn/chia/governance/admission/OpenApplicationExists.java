package cn.chia.governance.admission;

import cn.chia.governance.process.Refusal;

/** A second application of a person or unit while the first is open; names the open case. */
public class OpenApplicationExists extends Refusal {

    private static final long serialVersionUID = 1L;

    private final String openCase;

    OpenApplicationExists(String applicantName, String openCase) {
        super(applicantName + " 的申请 " + openCase + " 正在办理中，请继续办理该案件。",
                "An application of " + applicantName + " is already open: " + openCase + ". Continue that case instead.");
        this.openCase = openCase;
    }

    public String openCase() {
        return openCase;
    }
}
