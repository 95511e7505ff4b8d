package org.newsdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The module boundaries of docs/architecture.md ("Modules"), checked on the compiled main classes: a module's
 * {@code internal} and {@code ui} packages are its own business (other modules use its root
 * package, and views are reached through routes), and every module root documents itself in a
 * package-info.java. A violation fails with the offending class and the line it is on.
 */
class ModularityTest {

    static final String ROOT = "org.newsdesk";
    static final List<String> MODULES = List.of("platform", "identity", "ingest", "story", "workflow", "drafting", "publishing", "shell", "claimcheck", "editor", "review");

    static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    static List<String> modules() {
        return MODULES;
    }

    /**
     * No class outside {@code base.module} may depend on (call, construct, extend, take or return,
     * annotate with...) anything in {@code base.module.hiddenPackage}.
     */
    static ArchRule onlyTheModuleItselfUses(String base, String module, String hiddenPackage) {
        String own = base + "." + module + "..";
        String hidden = base + "." + module + "." + hiddenPackage + "..";
        return noClasses().that().resideOutsideOfPackage(own)
                .should().dependOnClassesThat().resideInAPackage(hidden)
                .as("classes outside " + own + " do not use " + hidden)
                .because("other modules may only use the API at the root of module '" + module + "'");
    }

    @ParameterizedTest(name = "{0}.internal is used only inside {0}")
    @MethodSource("modules")
    void internalsAreUsedOnlyByTheirOwnModule(String module) {
        onlyTheModuleItselfUses(ROOT, module, "internal").check(classes);
    }

    @ParameterizedTest(name = "{0}.ui is used only inside {0}")
    @MethodSource("modules")
    void viewsAreUsedOnlyByTheirOwnModule(String module) {
        onlyTheModuleItselfUses(ROOT, module, "ui").check(classes);
    }

    @ParameterizedTest(name = "{0} has a package-info.java")
    @MethodSource("modules")
    void everyModuleRootHasAPackageInfo(String module) {
        Path packageInfo = Path.of("src/main/java", ROOT.replace('.', '/'), module, "package-info.java");
        assertThat(packageInfo)
                .as("module '%s' describes itself in %s", module, packageInfo)
                .isRegularFile();
        assertThat(classes.containPackage(ROOT + "." + module))
                .as("module '%s' has classes in %s", module, ROOT + "." + module)
                .isTrue();
    }

    /**
     * Views render what the services say a person may do; they never decide it themselves: no class
     * in a {@code ui} package asks a person's roles, whether a state takes edits, or the workflow's
     * policy, or names a story state to compare with (DESIGN.md: "the UI never re-implements the rules").
     */
    @Test
    void noViewChecksRolesOrStates() {
        var rule = noClasses().that().resideInAPackage(ROOT + "..ui..")
                .should().callMethod(org.newsdesk.identity.Actor.class, "has", org.newsdesk.identity.Role.class)
                .orShould().callMethod(org.newsdesk.identity.Actor.class, "hasAny", java.util.Set.class)
                .orShould().callMethod(org.newsdesk.story.StoryState.class, "acceptsEdits")
                .orShould().dependOnClassesThat().areAssignableTo(org.newsdesk.workflow.WorkflowPolicy.class);
        for (org.newsdesk.story.StoryState state : org.newsdesk.story.StoryState.values()) {
            rule = rule.orShould().accessField(org.newsdesk.story.StoryState.class, state.name());
        }
        rule.because("views render the capabilities the services answer with (see the editor module)").check(classes);
    }

    /** Only the workflow module moves a story from state to state, past its policy, four eyes and audit. */
    @Test
    void onlyTheWorkflowMovesAStory() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".workflow..", ROOT + ".story..")
                .should().callMethod(org.newsdesk.story.StoryService.class, "transition", org.newsdesk.story.StoryId.class,
                        org.newsdesk.story.StoryState.class, org.newsdesk.story.StoryState.class, org.newsdesk.story.TransitionEffect.class)
                .orShould().callMethod(org.newsdesk.story.StoryService.class, "schedule", org.newsdesk.story.StoryId.class,
                        org.newsdesk.story.StoryState.class, org.newsdesk.story.Schedule.class)
                .because("a transition is the workflow's: checked against its policy and written to the audit log")
                .check(classes);
    }

    /** A package added under org.newsdesk without being listed here would escape every rule above. */
    @Test
    void everyTopLevelPackageIsAKnownModule() {
        List<String> unknown = classes.getPackage(ROOT).getSubpackages().stream()
                .map(JavaPackage::getRelativeName)
                .filter(name -> !MODULES.contains(name))
                .sorted()
                .collect(Collectors.toList());
        assertThat(unknown).as("packages under %s that are not in ModularityTest.MODULES", ROOT).isEmpty();
    }

    /**
     * The boundary rule really fails: in the test-only fixture, {@code archfixture.b.Intruder}
     * calls {@code archfixture.a.internal.Hidden}, and the very rule applied to the modules above
     * reports it, naming the intruder.
     */
    @Test
    void theBoundaryRuleReportsAClassReachingIntoAnotherModulesInternals() {
        JavaClasses fixture = new ClassFileImporter().importPackages(ROOT + ".archfixture");
        assertThat(fixture.contain("org.newsdesk.archfixture.b.Intruder")).isTrue();

        EvaluationResult intrusion = onlyTheModuleItselfUses(ROOT + ".archfixture", "a", "internal").evaluate(fixture);
        assertThat(intrusion.hasViolation()).isTrue();
        assertThat(intrusion.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("org.newsdesk.archfixture.b.Intruder").contains("Hidden"));

        // module b has no internals, and nobody reaches into them: no false alarm
        assertThat(onlyTheModuleItselfUses(ROOT + ".archfixture", "b", "internal").evaluate(fixture).hasViolation()).isFalse();
    }
}
