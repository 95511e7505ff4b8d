package org.newsdesk.identity.internal;

import org.newsdesk.identity.Actor;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in principal: Spring Security's user plus the desk's view of the person. */
public final class DeskUserDetails extends User {

    private final Actor actor;

    DeskUserDetails(Actor actor, String passwordHash, boolean enabled, boolean nonLocked) {
        super(actor.username(), passwordHash, enabled, true, true, nonLocked,
                actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList());
        this.actor = actor;
    }

    public Actor actor() {
        return actor;
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
