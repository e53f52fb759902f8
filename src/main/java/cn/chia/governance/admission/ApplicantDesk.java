package cn.chia.governance.admission;

import cn.chia.governance.process.ProcessConfiguration;
import cn.chia.governance.process.Texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
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

    /**
     * The steps of an admission an applicant is shown, each with the day it happened ({@link Milestone}); the words
     * are the status page's.
     */
    public enum MilestoneKind {
        RECEIVED, RECOMMENDED, REVIEW_STARTED, INFORMATION_REQUESTED, INFORMATION_PROVIDED, ON_THE_AGENDA, DECIDED,
        FILED_WITH_CAST, ADMITTED, REJECTED, DECLINED, LAPSED, CLOSED
    }

    /** A step the case took, on the day it took it (in the association's time zone). */
    public record Milestone(MilestoneKind step, LocalDate date) {
    }

    /** Where a case stands; {@code receiptHash} is for the caller to check the applicant's secret. */
    public record Status(String caseNumber, Stage stage, String description, Language language, String branch,
            String informationRequested, LocalDate answerBy, String membershipNumber, String reason,
            String resolutionNumber, List<Milestone> steps, String receiptHash) {
    }

    /**
     * A candidate a branch recommended, and where the case stands, in Chinese and English ({@code candidate.stage.*}
     * of the message bundles: words for the branch, not for the applicant).
     */
    public record Candidate(String caseNumber, String applicantName, Stage stage, String stageZh, String stageEn,
            LocalDate receivedOn) {
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
    public Status asReceived(String caseNumber, boolean foreign, String branch, Language language, LocalDate receivedOn) {
        Stage stage = foreign ? Stage.ON_THE_AGENDA : branch != null ? Stage.RECEIVED : Stage.UNDER_REVIEW;
        List<Milestone> steps = new ArrayList<>();
        steps.add(new Milestone(MilestoneKind.RECEIVED, receivedOn));
        if (stage != Stage.RECEIVED) {
            steps.add(new Milestone(foreign ? MilestoneKind.ON_THE_AGENDA : MilestoneKind.REVIEW_STARTED, receivedOn));
        }
        return new Status(caseNumber, stage, texts.get(language, "stage." + stage.name(), InformationRequest.DAYS_TO_ANSWER),
                language, branch, null, null, null, null, null, List.copyOf(steps), null);
    }

    /** The applicant's name, address and language of the case {@code caseNumber}, running or ended. */
    public Optional<AdmissionCase.Contact> contact(String caseNumber) {
        return anonymously(() -> {
            HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(AdmissionCase.PROCESS_KEY).processInstanceBusinessKey(caseNumber).singleResult();
            return Optional.ofNullable(instance).map(i -> AdmissionCase.recorded(history, i.getId()))
                    .map(recorded -> new AdmissionCase.Contact(recorded.applicantName(), recorded.email(), recorded.language()));
        });
    }

    /**
     * Sends {@code secret}, the new receipt secret of {@code caseNumber}, to the applicant's address; the stored copy
     * of the letter does not carry it.
     */
    public void sendNewSecret(String caseNumber, AdmissionCase.Contact contact, String secret, LocalDate date) {
        Language language = contact.language();
        String dated = Texts.date(language, date);
        Texts.Message sent = texts.notice(Notice.NEW_SECRET.name(), language, contact.applicantName(), caseNumber,
                dated, secret);
        Texts.Message kept = texts.notice(Notice.NEW_SECRET.name(), language, contact.applicantName(), caseNumber,
                dated, "****-****-****-****");
        notifier.notify(caseNumber, contact.email(), sent.subject(), sent.body(), kept.body());
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
                milestones(instance, stage), recorded.receiptHash());
    }

    /** The steps the case took, in order, from its history. */
    private List<Milestone> milestones(HistoricProcessInstance instance, Stage stage) {
        List<Milestone> steps = new ArrayList<>();
        steps.add(new Milestone(MilestoneKind.RECEIVED, day(instance.getStartTime())));
        boolean declined = stage == Stage.DECLINED;
        List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).orderPartiallyByOccurrence().asc().list();
        for (HistoricActivityInstance activity : activities) {
            Optional<Step> step = Step.of(activity.getActivityId());
            if (step.isEmpty()) {
                continue;
            }
            boolean done = activity.getEndTime() != null && !activity.isCanceled();
            switch (step.get()) {
                case RECOMMEND_CANDIDATE -> {
                    if (done && !declined) {
                        steps.add(new Milestone(MilestoneKind.RECOMMENDED, day(activity.getEndTime())));
                    }
                }
                case REVIEW_APPLICATION -> steps.add(new Milestone(MilestoneKind.REVIEW_STARTED, day(activity.getStartTime())));
                case RECORD_INFORMATION -> {
                    steps.add(new Milestone(MilestoneKind.INFORMATION_REQUESTED, day(activity.getStartTime())));
                    if (done) {
                        steps.add(new Milestone(MilestoneKind.INFORMATION_PROVIDED, day(activity.getEndTime())));
                    }
                }
                case DECISION_TAKEN, FOREIGN_REVIEW_DECIDED, FOREIGN_APPROVAL_DECIDED -> {
                    if (steps.stream().noneMatch(m -> m.step() == MilestoneKind.ON_THE_AGENDA)) {
                        steps.add(new Milestone(MilestoneKind.ON_THE_AGENDA, day(activity.getStartTime())));
                    }
                    if (done) {
                        steps.add(new Milestone(MilestoneKind.DECIDED, day(activity.getEndTime())));
                    }
                }
                case FILE_WITH_CAST -> steps.add(new Milestone(MilestoneKind.FILED_WITH_CAST, day(activity.getStartTime())));
                default -> {
                }
            }
        }
        if (instance.getEndTime() != null) {
            steps.add(new Milestone(MilestoneKind.valueOf(stage.name()), day(instance.getEndTime())));
        }
        return List.copyOf(steps);
    }

    private static LocalDate day(java.util.Date time) {
        return time.toInstant().atZone(ProcessConfiguration.ASSOCIATION_ZONE).toLocalDate();
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

    /** The stage of a case waiting at {@code step}; empty for a step the applicant is not shown (the dashboard's too). */
    public static Optional<Stage> runningStage(Step step) {
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

    /**
     * The candidates the branch (its group, as the case records it) recommended, by its recommendation task or by
     * entering the application itself, newest first; the branch's task leaves Tasklist once done, these stay.
     */
    public List<Candidate> recommendedBy(String branchGroup) {
        return anonymously(() -> {
            Map<String, HistoricProcessInstance> found = new java.util.LinkedHashMap<>();
            for (var query : List.of(
                    history.createHistoricProcessInstanceQuery().processDefinitionKey(AdmissionCase.PROCESS_KEY)
                            .variableValueEquals(AdmissionCase.BRANCH, branchGroup)
                            .variableValueEquals(AdmissionCase.RECOMMENDATION, AdmissionCase.RECOMMEND),
                    history.createHistoricProcessInstanceQuery().processDefinitionKey(AdmissionCase.PROCESS_KEY)
                            .variableValueEquals(AdmissionCase.BRANCH, branchGroup)
                            .variableValueEquals(AdmissionCase.BRANCH_RECOMMENDED, true))) {
                query.orderByProcessInstanceStartTime().desc().list().forEach(i -> found.put(i.getId(), i));
            }
            return found.values().stream()
                    .sorted(java.util.Comparator.comparing(HistoricProcessInstance::getStartTime).reversed())
                    .map(instance -> {
                        Status status = status(instance);
                        AdmissionCase.Recorded recorded = AdmissionCase.recorded(history, instance.getId());
                        return new Candidate(instance.getBusinessKey(), recorded.applicantName(), status.stage(),
                                texts.get(Language.ZH, "candidate.stage." + status.stage().name()),
                                texts.get(Language.EN, "candidate.stage." + status.stage().name()),
                                day(instance.getStartTime()));
                    }).toList();
        });
    }

    private <T> T anonymously(Supplier<T> work) {
        identity.clearAuthentication();
        return work.get();
    }
}
