package cn.chia.governance;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import cn.chia.governance.charter.Words;
import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.register.Masking;
import cn.chia.governance.process.CaseVariables;
import cn.chia.governance.process.SubmittedFields;

/** The package rules of DESIGN.md: dependencies point one way, and the charter is plain Java. */
@AnalyzeClasses(packages = "cn.chia.governance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** One package per procedure; see docs/architecture.md. */
    static final String[] PROCEDURES = Stream.of("admission", "meeting", "term", "directors", "exits", "filing", "cadence",
            "absences", "honorary", "ballot", "assembly", "renewal", "deadlines", "privacy")
            .map(name -> "..governance." + name + "..").toArray(String[]::new);

    @ArchTest
    static final ArchRule charterIsPlainJava = noClasses().that().resideInAPackage("..governance.charter..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.camunda..", "jakarta..", "java.sql..",
                    "..governance.register..", "..governance.process..", "..governance.web..", "..governance.identity..",
                    "..governance.config..", "..governance.engine..").orShould().dependOnClassesThat().resideInAnyPackage(PROCEDURES);

    @ArchTest
    static final ArchRule theMaskingRuleIsPlainJava = noClasses().that().haveFullyQualifiedName(Masking.class.getName())
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "..governance.privacy..")
            .because("one rule masks identity numbers and telephones wherever they are shown: plain Java, usable by all");

    @ArchTest
    static final ArchRule settingsDependOnNothingOfTheApplication = noClasses().that().resideInAPackage("..governance.config..")
            .should().dependOnClassesThat().resideInAnyPackage("..governance.charter..", "..governance.register..",
                    "..governance.process..", "..governance.web..", "..governance.identity..", "..governance.engine..")
            .orShould().dependOnClassesThat().resideInAnyPackage(PROCEDURES);

    @ArchTest
    static final ArchRule governanceSettingsAreReadThroughOneClass = classes()
            .that(DescribedPredicate.describe("bind governance.* settings", (JavaClass type) -> type
                    .tryGetAnnotationOfType(ConfigurationProperties.class)
                    .map(binding -> (binding.value() + binding.prefix()).startsWith("governance")).orElse(false)))
            .should().haveFullyQualifiedName(GovernanceSettings.class.getName())
            .because("every governance.* setting is in config.GovernanceSettings");

    @ArchTest
    static final ArchRule registerUsesOnlyTheCharter = noClasses().that().resideInAPackage("..governance.register..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "..governance.process..", "..governance.web..", "..governance.identity..")
            .orShould().dependOnClassesThat().resideInAnyPackage(PROCEDURES);

    @ArchTest
    static final ArchRule sharedProcessPartsKnowNoProcedure = noClasses().that().resideInAPackage("..governance.process..")
            .should().dependOnClassesThat().resideInAnyPackage("..governance.web..")
            .orShould().dependOnClassesThat().resideInAnyPackage(PROCEDURES)
            .because("process holds what the procedures share; a procedure's own knowledge stays in its package");

    @ArchTest
    static final ArchRule proceduresDoNotReachIntoTheWeb = noClasses().that().resideInAnyPackage(PROCEDURES)
            .should().dependOnClassesThat().resideInAnyPackage("..governance.web..");

    @ArchTest
    static final ArchRule proceduresStandApart = CompositeArchRule.of(Stream.of(PROCEDURES).map(procedure -> noClasses()
            .that().resideInAPackage(procedure)
            .should().dependOnClassesThat(resideInAnyPackage(PROCEDURES).and(not(resideInAPackage(procedure)))
                    .and(not(resideInAPackage(procedure.equals("..governance.term..") || procedure.equals("..governance.assembly..")
                            ? "..governance.filing.." : procedure)))
                    .and(not(resideInAnyPackage(procedure.equals("..governance.privacy..")
                            ? new String[] {"..governance.admission..", "..governance.filing.."} : new String[] {procedure}))))
            .as("the classes of " + procedure.replace("..governance.", "").replace("..", "") + " use no other procedure")).map(ArchRule.class::cast).toList())
            .because("a procedure meets another only through the engine (a message, a call activity) or process.WaitingCase;"
                    + " the term's extension and the General Assembly's amendments and termination are filed with the authorities as"
                    + " filing does it; a person's own data (privacy) is read from the application and its filing with CAST");

    /** Reading or writing a process variable by its name, through any of the engine's doors. */
    static final DescribedPredicate<JavaMethodCall> VARIABLE_BY_NAME = DescribedPredicate.describe(
            "read or write a process variable by name", call -> call.getName().matches(
                    "(get|set|remove|has)Variables?(Local)?(Typed)?|getVariableNames(Local)?|setVariablesLocal")
                    && Stream.of(VariableScope.class, RuntimeService.class, TaskService.class, FormService.class,
                            MessageCorrelationBuilder.class, ProcessInstantiationBuilder.class)
                            .anyMatch(door -> call.getTargetOwner().isAssignableTo(door)));

    @ArchTest
    static final ArchRule onlyTheTypedCaseClassesTouchVariables = noClasses()
            .that().areNotAssignableTo(CaseVariables.class)
            .and(DescribedPredicate.describe("are not SubmittedFields", (JavaClass type) ->
                    !type.getName().startsWith(SubmittedFields.class.getName())))
            .and().resideOutsideOfPackage("..governance.engine..")
            .should().callMethodWhere(VARIABLE_BY_NAME)
            .because("each procedure's typed case class (a CaseVariables) owns its variables; delegates, listeners and"
                    + " controllers ask it; SubmittedFields checks a form's own fields by the form's names, and the engine's guards"
                    + " look at whatever a command sends");

    @ArchTest
    static final ArchRule identityUsesOnlyTheSettings = noClasses().that().resideInAPackage("..governance.identity..")
            .should().dependOnClassesThat().resideInAnyPackage("..governance.charter..", "..governance.register..",
                    "..governance.process..", "..governance.web..", "..governance.engine..")
            .orShould().dependOnClassesThat().resideInAnyPackage(PROCEDURES);

    @ArchTest
    static final ArchRule engineGuardsUseOnlyTheRolesAndWords = noClasses().that().resideInAPackage("..governance.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("..governance.register..",
                    "..governance.process..", "..governance.web..")
            .orShould().dependOnClassesThat(DescribedPredicate.describe("of the charter but its Words",
                    (JavaClass type) -> type.getPackageName().endsWith("governance.charter")
                            && !type.getName().startsWith(Words.class.getName())))
            .orShould().dependOnClassesThat().resideInAnyPackage(PROCEDURES);

    @ArchTest
    static final ArchRule nothingUsesTheEngineGuards = noClasses().that().resideOutsideOfPackage("..governance.engine..")
            .should().dependOnClassesThat().resideInAPackage("..governance.engine..")
            .because("the guards are a plugin of the engine; nothing calls them");

    /**
     * A refusal a person reads is said in both languages, for the answer to give the caller's: it is a
     * {@link Words.Said} (process.Refusal, a charter rule's problem), never a bare text in an engine or HTTP exception.
     */
    @ArchTest
    static final ArchRule refusalsAreSaidInBothLanguages = noClasses()
            .that(DescribedPredicate.describe("say nothing in both languages",
                    (JavaClass type) -> !type.isAssignableTo(Words.Said.class)))
            .should().callConstructor(BadUserRequestException.class, String.class)
            .orShould().callConstructor(BadUserRequestException.class, String.class, Throwable.class)
            .orShould().callConstructor(AuthorizationException.class, String.class)
            .orShould().callConstructor(ResponseStatusException.class, HttpStatusCode.class, String.class)
            .because("the caller reads the reason in their language: throw a process.Refusal (or another Words.Said)");

    @ArchTest
    static final ArchRule controllersCheckRolesThroughTheCaller = noClasses().that().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().areAssignableTo(IdentityService.class)
            .because("one role check: Caller.requireOneOf with a set of identity.Roles");

    @ArchTest
    static final ArchRule controllersLeaveEngineErrorsToTheAdvice = noClasses().that().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat(assignableTo(ProcessEngineException.class).and(resideInAPackage("org.camunda..")))
            .because("one error advice: web.ApiErrors answers what the engine refuses");

    @ArchTest
    static final ArchRule oneErrorAdvice = classes().that().areAnnotatedWith(RestControllerAdvice.class)
            .or().areAnnotatedWith(ControllerAdvice.class)
            .should().haveSimpleName("ApiErrors").because("the application's API answers its errors in one place");

    @ArchTest
    static final ArchRule theDashboardOnlyReads = noClasses().that().resideInAPackage("..governance.dashboard..")
            .should().dependOnClassesThat().resideInAnyPackage("..governance.process..", "..governance.web..",
                    "..governance.identity..", "..governance.engine..", "org.camunda.bpm.engine..")
            .orShould().dependOnClassesThat(resideInAnyPackage(PROCEDURES).and(not(resideInAPackage("..governance.admission.."))))
            .because("the governance dashboard reads the register's and the engine's tables with SQL, and the admission's "
                    + "stages; only the web layer uses it");

    @ArchTest
    static final ArchRule onlyTheWebLayerUsesTheDashboard = noClasses()
            .that().resideOutsideOfPackages("..governance.web..", "..governance.dashboard..")
            .should().dependOnClassesThat().resideInAPackage("..governance.dashboard..");

    @ArchTest
    static final ArchRule theDocumentsOnlyRead = noClasses().that().resideInAPackage("..governance.documents..")
            .should().dependOnClassesThat().resideInAnyPackage("..governance.process..", "..governance.web..",
                    "..governance.identity..", "..governance.engine..", "..governance.dashboard..", "org.camunda..",
                    "org.springframework.web..", "jakarta.servlet..")
            .orShould().dependOnClassesThat().resideInAnyPackage(PROCEDURES)
            .because("the documents are made from the register and the charter, and know nothing of the web that serves them");

    @ArchTest
    static final ArchRule onlyTheWebLayerUsesTheDocuments = noClasses()
            .that().resideOutsideOfPackages("..governance.web..", "..governance.documents..")
            .should().dependOnClassesThat().resideInAPackage("..governance.documents..");

    @ArchTest
    static final ArchRule nothingUsesTheWebLayer = noClasses().that().resideOutsideOfPackage("..governance.web..")
            .should().dependOnClassesThat().resideInAPackage("..governance.web..");
}
