package cn.chia.governance.admission;

import cn.chia.governance.process.ProcessConfiguration;
import cn.chia.governance.process.Texts;

import static cn.chia.governance.admission.AdmissionVariables.APPLICANT_NAME;
import static cn.chia.governance.admission.AdmissionVariables.BRANCH;
import static cn.chia.governance.admission.AdmissionVariables.EMAIL;
import static cn.chia.governance.admission.AdmissionVariables.CAST_NOTE;
import static cn.chia.governance.admission.AdmissionVariables.INFORMATION_PROVIDED;
import static cn.chia.governance.admission.AdmissionVariables.INFORMATION_REQUESTED;
import static cn.chia.governance.admission.AdmissionVariables.LANGUAGE;
import static cn.chia.governance.admission.AdmissionVariables.MEMBERSHIP_NUMBER;
import static cn.chia.governance.admission.AdmissionVariables.PROCESS_KEY;
import static cn.chia.governance.admission.AdmissionVariables.REASON;
import static cn.chia.governance.admission.AdmissionVariables.RECEIPT_HASH;
import static cn.chia.governance.process.WaitingCase.DECISION_REASON;
import static cn.chia.governance.process.WaitingCase.DECISION_REASON_ZH;
import static cn.chia.governance.process.WaitingCase.RESOLUTION_NUMBER;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Language;
import cn.chia.governance.register.Notifier;

/**
 * The admission as an applicant sees it, without a Camunda user: applying, the stage of the case in the
 * applicant's words and language, and the answer to a request for more information.
 */
@Component
public class ApplicantDesk {

    /** The stage of an application; its description in either language is {@code stage.<name>} of the message bundles. */
    public enum Stage {
        RECEIVED, UNDER_REVIEW, MORE_INFORMATION_NEEDED, ON_THE_AGENDA, FILED_WITH_CAST, ADOPTED, ADMITTED, REJECTED,
        DECLINED, LAPSED, CLOSED
    }

    /** Where a case stands; {@code receiptHash} is for the caller to check the applicant's secret. */
    public record Status(String caseNumber, Stage stage, String description, Language language, String branch,
            String informationRequested, LocalDate answerBy, String membershipNumber, String reason,
            String resolutionNumber, String receiptHash) {
    }

    private final RuntimeService runtime;
    private final HistoryService history;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;
    private final Texts texts;
    private final Notifier notifier;

    ApplicantDesk(RuntimeService runtime, HistoryService history, TaskService tasks, ManagementService management,
            IdentityService identity, Texts texts, Notifier notifier) {
        this.texts = texts;
        this.notifier = notifier;
        this.runtime = runtime;
        this.history = history;
        this.tasks = tasks;
        this.management = management;
        this.identity = identity;
    }

    /** Starts the admission as no Camunda user; the start listener checks, refuses a duplicate and numbers the case. */
    public String apply(Map<String, Object> variables) {
        return anonymously(() -> runtime.startProcessInstanceByKey(PROCESS_KEY, variables).getBusinessKey());
    }

    public Optional<Status> status(String caseNumber) {
        return anonymously(() -> {
            HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(caseNumber).singleResult();
            return Optional.ofNullable(instance).map(this::status);
        });
    }

