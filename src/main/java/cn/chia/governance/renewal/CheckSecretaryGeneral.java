package cn.chia.governance.renewal;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.RosterSubmission;
import cn.chia.governance.charter.Words;
import cn.chia.governance.process.Refusal;

/**
 * Checks the secretary-general the Secretariat proposes (task Propose the secretary-general): a name and an
 * organisation; then the case waits for the Council's resolution appointing them.
 */
@Component("checkSecretaryGeneral")
class CheckSecretaryGeneral implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        RenewalCase renewal = RenewalCase.of(task);
        String name = renewal.secretaryGeneralName();
        String organisation = renewal.secretaryGeneralOrganisation();
        List<Words> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > RosterSubmission.NAME_LENGTH) {
            problems.add(new Words("请填写秘书长人选的姓名（至多 " + RosterSubmission.NAME_LENGTH + " 个字符）。",
                    "Enter the name of the secretary-general proposed (at most " + RosterSubmission.NAME_LENGTH
                            + " characters)."));
        }
        if (organisation == null || organisation.isBlank()
                || organisation.strip().length() > RosterSubmission.ORGANISATION_LENGTH) {
            problems.add(new Words("请填写秘书长人选的工作单位（至多 " + RosterSubmission.ORGANISATION_LENGTH + " 个字符）。",
                    "Enter the organisation of the secretary-general proposed (at most "
                            + RosterSubmission.ORGANISATION_LENGTH + " characters)."));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(Words.join(problems));
        }
        renewal.secretaryGeneralProposed(name.strip(), organisation.strip());
    }
}
