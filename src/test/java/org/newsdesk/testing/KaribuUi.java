package org.newsdesk.testing;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

/**
 * Browserless Vaadin (Karibu-Testing) on the test's Spring context, signed in as a stored user:
 * the Spring SecurityContext (for services) and the fake servlet request (for view access
 * checks) both carry that user and its roles.
 */
public final class KaribuUi {

    private static Routes routes;

    private KaribuUi() {}

    /**
     * Sets up Vaadin as {@code username}. Karibu discovers only public views; package-private ones
     * (the convention here) are passed in by their tests, which live in the view's package.
     */
    @SafeVarargs
    public static void open(ApplicationContext ctx, SignIn signIn, String username, Class<? extends Component>... views) {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.newsdesk");
        }
        routes.getRoutes().addAll(java.util.List.of(views));
        Authentication auth = signIn.as(username);
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, ctx, UI::new));
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    public static void close() {
        MockVaadin.tearDown();
        SignIn.out();
    }
}
