package org.newsdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Service;

/** Services are the security boundary: every public method of every service says who may call it. */
class ServiceSecurityTest {

    static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.newsdesk");

    @Test
    void everyPublicServiceMethodStatesWhichRolesMayCallIt() {
        ArchRule rule = methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().arePublic().and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .because("the server must refuse a wrong role whatever the UI shows");
        rule.check(MAIN);
    }
}
