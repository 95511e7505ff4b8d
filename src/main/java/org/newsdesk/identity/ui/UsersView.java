package org.newsdesk.identity.ui;

import java.util.EnumSet;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.identity.Role;
import org.newsdesk.identity.UserAccount;
import org.newsdesk.identity.UserService;

/** Admins create users, set their roles, disable them and reset their passwords. */
@Route("users")
@PageTitle("Users · Newsdesk")
@Menu(title = "Users", order = 90)
@RolesAllowed(Role.Names.ADMIN)
class UsersView extends VerticalLayout {

    private final UserService users;
    final Grid<UserAccount> grid = new Grid<>();

    UsersView(UserService users) {
        this.users = users;
        Button create = new Button("New user", e -> openCreate());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.PRIMARY);

        grid.addColumn(UserAccount::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(UserAccount::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().map(Role::label).sorted().reduce((a, b) -> a + ", " + b).orElse("")).setHeader("Roles");
        grid.addColumn(u -> u.enabled() ? "Active" : "Disabled").setHeader("Status");
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.setSizeFull();

        add(new HorizontalLayout(new H2("Users"), create), grid);
        setSizeFull();
        refresh();
    }

    private HorizontalLayout actions(UserAccount user) {
        Button roles = new Button("Roles", e -> openRoles(user));
        Button enable = new Button(user.enabled() ? "Disable" : "Enable", e -> {
            users.setEnabled(user.id(), !user.enabled());
            Notification.show(user.username() + (user.enabled() ? " can no longer sign in." : " can sign in again."));
            refresh();
        });
        Button reset = new Button("Reset password", e -> openReset(user));
        return new HorizontalLayout(roles, enable, reset);
    }

    private void openCreate() {
        Dialog d = new Dialog("New user");
        TextField username = new TextField("Username");
        username.setId("new-user-username");
        TextField name = new TextField("Display name");
        name.setId("new-user-display-name");
        PasswordField password = new PasswordField("Password");
        password.setId("new-user-password");
        password.setHelperText("At least " + UserService.MIN_PASSWORD_LENGTH + " characters");
        CheckboxGroup<Role> roles = roleChoice(EnumSet.of(Role.EDITOR));
        roles.setId("new-user-roles");
        Button save = new Button("Create", e -> {
            users.create(username.getValue(), name.getValue(), password.getValue(), roles.getValue());
            Notification.show("Created " + username.getValue().strip().toLowerCase() + ".");
            d.close();
            refresh();
        });
        save.setId("new-user-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        d.add(new VerticalLayout(username, name, password, roles));
        d.getFooter().add(new Button("Cancel", e -> d.close()), save);
        d.open();
    }

    private void openRoles(UserAccount user) {
        Dialog d = new Dialog("Roles of " + user.username());
        CheckboxGroup<Role> roles = roleChoice(user.roles());
        Button save = new Button("Save", e -> {
            users.setRoles(user.id(), roles.getValue());
            d.close();
            refresh();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        d.add(roles);
        d.getFooter().add(new Button("Cancel", e -> d.close()), save);
        d.open();
    }

    private void openReset(UserAccount user) {
        Dialog d = new Dialog("New password for " + user.username());
        PasswordField password = new PasswordField("New password");
        password.setHelperText("At least " + UserService.MIN_PASSWORD_LENGTH + " characters");
        Button save = new Button("Set password", e -> {
            users.resetPassword(user.id(), password.getValue());
            Notification.show("Password of " + user.username() + " changed.");
            d.close();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        d.add(password);
        d.getFooter().add(new Button("Cancel", e -> d.close()), save);
        d.open();
    }

    private static CheckboxGroup<Role> roleChoice(Set<Role> selected) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        roles.setValue(selected);
        return roles;
    }

    private void refresh() {
        grid.setItems(users.list());
    }
}
