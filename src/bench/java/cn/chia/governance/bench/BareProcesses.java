package cn.chia.governance.bench;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The bare baseline: processes of the same shape as the admission's happy path and the governance
 * meeting (same user tasks, gateways, message wait, asynchronous step and service tasks), whose service
 * tasks do nothing but evaluate {@code ${true}}. The only delegate that does something sends the
 * decision to its case, as the real meeting must.
 */
final class BareProcesses {

    static final String ADMISSION = "bare-admission";
    static final String MEETING = "bare-meeting";
    static final String DECISION = "BareDecisionTaken";

    private BareProcesses() {
    }

    /** Start, 3 gateways, review (user task), gateway, message wait, 2 gateways, async service task, service task, end. */
    static BpmnModelInstance admission() {
        return Bpmn.createExecutableProcess(ADMISSION).camundaHistoryTimeToLive(180)
                .startEvent("start")
                .exclusiveGateway("memberKind")
                .exclusiveGateway("branchToRecommend")
                .exclusiveGateway("joinReview")
                .userTask("review").camundaCandidateGroups("liaison-department")
                .exclusiveGateway("reviewDecision")
                .intermediateCatchEvent("decisionTaken").message(DECISION)
                .exclusiveGateway("councilDecision")
                .exclusiveGateway("joinAdmitted")
                .serviceTask("register").camundaAsyncBefore().camundaExpression("${true}")
                .serviceTask("notify").camundaExpression("${true}")
                .endEvent("admitted")
                .done();
    }

    /** Gather, confirm, attendance, quorum, then per item (one after another) vote, tally, resolution; close. */
    static BpmnModelInstance meeting() {
        return Bpmn.createExecutableProcess(MEETING).camundaHistoryTimeToLive(180)
                .startEvent("opened")
                .serviceTask("gather").camundaExpression("${true}")
                .userTask("confirm").camundaCandidateGroups("secretariat")
                .exclusiveGateway("hasItems")
                .exclusiveGateway("joinAttendance")
                .userTask("attendance").camundaCandidateGroups("secretariat")
                .serviceTask("quorum").camundaExpression("${true}")
                .exclusiveGateway("quorumMet")
                .subProcess("item")
                .embeddedSubProcess().startEvent("itemOpened")
                .exclusiveGateway("joinVotes")
                .userTask("votes").camundaCandidateGroups("secretariat")
                .serviceTask("tally").camundaExpression("${true}")
                .serviceTask("resolution").camundaClass(SendBareDecision.class.getName())
                .endEvent("itemDecided")
                .subProcessDone()
                .multiInstance().sequential().camundaCollection("${cases}").camundaElementVariable("caseNumber")
                .multiInstanceDone()
                .serviceTask("close").camundaExpression("${true}")
                .endEvent("held")
                .done();
    }

    /** Sends the decision to the case of this agenda item, and nothing else. */
    public static class SendBareDecision implements JavaDelegate {

        @Override
        public void execute(DelegateExecution item) {
            item.getProcessEngineServices().getRuntimeService().createMessageCorrelation(DECISION)
                    .processInstanceBusinessKey((String) item.getVariable("caseNumber"))
                    .setVariable("decisionOutcome", "ADOPTED")
                    .correlateWithResult();
        }
    }
}
