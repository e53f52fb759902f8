package cn.chia.governance.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.register.MeetingRecords;

/** Closes the minutes of a meeting that was held, or that had nothing to decide. */
@Component("closeMinutes")
class CloseMinutes implements JavaDelegate, ExecutionListener {

    private final MeetingRecords meetings;

    CloseMinutes(MeetingRecords meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        meetings.close(execution.getProcessBusinessKey());
    }

    @Override
    public void notify(DelegateExecution execution) {
        execute(execution);
    }
}
