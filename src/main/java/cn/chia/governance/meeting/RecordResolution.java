package cn.chia.governance.meeting;

import static cn.chia.governance.process.WaitingCase.DECISION_TAKEN;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Decision;
import cn.chia.governance.charter.Language;
import cn.chia.governance.process.CurrentCharter;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.process.WaitingCase;
import cn.chia.governance.register.MeetingRecords;
import cn.chia.governance.register.MeetingReports;

/**
 * Stores the decision as a numbered resolution and sends it to the case that waits for it. A case that ended since the
 * agenda was gathered (withdrawn, its member left, decided by another meeting) gets no resolution: the minutes say so
 * and the meeting goes on to its next item. Should two meetings decide a case in the same instant, the later vote is
 * refused and its resolution rolled back.
 */
@Component("recordResolution")
public class RecordResolution implements JavaDelegate {

    private final CurrentCharter charter;
    private final MeetingRecords meetings;
    private final RuntimeService runtime;
    private final MeetingReports reports;
    private final Clock clock;

    RecordResolution(CurrentCharter charter, MeetingRecords meetings, RuntimeService runtime, MeetingReports reports,
            Clock clock) {
        this.charter = charter;
        this.meetings = meetings;
        this.runtime = runtime;
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MeetingCase item = MeetingCase.of(execution);
        Decision decision = TallyVotes.decide(charter.ofMeeting(execution), item); // tallied and found valid just before
        String caseNumber = item.caseNumber();
        if (runtime.createExecutionQuery().messageEventSubscriptionName(DECISION_TAKEN)
                .processInstanceBusinessKey(caseNumber).count() == 0) {
            // closed since the agenda was gathered: no resolution, a line in the minutes, and the meeting goes on
            reports.closedBeforeItsVote(execution.getProcessBusinessKey(), caseNumber, LocalDate.now(clock));
            item.tellTheClerk("案件 " + caseNumber + " 在表决前已结束，未作出决议，已记入会议纪要。 Case " + caseNumber
                    + " ended before its vote: no resolution, a line in the minutes.");
            return;
        }
        String title = item.caseTitleShown().isBlank() ? null : item.caseTitleShown();
        String resolutionNumber = meetings.recordResolution(execution.getProcessBusinessKey(), caseNumber, title,
                decision, item.didNotVote());
        item.recordResolutionNumber(resolutionNumber);
        item.tellTheClerk("决议 " + resolutionNumber + "（" + caseNumber + "）：" + (decision.adopted() ? "通过" : "未通过")
                + "。" + decision.reason(Language.ZH) + " Resolution " + resolutionNumber + " (" + caseNumber + "): "
                + (decision.adopted() ? "adopted" : "rejected") + ". " + decision.reason(Language.EN));
        try {
            MeetingCase.sendDecision(runtime, caseNumber, WaitingCase.decision(decision.outcome(), resolutionNumber,
                    decision.body(), decision.reason(Language.EN), decision.reason(Language.ZH)));
        } catch (MismatchingMessageCorrelationException decidedAtTheSameMoment) {
            throw decidedMeanwhile(caseNumber); // the resolution above is rolled back with this vote
        }
    }

    private static Refusal decidedMeanwhile(String caseNumber) {
        return new Refusal("案件 " + caseNumber + " 刚由其他会议作出决定，本次表决不计。", "Case " + caseNumber
                + " no longer waits for a decision: another meeting decided it at this very moment. The vote of this"
                + " meeting on it cannot count.");
    }
}
