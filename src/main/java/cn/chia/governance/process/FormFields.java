package cn.chia.governance.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.form.handler.DefaultFormHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.chia.governance.charter.Text;
import cn.chia.governance.charter.Words;

/**
 * The fields of the Camunda Forms, as the server checks them again: a form is the
 * list of the variables its task or start event may set, and its rules (required, lengths, pattern,
 * range, options) hold for REST clients too, which skip the form.
 * <p>
 * Two sources: a case's task or start form as deployed for the case's process definition ({@link #of(DelegateTask)},
 * {@link #ofStart}): what Tasklist shows that case, so a case started before a changed form was deployed is checked
 * against its own version (docs/operations.md, "Upgrading processes and forms"); and the files in {@code forms/}
 * ({@link #of(String)}): the forms of this build, which new cases start with, for what the application's own pages
 * and API say and accept. A field shown under a condition
 * ({@code conditional.hide}) and marked required is required in the browser when it is shown (form-js neither
 * validates nor sends a hidden field); here it is not {@link Field#required()}: whether it is needed is the rule of
 * the charter or of the task's listener, which knows the condition (a person's identity number, a rejection's reason).
 */
public final class FormFields {

    /** One input of a form; {@code readOnly} inputs only show a variable. */
    public record Field(String key, String label, String type, boolean readOnly, boolean required, Integer minLength,
            Integer maxLength, Pattern pattern, Double min, Double max, List<String> options, boolean structured,
            Map<String, String> optionLabels) {

        /** The words a choice shows for a value ("推荐 Recommend" for {@code RECOMMEND}); the value itself otherwise. */
        public String words(Object value) {
            return value == null ? "" : optionLabels.getOrDefault(value.toString(), value.toString());
        }

        /** What is wrong with a value this field receives, in each language, or null. */
        Words problem(Object value) {
            if (value == null || value instanceof String text && text.isBlank()) {
                return required ? new Words("为必填项。", "is required.") : null;
            }
            if (structured && !(value instanceof String)) {
                // a list (checklist, taglist, a field marked list) or an object (a field marked rosterNumbers): read by its listener
                return value instanceof java.util.Collection<?> || value instanceof Map<?, ?>
                        || value.toString().startsWith("[") || value.toString().startsWith("{")
                        ? null : new Words("须为列表或对象。", "must be a list or an object.");
            }
            switch (type) {
                case "number" -> {
                    if (!(value instanceof Number number) || Double.isNaN(number.doubleValue())) {
                        return new Words("须为数字。", "must be a number.");
                    }
                    if (min != null && number.doubleValue() < min || max != null && number.doubleValue() > max) {
                        return new Words("须在 " + bound(min, "不限") + " 至 " + bound(max, "不限") + " 之间。",
                                "must lie between " + bound(min, "any") + " and " + bound(max, "any") + ".");
                    }
                    return null;
                }
                case "checkbox" -> {
                    return value instanceof Boolean ? null : new Words("须为是或否（true 或 false）。", "must be true or false.");
                }
                default -> {
                    if (!(value instanceof String text)) {
                        return new Words("须为文本。", "must be text.");
                    }
                    Words problem = textProblem(text, maxLength == null ? Text.LONGEST : maxLength, "textarea".equals(type));
                    if (problem != null) {
                        return problem;
                    }
                    if (minLength != null && text.strip().length() < minLength) {
                        return new Words("至少需要 " + minLength + " 个字符。", "needs at least " + minLength + " characters.");
                    }
                    if (pattern != null && !pattern.matcher(text).find()) {
                        return new Words("格式不符合要求。", "is not in the expected form.");
                    }
                    if (!options.isEmpty() && !options.contains(text)) {
                        // the codes are what a REST client sends; the Chinese names each with its words
                        return new Words("须为以下之一：" + options.stream().map(o -> labelWords(words(o)).zh() + "（" + o + "）")
                                .collect(Collectors.joining("、")) + "。", "must be one of " + String.join(", ", options) + ".");
                    }
                    return null;
                }
            }
        }

        /** The field as a refusal names it: “会议日期”（meetingDate）, 'Meeting date' (meetingDate). */
        Words name() {
            if (label == null || label.isBlank()) {
                return new Words("“" + key + "”", "'" + key + "'");
            }
            Words label = labelWords(this.label);
            return new Words("“" + label.zh() + "”（" + key + "）", "'" + label.en() + "' (" + key + ")");
        }

        private static String bound(Double value, String none) {
            return value == null ? none : String.valueOf(value.longValue());
        }
    }

