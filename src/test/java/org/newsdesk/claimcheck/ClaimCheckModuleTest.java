package org.newsdesk.claimcheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The claim check is a module of its own: pure Java, usable by any other module, using none. */
class ClaimCheckModuleTest {

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.newsdesk.claimcheck");

    @Test
    void dependsOnTheJdkAndJacksonOnly() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("org.newsdesk.claimcheck..", "java..", "tools.jackson..")
                .because("the engine runs without Spring and without the rest of the application")
                .check(CLASSES);
    }

    @Test
    void onlyTheEvaluationCommandReadsJson() {
        noClasses().that().doNotHaveSimpleName("LabeledSet").should().dependOnClassesThat().resideInAPackage("tools.jackson..")
                .check(CLASSES);
    }
}
