package org.newsdesk.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.newsdesk.testing.BrowserlessUi.setValueAsUser;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.identity.Role;
import org.newsdesk.identity.UserAccount;
import org.newsdesk.testing.BrowserlessUi;
import org.newsdesk.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** User management: open to admins, closed to everyone else. */
@IntegrationTest
class UsersViewTest {


    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();

    @Test
    void anAdminCreatesAUserWhoThenAppearsInTheList() {
        ui.signIn("admin");
        UI.getCurrent().navigate("users");
        _assertOne(UsersView.class);

        String username = "rev-" + UUID.randomUUID().toString().substring(0, 8);
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        setValueAsUser(_get(TextField.class, spec -> spec.withId("new-user-username")), username);
        setValueAsUser(_get(TextField.class, spec -> spec.withId("new-user-display-name")), "Rex Reviewer");
        setValueAsUser(_get(PasswordField.class, spec -> spec.withId("new-user-password")), "a-long-password");
        setValueAsUser(roleChoice(), Set.of(Role.REVIEWER, Role.PUBLISHER));
        _click(_get(Button.class, spec -> spec.withId("new-user-save")));

        NotificationsKt.expectNotifications("Created " + username + ".");
        _assertNone(Dialog.class);
        Grid<UserAccount> grid = usersGrid();
        List<UserAccount> rows = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
        assertThat(rows).filteredOn(u -> u.username().equals(username)).singleElement().satisfies(u -> {
            assertThat(u.displayName()).isEqualTo("Rex Reviewer");
            assertThat(u.roles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.PUBLISHER);
            assertThat(u.enabled()).isTrue();
        });
        assertThat(rows).extracting(UserAccount::username).contains("admin", "editor");
    }

    @Test
    void anEditorCannotOpenUserManagement() {
        ui.signIn("editor");
        UI.getCurrent().navigate("inbox");
        _assertNone(SideNavItem.class, spec -> spec.withPredicate(item -> "Users".equals(item.getLabel())));
        _assertOne(SideNavItem.class, spec -> spec.withPredicate(item -> "Inbox".equals(item.getLabel())));

        // Vaadin's access control reroutes to the access-denied error view, which Karibu's mock
        // error view turns into an exception; in the browser the editor gets an error page
        Throwable refusal = catchThrowable(() -> UI.getCurrent().navigate("users"));
        assertThat(refusal).isInstanceOf(MockAccessDeniedException.class);
        _assertNone(UsersView.class);
        _assertNone(Button.class, spec -> spec.withId("new-user"));
    }

    @Test
    void theMenuOffersUserManagementToAdmins() {
        ui.signIn("admin");
        UI.getCurrent().navigate("inbox");
        _assertOne(SideNavItem.class, spec -> spec.withPredicate(item -> "Users".equals(item.getLabel())));
    }

    @SuppressWarnings("unchecked")
    static Grid<UserAccount> usersGrid() {
        return _get(Grid.class);
    }

    @SuppressWarnings("unchecked")
    static CheckboxGroup<Role> roleChoice() {
        return _get(CheckboxGroup.class, spec -> spec.withId("new-user-roles"));
    }
}
