package org.newsdesk.identity;

import java.util.Set;

/** A person on the desk as the rest of the application sees them (never their password). */
public record UserAccount(UserId id, String username, String displayName, boolean enabled, Set<Role> roles) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