    /**
     * A label as the forms write it, Chinese first, then English ("会议日期 Meeting date"), in each language: the Chinese
     * part ends with its last Chinese character or full-width sign. A label without Chinese reads the same in both.
     */
    public static Words labelWords(String label) {
        int end = -1;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c >= '\u3000' && c <= '\u9fff' || c >= '\uff00' && c <= '\uffef') {
                end = i;
            }
        }
        if (end < 0 || label.substring(end + 1).isBlank()) {
            return new Words(label, label);
        }
        return new Words(label.substring(0, end + 1).strip(), label.substring(end + 1).strip());
    }

    /**
     * What {@link Text#problem} finds wrong with a text a person entered, in each language; null when nothing is.
     */
    public static Words textProblem(String text, int maxLength, boolean lines) {
        String english = Text.problem(text, maxLength, lines);
        if (english == null) {
            return null;
        }
        if (text.length() > maxLength) {
            return new Words("不得超过 " + maxLength + " 个字符（现为 " + text.length() + " 个）。", english);
        }
        if (english.startsWith("contains control")) {
            return new Words("含有控制字符，请删除。", english);
        }
        return new Words("含有 <script> 之类的标记，请输入纯文本。", english);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The forms of this build (forms/ on the classpath), by id. */
    private static final Map<String, Map<String, Field>> FORMS = load();

    private FormFields() {
    }

    /**
     * The longest text the form {@code formId} of this build lets its input {@code key} hold: where a start listener of
     * a new case or the applicants' API learns a length limit (a task's listener asks its case's form:
     * {@link #maxLength(DelegateTask, String)}). Fails at first use when the form has no such input or no limit.
     */
    public static int maxLength(String formId, String key) {
        Field field = field(formId, key);
        if (field.maxLength() == null) {
            throw new IllegalStateException("The form " + formId + " names no maxLength for " + key);
        }
        return field.maxLength();
    }

    /** The input {@code key} of the form {@code formId}; fails when the form has none. */
    public static Field field(String formId, String key) {
        Field field = of(formId).get(key);
        if (field == null) {
            throw new IllegalArgumentException("The form " + formId + " has no field " + key);
        }
        return field;
    }

    /**
     * The inputs of the form with this id in this build's files, by key; empty for an unknown form or a task without
     * one. Not for what a person submits in a case: that is checked against the case's own form ({@link #of(DelegateTask)}).
     */
    public static Map<String, Field> of(String formId) {
        return formId == null ? Map.of() : FORMS.getOrDefault(formId, Map.of());
    }

    /**
     * The inputs of the form the task shows, as Tasklist fetches it ({@code GET /task/{id}/deployed-form}): the task's
     * {@code camunda:formRef} under its binding, for the process definition the case runs on. Empty for a task without
     * a form. Inside a command only (a listener).
     */
    public static Map<String, Field> of(DelegateTask task) {
        TaskEntity entity = (TaskEntity) task;
        return deployed(entity.getTaskDefinition().getFormDefinition(), task, entity.getProcessDefinition());
    }

    /** The inputs of the start form of the case's process definition, as Tasklist fetches it. Inside a command only. */
    public static Map<String, Field> ofStart(DelegateExecution execution) {
        ProcessDefinitionEntity definition = (ProcessDefinitionEntity) ((ExecutionEntity) execution).getProcessDefinition();
        return deployed(definition.getStartFormDefinition(), execution, definition);
    }

    /** The longest text the task's form, as deployed for its case, lets its input {@code key} hold. */
    public static int maxLength(DelegateTask task, String key) {
        Field field = of(task).get(key);
        if (field == null || field.maxLength() == null) {
            throw new IllegalStateException("The form of task " + task.getTaskDefinitionKey() + " names no maxLength for " + key);
        }
        return field.maxLength();
    }

    /**
     * The forms of each deployment read so far, by deployment id, then form id: a deployment's resources never change,
     * so each deployment is read once. The starter deploys every BPMN and every form together, so the deployment of a
     * process definition holds the forms its tasks show (binding {@code deployment}).
     */
    private static final Map<String, Map<String, Map<String, Field>>> DEPLOYED = new ConcurrentHashMap<>();

    private static Map<String, Field> deployed(FormDefinition form, VariableScope scope, ProcessDefinitionEntity definition) {
        if (form == null || form.getCamundaFormDefinitionKey() == null) {
            return Map.of();
        }
        String formId = String.valueOf(form.getCamundaFormDefinitionKey().getValue(scope));
        String binding = form.getCamundaFormDefinitionBinding();
        String deploymentId = definition.getDeploymentId();
        if (!DefaultFormHandler.FORM_REF_BINDING_DEPLOYMENT.equals(binding)) {
            // latest (the processes deployed before every form was bound to its deployment) or a fixed version: the
            // engine finds the form definition as it does for Tasklist; the forms of its deployment are cached alike
            CamundaFormRefImpl ref = new CamundaFormRefImpl(formId, binding);
            if (form.getCamundaFormDefinitionVersion() != null) {
                ref.setVersion(Integer.valueOf(String.valueOf(form.getCamundaFormDefinitionVersion().getValue(scope))));
            }
            CommandContext context = Context.getCommandContext();
            CamundaFormDefinition found = context.runWithoutAuthorization(new GetCamundaFormDefinitionCmd(ref, deploymentId));
            if (found == null) {
                return Map.of();
            }
            deploymentId = found.getDeploymentId();
        }
        Map<String, Map<String, Field>> forms = DEPLOYED.get(deploymentId);
        if (forms == null) {
            forms = readDeployment(deploymentId);
            DEPLOYED.putIfAbsent(deploymentId, forms);
        }
        return forms.getOrDefault(formId, Map.of());
    }

    private static Map<String, Map<String, Field>> readDeployment(String deploymentId) {
        Map<String, Map<String, Field>> forms = new HashMap<>();
        for (ResourceEntity resource : Context.getCommandContext().getResourceManager().findResourcesByDeploymentId(deploymentId)) {
            if (resource.getName().endsWith(".form")) {
                read(new ByteArrayInputStream(resource.getBytes()), forms);
            }
        }
        return Map.copyOf(forms);
    }

    private static Map<String, Map<String, Field>> load() {
        Map<String, Map<String, Field>> forms = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
                try (InputStream in = resource.getInputStream()) {
                    read(in, forms);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The forms cannot be read", e);
        }
        return Map.copyOf(forms);
    }

    private static void read(InputStream in, Map<String, Map<String, Field>> forms) {
        try {
            JsonNode form = JSON.readTree(in);
            Map<String, Field> fields = new LinkedHashMap<>();
            collect(form.path("components"), fields);
            forms.put(form.path("id").asText(), Map.copyOf(fields));
        } catch (IOException e) {
            throw new UncheckedIOException("A form cannot be read", e);
        }
    }

    private static void collect(JsonNode components, Map<String, Field> fields) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                JsonNode validate = component.path("validate");
                List<String> options = new ArrayList<>();
                Map<String, String> optionLabels = new LinkedHashMap<>();
                component.path("values").forEach(option -> {
                    options.add(option.path("value").asText());
                    optionLabels.put(option.path("value").asText(), option.path("label").asText());
                });
                fields.put(component.get("key").asText(), new Field(component.get("key").asText(),
                        component.path("label").asText(component.path("dateLabel").asText(null)), component.path("type").asText(),
                        component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false),
                        validate.path("required").asBoolean(false) && !component.path("conditional").has("hide"),
                        validate.hasNonNull("minLength") ? validate.get("minLength").asInt() : null,
                        validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
                        validate.hasNonNull("pattern") ? Pattern.compile(validate.get("pattern").asText()) : null,
                        validate.hasNonNull("min") ? validate.get("min").asDouble() : null,
                        validate.hasNonNull("max") ? validate.get("max").asDouble() : null,
                        List.copyOf(options), List.of("checklist", "taglist").contains(component.path("type").asText())
                                || component.path("properties").has("rosterNumbers")
                                || component.path("properties").has("list"), Map.copyOf(optionLabels)));
            }
            collect(component.path("components"), fields);
        }
    }
}
