package cn.chia.governance.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.admission.AdmissionCase.Step;
import cn.chia.governance.register.MeetingReports;
import cn.chia.governance.register.MeetingReports.NotAdmitted;

/**
 * Records, as an application ends without reaching a meeting (declined by its branch, rejected in review, lapsed),
 * that it did, so that the next Council or Standing Council meeting is told of it.
 */
@Component("recordNotAdmitted")
class RecordNotAdmitted implements ExecutionListener {

    private final MeetingReports reports;

    RecordNotAdmitted(MeetingReports reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateExecution execution) {
        AdmissionCase admission = AdmissionCase.of(execution);
        Step end = Step.of(execution.getCurrentActivityId()).orElseThrow();
        NotAdmitted how = switch (end) {
            case DECLINED_BY_BRANCH -> NotAdmitted.DECLINED_BY_BRANCH;
            case APPLICATION_REJECTED -> NotAdmitted.REJECTED_IN_REVIEW;
            case APPLICATION_LAPSED -> NotAdmitted.LAPSED;
            default -> throw new IllegalStateException("An application does not end unadmitted at " + end);
        };
        reports.recordNotAdmitted(execution.getProcessBusinessKey(), how, admission.applicantName(),
                how == NotAdmitted.LAPSED ? null : admission.reason());
    }
}
