package org.newsdesk.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.newsdesk.identity.Role.Names;
import org.newsdesk.identity.internal.LiveSessions;
import org.newsdesk.identity.internal.UserRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and roles. Managing them is for admins; looking a colleague up is for anyone signed in. */
@Service
public class UserService {

    public static final int MIN_PASSWORD_LENGTH = 8;

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final LiveSessions sessions;

    UserService(UserRepository users, PasswordEncoder passwords, LiveSessions sessions) {
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
    }

    @RolesAllowed(Names.ADMIN)
    @Transactional(readOnly = true)
    public List<UserAccount> list() {
        return users.findAll();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<UserAccount> find(UserId id) {
        return users.findById(id);
    }

    /** Enabled people holding {@code role}, for assigning work to them. */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public List<UserAccount> colleagues(Role role) {
        return users.findAll().stream().filter(UserAccount::enabled).filter(u -> u.has(role)).toList();
    }

    @RolesAllowed(Names.ADMIN)
    @Transactional
    public UserAccount create(String username, String displayName, String password, Set<Role> roles) {
        String name = username == null ? "" : username.strip().toLowerCase();
        if (!name.matches("[a-z0-9._-]{2,40}")) {
            throw new IllegalArgumentException("A username is 2 to 40 lower-case letters, digits, dots, dashes or underscores.");
        }
        if (users.findByUsername(name).isPresent()) {
            throw new IllegalArgumentException("The username \"" + name + "\" is taken.");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("Give the user at least one role.");
        }
        checkPassword(password);
        String shown = displayName == null || displayName.isBlank() ? name : org.newsdesk.platform.PlainText.strip(displayName).strip();
        UserId id = users.insert(name, shown, passwords.encode(password), roles);
        return users.findById(id).orElseThrow();
    }

    @RolesAllowed(Names.ADMIN)
    @Transactional
    public void setRoles(UserId id, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("Give the user at least one role; disable the user instead to remove all access.");
        }
        requireExisting(id);
        if (!roles.contains(Role.ADMIN)) {
            refuseRemovingLastAdmin(id);
        }
        boolean changed = !users.findById(id).orElseThrow().roles().equals(roles);
        users.replaceRoles(id, roles);
        if (changed) {
            endSessions(id);
        }
    }

    @RolesAllowed(Names.ADMIN)
    @Transactional
    public void setEnabled(UserId id, boolean enabled) {
        requireExisting(id);
        if (!enabled) {
            if (CurrentUser.find().map(a -> a.id().equals(id)).orElse(false)) {
                throw new IllegalArgumentException("You cannot disable your own account.");
            }
            refuseRemovingLastAdmin(id);
        }
        users.setEnabled(id, enabled);
        if (!enabled) {
            endSessions(id);
        }
    }

    @RolesAllowed(Names.ADMIN)
    @Transactional
    public void resetPassword(UserId id, String newPassword) {
        requireExisting(id);
        checkPassword(newPassword);
        users.setPassword(id, passwords.encode(newPassword));
        endSessions(id);
    }

    /** The person's open sessions end on every node once this change commits: they sign in again with what is left. */
    private void endSessions(UserId id) {
        users.findById(id).ifPresent(u -> sessions.endEverywhere(u.username()));
    }

    private void requireExisting(UserId id) {
        if (users.findById(id).isEmpty()) {
            throw new IllegalArgumentException("No such user: " + id + ".");
        }
    }

    private void refuseRemovingLastAdmin(UserId id) {
        boolean isAdmin = users.findById(id).map(u -> u.enabled() && u.has(Role.ADMIN)).orElse(false);
        if (isAdmin && users.countEnabledAdmins() <= 1) {
            throw new IllegalArgumentException("This is the last enabled admin: make someone else an admin first.");
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password has at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
    }
}