    /** Completes the waiting request for more information; false when none waits. */
    public boolean answer(String caseNumber, String information) {
        return anonymously(() -> {
            Task waiting = tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY)
                    .processInstanceBusinessKey(caseNumber).taskDefinitionKey("UserTask_RecordInformation")
                    .singleResult();
            if (waiting == null) {
                return false;
            }
            tasks.complete(waiting.getId(), Map.of(INFORMATION_PROVIDED, information));
            return true;
        });
    }

    /**
     * Where a new application would stand right after it is received: at the named branch, with the Liaison
     * Department, or (a foreign expert) on the agenda of the Council.
     */
    public Status asReceived(String caseNumber, boolean foreign, String branch, Language language) {
        Stage stage = foreign ? Stage.ON_THE_AGENDA : branch != null ? Stage.RECEIVED : Stage.UNDER_REVIEW;
        return new Status(caseNumber, stage, texts.get(language, "stage." + stage.name(), NotifyApplicant.DAYS_TO_ANSWER),
                language, branch, null, null, null, null, null, null);
    }

    /**
     * Tells the applicant of the open case {@code openCase}, at the address and in the language of that case, that
     * another application with the same identity number or credit code came on {@code date} and was not opened.
     */
    public void tellOfSecondApplication(String openCase, LocalDate date) {
        anonymously(() -> {
            ProcessInstance open = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                    .processInstanceBusinessKey(openCase).singleResult();
            if (open == null) {
                return null;
            }
            Map<String, Object> variables = runtime.getVariables(open.getId(), List.of(EMAIL, LANGUAGE, APPLICANT_NAME));
            Language language = Language.of(variables.get(LANGUAGE));
            Texts.Message message = texts.notice("SECOND_APPLICATION", language, (String) variables.get(APPLICANT_NAME),
                    openCase, Texts.date(language, date));
            notifier.notify(openCase, (String) variables.get(EMAIL), message.subject(), message.body());
            return null;
        });
    }

    private Status status(HistoricProcessInstance instance) {
        Map<String, Object> variables = new HashMap<>();
        history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableNameIn(RECEIPT_HASH, BRANCH, INFORMATION_REQUESTED, MEMBERSHIP_NUMBER, REASON,
                        DECISION_REASON, DECISION_REASON_ZH, RESOLUTION_NUMBER, CAST_NOTE, LANGUAGE)
                .list().stream().filter(v -> instance.getId().equals(v.getExecutionId()) && v.getValue() != null)
                .forEach(v -> variables.put(v.getName(), v.getValue()));
        Stage stage = instance.getEndTime() == null ? runningStage(instance.getId()) : endStage(instance);
        Language language = Language.of(variables.get(LANGUAGE));
        Object decisionReason = language == Language.ZH && variables.containsKey(DECISION_REASON_ZH)
                ? variables.get(DECISION_REASON_ZH) : variables.get(DECISION_REASON);
        String reason = switch (stage) {
            case REJECTED -> (String) variables.getOrDefault(REASON, decisionReason != null ? decisionReason : variables.get(CAST_NOTE));
            case DECLINED -> (String) variables.get(REASON);
            case CLOSED -> instance.getDeleteReason();
            default -> null;
        };
        boolean informationAsked = stage == Stage.MORE_INFORMATION_NEEDED;
        String description = texts.get(language, "stage." + stage.name(), NotifyApplicant.DAYS_TO_ANSWER);
        return new Status(instance.getBusinessKey(), stage, description, language, (String) variables.get(BRANCH),
                informationAsked ? (String) variables.get(INFORMATION_REQUESTED) : null,
                informationAsked ? answerBy(instance.getId()) : null,
                (String) variables.get(MEMBERSHIP_NUMBER), reason,
                stage == Stage.ADMITTED || stage == Stage.REJECTED ? (String) variables.get(RESOLUTION_NUMBER) : null,
                (String) variables.get(RECEIPT_HASH));
    }

    private Stage runningStage(String instanceId) {
        for (String activity : runtime.getActiveActivityIds(instanceId)) {
            switch (activity) {
                case "UserTask_RecommendCandidate": return Stage.RECEIVED;
                case "UserTask_ReviewApplication": return Stage.UNDER_REVIEW;
                case "UserTask_RecordInformation": return Stage.MORE_INFORMATION_NEEDED;
                case "Event_DecisionTaken", "Event_ForeignReviewDecided", "Event_ForeignApprovalDecided":
                    return Stage.ON_THE_AGENDA;
                case "CallActivity_FileWithCast": return Stage.FILED_WITH_CAST;
                case "ServiceTask_RegisterMember": return Stage.ADOPTED;
                default: break;
            }
        }
        return Stage.UNDER_REVIEW;
    }

    private static Stage endStage(HistoricProcessInstance instance) {
        String end = instance.getEndActivityId() == null ? "" : instance.getEndActivityId();
        return switch (end) {
            case "EndEvent_MemberAdmitted" -> Stage.ADMITTED;
            case "EndEvent_ApplicationRejected", "EndEvent_RejectedByCouncil", "EndEvent_ForeignReviewNotAdopted",
                    "EndEvent_ForeignApprovalNotAdopted", "EndEvent_RefusedByCast" -> Stage.REJECTED;
            case "EndEvent_DeclinedByBranch" -> Stage.DECLINED;
            case "EndEvent_ApplicationLapsed" -> Stage.LAPSED;
            default -> Stage.CLOSED;
        };
    }

    private LocalDate answerBy(String instanceId) {
        Job lapse = management.createJobQuery().processInstanceId(instanceId).timers()
                .activityId("BoundaryEvent_InformationLapsed").singleResult();
        return lapse == null ? null : lapse.getDuedate().toInstant().atZone(ProcessConfiguration.ASSOCIATION_ZONE).toLocalDate();
    }

    private <T> T anonymously(Supplier<T> work) {
        identity.clearAuthentication();
        return work.get();
    }
}
