package org.newsdesk.identity;

import java.util.Set;

/** The signed-in person on whose behalf a service call runs. */
public record Actor(UserId id, String username, String displayName, Set<Role> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Set<Role> anyOf) {
        return anyOf.stream().anyMatch(roles::contains);
    }
}
