package cn.chia.governance.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.AuthorizationCheckCmd;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateGroupQueryCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTenantQueryCmd;
import org.camunda.bpm.engine.impl.cmd.CreateUserQueryCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterSingleResultCmd;
import org.camunda.bpm.engine.impl.cmd.FindActiveActivityIdsCmd;
import org.camunda.bpm.engine.impl.cmd.GetActivityInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentBpmnModelInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentProcessDiagramCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentProcessDiagramLayoutCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentProcessModelCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceForIdCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceNamesCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourcesCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariableTypedCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetExternalTaskErrorDetailsCmd;
import org.camunda.bpm.engine.impl.cmd.GetFilterCmd;
import org.camunda.bpm.engine.impl.cmd.GetFormKeyCmd;
import org.camunda.bpm.engine.impl.cmd.GetHistoricExternalTaskLogErrorDetailsCmd;
import org.camunda.bpm.engine.impl.cmd.GetHistoricJobLogExceptionStacktraceCmd;
import org.camunda.bpm.engine.impl.cmd.GetIdentityLinksForTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetJobExceptionStacktraceCmd;
import org.camunda.bpm.engine.impl.cmd.GetPasswordPolicyCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetRenderedStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetRenderedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetStaticCalledProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetSubTasksCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetUserInfoCmd;
import org.camunda.bpm.engine.impl.cmd.GetUserInfoKeysCmd;
import org.camunda.bpm.engine.impl.cmd.GetUserPictureCmd;
import org.camunda.bpm.engine.impl.cmd.IsIdentityServiceReadOnlyCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmmn.cmd.GetDeploymentCaseDefinitionCmd;
import org.camunda.bpm.engine.impl.cmmn.cmd.GetDeploymentCaseDiagramCmd;
import org.camunda.bpm.engine.impl.cmmn.cmd.GetDeploymentCaseModelCmd;
import org.camunda.bpm.engine.impl.cmmn.cmd.GetDeploymentCmmnModelInstanceCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.GetDeploymentDecisionDefinitionCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.GetDeploymentDecisionDiagramCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.GetDeploymentDecisionModelCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.GetDeploymentDecisionRequirementsDefinitionCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.GetDeploymentDecisionRequirementsDiagramCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.GetDeploymentDecisionRequirementsModelCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.GetDeploymentDmnModelInstanceCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.chia.governance.charter.Words;

import cn.chia.governance.identity.Roles;

/**
 * What a signed-in person who is not an administrator may ask the engine, whatever the door: {@code /engine-rest},
 * the webapps' own API, this application's API, or an endpoint added later. Camunda's authorizations say on which
 * items a person may act; many of its operations step around a procedure all the same (start a case at any step,
 * resolve a task or throw its BPMN error, set a case's variables beside its form, run or move a timer, correlate a
 * message). So the engine runs, for such a person, only the commands their work needs, and refuses every other one
 * before its transaction opens, so that a refusal writes nothing:
 * <ul>
 * <li>everyone signed in: reads (queries, forms, the process models, a task's comments and links, their own
 * profile, and their own password when they change it), which the authorizations then narrow;
 * <li>the groups that work in Tasklist besides: claim a task for oneself, complete it or submit its
 * form, start a procedure at its start event (with its start form);
 * <li>managers: reads only (Cockpit).
 * </ul>
 * Administrators (group {@code camunda-admin}) may ask anything their authorizations allow.
 * Commands the engine runs for itself (no person signed in: the job executor, the applicants' API, start-up) and
 * commands nested in an allowed one (a delegate's query, a listener's call) are not the caller's and pass.
 * <p>
 * Besides, for such a person no variable sent is an object to be deserialized (a JSON tree, Spin's {@code Json},
 * is a value: it names no class). For every person, administrators
 * too, no query sent carries an expression (not at its top, not in any of its {@code orQueries}, not in the query
 * that extends a filter: Camunda evaluates the expressions of or-queries even with ad-hoc expressions off), and a
 * stored filter, whoever saves it, may use only {@code ${currentUser()}} and {@code ${currentUserGroups()}}.
 */
