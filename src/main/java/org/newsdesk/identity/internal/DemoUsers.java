package org.newsdesk.identity.internal;

import java.util.Set;

import org.newsdesk.identity.Role;
import org.newsdesk.platform.DatabaseMode;
import org.newsdesk.platform.NewsdeskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates one demo user per role, only on the managed local database (never on a configured
 * one), and prints their passwords at start-up. Existing demo users are left as they are.
 * They are made once every bean is ready (the schema migrated) and before the web server takes
 * its first request, so a sign-in the moment the login page answers finds them (an
 * ApplicationRunner would run only after the server already answers).
 */
@Component
class DemoUsers implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    /** username, display name, role; the password is {@code <username>-demo}. */
    static final Object[][] DEMO = {
            {"editor", "Eddie Editor", Role.EDITOR},
            {"reviewer", "Rita Reviewer", Role.REVIEWER},
            {"publisher", "Paul Publisher", Role.PUBLISHER},
            {"admin", "Ada Admin", Role.ADMIN},
    };

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final DatabaseMode mode;
    private final NewsdeskProperties props;
    private final TransactionTemplate tx;

    DemoUsers(UserRepository users, PasswordEncoder passwords, DatabaseMode mode, NewsdeskProperties props, TransactionTemplate tx) {
        this.tx = tx;
        this.users = users;
        this.passwords = passwords;
        this.mode = mode;
        this.props = props;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (mode != DatabaseMode.LOCAL || !props.demoUsers()) {
            return;
        }
        tx.executeWithoutResult(status -> create());
    }

    private void create() {
        StringBuilder banner = new StringBuilder("Demo users (local database only):");
        for (Object[] demo : DEMO) {
            String username = (String) demo[0];
            if (users.findByUsername(username).isEmpty()) {
                users.insert(username, (String) demo[1], passwords.encode(username + "-demo"), Set.of((Role) demo[2]));
            }
            banner.append("\n    ").append(String.format("%-10s password %-15s role %s", username, username + "-demo", demo[2]));
        }
        log.info(banner.toString());
    }
}
