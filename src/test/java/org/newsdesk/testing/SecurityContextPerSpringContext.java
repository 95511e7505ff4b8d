package org.newsdesk.testing;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Vaadin's Spring security installs its own {@link SecurityContextHolderStrategy} per
 * application context and makes it the JVM-wide one. The suite caches several contexts (a
 * test with other properties gets its own), so after such a test the JVM-wide strategy is not
 * the one the cached context's method security reads, and a test that signs in through
 * {@link SecurityContextHolder} would look signed out, depending on the order test classes run
 * in. Before each test this puts the test's own context's strategy back.
 */
public class SecurityContextPerSpringContext extends AbstractTestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        install(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        install(testContext);
    }

    private static void install(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return 1000;
    }
}