public final class CommandAllowlist extends CommandInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(CommandAllowlist.class);

    /** Said to a person whose request the allowlist refuses: what the association's procedures allow instead. */
    static final Words REFUSAL = new Words("此操作不在您的职责范围内，已被拒绝：案件只能通过其表单、审核和表决办理。",
            "This operation is not part of your role's work and was refused: a case moves only through its forms, "
                    + "reviews and votes.");
    static final Words NO_EXPRESSIONS = new Words("查询中不得包含表达式。", "A query may not contain expressions.");
    static final Words FILTER_EXPRESSIONS = new Words("任务过滤器只能使用 ${currentUser()} 和 ${currentUserGroups()}。",
            "A Tasklist filter may use only ${currentUser()} and ${currentUserGroups()}.");

    /** The allowlist's refusal of the caller's role, in both languages for the answer to pick from. */
    static final class Refused extends AuthorizationException implements Words.Said {

        private static final long serialVersionUID = 1L;

        private final transient Words words;

        Refused() {
            this(REFUSAL);
        }

        Refused(Words words) {
            super(words.both());
            this.words = words;
        }

        @Override
        public Words words() {
            return words;
        }
    }

    /** The allowlist's refusal of what was sent, in both languages for the answer to pick from. */
    static final class RefusedInput extends BadUserRequestException implements Words.Said {

        private static final long serialVersionUID = 1L;

        private final transient Words words;

        RefusedInput(Words words) {
            super(words.both());
            this.words = words;
        }

        @Override
        public Words words() {
            return words;
        }
    }

    /** The expressions a stored filter may hold. */
    static final Set<String> FILTER_EXPRESSIONS_ALLOWED = Set.of("${currentUser()}", "${currentUserGroups()}");

    /** Reading: lists, forms, models, a task's comments and links, one's own profile. Authorizations narrow them. */
    static final Set<Class<?>> READS = Set.of(
            ExecuteFilterCountCmd.class, ExecuteFilterListCmd.class, ExecuteFilterListPageCmd.class,
            ExecuteFilterSingleResultCmd.class, GetFilterCmd.class,
            GetTaskFormCmd.class, GetDeployedTaskFormCmd.class, GetTaskFormVariablesCmd.class, GetRenderedTaskFormCmd.class,
            GetStartFormCmd.class, GetDeployedStartFormCmd.class, GetStartFormVariablesCmd.class,
            GetRenderedStartFormCmd.class, GetFormKeyCmd.class, GetCamundaFormDefinitionCmd.class,
            GetTaskVariableCmd.class, GetTaskVariableCmdTyped.class, GetTaskVariablesCmd.class,
            GetExecutionVariableCmd.class, GetExecutionVariableTypedCmd.class, GetExecutionVariablesCmd.class,
            GetIdentityLinksForTaskCmd.class, GetSubTasksCmd.class, GetTaskCommentsCmd.class, GetTaskCommentCmd.class,
            GetTaskAttachmentsCmd.class, GetTaskAttachmentCmd.class, GetTaskAttachmentContentCmd.class,
            GetProcessInstanceCommentsCmd.class, GetProcessInstanceAttachmentsCmd.class,
            GetDeployedProcessDefinitionCmd.class, GetDeploymentProcessModelCmd.class,
            GetDeploymentBpmnModelInstanceCmd.class, GetDeploymentProcessDiagramCmd.class,
            GetDeploymentProcessDiagramLayoutCmd.class, GetDeploymentResourceCmd.class,
            GetDeploymentResourceForIdCmd.class, GetDeploymentResourceNamesCmd.class, GetDeploymentResourcesCmd.class,
            GetStaticCalledProcessDefinitionCmd.class, GetActivityInstanceCmd.class, FindActiveActivityIdsCmd.class,
            GetJobExceptionStacktraceCmd.class, GetHistoricJobLogExceptionStacktraceCmd.class,
            GetExternalTaskErrorDetailsCmd.class, GetHistoricExternalTaskLogErrorDetailsCmd.class,
            CreateUserQueryCmd.class, CreateGroupQueryCmd.class, CreateTenantQueryCmd.class, GetUserInfoCmd.class,
            GetUserInfoKeysCmd.class, GetUserPictureCmd.class, IsIdentityServiceReadOnlyCmd.class,
            GetPasswordPolicyCmd.class, AuthorizationCheckCmd.class,
            GetDeploymentDecisionDefinitionCmd.class, GetDeploymentDecisionModelCmd.class,
            GetDeploymentDecisionDiagramCmd.class, GetDeploymentDmnModelInstanceCmd.class,
            GetDeploymentDecisionRequirementsDefinitionCmd.class, GetDeploymentDecisionRequirementsModelCmd.class,
            GetDeploymentDecisionRequirementsDiagramCmd.class, GetDeploymentCaseDefinitionCmd.class,
            GetDeploymentCaseModelCmd.class, GetDeploymentCaseDiagramCmd.class, GetDeploymentCmmnModelInstanceCmd.class);

    /** Working in Tasklist: claim for oneself, complete or submit a form, start at the start event. */
    static final Set<Class<?>> WORK = Set.of(ClaimTaskCmd.class, CompleteTaskCmd.class,
            SubmitTaskFormCmd.class, StartProcessInstanceCmd.class, SubmitStartFormCmd.class);

    /** The groups whose people work in Tasklist; managers only read. */
    static boolean worksInTasklist(List<String> groups) {
        return groups.stream().anyMatch(group -> Roles.TASKLIST_GROUPS.contains(group) || Roles.isBranchGroup(group));
    }

    private final ProcessEngineConfigurationImpl configuration;
    private final Set<String> quarantined;

    /** With the ids of stored filters that hold expressions other than the allowed ones, found at start-up. */
    CommandAllowlist(ProcessEngineConfigurationImpl configuration, Set<String> quarantined) {
        this.configuration = configuration;
        this.quarantined = quarantined;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof SaveFilterCmd save) {
            refuseFilterExpressions(save);
        }
        Authentication caller = Context.getCommandContext() == null && Context.getJobExecutorContext() == null
                ? configuration.getIdentityService().getCurrentAuthentication()
                : null;
        if (caller != null) {
            try {
                refuseQuarantinedFilter(command);
                refuseExpressions(command);
                if (!isAdministrator(caller)) {
                    check(command, caller);
                }
            } catch (AuthorizationException | BadUserRequestException refused) {
                LOG.warn("Refused {} to {}: {}", command.getClass().getSimpleName(), caller.getUserId(),
                        refused.getMessage());
                throw refused;
            }
        }
        return next.execute(command);
    }

    private static boolean isAdministrator(Authentication caller) {
        return caller.getGroupIds() != null && caller.getGroupIds().contains(Roles.ADMINISTRATORS);
    }

    private static void check(Command<?> command, Authentication caller) {
        List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        if (command instanceof AbstractQuery<?, ?> || command instanceof AbstractExecuteFilterCmd
                || READS.contains(command.getClass())) {
            return;
        }
        if (command instanceof SaveUserCmd || command instanceof CheckPassword) {
            // one's own profile, and one's own password when changing it (the welcome page); nobody else's
            Object userId = command instanceof SaveUserCmd
                    ? Fields.read(command, "user") instanceof User user ? user.getId() : null
                    : Fields.read(command, "userId");
            if (!Objects.equals(userId, caller.getUserId())) {
                throw new Refused();
            }
            return;
        }
        if (!WORK.contains(command.getClass()) || !worksInTasklist(groups)) {
            throw new Refused();
        }
        if (command instanceof ClaimTaskCmd && !Objects.equals(Fields.read(command, "userId"), caller.getUserId())) {
            throw new Refused(); // a claim for someone else, or giving one back (an administrator's)
        }
        refuseObjects(sentVariables(command));
    }

    /** The variables a person sends with a command of work. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> sentVariables(Command<?> command) {
        if (command instanceof StartProcessInstanceCmd) {
            return ((ProcessInstantiationBuilderImpl) Fields.read(command, "instantiationBuilder")).getVariables();
        }
        if (command instanceof CompleteTaskCmd) {
            return (Map<String, Object>) Fields.read(command, "variables");
        }
        if (command instanceof SubmitTaskFormCmd) {
            return (Map<String, Object>) Fields.read(command, "properties");
        }
        if (command instanceof SubmitStartFormCmd) {
            return (Map<String, Object>) Fields.read(command, "variables");
        }
        return null;
    }

    /**
     * Spin's {@code Json} type: a JSON tree (Jackson's, no type information), never bound to a Java class. It is what
     * Tasklist sends for a checklist and what a REST client sends for a list of roster numbers; an {@code Object},
     * which names a class to deserialize into, stays refused.
     */
    private static final String JSON_TREE = "json";

    private static void refuseObjects(Map<String, Object> variables) {
        if (variables == null) {
            return;
        }
        VariableMap typed = variables instanceof VariableMap map ? map : Variables.fromMap(variables);
        for (String name : typed.keySet()) {
            TypedValue value = typed.getValueTyped(name);
            if (value instanceof SerializableValue serializable && !serializable.isDeserialized()
                    && !JSON_TREE.equals(value.getType().getName())) {
                throw new RefusedInput(new Words("提交的值只能是文本、数字、日期或是非值，不能是对象（" + name + "）。",
                        "A value sent may be text, a number, a date or yes/no, not an object (" + name + ")."));
            }
        }
    }

    /** A query a person sends, or the query with which a person extends a stored filter, carries no expression. */
    private static void refuseExpressions(Command<?> command) {
        if (command instanceof AbstractQuery<?, ?> query) {
            refuseExpressions(query);
        } else if (command instanceof AbstractExecuteFilterCmd
                && Fields.read(command, "extendingQuery") instanceof AbstractQuery<?, ?> extending) {
            refuseExpressions(extending);
        }
    }

    private static void refuseExpressions(AbstractQuery<?, ?> query) {
        if (hasExpressions(query)) {
            throw new RefusedInput(NO_EXPRESSIONS);
        }
    }

    /** Whether a query or any of its or-queries, at any depth, holds an expression. */
    private static boolean hasExpressions(AbstractQuery<?, ?> query) {
        return expressions(query).findAny().isPresent();
    }

    /** The expressions of a query and of its or-queries, at any depth. */
    private static Stream<String> expressions(AbstractQuery<?, ?> query) {
        Stream<String> own = query.getExpressions().values().stream();
        return query instanceof TaskQueryImpl task
                ? Stream.concat(own, task.getQueries().stream().filter(or -> or != task)
                        .flatMap(CommandAllowlist::expressions))
                : own;
    }

    private void refuseFilterExpressions(SaveFilterCmd save) {
        if (Fields.read(save, "filter") instanceof Filter filter) {
            if (hasForeignExpressions(filter)) {
                throw new RefusedInput(FILTER_EXPRESSIONS);
            }
            if (filter.getId() != null) {
                quarantined.remove(filter.getId());
            }
        }
    }

    /** Whether a stored filter's query holds an expression other than the current user and their groups. */
    static boolean hasForeignExpressions(Filter filter) {
        return filter.getQuery() instanceof AbstractQuery<?, ?> query
                && expressions(query).anyMatch(expression -> !FILTER_EXPRESSIONS_ALLOWED.contains(expression));
    }

    /** A filter stored before this check (or behind the engine's back) with another expression is not executed. */
    private void refuseQuarantinedFilter(Command<?> command) {
        if (command instanceof AbstractExecuteFilterCmd && quarantined.contains(Fields.read(command, "filterId"))) {
            throw new Refused(FILTER_EXPRESSIONS);
        }
    }
}
