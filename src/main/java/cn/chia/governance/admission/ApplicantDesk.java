package cn.chia.governance.admission;

import cn.chia.governance.process.ProcessConfiguration;
import cn.chia.governance.process.Texts;

import java.time.LocalDate;
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

import cn.chia.governance.admission.AdmissionCase.Notice;
import cn.chia.governance.admission.AdmissionCase.Step;
import cn.chia.governance.charter.InformationRequest;
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
        return anonymously(() -> runtime.startProcessInstanceByKey(AdmissionCase.PROCESS_KEY, variables).getBusinessKey());
    }

    public Optional<Status> status(String caseNumber) {
        return anonymously(() -> {
            HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(AdmissionCase.PROCESS_KEY).processInstanceBusinessKey(caseNumber).singleResult();
            return Optional.ofNullable(instance).map(this::status);
        });
    }

    /** Completes the waiting request for more information; false when none waits. */
    public boolean answer(String caseNumber, String information) {
        return anonymously(() -> {
            Task waiting = tasks.createTaskQuery().processDefinitionKey(AdmissionCase.PROCESS_KEY)
                    .processInstanceBusinessKey(caseNumber).taskDefinitionKey(Step.RECORD_INFORMATION.id())
                    .singleResult();
            if (waiting == null) {
                return false;
            }
            tasks.complete(waiting.getId(), AdmissionCase.answered(information));
            return true;
        });
    }

    /**
     * Where a new application would stand right after it is received: at the named branch, with the Liaison
     * Department, or (a foreign expert) on the agenda of the Council.
     */
    public Status asReceived(String caseNumber, boolean foreign, String branch, Language language) {
        Stage stage = foreign ? Stage.ON_THE_AGENDA : branch != null ? Stage.RECEIVED : Stage.UNDER_REVIEW;
        return new Status(caseNumber, stage, texts.get(language, "stage." + stage.name(), InformationRequest.DAYS_TO_ANSWER),
                language, branch, null, null, null, null, null, null);
    }

    /**
     * Tells the applicant of the open case {@code openCase}, at the address and in the language of that case, that
     * another application with the same identity number or credit code came on {@code date} and was not opened.
     */
    public void tellOfSecondApplication(String openCase, LocalDate date) {
        anonymously(() -> {
            ProcessInstance open = runtime.createProcessInstanceQuery().processDefinitionKey(AdmissionCase.PROCESS_KEY)
                    .processInstanceBusinessKey(openCase).singleResult();
            if (open == null) {
                return null;
            }
            AdmissionCase.Contact contact = AdmissionCase.contact(runtime, open.getId());
            Language language = contact.language();
            Texts.Message message = texts.notice(Notice.SECOND_APPLICATION.name(), language, contact.applicantName(),
                    openCase, Texts.date(language, date));
            notifier.notify(openCase, contact.email(), message.subject(), message.body());
            return null;
        });
    }

    private Status status(HistoricProcessInstance instance) {
        AdmissionCase.Recorded recorded = AdmissionCase.recorded(history, instance.getId());
        Stage stage = instance.getEndTime() == null ? runningStage(instance.getId()) : endStage(instance);
        Language language = recorded.language();
        String reason = switch (stage) {
            case REJECTED -> recorded.reason() != null ? recorded.reason()
                    : recorded.decisionReason() != null ? recorded.decisionReason() : recorded.castNote();
            case DECLINED -> recorded.reason();
            case CLOSED -> instance.getDeleteReason();
            default -> null;
        };
        boolean informationAsked = stage == Stage.MORE_INFORMATION_NEEDED;
        String description = texts.get(language, "stage." + stage.name(), InformationRequest.DAYS_TO_ANSWER);
        return new Status(instance.getBusinessKey(), stage, description, language, recorded.branch(),
                informationAsked ? recorded.informationRequested() : null,
                informationAsked ? answerBy(instance.getId()) : null,
                recorded.membershipNumber(), reason,
                stage == Stage.ADMITTED || stage == Stage.REJECTED ? recorded.resolutionNumber() : null,
                recorded.receiptHash());
    }

    private Stage runningStage(String instanceId) {
        for (String activity : runtime.getActiveActivityIds(instanceId)) {
            Optional<Stage> stage = Step.of(activity).flatMap(ApplicantDesk::runningStage);
            if (stage.isPresent()) {
                return stage.get();
            }
        }
        return Stage.UNDER_REVIEW;
    }

    /** The stage of a case waiting at {@code step}; empty for a step the applicant is not shown. */
    private static Optional<Stage> runningStage(Step step) {
        return Optional.ofNullable(switch (step) {
            case RECOMMEND_CANDIDATE -> Stage.RECEIVED;
            case REVIEW_APPLICATION -> Stage.UNDER_REVIEW;
            case RECORD_INFORMATION -> Stage.MORE_INFORMATION_NEEDED;
            case DECISION_TAKEN, FOREIGN_REVIEW_DECIDED, FOREIGN_APPROVAL_DECIDED -> Stage.ON_THE_AGENDA;
            case FILE_WITH_CAST -> Stage.FILED_WITH_CAST;
            case REGISTER_MEMBER -> Stage.ADOPTED;
            default -> null;
        });
    }

    private static Stage endStage(HistoricProcessInstance instance) {
        return Step.of(instance.getEndActivityId()).map(step -> switch (step) {
            case MEMBER_ADMITTED -> Stage.ADMITTED;
            case APPLICATION_REJECTED, REJECTED_BY_COUNCIL, FOREIGN_REVIEW_NOT_ADOPTED, FOREIGN_APPROVAL_NOT_ADOPTED,
                    REFUSED_BY_CAST -> Stage.REJECTED;
            case DECLINED_BY_BRANCH -> Stage.DECLINED;
            case APPLICATION_LAPSED -> Stage.LAPSED;
            default -> Stage.CLOSED;
        }).orElse(Stage.CLOSED);
    }

    private LocalDate answerBy(String instanceId) {
        Job lapse = management.createJobQuery().processInstanceId(instanceId).timers()
                .activityId(Step.INFORMATION_LAPSED.id()).singleResult();
        return lapse == null ? null : lapse.getDuedate().toInstant().atZone(ProcessConfiguration.ASSOCIATION_ZONE).toLocalDate();
    }

    private <T> T anonymously(Supplier<T> work) {
        identity.clearAuthentication();
        return work.get();
    }
}
