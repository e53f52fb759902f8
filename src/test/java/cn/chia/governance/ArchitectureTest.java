package cn.chia.governance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of DESIGN.md: dependencies point one way, and the charter is plain Java. */
@AnalyzeClasses(packages = "cn.chia.governance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule charterIsPlainJava = noClasses().that().resideInAPackage("..governance.charter..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.camunda..", "jakarta..", "java.sql..",
                    "..governance.register..", "..governance.process..", "..governance.web..", "..governance.identity..");

    @ArchTest
    static final ArchRule registerUsesOnlyTheCharter = noClasses().that().resideInAPackage("..governance.register..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "..governance.process..", "..governance.web..", "..governance.identity..");

    @ArchTest
    static final ArchRule processGlueDoesNotReachIntoTheWeb = noClasses().that().resideInAPackage("..governance.process..")
            .should().dependOnClassesThat().resideInAnyPackage("..governance.web..");

    @ArchTest
    static final ArchRule nothingUsesTheWebLayer = noClasses().that().resideOutsideOfPackage("..governance.web..")
            .should().dependOnClassesThat().resideInAPackage("..governance.web..");
}
