package org.newsdesk.testing;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.AbstractFieldSupport;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Karibu-Testing on the real Spring context: the views run server-side, without a browser, with
 * Vaadin's own navigation access control (so {@code @RolesAllowed} on a view is enforced).
 * Use from {@code @IntegrationTest} classes as an extension,
 * {@code @RegisterExtension final BrowserlessUi ui = new BrowserlessUi();}, which gives each test
 * a fresh Vaadin session and UI and tears them down after; {@link #signIn} before navigating.
 */
public final class BrowserlessUi implements BeforeEachCallback, AfterEachCallback {

    /** Discovering the routes scans the classpath; once per JVM is enough. */
    private static Routes routes;

    private static final String VIEWS = "org.newsdesk";

    private UserDetailsService users;

    /** As a JUnit extension: the test's Spring context supplies the beans and the users. */
    public BrowserlessUi() {}

    public BrowserlessUi(UserDetailsService users) {
        this.users = users;
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        ApplicationContext context = SpringExtension.getApplicationContext(extension);
        users = context.getBean(UserDetailsService.class);
        start(context);
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        stop();
    }

    /**
     * Every route and layout of the application. Karibu's own discovery sees public classes only,
     * while most views here are package-private (Vaadin's Spring scan registers those too), so
     * they are added from a scan that ignores visibility.
     */
    public static synchronized Routes routes() {
        if (routes == null) {
            Routes discovered = new Routes().autoDiscoverViews(VIEWS);
            try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility().acceptPackages(VIEWS).scan()) {
                for (Class<? extends Annotation> marker : List.of(Route.class, Layout.class)) {
                    scan.getClassesWithAnnotation(marker).loadClasses(Component.class).forEach(discovered.getRoutes()::add);
                }
            }
            routes = discovered;
        }
        return routes;
    }

    /** A fresh Vaadin session and UI served by the application's own Spring beans. */
    public static void start(ApplicationContext context) {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes(), context, UI::new));
    }

    /**
     * Signs {@code username} in for the service layer (the security context) and for Vaadin's
     * navigation access control (the request's principal and roles).
     */
    public UsernamePasswordAuthenticationToken signIn(String username) {
        UsernamePasswordAuthenticationToken auth = new SignIn(users).as(username);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        return auth;
    }

    /**
     * Sets a field's value the way a person typing would (Karibu's {@code _setValue}): refused when
     * the field is hidden, disabled or read-only, and the change event says it came from the client.
     * Karibu 2.6.2's own {@code _setValue} fails on Vaadin 25.2 with a NoSuchMethodException: it
     * looks for a four-argument {@code AbstractFieldSupport.setValue} that 25.1 pre-releases had and
     * 25.2 does not; 25.2 has {@code setValue(value, fromComponent, fromClient)}, called here.
     */
    public static <V> void setValueAsUser(HasValue<?, V> field, V value) {
        LocatorJ.assertEditableByUser((Component) field);
        if (!(field instanceof AbstractField<?, ?>)) {
            field.setValue(value);
            return;
        }
        try {
            Field supportField = AbstractField.class.getDeclaredField("fieldSupport");
            supportField.setAccessible(true);
            Object support = supportField.get(field);
            Method setValue = AbstractFieldSupport.class.getDeclaredMethod("setValue", Object.class, boolean.class, boolean.class);
            setValue.setAccessible(true);
            setValue.invoke(support, value, false, true);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This Vaadin version sets field values differently; update BrowserlessUi.setValueAsUser", e);
        }
    }

    public static void stop() {
        MockVaadin.tearDown();
        SignIn.out();
    }
}
