package cn.chia.governance.admission;

import org.camunda.bpm.engine.BadUserRequestException;

/** A second application of a person or unit while the first is open; names the open case. */
public class OpenApplicationExists extends BadUserRequestException {

    private final String openCase;

    OpenApplicationExists(String applicantName, String openCase) {
        super("An application of " + applicantName + " is already open: " + openCase + ". Continue that case instead.");
        this.openCase = openCase;
    }

    public String openCase() {
        return openCase;
    }
}
